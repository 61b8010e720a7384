import {describe, expect, it} from "vitest";
import fc from "fast-check";
import {estimate, pairedDifference, significant, tQuantile975} from "../../sim/stats.ts";

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
  it("ignores non-finite values and handles empty input", () => {
    expect(estimate([NaN, 2, Infinity]).mean).toBe(2);
    expect(estimate([]).n).toBe(0);
    expect(Number.isNaN(estimate([]).mean)).toBe(true);
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
