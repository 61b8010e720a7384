// CSV rows rounded to what the estimate supports: two significant digits of
// the interval's half-width for an estimate's numbers, six significant digits
// for any other number; integers, text and missing values as they are.
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {intervalDecimals, roundRow, roundRows, roundSignificant} from "../../viz/rounding.ts";

describe("rounding for CSV", () => {
  it("gives the half-width two significant digits and rounds the estimate's numbers alike", () => {
    expect(intervalDecimals(0.4, 0.6)).toBe(2); // half-width 0.1, written 0.10
    expect(intervalDecimals(0.3, 0.5)).toBe(2);
    expect(intervalDecimals(0.41, 0.452)).toBe(3); // 0.021
    expect(intervalDecimals(120, 180)).toBe(0); // 30
    expect(intervalDecimals(1, 1)).toBeNull();
    expect(roundRow({option: "a", mean: 0.4999999999999998, lo: 0.4212345, hi: 0.5787655, sd: 0.0812345, n: 200, missing: 0}))
      .toEqual({option: "a", mean: 0.5, lo: 0.421, hi: 0.579, sd: 0.081, n: 200, missing: 0});
    expect(roundRow({option: "a", influence: 0.123456789, "influence.lo": 0.1, "influence.hi": 0.15, staffHoursPerCase: 2.0000000001, "staffHoursPerCase.lo": 2.0000000001, "staffHoursPerCase.hi": 2.0000000001}))
      .toEqual({option: "a", influence: 0.123, "influence.lo": 0.1, "influence.hi": 0.15, staffHoursPerCase: 2, "staffHoursPerCase.lo": 2, "staffHoursPerCase.hi": 2});
  });

  it("keeps six significant digits elsewhere, and integers, text, NaN and null as they are", () => {
    expect(roundRow({a: 0.4999999999999998, b: 123456.789, c: 7, d: "x", e: NaN, f: null, g: -1e-20})).toEqual({a: 0.5, b: 123457, c: 7, d: "x", e: NaN, f: null, g: -1e-20});
    expect(roundSignificant(-0.0000001234567)).toBe(-1.23457e-7);
  });

  it("leaves the rows given untouched (the JSON export writes them in full)", () => {
    const rows = [{mean: 0.123456, lo: 0.1, hi: 0.2}];
    const out = roundRows(rows);
    expect(rows[0].mean).toBe(0.123456);
    expect(out[0].mean).toBe(0.123); // half-width 0.05: three decimals
  });

  it("property: a rounded estimate moves by at most a twentieth of its half-width, and the interval stays in order", () => {
    fc.assert(fc.property(fc.double({min: -1e4, max: 1e4, noNaN: true}), fc.double({min: 1e-6, max: 1e3, noNaN: true}), fc.double({min: -1, max: 1, noNaN: true}), (mean, w, off) => {
      const row = {mean: mean + off * w, lo: mean - w, hi: mean + w};
      const r = roundRow(row);
      for (const k of ["mean", "lo", "hi"] as const) expect(Math.abs(r[k] - row[k])).toBeLessThanOrEqual(w / 20 + 1e-9 * Math.abs(row[k]));
      expect(r.lo).toBeLessThanOrEqual(r.hi);
    }));
  });
});
