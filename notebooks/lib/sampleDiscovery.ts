// Scenario discovery on a loaded sample: which design points are of interest
// (a measure's mean above or below a threshold), the numeric parameters as
// PRIM's and the tree's inputs, and the run itself (sim/experiment/discovery/),
// which the page does in a Worker (discoveryWorker.ts).

import {discover, type Discovery} from "../../sim/experiment/discovery/region.ts";
import type {LoadedSample} from "./sweepResult.ts";

/** Fewer design points than this are not searched: a box of 5% of a handful of points says nothing. */
export const MIN_DISCOVERY_POINTS = 20;

export type Direction = "above" | "below";

export interface DiscoveryRequest {
  /** The inputs' keys, and their values column by column. */
  columns: string[];
  x: number[][];
  y: boolean[];
}

/** Whether each point is of interest: its mean strictly above (or below) the threshold; a missing mean never is. */
export function interestOf(means: readonly number[], threshold: number, direction: Direction): boolean[] {
  return means.map((v) => Number.isFinite(v) && (direction === "above" ? v > threshold : v < threshold));
}

/** The sample's numeric parameters (every value a number) that vary: the ones a box can bound. */
export function numericColumns(sample: LoadedSample): {keys: string[]; values: number[][]} {
  const keys: string[] = [], values: number[][] = [];
  sample.parameters.forEach((k, j) => {
    const v = sample.values[j];
    if (v.every((x) => typeof x === "number") && new Set(v).size > 1) { keys.push(k); values.push(v as number[]); }
  });
  return {keys, values};
}

/** The median of the finite values (the default threshold), or 0 when there are none. */
export function medianOf(values: readonly number[]): number {
  const s = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return 0;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

export function runDiscovery(req: DiscoveryRequest): Discovery {
  return discover(req.columns, req.x, req.y);
}
