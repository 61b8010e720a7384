// The Latin-hypercube unit sample (McKay, Beckman & Conover 1979): n points;
// each factor's unit interval is cut into n equal strata and every stratum is
// hit exactly once. Shared by the experiment designs and the claims' spreads.

import {shuffle, type Random} from "./rng.ts";

/** The n x k unit-cube sample (row-major): column i is a shuffled stratum order with a uniform draw in each stratum. */
export function latinHypercubeUnits(n: number, k: number, random: Random): Float64Array {
  const u = new Float64Array(n * k);
  const order = new Int32Array(n);
  for (let i = 0; i < k; ++i) {
    for (let s = 0; s < n; ++s) order[s] = s;
    shuffle(order, random);
    for (let p = 0; p < n; ++p) u[p * k + i] = (order[p] + random()) / n;
  }
  return u;
}
