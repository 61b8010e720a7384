// Saltelli's sample for Sobol indices (Saltelli et al. 2010): two independent
// n x k matrices A and B, and for each factor i the matrix AB_i (A with
// column i from B); with second-order terms also BA_i (B with column i from A).
// Points are grouped by base sample j: A_j, B_j, AB_j^1..AB_j^k [, BA_j^1..BA_j^k],
// so the design has n (k + 2) points, or n (2k + 2) with second-order terms.
//
// The base sample (the n rows of [A | B], 2k dimensions) is by default the
// unscrambled Sobol' sequence (as SALib's sampler), so point id's values
// follow from id alone; "lhs" takes a Latin hypercube and "random" plain
// Monte Carlo draws from the design's seeded stream. The bootstrap intervals
// treat base samples as independent draws: exact for "random", conservative
// (too wide) for the stratified "sobol" and "lhs" samples, whose estimates
// vary less than independent draws would.

import type {Random} from "../../rng.ts";
import {fromUnit, rowValues, type Factor} from "./factors.ts";
import {latinHypercubeUnits} from "../../latinHypercube.ts";
import type {DesignPoint} from "./point.ts";
import {SOBOL_MAX_DIMENSION, sobolDirections, sobolPoint} from "./sobolSequence.ts";

export const SALTELLI_BASES = ["sobol", "lhs", "random"] as const;
export type SaltelliBase = (typeof SALTELLI_BASES)[number];

/** Most factors of a Sobol'-based Saltelli design: A and B take 2k dimensions of the sequence. */
export const SALTELLI_SOBOL_MAX_FACTORS = Math.floor(SOBOL_MAX_DIMENSION / 2);

export function saltelliSize(k: number, n: number, secondOrder: boolean): number {
  return n * (secondOrder ? 2 * k + 2 : k + 2);
}

/** Point id's place in the sample: base sample j, matrix and (AB, BA) the factor taken from the other matrix. */
export function saltelliSample(id: number, k: number, secondOrder: boolean): NonNullable<DesignPoint["sample"]> {
  const stride = secondOrder ? 2 * k + 2 : k + 2;
  const j = Math.floor(id / stride), s = id - j * stride;
  if (s === 0) return {j, matrix: "A"};
  if (s === 1) return {j, matrix: "B"};
  return s < k + 2 ? {j, matrix: "AB", factor: s - 2} : {j, matrix: "BA", factor: s - 2 - k};
}

/** The unit-cube row of a point from its base sample's [A | B] row (2k values). */
function pointRow(ab: ArrayLike<number>, k: number, sample: NonNullable<DesignPoint["sample"]>, out: Float64Array, at = 0): void {
  for (let i = 0; i < k; ++i) {
    const fromB = sample.matrix === "B" || (sample.matrix === "AB" && i === sample.factor) || (sample.matrix === "BA" && i !== sample.factor);
    out[at + i] = ab[fromB ? k + i : i];
  }
}

/** The base samples' [A | B] rows (n x 2k, row-major). */
function baseUnits(k: number, n: number, base: SaltelliBase, random: Random): Float64Array {
  if (base === "lhs") return latinHypercubeUnits(n, 2 * k, random);
  if (base === "random") return Float64Array.from({length: n * 2 * k}, () => random());
  const v = sobolDirections(2 * k), u = new Float64Array(n * 2 * k), row = new Float64Array(2 * k);
  for (let j = 0; j < n; ++j) { sobolPoint(v, 2 * k, j, row); u.set(row, j * 2 * k); }
  return u;
}

/** The unit-cube rows of the design, in point order, and each row's place in the sample. */
export function saltelliUnits(k: number, n: number, secondOrder: boolean, random: Random, base: SaltelliBase = "sobol"): {u: Float64Array; sample: NonNullable<DesignPoint["sample"]>[]} {
  const size = saltelliSize(k, n, secondOrder);
  const u = new Float64Array(size * k);
  const sample: NonNullable<DesignPoint["sample"]>[] = [];
  const ab = baseUnits(k, n, base, random);
  for (let id = 0; id < size; ++id) {
    const s = saltelliSample(id, k, secondOrder);
    pointRow(ab.subarray(s.j * 2 * k, (s.j + 1) * 2 * k), k, s, u, id * k);
    sample.push(s);
  }
  return {u, sample};
}

/** Point id of a Sobol'-based design from its index alone (`directions` = sobolDirections(2k)). */
export function saltelliSobolPoint(factors: readonly Factor[], secondOrder: boolean, directions: Uint32Array, id: number): DesignPoint {
  const k = factors.length;
  const s = saltelliSample(id, k, secondOrder);
  const ab = new Float64Array(2 * k), row = new Float64Array(k);
  sobolPoint(directions, 2 * k, s.j, ab);
  pointRow(ab, k, s, row);
  return {id, values: rowValues(factors, row, 0, fromUnit), sample: s};
}

export function saltelli(factors: readonly Factor[], n: number, secondOrder: boolean, random: Random, base: SaltelliBase = "sobol"): DesignPoint[] {
  const k = factors.length;
  const {u, sample} = saltelliUnits(k, n, secondOrder, random, base);
  return sample.map((s, id) => ({id, values: rowValues(factors, u, id, fromUnit), sample: s}));
}
