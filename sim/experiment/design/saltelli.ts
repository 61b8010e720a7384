// Saltelli's sample for Sobol indices (Saltelli et al. 2010): two independent
// n x k matrices A and B, and for each factor i the matrix AB_i (A with
// column i from B); with second-order terms also BA_i (B with column i from A).
// Points are grouped by base sample j: A_j, B_j, AB_j^1..AB_j^k [, BA_j^1..BA_j^k],
// so the design has n (k + 2) points, or n (2k + 2) with second-order terms.
// The n rows of [A | B] are a Latin hypercube in 2k dimensions: stratified
// base samples narrow the estimators' spread compared with plain Monte Carlo
// (at the Ishigami test's seed, plain Monte Carlo left one analytic index
// just outside its bootstrap interval).

import type {Random} from "../../rng.ts";
import {fromUnit, rowValues, type Factor} from "./factors.ts";
import {latinHypercubeUnits} from "../../latinHypercube.ts";
import type {DesignPoint} from "./point.ts";

export function saltelliSize(k: number, n: number, secondOrder: boolean): number {
  return n * (secondOrder ? 2 * k + 2 : k + 2);
}

/** The unit-cube rows of the design, in point order, and each row's place in the sample. */
export function saltelliUnits(k: number, n: number, secondOrder: boolean, random: Random): {u: Float64Array; sample: NonNullable<DesignPoint["sample"]>[]} {
  const size = saltelliSize(k, n, secondOrder);
  const u = new Float64Array(size * k);
  const sample: NonNullable<DesignPoint["sample"]>[] = [];
  const ab = latinHypercubeUnits(n, 2 * k, random);
  let row = 0;
  const put = (src: (i: number) => number, s: NonNullable<DesignPoint["sample"]>) => {
    for (let i = 0; i < k; ++i) u[row * k + i] = src(i);
    sample.push(s);
    ++row;
  };
  for (let j = 0; j < n; ++j) {
    const a = ab.subarray(j * 2 * k, j * 2 * k + k), b = ab.subarray(j * 2 * k + k, (j + 1) * 2 * k);
    put((i) => a[i], {j, matrix: "A"});
    put((i) => b[i], {j, matrix: "B"});
    for (let f = 0; f < k; ++f) put((i) => (i === f ? b[i] : a[i]), {j, matrix: "AB", factor: f});
    if (secondOrder) for (let f = 0; f < k; ++f) put((i) => (i === f ? a[i] : b[i]), {j, matrix: "BA", factor: f});
  }
  return {u, sample};
}

export function saltelli(factors: readonly Factor[], n: number, secondOrder: boolean, random: Random): DesignPoint[] {
  const k = factors.length;
  const {u, sample} = saltelliUnits(k, n, secondOrder, random);
  return sample.map((s, id) => ({id, values: rowValues(factors, u, id, fromUnit), sample: s}));
}
