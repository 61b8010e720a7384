import {describe, expect, it} from "vitest";
import {binomialUpperTail, logFactorial} from "../../../../sim/experiment/discovery/binomialTail.ts";

/** P(X >= k) for p = a/b, exactly in integers: sum_j C(n,j) a^j (b-a)^(n-j) / b^n, then one division. */
function exactTail(k: number, n: number, a: number, b: number): number {
  let num = 0n, c = 1n;
  for (let j = 0; j <= n; ++j) {
    if (j > 0) c = (c * BigInt(n - j + 1)) / BigInt(j);
    if (j >= k) num += c * BigInt(a) ** BigInt(j) * BigInt(b - a) ** BigInt(n - j);
  }
  const den = BigInt(b) ** BigInt(n);
  // scale so the quotient keeps 60 significant bits, then divide in doubles
  const shift = BigInt(Math.max(0, den.toString(2).length - num.toString(2).length + 60));
  let v = Number((num << shift) / den);
  for (let s = Number(shift); s > 0; s -= Math.min(s, 1000)) v /= 2 ** Math.min(s, 1000);
  return v;
}

describe("binomialUpperTail", () => {
  it("matches the exact tail to 1e-11 relative, down to tails of 1e-100 and below", () => {
    let worst = 0, smallest = 1;
    for (const [n, a, b] of [[40, 3, 10], [200, 1, 7], [600, 9, 10], [1000, 1, 2]] as const) {
      for (const k of [0, 1, Math.floor(n * a / b), Math.floor(n * a / b) + 5, Math.floor((n + n * a / b) / 2), n - 1, n]) {
        const e = exactTail(k, n, a, b), got = binomialUpperTail(k, n, a / b);
        worst = Math.max(worst, Math.abs(got - e) / e);
        smallest = Math.min(smallest, e);
      }
    }
    expect(smallest).toBeLessThan(1e-100);
    expect(worst).toBeLessThan(1e-11);
  });

  it("handles the edges: k <= 0 is certain, k > n impossible, p = 0 and p = 1", () => {
    expect(binomialUpperTail(0, 10, 0.3)).toBe(1);
    expect(binomialUpperTail(11, 10, 0.3)).toBe(0);
    expect(binomialUpperTail(1, 10, 0)).toBe(0);
    expect(binomialUpperTail(10, 10, 1)).toBe(1);
    expect(() => binomialUpperTail(1, 10, 1.5)).toThrow(/invalid binomial tail/);
  });

  it("logFactorial agrees with the sum of logs across the switch to the Stirling series", () => {
    let s = 0;
    for (let m = 1; m <= 60; ++m) {
      s += Math.log(m);
      expect(Math.abs(logFactorial(m) - s)).toBeLessThan(1e-12 * Math.max(1, s));
    }
  });
});
