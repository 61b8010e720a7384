// Latin hypercube design: n points over the factors, from the unit sample of
// sim/latinHypercube.ts (every stratum of each factor hit exactly once).

import type {Random} from "../../rng.ts";
import {latinHypercubeUnits} from "../../latinHypercube.ts";
import {fromUnit, rowValues, type Factor} from "./factors.ts";
import type {DesignPoint} from "./point.ts";

export function latinHypercube(factors: readonly Factor[], n: number, random: Random): DesignPoint[] {
  const k = factors.length;
  const u = latinHypercubeUnits(n, k, random);
  const out: DesignPoint[] = [];
  for (let p = 0; p < n; ++p) out.push({id: p, values: rowValues(factors, u, p, fromUnit)});
  return out;
}
