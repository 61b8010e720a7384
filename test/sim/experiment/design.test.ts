import {describe, expect, it} from "vitest";
import fc from "fast-check";
import {rng} from "../../../sim/rng.ts";
import {factorial, factorialSize} from "../../../sim/experiment/design/factorial.ts";
import {oneAtATime} from "../../../sim/experiment/design/oneAtATime.ts";
import {latinHypercube} from "../../../sim/experiment/design/latinHypercube.ts";
import {SALTELLI_BASES, saltelli, saltelliSize, saltelliSobolPoint} from "../../../sim/experiment/design/saltelli.ts";
import {sobolDirections, sobolUnits} from "../../../sim/experiment/design/sobolSequence.ts";
import {morris, morrisSize} from "../../../sim/experiment/design/morris.ts";
import {designSize, buildDesign} from "../../../sim/experiment/design/build.ts";
import {fromUnit, levelsOf, type Factor} from "../../../sim/experiment/design/factors.ts";
import {shardRange} from "../../../sim/experiment/shards.ts";

const unit = (key: string): Factor => ({key, min: 0, max: 1});
const differing = (a: Record<string, unknown>, b: Record<string, unknown>) => Object.keys(a).filter((k) => a[k] !== b[k]);

describe("factorial", () => {
  it("has every combination once, and its size is the product of the numbers of values", () => {
    const factors: Factor[] = [{key: "a", values: [1, 2, 3]}, {key: "b", values: ["x", "y"]}, {key: "c", min: 0, max: 1, levels: 4}];
    const points = factorial(factors);
    expect(points.length).toBe(24);
    expect(factorialSize(factors)).toBe(24);
    expect(new Set(points.map((p) => JSON.stringify(p.values))).size).toBe(24);
    expect(points.map((p) => p.id)).toEqual([...Array(24).keys()]);
    expect(levelsOf(factors[2])).toEqual([0, 1 / 3, 2 / 3, 1]);
  });
});

describe("one at a time", () => {
  it("is the base plus each other value of each factor, moving one factor from the base", () => {
    const factors: Factor[] = [{key: "a", values: [1, 2, 3]}, {key: "b", values: ["x", "y"]}, {key: "c", values: [true, false]}];
    const base = {a: 2, b: "x", c: false};
    const points = oneAtATime(factors, base);
    expect(points.length).toBe(1 + 2 + 1 + 1);
    expect(designSize({type: "oat"}, factors)).toBeGreaterThanOrEqual(points.length);
    expect(points[0].values).toEqual(base);
    for (const p of points.slice(1)) expect(differing(p.values, base)).toHaveLength(1);
  });
});

describe("Latin hypercube", () => {
  it("hits every stratum of every factor exactly once", () => {
    fc.assert(fc.property(fc.integer({min: 2, max: 60}), fc.integer({min: 1, max: 6}), fc.string(), (n, k, seed) => {
      const factors = Array.from({length: k}, (_, i) => unit(`f${i}`));
      const points = latinHypercube(factors, n, rng(seed));
      expect(points.length).toBe(n);
      for (const f of factors) {
        const strata = points.map((p) => Math.floor((p.values[f.key] as number) * n)).sort((a, b) => a - b);
        expect(strata).toEqual([...Array(n).keys()]);
      }
    }), {numRuns: 50});
  });
  it("maps discrete values and integer and log ranges into their domains", () => {
    const factors: Factor[] = [{key: "e", values: ["a", "b", "c"]}, {key: "i", min: 1, max: 9, integer: true}, {key: "l", min: 0.01, max: 100, scale: "log"}];
    for (const p of latinHypercube(factors, 30, rng(3))) {
      expect(["a", "b", "c"]).toContain(p.values.e);
      expect(Number.isInteger(p.values.i)).toBe(true);
      expect(p.values.l).toBeGreaterThanOrEqual(0.01);
      expect(p.values.l).toBeLessThanOrEqual(100);
    }
    // each discrete value gets a third of the strata
    const counts = new Map<unknown, number>();
    for (const p of latinHypercube(factors, 30, rng(3))) counts.set(p.values.e, (counts.get(p.values.e) ?? 0) + 1);
    expect([...counts.values()]).toEqual([10, 10, 10]);
    expect(fromUnit(factors[2], 0.5)).toBeCloseTo(1, 10);
  });
});

