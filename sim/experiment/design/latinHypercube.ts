// Latin hypercube: n points; each factor's unit interval is cut into n equal
// strata and every stratum is hit exactly once (McKay, Beckman & Conover 1979).

import type {Random} from "../../rng.ts";
import {shuffle} from "../../rng.ts";
import {fromUnit, rowValues, type Factor} from "./factors.ts";
import type {DesignPoint} from "./point.ts";

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

export function latinHypercube(factors: readonly Factor[], n: number, random: Random): DesignPoint[] {
  const k = factors.length;
  const u = latinHypercubeUnits(n, k, random);
  const out: DesignPoint[] = [];
  for (let p = 0; p < n; ++p) out.push({id: p, values: rowValues(factors, u, p, fromUnit)});
  return out;
}
