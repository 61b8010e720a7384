// Morris elementary effects (Morris 1991): r trajectories on a grid of p
// levels per factor. Each trajectory starts at a random grid point and moves
// every factor once, in random order, by delta = p / (2 (p - 1)) of its range
// (up when it fits, else down), so a design has r (k + 1) points.

import type {Random} from "../../rng.ts";
import {shuffle} from "../../rng.ts";
import {fromGrid, rowValues, type Factor} from "./factors.ts";
import {allPoints, type Design, type DesignPoint} from "./point.ts";

export function morrisSize(k: number, r: number): number {
  return r * (k + 1);
}

/** Grid step of a move: p / 2 levels (p even), i.e. delta = p / (2 (p - 1)) of the unit interval. */
export function morrisStep(p: number): number {
  return p / 2;
}

/**
 * The design. Only each trajectory's start and order of moves are drawn and
 * held (2k integers per trajectory, with the draws in the order they always
 * had); a point is its trajectory's start moved by the first steps.
 */
export function morrisDesign(factors: readonly Factor[], r: number, p: number, random: Random): Design {
  const k = factors.length, step = morrisStep(p);
  let drawn: {start: Int32Array; order: Int32Array} | undefined;
  const draw = () => {
    const start = new Int32Array(r * k), order = new Int32Array(r * k);
    for (let t = 0; t < r; ++t) {
      const x = start.subarray(t * k, (t + 1) * k), o = order.subarray(t * k, (t + 1) * k);
      for (let i = 0; i < k; ++i) x[i] = Math.floor(random() * p); // a uniform level in [0, p)
      for (let i = 0; i < k; ++i) o[i] = i;
      shuffle(o, random);
    }
    return {start, order};
  };
  // A factor's move: up by `step` levels when it fits, else down (each factor moves once, from its start).
  const moveOf = (level: number) => (level + step <= p - 1 ? step : -step);
  return {
    size: morrisSize(k, r),
    point(id) {
      const {start, order} = (drawn ??= draw());
      const t = Math.floor(id / (k + 1)), s = id % (k + 1);
      const x = Array.from(start.subarray(t * k, (t + 1) * k));
      for (let m = 0; m < s; ++m) { const i = order[t * k + m]; x[i] += moveOf(x[i]); }
      const moved = s === 0 ? -1 : order[t * k + s - 1];
      const move = {trajectory: t, factor: moved, delta: moved < 0 ? 0 : moveOf(start[t * k + moved]) / (p - 1)};
      return {id, values: rowValues(factors, (i) => x[i], (f, v) => fromGrid(f, v, p)), move};
    }
  };
}

export function morris(factors: readonly Factor[], r: number, p: number, random: Random): DesignPoint[] {
  return allPoints(morrisDesign(factors, r, p, random));
}
