// Summaries across replications: mean, standard deviation and a 95%
// confidence interval (Student t), and paired differences for options run on
// common random numbers.

export interface Estimate {
  mean: number;
  /** Sample standard deviation; NaN when n < 2 (the spread of one value is undefined). */
  sd: number;
  /** Values used (finite ones). */
  n: number;
  /** Values left out as missing (NaN, null-as-NaN, infinite): missing is not zero. */
  missing: number;
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

/**
 * Mean, sd and 95% CI kept as running sums (Welford), so a long series needs
 * no memory: add values one by one, read the estimate at any time.
 * Non-finite values are counted as missing, never as zero.
 */
export class RunningEstimate {
  private n = 0;
  private mean = 0;
  private m2 = 0;
  private missing = 0;

  add(x: number): void {
    if (!Number.isFinite(x)) {
      ++this.missing;
      return;
    }
    const d = x - this.mean;
    this.mean += d / ++this.n;
    this.m2 += d * (x - this.mean);
  }

  get estimate(): Estimate {
    const {n, mean, missing} = this;
    if (n === 0) return {mean: NaN, sd: NaN, n, missing, lo: NaN, hi: NaN};
    // One value has no spread to estimate: sd and interval are undefined.
    const sd = n > 1 ? Math.sqrt(this.m2 / (n - 1)) : NaN;
    const half = tQuantile975(n - 1) * sd / Math.sqrt(n);
    return {mean, sd, n, missing, lo: mean - half, hi: mean + half};
  }
}

/** Mean, sd and 95% CI of the finite values in xs; the others are counted as missing. */
export function estimate(xs: ArrayLike<number>): Estimate {
  const e = new RunningEstimate();
  for (let i = 0; i < xs.length; ++i) e.add(xs[i]);
  return e.estimate;
}

/** Running paired difference b - a: a pair with a missing side is missing. */
export class RunningDifference {
  private readonly d = new RunningEstimate();

  add(a: number, b: number): void {
    this.d.add(Number.isFinite(a) && Number.isFinite(b) ? b - a : NaN);
  }

  get estimate(): Estimate {
    return this.d.estimate;
  }
}

/**
 * Paired difference b - a over replications run on common random numbers
 * (replication r of both options used the same seed). Pairs with a
 * non-finite value on either side are counted as missing.
 */
export function pairedDifference(a: ArrayLike<number>, b: ArrayLike<number>): Estimate {
  if (a.length !== b.length) throw new Error(`invalid paired samples: lengths ${a.length} and ${b.length} differ`);
  const d = new RunningDifference();
  for (let i = 0; i < a.length; ++i) d.add(a[i], b[i]);
  return d.estimate;
}

/**
 * A directional claim on paired samples (B - A, replication by replication):
 * "greater" holds when the 95% interval of the difference lies above 0,
 * "less" below 0, "equivalent" within ±margin (two one-sided tests).
 */
export function pairedClaim(a: ArrayLike<number>, b: ArrayLike<number>, direction: "greater" | "less" | "equivalent" | undefined, margin = 0): {difference: Estimate; holds: boolean} {
  const d = pairedDifference(a, b);
  const holds = d.n > 1 && (direction === "greater" ? d.lo > 0 : direction === "less" ? d.hi < 0 : d.lo > -margin && d.hi < margin);
  return {difference: d, holds};
}

/** Whether a 95% interval excludes zero. */
export function significant(e: Estimate): boolean {
  return e.n > 1 && (e.lo > 0 || e.hi < 0);
}

/**
 * Relative slack when a size is held against its threshold: a mean that is
 * the threshold up to floating-point noise (0.4999999999999998 for 0.5) meets
 * it, so the judgement agrees with the number as printed.
 */
export const THRESHOLD_SLACK = 1e-9;

/** Whether a difference's size meets a threshold (up to THRESHOLD_SLACK). */
export function meetsThreshold(size: number, threshold: number): boolean {
  return Math.abs(size) >= threshold * (1 - THRESHOLD_SLACK);
}

/** Every replication's difference is exactly 0 (an estimate of paired differences with no spread around 0). */
export function exactlyZero(e: Estimate): boolean {
  return e.n > 0 && e.mean === 0 && (e.n === 1 || e.sd === 0);
}
