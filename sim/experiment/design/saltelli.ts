// Saltelli's sample for Sobol indices (Saltelli et al. 2010): two independent
// n x k matrices A and B, and for each factor i the matrix AB_i (A with
// column i from B); with second-order terms also BA_i (B with column i from A).
// Points are grouped by base sample j: A_j, B_j, AB_j^1..AB_j^k [, BA_j^1..BA_j^k],
// so the design has n (k + 2) points, or n (2k + 2) with second-order terms.
// The n rows of [A | B] are a Latin hypercube in 2k dimensions: stratified
// base samples narrow the estimators' spread compared with plain Monte Carlo
// (at the Ishigami test's seed, plain Monte Carlo left one analytic index
// just outside its bootstrap interval).

// Points are made by index from the base sample (unitSample.ts): only the
// base's n rows of 2k numbers are held, whatever the number of points.

import type {Random} from "../../rng.ts";
import {fromUnit, rowValues, type Factor} from "./factors.ts";
import {allPoints, type Design, type DesignPoint} from "./point.ts";
import {latinHypercubeSample, type UnitSample} from "./unitSample.ts";

export function saltelliSize(k: number, n: number, secondOrder: boolean): number {
  return n * (secondOrder ? 2 * k + 2 : k + 2);
}

/** Point id's place in the sample: base sample j, its matrix and the factor taken from the other matrix. */
export function saltelliPlace(k: number, secondOrder: boolean, id: number): NonNullable<DesignPoint["sample"]> {
  const per = secondOrder ? 2 * k + 2 : k + 2;
  const j = Math.floor(id / per), r = id % per;
  if (r === 0) return {j, matrix: "A"};
  if (r === 1) return {j, matrix: "B"};
  return r < k + 2 ? {j, matrix: "AB", factor: r - 2} : {j, matrix: "BA", factor: r - k - 2};
}

/** The design over a base sample of n points in 2k dimensions: row j is [A_j | B_j]. */
export function saltelliDesign(factors: readonly Factor[], secondOrder: boolean, base: UnitSample): Design {
  const k = factors.length;
  if (base.d !== 2 * k) throw new Error(`a Saltelli base sample needs ${2 * k} dimensions (it has ${base.d})`);
  return {
    size: saltelliSize(k, base.n, secondOrder),
    point(id) {
      const sample = saltelliPlace(k, secondOrder, id);
      const {j, matrix, factor} = sample;
      // Column i from A (coordinate i of the base row) or from B (coordinate k + i).
      const fromB = (i: number) => (matrix === "B" ? true : matrix === "A" ? false : matrix === "AB" ? i === factor : i !== factor);
      return {id, values: rowValues(factors, (i) => base.at(j, fromB(i) ? k + i : i), fromUnit), sample};
    }
  };
}

export function saltelli(factors: readonly Factor[], n: number, secondOrder: boolean, random: Random): DesignPoint[] {
  return allPoints(saltelliDesign(factors, secondOrder, latinHypercubeSample(n, 2 * factors.length, random)));
}
