// Weighted summaries of a particle population (importance weights), defined
// as pyabc's: moments with the weights normalised (sd without bias
// correction), a quantile the smallest value whose cumulative normalised
// weight reaches q.

/** Weights scaled to sum to 1. */
export function normalise(weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => w / total);
}

export function weightedMean(values: readonly number[], weights: readonly number[]): number {
  const w = normalise(weights);
  let m = 0;
  for (let i = 0; i < values.length; ++i) m += w[i] * values[i];
  return m;
}

export function weightedSd(values: readonly number[], weights: readonly number[]): number {
  const w = normalise(weights), m = weightedMean(values, weights);
  let v = 0;
  for (let i = 0; i < values.length; ++i) v += w[i] * (values[i] - m) ** 2;
  return Math.sqrt(v);
}

/** The smallest value whose cumulative normalised weight is at least q (NaN values are left out). */
export function weightedQuantile(values: readonly number[], weights: readonly number[], q: number): number {
  const idx = values.map((_, i) => i).filter((i) => Number.isFinite(values[i])).sort((a, b) => values[a] - values[b]);
  if (!idx.length) return NaN;
  const total = idx.reduce((t, i) => t + weights[i], 0);
  let cum = 0;
  for (const i of idx) {
    cum += weights[i] / total;
    if (cum >= q - 1e-12) return values[i];
  }
  return values[idx[idx.length - 1]];
}

/** Effective sample size 1 / sum(w^2) of normalised weights. */
export function ess(weights: readonly number[]): number {
  return 1 / normalise(weights).reduce((t, w) => t + w * w, 0);
}

/** Weighted covariance matrix of d-dimensional points (normalised weights, no bias correction). */
export function weightedCovariance(points: readonly number[][], weights: readonly number[]): number[][] {
  const w = normalise(weights), d = points[0].length;
  const mean = Array.from({length: d}, (_, k) => points.reduce((t, p, i) => t + w[i] * p[k], 0));
  const cov = Array.from({length: d}, () => new Array<number>(d).fill(0));
  for (let i = 0; i < points.length; ++i)
    for (let a = 0; a < d; ++a)
      for (let b = 0; b <= a; ++b) cov[a][b] += w[i] * (points[i][a] - mean[a]) * (points[i][b] - mean[b]);
  for (let a = 0; a < d; ++a) for (let b = 0; b < a; ++b) cov[b][a] = cov[a][b];
  return cov;
}

/** Lower Cholesky factor of a symmetric positive-definite matrix. */
export function cholesky(m: readonly number[][]): number[][] {
  const d = m.length, l = Array.from({length: d}, () => new Array<number>(d).fill(0));
  for (let i = 0; i < d; ++i)
    for (let j = 0; j <= i; ++j) {
      let s = m[i][j];
      for (let k = 0; k < j; ++k) s -= l[i][k] * l[j][k];
      if (i === j) {
        if (!(s > 0)) throw new Error("the perturbation kernel's covariance is not positive definite");
        l[i][i] = Math.sqrt(s);
      } else l[i][j] = s / l[j][j];
    }
  return l;
}
