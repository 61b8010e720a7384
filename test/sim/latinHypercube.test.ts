import {describe, expect, it} from "vitest";
import fc from "fast-check";
import {latinHypercubeUnits} from "../../sim/latinHypercube.ts";
import {rng} from "../../sim/rng.ts";

describe("latinHypercubeUnits", () => {
  it("hits every stratum of every column exactly once, inside [0, 1)", () => {
    fc.assert(fc.property(fc.integer({min: 1, max: 40}), fc.integer({min: 1, max: 6}), fc.string(), (n, k, seed) => {
      const u = latinHypercubeUnits(n, k, rng(seed));
      expect(u.length).toBe(n * k);
      for (let i = 0; i < k; ++i) {
        const strata = Array.from({length: n}, (_, p) => Math.floor(u[p * k + i] * n)).sort((a, b) => a - b);
        expect(strata).toEqual(Array.from({length: n}, (_, s) => s));
      }
    }), {numRuns: 50});
  });
  it("is the same sample for the same seed", () => {
    expect(latinHypercubeUnits(8, 3, rng("x"))).toEqual(latinHypercubeUnits(8, 3, rng("x")));
    expect(latinHypercubeUnits(8, 3, rng("x"))).not.toEqual(latinHypercubeUnits(8, 3, rng("y")));
  });
});