describe("Saltelli", () => {
  it("has n (k + 2) points, or n (2k + 2) with second-order terms, AB_i = A with column i from B", () => {
    const factors = [unit("x"), unit("y"), unit("z")];
    for (const base of SALTELLI_BASES) for (const second of [false, true]) {
      const points = saltelli(factors, 16, second, rng(1), base);
      expect(points.length).toBe(saltelliSize(3, 16, second));
      expect(points.length).toBe(16 * (second ? 8 : 5));
      const stride = second ? 8 : 5;
      // The Sobol' sequence's first points repeat coordinates (the origin, then 0.5 everywhere):
      // there A and B can share a column, and AB_i takes column i from B all the same.
      if (base === "sobol") expect(differing(points[0].values, points[stride].values)).toEqual(["x", "y", "z"]);
      for (let j = 0; j < 16; ++j) {
        const a = points[j * stride].values, b = points[j * stride + 1].values;
        expect(points[j * stride].sample).toEqual({j, matrix: "A"});
        for (let i = 0; i < 3; ++i) {
          const ab = points[j * stride + 2 + i];
          expect(ab.sample).toEqual({j, matrix: "AB", factor: i});
          for (let c = 0; c < 3; ++c) expect(ab.values[factors[c].key]).toBe((c === i ? b : a)[factors[c].key]);
          if (second) for (let c = 0; c < 3; ++c) expect(points[j * stride + 5 + i].values[factors[c].key]).toBe((c === i ? a : b)[factors[c].key]);
          if (base !== "sobol") expect(differing(ab.values, a)).toEqual([factors[i].key]);
        }
      }
    }
  });
  it("takes A and B from the 2k-dimensional Sobol' sequence by default, point by point from the id alone", () => {
    const factors = [unit("x"), unit("y")];
    const points = saltelli(factors, 8, true, rng(1));
    const u = sobolUnits(8, 4);
    for (let j = 0; j < 8; ++j) {
      expect(points[j * 6].values).toEqual({x: u[j * 4], y: u[j * 4 + 1]});
      expect(points[j * 6 + 1].values).toEqual({x: u[j * 4 + 2], y: u[j * 4 + 3]});
    }
    const v = sobolDirections(4);
    for (const id of [0, 7, 13, 47]) expect(saltelliSobolPoint(factors, true, v, id)).toEqual(points[id]);
    // the seed plays no part in a Sobol' base; it does in the others
    expect(saltelli(factors, 8, true, rng(2))).toEqual(points);
    expect(saltelli(factors, 8, true, rng(2), "lhs")).not.toEqual(saltelli(factors, 8, true, rng(1), "lhs"));
  });
});

describe("Morris", () => {
  it("moves one factor at a time, each once per trajectory, by delta = p / (2 (p - 1)) of its range", () => {
    fc.assert(fc.property(fc.integer({min: 1, max: 8}), fc.integer({min: 2, max: 10}), fc.constantFrom(2, 4, 6, 8), fc.integer(), (k, r, p, seed) => {
      const factors = Array.from({length: k}, (_, i) => ({key: `f${i}`, min: 10, max: 20}));
      const points = morris(factors, r, p, rng(seed));
      expect(points.length).toBe(morrisSize(k, r));
      const delta = p / (2 * (p - 1));
      for (let t = 0; t < r; ++t) {
        const moved = new Set<string>();
        for (let s = 1; s <= k; ++s) {
          const before = points[t * (k + 1) + s - 1].values, after = points[t * (k + 1) + s].values;
          const diff = differing(after, before);
          expect(diff).toHaveLength(1);
          moved.add(diff[0]);
          expect(Math.abs((after[diff[0]] as number) - (before[diff[0]] as number))).toBeCloseTo(10 * delta, 9);
          for (const v of Object.values(after)) expect(v).toBeGreaterThanOrEqual(10), expect(v).toBeLessThanOrEqual(20);
        }
        expect(moved.size).toBe(k);
      }
    }), {numRuns: 60});
  });
});

describe("designs as parts", () => {
  it("are the same points for the same seed, and designSize matches", () => {
    const factors = [unit("x"), {key: "y", values: [1, 2, 3]}];
    for (const spec of [{type: "factorial"}, {type: "lhs", n: 9}, {type: "saltelli", n: 5, secondOrder: true}, {type: "morris", r: 4, levels: 4}] as const) {
      const f = spec.type === "factorial" ? [{...factors[0], levels: 3}, factors[1]] : factors;
      const a = buildDesign(spec, f, {x: 0.5, y: 2}, "s"), b = buildDesign(spec, f, {x: 0.5, y: 2}, "s");
      expect(a).toEqual(b);
      expect(a.length).toBe(designSize(spec, f));
    }
    expect(buildDesign({type: "lhs", n: 9}, factors, {}, "s")).not.toEqual(buildDesign({type: "lhs", n: 9}, factors, {}, "t"));
  });
});

describe("shards", () => {
  it("partition the design into contiguous slices", () => {
    fc.assert(fc.property(fc.integer({min: 0, max: 500}), fc.integer({min: 1, max: 40}), (points, n) => {
      let next = 0;
      for (let i = 0; i < n; ++i) {
        const {from, to} = shardRange(points, i, n);
        expect(from).toBe(next);
        expect(to).toBeGreaterThanOrEqual(from);
        next = to;
      }
      expect(next).toBe(points);
    }));
    expect(() => shardRange(10, 3, 3)).toThrow(/invalid shard: 3\/3/);
  });
});

describe("factor values", () => {
  it("give every integer of an integer range the same weight (rounding gave each end half)", () => {
    const f: Factor = {key: "problems", min: 5, max: 40, integer: true};
    const counts = new Map<number, number>();
    const n = 36 * 50;
    for (let p = 0; p < n; ++p) { const v = fromUnit(f, (p + 0.5) / n) as number; counts.set(v, (counts.get(v) ?? 0) + 1); }
    expect([...counts.keys()].sort((a, b) => a - b)).toEqual(Array.from({length: 36}, (_, i) => 5 + i));
    expect(new Set(counts.values())).toEqual(new Set([50]));
    expect(fromUnit(f, 0)).toBe(5);
    expect(fromUnit(f, 1)).toBe(40);
  });
  it("give evenly spaced levels without float noise, and leave values that are not noise alone", () => {
    expect(levelsOf({key: "x", min: 0.2, max: 1, levels: 5})).toEqual([0.2, 0.4, 0.6, 0.8, 1]);
    // the plain formula gives the noise the levels must not carry
    expect(0.2 + (2 / 4) * (1 - 0.2)).not.toBe(0.6);
    expect(levelsOf({key: "x", min: 0, max: 1, levels: 4})).toEqual([0, 1 / 3, 2 / 3, 1]);
    expect(levelsOf({key: "x", min: 0.1, max: 0.7, levels: 7})).toEqual([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
  });
});
