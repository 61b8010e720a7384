import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {SOBOL_MAX_DIMENSION, sobolDirections, sobolPoint, sobolUnits} from "../../../../sim/experiment/design/sobolSequence.ts";

// Generated reference output (see its "comment"): SciPy's unscrambled Sobol' sequence, 10 dimensions, 1024 points.
const reference = JSON.parse(readFileSync(new URL("../fixtures/sobol-sequence.json", import.meta.url), "utf8")) as {dimension: number; n: number; points: number[][]};

describe("Sobol' sequence", () => {
  it("matches SciPy's first 1024 points of the 10-dimensional sequence exactly, origin included, in gray-code order", () => {
    const {dimension: d, n, points} = reference;
    expect(points.length).toBe(n);
    const u = sobolUnits(n, d);
    let mismatches = 0;
    for (let i = 0; i < n; ++i) for (let j = 0; j < d; ++j) if (u[i * d + j] !== points[i][j]) ++mismatches;
    expect(mismatches).toBe(0);
    // the natural-order construction has the same set but not the same order: order is checked, not only the set
    expect(points[2]).not.toEqual(points[3]);
  });

  it("gives every point from its index alone, as the sequence gives it", () => {
    const d = 37, v = sobolDirections(d), row = new Float64Array(d);
    const u = sobolUnits(600, d);
    for (const i of [0, 1, 2, 255, 256, 511, 599]) {
      sobolPoint(v, d, i, row);
      expect(Array.from(row)).toEqual(Array.from(u.subarray(i * d, (i + 1) * d)));
    }
  });

  it("stratifies every one of its dimensions: the first 2^m points of each coordinate are the 2^m multiples of 2^-m", () => {
    const d = SOBOL_MAX_DIMENSION, n = 256;
    const u = sobolUnits(n, d);
    let bad = 0;
    for (let j = 0; j < d; ++j) {
      const seen = new Set<number>();
      for (let i = 0; i < n; ++i) seen.add(u[i * d + j] * n);
      if (seen.size !== n || ![...seen].every((x) => Number.isInteger(x) && x >= 0 && x < n)) ++bad;
    }
    expect(bad).toBe(0);
    // and the dimensions differ from one another (no column repeated)
    const col = (j: number) => Array.from({length: n}, (_, i) => u[i * d + j]).join(",");
    expect(new Set(Array.from({length: d}, (_, j) => col(j))).size).toBe(d);
  });

  it("refuses a dimension it has no direction numbers for, and a negative index", () => {
    expect(() => sobolDirections(SOBOL_MAX_DIMENSION + 1)).toThrow(/dimension 1025 \(allowed: 1 to 1024\)/);
    expect(() => sobolPoint(sobolDirections(2), 2, -1, new Float64Array(2))).toThrow(/point -1/);
  });
});
