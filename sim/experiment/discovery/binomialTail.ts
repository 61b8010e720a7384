// The upper tail of the binomial distribution, P(X >= k) for X ~ Bin(n, p):
// the one-sided binomial test behind PRIM's quasi-p values (Bryant & Lempert
// 2010). Quasi-p values of well-restricted boxes are as small as 1e-200, so
// the tail is summed in log space, term by term, never as 1 - lower tail.

const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

/** m! for m <= 20 is exact in a double; log of it is then correctly rounded up to one ulp. */
const FACTORIALS: readonly number[] = Array.from({length: 21}, (_, m) => {
  let f = 1;
  for (let i = 2; i <= m; ++i) f *= i;
  return f;
});

/** log(m!) for an integer m >= 0: exact factorials up to 20, the Stirling series on m + 1 beyond (error below 1e-15 there). */
export function logFactorial(m: number): number {
  if (m <= 20) return Math.log(FACTORIALS[m]);
  const x = m + 1, x2 = x * x;
  const series = (1 / 12 - (1 / 360 - (1 / 1260 - (1 / 1680 - 1 / (1188 * x2)) / x2) / x2) / x2) / x;
  return (x - 0.5) * Math.log(x) - x + LOG_SQRT_2PI + series;
}

/** log C(n, j) + j log p + (n - j) log(1 - p): the log probability of j successes. */
function logPmf(n: number, j: number, logP: number, logQ: number): number {
  return logFactorial(n) - logFactorial(j) - logFactorial(n - j) + j * logP + (n - j) * logQ;
}

/**
 * P(X >= k), X ~ Bin(n, p): the p-value of the one-sided ("greater")
 * binomial test of k successes in n trials. Relative error below 1e-11 for n
 * up to several thousand (every term is positive, so summing loses nothing).
 */
export function binomialUpperTail(k: number, n: number, p: number): number {
  if (!Number.isInteger(k) || !Number.isInteger(n) || n < 0 || !(p >= 0 && p <= 1)) throw new Error(`invalid binomial tail: k ${k}, n ${n}, p ${p}`);
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (p === 0) return 0;
  if (p === 1) return 1;
  const logP = Math.log(p), logQ = Math.log1p(-p);
  const terms = new Float64Array(n - k + 1);
  let max = -Infinity;
  for (let j = k; j <= n; ++j) {
    const t = logPmf(n, j, logP, logQ);
    terms[j - k] = t;
    if (t > max) max = t;
  }
  let sum = 0;
  for (let i = 0; i < terms.length; ++i) sum += Math.exp(terms[i] - max);
  return Math.min(1, Math.exp(max) * sum);
}
