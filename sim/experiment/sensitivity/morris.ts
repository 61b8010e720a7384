// Morris screening measures from elementary effects: mu* (mean absolute
// effect; Campolongo et al. 2007), mu and sigma (sd of the effects), with
// bootstrap intervals over trajectories.

import type {Random} from "../../rng.ts";
import type {DesignPoint} from "../design/point.ts";
import type {Factor} from "../design/factors.ts";
import {bootstrapAll, type Interval} from "./bootstrap.ts";

export interface MorrisIndices {
  muStar: Interval[];
  mu: Interval[];
  sigma: Interval[];
}

/** The move of a factor between two points in units of its range (by default the design's grid move). */
export type MoveSize = (factor: number, before: DesignPoint, after: DesignPoint) => number;

/**
 * Elementary effects per trajectory and factor: (y after the move - y before)
 * / delta, with delta in units of the factor's range. NaN when either output
 * is missing, or when the move changed nothing (an integer or a list of
 * values can round a grid move away).
 */
export function elementaryEffects(points: readonly DesignPoint[], y: ArrayLike<number>, k: number, moveSize?: MoveSize): {r: number; effects: Float64Array} {
  const r = points.length / (k + 1);
  const effects = new Float64Array(r * k).fill(NaN);
  for (let id = 0; id < points.length; ++id) {
    const m = points[id].move!;
    if (m.factor < 0) continue;
    const delta = moveSize ? moveSize(m.factor, points[id - 1], points[id]) : m.delta;
    if (delta !== 0) effects[m.trajectory * k + m.factor] = (y[id] - y[id - 1]) / delta;
  }
  return {r, effects};
}

/** Move sizes from the values themselves: range factors by (after - before) / (max - min), listed values by their positions. */
export function valueMoves(factors: readonly Factor[]): MoveSize {
  return (i, before, after) => {
    const f = factors[i], a = before.values[f.key], b = after.values[f.key];
    if (f.values) return (f.values.indexOf(b) - f.values.indexOf(a)) / Math.max(1, f.values.length - 1);
    return ((b as number) - (a as number)) / (f.max! - f.min!);
  };
}

export function morrisIndices(points: readonly DesignPoint[], y: ArrayLike<number>, k: number, resamples: number, random: Random, moveSize?: MoveSize): MorrisIndices {
  const {r, effects} = elementaryEffects(points, y, k, moveSize);
  // Statistics in order: mu* (k), mu (k), sigma (k), all on the same resamples of trajectories.
  const intervals = bootstrapAll(r, resamples, random, 3 * k, (idx, out) => {
    for (let i = 0; i < k; ++i) {
      let n = 0, sum = 0, abs = 0, ss = 0;
      for (let q = 0; q < idx.length; ++q) {
        const e = effects[idx[q] * k + i];
        if (!Number.isFinite(e)) continue;
        ++n; sum += e; abs += Math.abs(e);
      }
      const mean = n ? sum / n : NaN;
      for (let q = 0; q < idx.length; ++q) {
        const e = effects[idx[q] * k + i];
        if (Number.isFinite(e)) ss += (e - mean) * (e - mean);
      }
      out[i] = n ? abs / n : NaN;
      out[k + i] = mean;
      out[2 * k + i] = n >= 2 ? Math.sqrt(ss / (n - 1)) : NaN;
    }
  });
  return {muStar: intervals.slice(0, k), mu: intervals.slice(k, 2 * k), sigma: intervals.slice(2 * k)};
}
