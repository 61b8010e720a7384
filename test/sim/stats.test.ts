import {describe, expect, it} from "vitest";
import fc from "fast-check";
import {RunningDifference, RunningEstimate, estimate, pairedClaim, pairedDifference, significant, tQuantile975} from "../../sim/stats.ts";

describe("tQuantile975", () => {
  it("matches tabulated Student t quantiles", () => {
    // Standard table values of t(0.975, df).
    const table: [number, number][] = [[3, 3.182446], [5, 2.570582], [10, 2.228139], [30, 2.042272], [31, 2.039513], [40, 2.021075], [100, 1.983972], [1000, 1.962339]];
    for (const [df, q] of table) expect(tQuantile975(df)).toBeCloseTo(q, 3);
  });
});

describe("estimate", () => {
  it("computes mean, sd and a t interval", () => {
    const e = estimate([1, 2, 3, 4]);
    expect(e.mean).toBe(2.5);
    expect(e.sd).toBeCloseTo(Math.sqrt(5 / 3), 12);
    expect(e.hi - e.mean).toBeCloseTo(3.182446 * Math.sqrt(5 / 3) / 2, 4);
    expect(e.n).toBe(4);
  });
  it("leaves out non-finite values, counting them as missing, and handles empty input", () => {
    const e = estimate([NaN, 2, Infinity, 4]);
    expect([e.mean, e.n, e.missing]).toEqual([3, 2, 2]);
    expect(estimate([]).n).toBe(0);
    expect(estimate([]).missing).toBe(0);
    expect(Number.isNaN(estimate([]).mean)).toBe(true);
    const none = estimate([NaN, NaN]);
    expect([none.n, none.missing]).toEqual([0, 2]);
    expect(none.mean).toBeNaN();
  });
  it("gives one value an undefined spread: sd and interval NaN", () => {
    const e = estimate([5]);
    expect(e.mean).toBe(5);
    expect(e.n).toBe(1);
    expect(e.sd).toBeNaN();
    expect(e.lo).toBeNaN();
    expect(e.hi).toBeNaN();
    expect(significant(e)).toBe(false);
    // the same with missing values around it
    expect(estimate([NaN, 5, NaN]).sd).toBeNaN();
  });
  it("brackets the mean and shrinks with n (property)", () => {
    fc.assert(fc.property(fc.array(fc.double({min: -1e6, max: 1e6, noNaN: true}), {minLength: 2, maxLength: 50}), (xs) => {
      const e = estimate(xs);
      const tol = 1e-9 * (1 + Math.abs(e.mean));
      expect(e.lo).toBeLessThanOrEqual(e.mean + tol);
      expect(e.hi).toBeGreaterThanOrEqual(e.mean - tol);
      const twice = estimate(xs.concat(xs));
      expect(twice.hi - twice.lo).toBeLessThanOrEqual(e.hi - e.lo + tol);
    }));
  });
});

describe("RunningEstimate", () => {
  it("equals the estimate of the whole series at every step (property)", () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.double({min: -1e6, max: 1e6, noNaN: true}), fc.constant(NaN)), {maxLength: 60}), (xs) => {
      const r = new RunningEstimate();
      xs.forEach((x, k) => {
        r.add(x);
        const whole = estimate(xs.slice(0, k + 1)), running = r.estimate;
        expect(running.n).toBe(whole.n);
        expect(running.missing).toBe(whole.missing);
        for (const key of ["mean", "sd", "lo", "hi"] as const) {
          if (Number.isNaN(whole[key])) expect(running[key]).toBeNaN();
          else expect(running[key]).toBeCloseTo(whole[key], 6);
        }
      });
    }));
  });
  it("matches the two-pass mean and sd on a long series without holding it", () => {
    const r = new RunningEstimate();
    let sum = 0, sumSq = 0;
    const n = 100000;
    for (let i = 0; i < n; ++i) {
      const x = 1e6 + (i % 7) - 3; // large offset: the naive sum of squares loses digits, Welford does not
      r.add(x);
      sum += x - 1e6;
      sumSq += (x - 1e6) ** 2;
    }
    const mean = sum / n, sd = Math.sqrt((sumSq - n * mean * mean) / (n - 1));
    expect(r.estimate.mean).toBeCloseTo(1e6 + mean, 6);
    expect(r.estimate.sd).toBeCloseTo(sd, 6);
  });
  it("RunningDifference counts a pair with a missing side as missing", () => {
    const d = new RunningDifference();
    d.add(1, 2);
    d.add(NaN, 3);
    d.add(2, NaN);
    d.add(3, 5);
    expect([d.estimate.mean, d.estimate.n, d.estimate.missing]).toEqual([1.5, 2, 2]);
    expect(d.estimate).toEqual(pairedDifference([1, NaN, 2, 3], [2, 3, NaN, 5]));
  });
});

describe("pairedDifference", () => {
  it("takes b - a pairwise and detects a consistent shift", () => {
    const a = [1, 5, 2, 8, 3], b = a.map((x) => x + 1 + 0.01 * x);
    const d = pairedDifference(a, b);
    expect(d.mean).toBeCloseTo(1 + 0.01 * 3.8, 12);
    expect(significant(d)).toBe(true);
    expect(significant(pairedDifference(a, a.slice()))).toBe(false);
  });
  it("rejects samples of different length", () => {
    expect(() => pairedDifference([1], [1, 2])).toThrow(/lengths 1 and 2/);
  });
});

describe("pairedClaim", () => {
  const a = [1, 2, 3, 4, 5, 6];
  const up = [2.1, 2.9, 4.2, 4.8, 6.1, 7.0]; // B - A near +1
  const flat = [1.01, 1.99, 3.02, 3.98, 5.01, 5.99]; // B - A near 0
  it("greater and less read the side of the paired difference's interval", () => {
    expect(pairedClaim(a, up, "greater").holds).toBe(true);
    expect(pairedClaim(a, up, "less").holds).toBe(false);
    expect(pairedClaim(up, a, "less").holds).toBe(true);
    expect(pairedClaim(a, flat, "greater").holds).toBe(false);
    expect(pairedClaim(a, up, "greater").difference).toEqual(pairedDifference(a, up));
  });
  it("equivalent holds only when the interval lies within ±margin", () => {
    expect(pairedClaim(a, flat, "equivalent", 0.1).holds).toBe(true);
    expect(pairedClaim(a, flat, "equivalent", 0.001).holds).toBe(false);
    expect(pairedClaim(a, up, "equivalent", 0.1).holds).toBe(false);
  });
  it("needs two finite pairs: with fewer nothing holds", () => {
    expect(pairedClaim([1, NaN], [5, 6], "greater").holds).toBe(false);
  });
});
