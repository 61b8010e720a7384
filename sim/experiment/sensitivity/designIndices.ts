// The sensitivity indices of a Saltelli or Morris design from the per-point
// means of one measure, as tidy rows: first-order (S1), total (ST) and, with
// second-order terms, S2 Sobol indices; Morris mu*, mu and sigma, ranked by
// mu*. Used by `summarise` in Node and by Explore in the browser, so both give
// the same numbers.
//
// Each measure's bootstrap draws from its own stream, "<seed>/bootstrap/<measure>",
// so its intervals do not depend on which other measures are kept, or their order.
//
// The noise floor: a design with a dummy parameter (one the model never reads,
// design/factors.ts) gets, for every index, the dummy's upper bound as `floor`,
// and `aboveFloor` says whether the index's whole interval lies above it.

import {rng} from "../../rng.ts";
import type {DesignSpec} from "../design/build.ts";
import type {Factor} from "../design/factors.ts";
import type {DesignPoint} from "../design/point.ts";
import type {Interval} from "./bootstrap.ts";
import {morrisIndices, valueMoves} from "./morris.ts";
import {sobolIndices} from "./sobol.ts";
import {unsettledPairs} from "./separation.ts";

export type IndexName = "S1" | "ST" | "S2" | "mu*" | "mu" | "sigma";

export interface IndexRow {
  measure: string;
  /** The parameter's key, or "a x b" for a second-order index. */
  parameter: string;
  index: IndexName;
  estimate: number;
  lo: number;
  hi: number;
  /** Morris: the parameter's place by mu* (1 = largest). */
  rank?: number;
  /** With a dummy parameter: the dummy's upper bound of the same index (S2: the largest over the dummy's pairs). */
  floor?: number;
  /** With a dummy parameter: whether the interval lies wholly above the floor (the dummy's own rows: undefined). */
  aboveFloor?: boolean;
}

export function isSensitivity(design: DesignSpec): boolean {
  return design.type === "saltelli" || design.type === "morris";
}

/** The bootstrap stream of one measure's indices. */
export function bootstrapStream(seed: string | number, measure: string) {
  return rng(`${seed}/bootstrap/${measure}`);
}

/** Indices without a floor from the design's first `units` base samples (Saltelli) or trajectories (Morris); all of them by default. */
function rawIndices(design: DesignSpec, factors: readonly Factor[], points: readonly DesignPoint[], measure: string, means: ArrayLike<number>, resamples: number, seed: string | number, units?: number): IndexRow[] {
  const k = factors.length;
  const rows: IndexRow[] = [];
  const put = (parameter: string, index: IndexName, v: Interval) => rows.push({measure, parameter, index, estimate: v.estimate, lo: v.lo, hi: v.hi});
  const random = bootstrapStream(seed, measure);
  if (design.type === "saltelli") {
    const stride = design.secondOrder ? 2 * k + 2 : k + 2;
    const y = units === undefined ? means : Array.prototype.slice.call(means, 0, units * stride) as number[];
    const s = sobolIndices(y, k, design.secondOrder, resamples, random);
    for (let i = 0; i < k; ++i) { put(factors[i].key, "S1", s.first[i]); put(factors[i].key, "ST", s.total[i]); }
    for (const {i, j, index} of s.second ?? []) put(`${factors[i].key} x ${factors[j].key}`, "S2", index);
  } else if (design.type === "morris") {
    const used = units === undefined ? points : points.slice(0, units * (k + 1));
    // Effects per actual move: integer parameters and listed values round grid moves.
    const s = morrisIndices(used, means, k, resamples, random, valueMoves(factors));
    const order = Array.from({length: k}, (_, i) => i).sort((a, b) => rankKey(s.muStar[b].estimate) - rankKey(s.muStar[a].estimate) || a - b);
    order.forEach((i, place) => {
      const start = rows.length;
      put(factors[i].key, "mu*", s.muStar[i]); put(factors[i].key, "mu", s.mu[i]); put(factors[i].key, "sigma", s.sigma[i]);
      for (let q = start; q < rows.length; ++q) rows[q].rank = place + 1;
    });
  } else {
    throw new Error(`sensitivity indices need a saltelli or morris design (this one is ${design.type})`);
  }
  return rows;
}

