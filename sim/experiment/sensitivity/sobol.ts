// First-order and total Sobol indices from a Saltelli sample (design/saltelli.ts),
// with Saltelli et al. (2010)'s first-order estimator and Jansen's total-effect
// estimator, second-order indices (Saltelli 2002) when the sample has the BA
// matrices, and bootstrap intervals over the base samples.

import type {Random} from "../../rng.ts";
import {bootstrap, type Interval} from "./bootstrap.ts";

export interface SobolIndices {
  first: Interval[];
  total: Interval[];
  /** With second-order terms: the pairs i < j in order (0,1), (0,2), ..., (1,2), ... */
  second?: {i: number; j: number; index: Interval}[];
}

/**
 * `y` holds one output per design point in design order: per base sample j,
 * A_j, B_j, AB_j^1..AB_j^k and, with second-order terms, BA_j^1..BA_j^k.
 * A base sample with a missing output (NaN) is left out of every index.
 */
export function sobolIndices(y: ArrayLike<number>, k: number, secondOrder: boolean, resamples: number, random: Random): SobolIndices {
  const stride = secondOrder ? 2 * k + 2 : k + 2;
  const n = Math.floor(y.length / stride);
  if (n * stride !== y.length) throw new Error(`invalid Saltelli output: ${y.length} values is not a multiple of ${stride}`);
  const kept: number[] = [];
  for (let j = 0; j < n; ++j) {
    let ok = true;
    for (let s = 0; s < stride; ++s) if (!Number.isFinite(y[j * stride + s])) ok = false;
    if (ok) kept.push(j);
  }
  const m = kept.length;
  const fa = new Float64Array(m), fb = new Float64Array(m), fab = new Float64Array(m * k), fba = new Float64Array(secondOrder ? m * k : 0);
  kept.forEach((j, q) => {
    fa[q] = y[j * stride];
    fb[q] = y[j * stride + 1];
    for (let i = 0; i < k; ++i) fab[q * k + i] = y[j * stride + 2 + i];
    if (secondOrder) for (let i = 0; i < k; ++i) fba[q * k + i] = y[j * stride + 2 + k + i];
  });
  // Output variance over the A and B samples of the (re)sample.
  const variance = (idx: Int32Array): number => {
    let s = 0, ss = 0;
    for (const q of idx) { s += fa[q] + fb[q]; ss += fa[q] * fa[q] + fb[q] * fb[q]; }
    const N = 2 * idx.length, mean = s / N;
    return (ss - N * mean * mean) / (N - 1);
  };
  const firstOf = (idx: Int32Array, i: number, v: number) => {
    let s = 0;
    for (const q of idx) s += fb[q] * (fab[q * k + i] - fa[q]);
    return s / idx.length / v;
  };
  const first: Interval[] = [], total: Interval[] = [];
  for (let i = 0; i < k; ++i) {
    first.push(bootstrap(m, resamples, random, (idx) => firstOf(idx, i, variance(idx))));
    total.push(bootstrap(m, resamples, random, (idx) => {
      let s = 0;
      for (const q of idx) { const d = fa[q] - fab[q * k + i]; s += d * d; }
      return s / (2 * idx.length) / variance(idx);
    }));
  }
  if (!secondOrder) return {first, total};
  const second: NonNullable<SobolIndices["second"]> = [];
  for (let i = 0; i < k; ++i)
    for (let j = i + 1; j < k; ++j)
      second.push({i, j, index: bootstrap(m, resamples, random, (idx) => {
        const v = variance(idx);
        let s = 0;
        for (const q of idx) s += fba[q * k + i] * fab[q * k + j] - fa[q] * fb[q];
        return s / idx.length / v - firstOf(idx, i, v) - firstOf(idx, j, v);
      })});
  return {first, total, second};
}
