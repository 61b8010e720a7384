// First-order and total Sobol indices from a Saltelli sample (design/saltelli.ts),
// with Saltelli et al. (2010)'s first-order estimator and Jansen's total-effect
// estimator, second-order indices (Saltelli 2002) when the sample has the BA
// matrices, and bootstrap intervals over the base samples.
//
// The outputs are centred on their mean first, as SALib does: the first- and
// second-order estimators multiply outputs, so without centring a constant
// added to the output moves them (and widens their intervals) by its square.

import type {Random} from "../../rng.ts";
import {bootstrapAll, type Interval} from "./bootstrap.ts";

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
 * Every index is bootstrapped on the same resamples of base samples.
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
  // Centre on the mean of every kept output.
  let centre = 0;
  for (const j of kept) for (let s = 0; s < stride; ++s) centre += y[j * stride + s];
  centre = m ? centre / (m * stride) : 0;
  const fa = new Float64Array(m), fb = new Float64Array(m), fab = new Float64Array(m * k), fba = new Float64Array(secondOrder ? m * k : 0);
  kept.forEach((j, q) => {
    fa[q] = y[j * stride] - centre;
    fb[q] = y[j * stride + 1] - centre;
    for (let i = 0; i < k; ++i) fab[q * k + i] = y[j * stride + 2 + i] - centre;
    if (secondOrder) for (let i = 0; i < k; ++i) fba[q * k + i] = y[j * stride + 2 + k + i] - centre;
  });
  const pairs: {i: number; j: number}[] = [];
  if (secondOrder) for (let i = 0; i < k; ++i) for (let j = i + 1; j < k; ++j) pairs.push({i, j});
  const first = new Float64Array(k);
  // Statistics in order: S1 (k), ST (k), S2 (pairs).
  const intervals = bootstrapAll(m, resamples, random, 2 * k + pairs.length, (idx, out) => {
    const N = idx.length;
    // Output variance over the A and B samples of the (re)sample.
    let s = 0, ss = 0;
    for (let r = 0; r < N; ++r) { const q = idx[r]; s += fa[q] + fb[q]; ss += fa[q] * fa[q] + fb[q] * fb[q]; }
    const mean = s / (2 * N), v = (ss - 2 * N * mean * mean) / (2 * N - 1);
    for (let i = 0; i < k; ++i) {
      let s1 = 0, st = 0;
      for (let r = 0; r < N; ++r) {
        const q = idx[r], a = fa[q], ab = fab[q * k + i];
        s1 += fb[q] * (ab - a);
        st += (a - ab) * (a - ab);
      }
      first[i] = s1 / N / v;
      out[i] = first[i];
      out[k + i] = st / (2 * N) / v;
    }
    pairs.forEach(({i, j}, p) => {
      let s2 = 0;
      for (let r = 0; r < N; ++r) { const q = idx[r]; s2 += fba[q * k + i] * fab[q * k + j] - fa[q] * fb[q]; }
      out[2 * k + p] = s2 / N / v - first[i] - first[j];
    });
  });
  const result: SobolIndices = {first: intervals.slice(0, k), total: intervals.slice(k, 2 * k)};
  if (secondOrder) result.second = pairs.map(({i, j}, p) => ({i, j, index: intervals[2 * k + p]}));
  return result;
}