const rankKey = (x: number) => (Number.isFinite(x) ? x : -Infinity);

/** The floor of every index from the dummy's rows (signed mu has none: its sign is not a size). */
function withFloor(rows: IndexRow[], dummy: string | undefined): IndexRow[] {
  if (dummy === undefined) return rows;
  const floors = new Map<IndexName, number>();
  for (const r of rows) {
    const own = r.index === "S2" ? r.parameter.split(" x ").includes(dummy) : r.parameter === dummy;
    if (own && r.index !== "mu") floors.set(r.index, Math.max(floors.get(r.index) ?? -Infinity, r.hi));
  }
  for (const r of rows) {
    const floor = floors.get(r.index);
    const isDummy = r.index === "S2" ? r.parameter.split(" x ").includes(dummy) : r.parameter === dummy;
    if (floor === undefined || !Number.isFinite(floor) || isDummy) continue;
    r.floor = floor;
    r.aboveFloor = r.lo > floor;
  }
  return rows;
}

/** The dummy parameter's key, if the design has one. */
export function dummyKey(factors: readonly Factor[]): string | undefined {
  return factors.find((f) => f.dummy)?.key;
}

/** `means` holds one value per design point in design order (NaN = missing); bootstrap intervals from the measure's own stream. */
export function designIndices(design: DesignSpec, factors: readonly Factor[], points: readonly DesignPoint[], measure: string, means: ArrayLike<number>, resamples: number, seed: string | number): IndexRow[] {
  return withFloor(rawIndices(design, factors, points, measure, means, resamples, seed), dummyKey(factors));
}

/** The number of independent units of a sensitivity design: base samples (Saltelli) or trajectories (Morris). */
export function designUnits(design: DesignSpec): number {
  if (design.type === "saltelli") return design.n;
  if (design.type === "morris") return design.r;
  throw new Error(`sensitivity indices need a saltelli or morris design (this one is ${design.type})`);
}

/**
 * Sample sizes of a convergence study: powers of two (balanced prefixes of a
 * Sobol' sequence) from `start` up to and including the design's own size.
 * Saltelli designs start at 32 base samples: the unscrambled sequence's first
 * points repeat coordinates across dimensions (the first 8 points of
 * dimensions 1 and 5 are the same), so A and B could not differ there.
 */
export function convergenceSizes(units: number, start: number): number[] {
  const sizes: number[] = [];
  for (let n = start; n < units; n *= 2) sizes.push(n);
  sizes.push(units);
  return sizes;
}

export interface ConvergenceRow extends IndexRow {
  /** Base samples (Saltelli) or trajectories (Morris) the index was computed from. */
  n: number;
}

/** Every index computed from the first n units, for each n of convergenceSizes. */
export function designConvergence(design: DesignSpec, factors: readonly Factor[], points: readonly DesignPoint[], measure: string, means: ArrayLike<number>, resamples: number, seed: string | number): ConvergenceRow[] {
  const dummy = dummyKey(factors);
  return convergenceSizes(designUnits(design), design.type === "saltelli" ? 32 : 4).flatMap((n) => withFloor(rawIndices(design, factors, points, measure, means, resamples, seed, n), dummy).map((r) => ({...r, n})));
}

/** Plain notes on the largest sample's indices (separation.ts), one line per measure and index, or none. */
export function separationNotes(rows: readonly IndexRow[]): string[] {
  return unsettledPairs(rows).map((u) => {
    const pairs = u.pairs.map(([a, b]) => `${a} and ${b}`);
    const shown = pairs.slice(0, 5).join("; ") + (pairs.length > 5 ? `; and ${pairs.length - 5} more` : "");
    return `note: ${u.measure} ${u.index}: ${u.pairs.length} of ${u.of} neighbouring pairs have intervals wider than the gap between them, so their order is not settled (${shown}); more ${u.index === "mu*" || u.index === "sigma" ? "trajectories" : "base samples"} would separate them`;
  });
}
