// Morris screening measures from elementary effects: mu* (mean absolute
// effect; Campolongo et al. 2007), mu and sigma (sd of the effects), with
// bootstrap intervals over trajectories.

import type {Random} from "../../rng.ts";
import type {DesignPoint} from "../design/point.ts";
import type {Factor} from "../design/factors.ts";
import {bootstrap, type Interval} from "./bootstrap.ts";

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
  const muStar: Interval[] = [], mu: Interval[] = [], sigma: Interval[] = [];
  for (let i = 0; i < k; ++i) {
    const stat = (f: (values: number[]) => number) => (idx: Int32Array) => {
      const values: number[] = [];
      for (const t of idx) { const e = effects[t * k + i]; if (Number.isFinite(e)) values.push(e); }
      return f(values);
    };
    const mean = (v: number[]) => (v.length ? v.reduce((a, b) => a + b, 0) / v.length : NaN);
    muStar.push(bootstrap(r, resamples, random, stat((v) => mean(v.map(Math.abs)))));
    mu.push(bootstrap(r, resamples, random, stat(mean)));
    sigma.push(bootstrap(r, resamples, random, stat((v) => {
      if (v.length < 2) return NaN;
      const m = mean(v);
      return Math.sqrt(v.reduce((a, b) => a + (b - m) * (b - m), 0) / (v.length - 1));
    })));
  }
  return {muStar, mu, sigma};
}
