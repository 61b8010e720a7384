// Percentile bootstrap over independent units (Saltelli base samples, Morris
// trajectories): resample the units with replacement, recompute, and take the
// 2.5 % and 97.5 % quantiles.

import type {Random} from "../../rng.ts";

export interface Interval {
  estimate: number;
  lo: number;
  hi: number;
}

/**
 * `statistic(indices)` computes the statistic from the units at `indices`
 * (with repeats); called once with 0..n-1 for the estimate and `resamples`
 * times with a resample.
 */
export function bootstrap(n: number, resamples: number, random: Random, statistic: (indices: Int32Array) => number): Interval {
  const all = new Int32Array(n);
  for (let i = 0; i < n; ++i) all[i] = i;
  const estimate = statistic(all);
  const draws = new Float64Array(resamples);
  const idx = new Int32Array(n);
  for (let b = 0; b < resamples; ++b) {
    for (let i = 0; i < n; ++i) idx[i] = Math.floor(random() * n);
    draws[b] = statistic(idx);
  }
  const finite = draws.filter((x) => Number.isFinite(x)).sort();
  if (finite.length === 0) return {estimate, lo: NaN, hi: NaN};
  return {estimate, lo: quantile(finite, 0.025), hi: quantile(finite, 0.975)};
}

/** Linear-interpolation quantile of sorted values. */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  const h = (sorted.length - 1) * q;
  const i = Math.floor(h);
  const f = h - i;
  return i + 1 < sorted.length ? sorted[i] + f * (sorted[i + 1] - sorted[i]) : sorted[i];
}
