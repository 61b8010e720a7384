// The sensitivity indices of a Saltelli or Morris design from the per-point
// means of one measure, as tidy rows: first-order (S1), total (ST) and, with
// second-order terms, S2 Sobol indices; Morris mu*, mu and sigma. Used by
// `summarise` in Node and by Explore in the browser, so both give the same numbers.

import type {Random} from "../../rng.ts";
import type {DesignSpec} from "../design/build.ts";
import type {Factor} from "../design/factors.ts";
import type {DesignPoint} from "../design/point.ts";
import type {Interval} from "./bootstrap.ts";
import {morrisIndices, valueMoves} from "./morris.ts";
import {sobolIndices} from "./sobol.ts";

export type IndexName = "S1" | "ST" | "S2" | "mu*" | "mu" | "sigma";

export interface IndexRow {
  measure: string;
  /** The parameter's key, or "a x b" for a second-order index. */
  parameter: string;
  index: IndexName;
  estimate: number;
  lo: number;
  hi: number;
}

export function isSensitivity(design: DesignSpec): boolean {
  return design.type === "saltelli" || design.type === "morris";
}

/** `means` holds one value per design point in design order (NaN = missing). */
export function designIndices(design: DesignSpec, factors: readonly Factor[], points: readonly DesignPoint[], measure: string, means: ArrayLike<number>, resamples: number, random: Random): IndexRow[] {
  const k = factors.length;
  const rows: IndexRow[] = [];
  const put = (parameter: string, index: IndexName, v: Interval) => rows.push({measure, parameter, index, estimate: v.estimate, lo: v.lo, hi: v.hi});
  if (design.type === "saltelli") {
    const s = sobolIndices(means, k, design.secondOrder, resamples, random);
    for (let i = 0; i < k; ++i) { put(factors[i].key, "S1", s.first[i]); put(factors[i].key, "ST", s.total[i]); }
    for (const {i, j, index} of s.second ?? []) put(`${factors[i].key} x ${factors[j].key}`, "S2", index);
  } else if (design.type === "morris") {
    // Effects per actual move: integer parameters and listed values round grid moves.
    const s = morrisIndices(points, means, k, resamples, random, valueMoves(factors));
    for (let i = 0; i < k; ++i) { put(factors[i].key, "mu*", s.muStar[i]); put(factors[i].key, "mu", s.mu[i]); put(factors[i].key, "sigma", s.sigma[i]); }
  } else {
    throw new Error(`sensitivity indices need a saltelli or morris design (this one is ${design.type})`);
  }
  return rows;
}
