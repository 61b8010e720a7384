// The base of the sampled designs: n points of the d-dimensional unit cube,
// read by index. A design maps them through its factors (factors.ts), so a
// new base (another sampler) plugs in here without touching the designs.

import type {Random} from "../../rng.ts";
import {latinHypercubeUnits} from "../../latinHypercube.ts";
import {sobolDirections, sobolPoint} from "./sobolSequence.ts";

export interface UnitSample {
  readonly n: number;
  readonly d: number;
  /** Coordinate i (0 <= i < d) of point j (0 <= j < n). */
  at(j: number, i: number): number;
}

/**
 * A Latin hypercube (sim/latinHypercube.ts), drawn at the first read into one
 * typed array of n x d numbers (8 bytes each): a stratum permutation cannot
 * be read by index from the seeded shuffle that makes it, and the array holds
 * exactly the numbers the shuffle gave, so the same seed gives the same points.
 */
export function latinHypercubeSample(n: number, d: number, random: Random): UnitSample {
  let u: Float64Array | undefined;
  return {n, d, at: (j, i) => (u ??= latinHypercubeUnits(n, d, random))[j * d + i]};
}

/** Plain Monte Carlo: n x d draws of the stream, in row order, held as one typed array (drawn at the first read). */
export function randomSample(n: number, d: number, random: Random): UnitSample {
  let u: Float64Array | undefined;
  return {n, d, at: (j, i) => (u ??= Float64Array.from({length: n * d}, () => random()))[j * d + i]};
}

/**
 * The unscrambled Sobol' sequence (sobolSequence.ts): point j follows from j
 * alone, so nothing but the direction numbers is held (d x 30 integers). The
 * last point read is kept, so a design reading one point's coordinates in
 * turn computes it once.
 */
export function sobolSample(n: number, d: number): UnitSample {
  let directions: Uint32Array | undefined;
  const row = new Float64Array(d);
  let last = -1;
  return {
    n, d,
    at(j, i) {
      if (j !== last) { sobolPoint((directions ??= sobolDirections(d)), d, j, row); last = j; }
      return row[i];
    }
  };
}
