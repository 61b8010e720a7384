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
//
// Points are made by index from the base sample (unitSample.ts): at most the
// base's n rows of 2k numbers are held (none for "sobol"), whatever the
// number of points.

import type {Random} from "../../rng.ts";
import {fromUnit, rowValues, type Factor} from "./factors.ts";
import {allPoints, type Design, type DesignPoint} from "./point.ts";
import {SOBOL_MAX_DIMENSION, sobolPoint} from "./sobolSequence.ts";
import {latinHypercubeSample, randomSample, sobolSample, type UnitSample} from "./unitSample.ts";

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

/** Whether a point's column i comes from B (coordinate k + i of its base row) rather than A (coordinate i). */
function fromB(sample: NonNullable<DesignPoint["sample"]>, i: number): boolean {
  return sample.matrix === "B" || (sample.matrix === "AB" && i === sample.factor) || (sample.matrix === "BA" && i !== sample.factor);
}

/**
 * The base sample of n rows [A_j | B_j] (2k dimensions): the Sobol' sequence
 * (nothing drawn, nothing held), a Latin hypercube or plain draws (a table
 * drawn from the design's stream at the first read).
 */
export function saltelliBase(base: SaltelliBase, n: number, k: number, random: Random): UnitSample {
  if (base === "lhs") return latinHypercubeSample(n, 2 * k, random);
  if (base === "random") return randomSample(n, 2 * k, random);
  return sobolSample(n, 2 * k);
}

/** The design over a base sample of n points in 2k dimensions, its points made by index. */
export function saltelliDesign(factors: readonly Factor[], secondOrder: boolean, base: UnitSample): Design {
  const k = factors.length;
  if (base.d !== 2 * k) throw new Error(`a Saltelli base sample needs ${2 * k} dimensions (it has ${base.d})`);
  return {
    size: saltelliSize(k, base.n, secondOrder),
    point(id) {
      const sample = saltelliSample(id, k, secondOrder);
      return {id, values: rowValues(factors, (i) => base.at(sample.j, fromB(sample, i) ? k + i : i), fromUnit), sample};
    }
  };
}

/** The unit-cube rows of the design, in point order, and each row's place in the sample. */
export function saltelliUnits(k: number, n: number, secondOrder: boolean, random: Random, base: SaltelliBase = "sobol"): {u: Float64Array; sample: NonNullable<DesignPoint["sample"]>[]} {
  const size = saltelliSize(k, n, secondOrder);
  const u = new Float64Array(size * k);
  const sample: NonNullable<DesignPoint["sample"]>[] = [];
  const ab = saltelliBase(base, n, k, random);
  for (let id = 0; id < size; ++id) {
    const s = saltelliSample(id, k, secondOrder);
    for (let i = 0; i < k; ++i) u[id * k + i] = ab.at(s.j, fromB(s, i) ? k + i : i);
    sample.push(s);
  }
  return {u, sample};
}

/** Point id of a Sobol'-based design from its index alone (`directions` = sobolDirections(2k)). */
export function saltelliSobolPoint(factors: readonly Factor[], secondOrder: boolean, directions: Uint32Array, id: number): DesignPoint {
  const k = factors.length;
  const s = saltelliSample(id, k, secondOrder);
  const ab = new Float64Array(2 * k);
  sobolPoint(directions, 2 * k, s.j, ab);
  return {id, values: rowValues(factors, (i) => ab[fromB(s, i) ? k + i : i], fromUnit), sample: s};
}

export function saltelli(factors: readonly Factor[], n: number, secondOrder: boolean, random: Random, base: SaltelliBase = "sobol"): DesignPoint[] {
  return allPoints(saltelliDesign(factors, secondOrder, saltelliBase(base, n, factors.length, random)));
}
