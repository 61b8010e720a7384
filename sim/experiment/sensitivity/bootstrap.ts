// Percentile bootstrap over independent units (Saltelli base samples, Morris
// trajectories): resample the units with replacement, recompute, and take the
// 2.5 % and 97.5 % quantiles. Every statistic of one measure is computed on
// the same resamples, from the measure's own random stream.

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
  return bootstrapAll(n, resamples, random, 1, (idx, out) => (out[0] = statistic(idx)))[0];
}

/**
 * `count` statistics at once on shared resamples: `statistics(indices, out)`
 * writes statistic s into out[s]. One call per resample, so work shared by
 * the statistics (a variance, the centred outputs) is done once.
 */
export function bootstrapAll(n: number, resamples: number, random: Random, count: number, statistics: (indices: Int32Array, out: Float64Array) => void): Interval[] {
  const all = new Int32Array(n);
  for (let i = 0; i < n; ++i) all[i] = i;
  const estimate = new Float64Array(count).fill(NaN);
  statistics(all, estimate);
  const draws = new Float64Array(resamples * count);
  const idx = new Int32Array(n);
  const out = new Float64Array(count);
  for (let b = 0; b < resamples; ++b) {
    for (let i = 0; i < n; ++i) idx[i] = Math.floor(random() * n);
    out.fill(NaN);
    statistics(idx, out);
    for (let s = 0; s < count; ++s) draws[s * resamples + b] = out[s];
  }
  const intervals: Interval[] = [];
  for (let s = 0; s < count; ++s) {
    const finite = draws.subarray(s * resamples, (s + 1) * resamples).filter((x) => Number.isFinite(x)).sort();
    intervals.push(finite.length === 0 ? {estimate: estimate[s], lo: NaN, hi: NaN} : {estimate: estimate[s], lo: quantile(finite, 0.025), hi: quantile(finite, 0.975)});
  }
  return intervals;
}

/** Linear-interpolation quantile of sorted values. */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  const h = (sorted.length - 1) * q;
  const i = Math.floor(h);
  const f = h - i;
  return i + 1 < sorted.length ? sorted[i] + f * (sorted[i + 1] - sorted[i]) : sorted[i];
}
