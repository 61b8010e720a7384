// Summaries across replications: mean, standard deviation and a 95%
// confidence interval (Student t), and paired differences for options run on
// common random numbers.

export interface Estimate {
  mean: number;
  sd: number;
  n: number;
  /** Lower and upper bounds of the 95% confidence interval of the mean. */
  lo: number;
  hi: number;
}

const Z975 = 1.959963984540054;

// t(0.975, df) for df = 1..30 (standard table values).
const T975 = [12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.306, 2.2622, 2.2281, 2.201, 2.1788, 2.1604, 2.1448,
  2.1314, 2.1199, 2.1098, 2.1009, 2.093, 2.086, 2.0796, 2.0739, 2.0687, 2.0639, 2.0595, 2.0555, 2.0518, 2.0484, 2.0452, 2.0423];

/**
 * Two-sided 95% quantile of Student's t with df degrees of freedom: the table
 * up to df = 30, the Cornish–Fisher expansion beyond (error < 1e-4 there).
 */
export function tQuantile975(df: number): number {
  if (!(df >= 1)) return NaN;
  if (df <= 30) return T975[Math.floor(df) - 1];
  const z = Z975, z3 = z ** 3, z5 = z ** 5, z7 = z ** 7, z9 = z ** 9;
  return z + (z3 + z) / (4 * df) + (5 * z5 + 16 * z3 + 3 * z) / (96 * df ** 2)
    + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * df ** 3)
    + (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / (92160 * df ** 4);
}

/** Mean, sd and 95% CI of the finite values in xs (NaN fields when there are none). */
export function estimate(xs: ArrayLike<number>): Estimate {
  let n = 0, mean = 0, m2 = 0;
  for (let i = 0; i < xs.length; ++i) {
    const x = xs[i];
    if (!Number.isFinite(x)) continue;
    ++n;
    const d = x - mean;
    mean += d / n;
    m2 += d * (x - mean);
  }
  if (n === 0) return {mean: NaN, sd: NaN, n, lo: NaN, hi: NaN};
  const sd = n > 1 ? Math.sqrt(m2 / (n - 1)) : 0;
  const half = n > 1 ? tQuantile975(n - 1) * sd / Math.sqrt(n) : 0;
  return {mean, sd, n, lo: mean - half, hi: mean + half};
}

/**
 * Paired difference b - a over replications run on common random numbers
 * (replication r of both options used the same seed). Pairs with a
 * non-finite value on either side are dropped.
 */
export function pairedDifference(a: ArrayLike<number>, b: ArrayLike<number>): Estimate {
  if (a.length !== b.length) throw new Error(`invalid paired samples: lengths ${a.length} and ${b.length} differ`);
  const d: number[] = [];
  for (let i = 0; i < a.length; ++i) if (Number.isFinite(a[i]) && Number.isFinite(b[i])) d.push(b[i] - a[i]);
  return estimate(d);
}

/** Whether a 95% interval excludes zero. */
export function significant(e: Estimate): boolean {
  return e.n > 1 && (e.lo > 0 || e.hi < 0);
}
