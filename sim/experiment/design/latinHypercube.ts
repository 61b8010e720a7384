// Latin hypercube design: n points over the factors, from the unit sample of
// sim/latinHypercube.ts (every stratum of each factor hit exactly once).

import type {Random} from "../../rng.ts";
import {fromUnit, rowValues, type Factor} from "./factors.ts";
import {allPoints, type Design, type DesignPoint} from "./point.ts";
import {latinHypercubeSample, type UnitSample} from "./unitSample.ts";

/** The design of a unit sample with one coordinate per factor, point j from sample point j. */
export function unitSampleDesign(factors: readonly Factor[], sample: UnitSample): Design {
  return {size: sample.n, point: (id) => ({id, values: rowValues(factors, (i) => sample.at(id, i), fromUnit)})};
}

export function latinHypercubeDesign(factors: readonly Factor[], n: number, random: Random): Design {
  return unitSampleDesign(factors, latinHypercubeSample(n, factors.length, random));
}

export function latinHypercube(factors: readonly Factor[], n: number, random: Random): DesignPoint[] {
  return allPoints(latinHypercubeDesign(factors, n, random));
}
