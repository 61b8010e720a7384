// Morris elementary effects (Morris 1991): r trajectories on a grid of p
// levels per factor. Each trajectory starts at a random grid point and moves
// every factor once, in random order, by delta = p / (2 (p - 1)) of its range
// (up when it fits, else down), so a design has r (k + 1) points.

import type {Random} from "../../rng.ts";
import {shuffle} from "../../rng.ts";
import {fromGrid, rowValues, type Factor} from "./factors.ts";
import type {DesignPoint} from "./point.ts";

export function morrisSize(k: number, r: number): number {
  return r * (k + 1);
}

/** Grid step of a move: p / 2 levels (p even), i.e. delta = p / (2 (p - 1)) of the unit interval. */
export function morrisStep(p: number): number {
  return p / 2;
}

/** Grid positions (integers in [0, p - 1]) of every point, row-major, and each point's move. */
export function morrisGrid(k: number, r: number, p: number, random: Random): {grid: Int32Array; moves: NonNullable<DesignPoint["move"]>[]} {
  const step = morrisStep(p);
  const grid = new Int32Array(morrisSize(k, r) * k);
  const moves: NonNullable<DesignPoint["move"]>[] = [];
  const x = new Int32Array(k);
  const order = new Int32Array(k);
  let row = 0;
  for (let t = 0; t < r; ++t) {
    for (let i = 0; i < k; ++i) x[i] = Math.floor(random() * p); // a uniform level in [0, p)
    for (let i = 0; i < k; ++i) order[i] = i;
    shuffle(order, random);
    grid.set(x, row * k);
    moves.push({trajectory: t, factor: -1, delta: 0});
    ++row;
    for (let s = 0; s < k; ++s) {
      const i = order[s];
      const d = x[i] + step <= p - 1 ? step : -step;
      x[i] += d;
      grid.set(x, row * k);
      moves.push({trajectory: t, factor: i, delta: d / (p - 1)});
      ++row;
    }
  }
  return {grid, moves};
}

export function morris(factors: readonly Factor[], r: number, p: number, random: Random): DesignPoint[] {
  const k = factors.length;
  const {grid, moves} = morrisGrid(k, r, p, random);
  return moves.map((move, id) => ({id, values: rowValues(factors, grid, id, (f, x) => fromGrid(f, x, p)), move}));
}
