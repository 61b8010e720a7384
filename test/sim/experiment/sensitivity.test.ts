import {describe, expect, it} from "vitest";
import {rng} from "../../../sim/rng.ts";
import {saltelli} from "../../../sim/experiment/design/saltelli.ts";
import {morris} from "../../../sim/experiment/design/morris.ts";
import {sobolIndices} from "../../../sim/experiment/sensitivity/sobol.ts";
import {morrisIndices, valueMoves} from "../../../sim/experiment/sensitivity/morris.ts";
import {bootstrap} from "../../../sim/experiment/sensitivity/bootstrap.ts";

const ishigami = (x: number[], a = 7, b = 0.1) => Math.sin(x[0]) + a * Math.sin(x[1]) ** 2 + b * x[2] ** 4 * Math.sin(x[0]);
const box = ["x1", "x2", "x3"].map((key) => ({key, min: -Math.PI, max: Math.PI}));

describe("Sobol indices", () => {
  // Seeds fixed in advance ("ishigami", "bootstrap"); the analytic values are Ishigami & Homma (1990)'s, a = 7, b = 0.1.
  it("recover the Ishigami function's analytic first-order, total and second-order indices within their bootstrap intervals at N = 4096", () => {
    for (const secondOrder of [false, true]) {
      const points = saltelli(box, 4096, secondOrder, rng("ishigami"));
      const y = points.map((p) => ishigami(box.map((f) => p.values[f.key] as number)));
      const {first, total} = sobolIndices(y, 3, secondOrder, 500, rng("bootstrap"));
      const S = [0.314, 0.442, 0], ST = [0.558, 0.442, 0.244];
      for (let i = 0; i < 3; ++i) {
        expect(first[i].lo).toBeLessThanOrEqual(S[i]);
        expect(first[i].hi).toBeGreaterThanOrEqual(S[i]);
        expect(total[i].lo).toBeLessThanOrEqual(ST[i]);
        expect(total[i].hi).toBeGreaterThanOrEqual(ST[i]);
        // and the intervals are informative, not wide enough to cover anything
        expect(first[i].hi - first[i].lo).toBeLessThan(0.15);
        expect(total[i].hi - total[i].lo).toBeLessThan(0.15);
      }
      if (secondOrder) {
        // S13 = ST1 - S1 = 0.244 (x1 acts with x3 only), S12 = S23 = 0
        const second = sobolIndices(y, 3, true, 500, rng("bootstrap")).second!;
        expect(second.map((s) => [s.i, s.j])).toEqual([[0, 1], [0, 2], [1, 2]]);
        second.forEach((s, q) => {
          const analytic = [0, 0.244, 0][q];
          expect(s.index.lo).toBeLessThanOrEqual(analytic);
          expect(s.index.hi).toBeGreaterThanOrEqual(analytic);
          expect(s.index.hi - s.index.lo).toBeLessThan(0.25);
        });
      }
    }
  });
  it("leave out base samples with a missing output", () => {
    const points = saltelli(box, 256, false, rng(1));
    const y = points.map((p) => ishigami(box.map((f) => p.values[f.key] as number)));
    y[7] = NaN;
    const r = sobolIndices(y, 3, false, 50, rng(2));
    for (const i of [...r.first, ...r.total]) expect(Number.isFinite(i.estimate)).toBe(true);
  });
});

describe("Morris indices", () => {
  it("rank a linear function's factors by their slopes, with sigma 0 for additive factors", () => {
    const factors = ["a", "b", "c"].map((key) => ({key, min: 0, max: 1}));
    const points = morris(factors, 30, 4, rng("morris"));
    const y = points.map((p) => 5 * (p.values.a as number) - 2 * (p.values.b as number) + 0 * (p.values.c as number));
    const m = morrisIndices(points, y, 3, 200, rng(1));
    expect(m.muStar.map((x) => x.estimate)).toEqual([expect.closeTo(5, 9), expect.closeTo(2, 9), expect.closeTo(0, 9)]);
    expect(m.mu[1].estimate).toBeCloseTo(-2, 9);
    for (const s of m.sigma) expect(s.estimate).toBeCloseTo(0, 9);
  });
  it("measure effects per actual move when integer rounding shrinks or removes a grid move", () => {
    const factors = [{key: "n", min: 1, max: 2, integer: true}, {key: "x", min: 0, max: 1}];
    const points = morris(factors, 20, 4, rng("int"));
    const y = points.map((p) => 3 * (p.values.n as number) + (p.values.x as number));
    const m = morrisIndices(points, y, 2, 50, rng(1), valueMoves(factors));
    expect(m.muStar[0].estimate).toBeCloseTo(3, 9); // 3 per unit of n's range [1, 2]
    expect(m.muStar[1].estimate).toBeCloseTo(1, 9);
    // the grid's own delta would misstate n's effect: a move of 2/3 of the range rounds to 0 or 1
    const naive = morrisIndices(points, y, 2, 50, rng(1));
    expect(Math.abs(naive.muStar[0].estimate - 3)).toBeGreaterThan(0.1);
  });
  it("show interaction as sigma", () => {
    const factors = ["a", "b"].map((key) => ({key, min: 0, max: 1}));
    const points = morris(factors, 40, 4, rng("inter"));
    const y = points.map((p) => (p.values.a as number) * (p.values.b as number));
    const m = morrisIndices(points, y, 2, 100, rng(1));
    expect(m.sigma[0].estimate).toBeGreaterThan(0.1);
    expect(m.sigma[0].lo).toBeGreaterThan(0);
  });
});

describe("bootstrap", () => {
  it("gives a percentile interval around the mean of a sample that covers its population mean", () => {
    const r = rng(9);
    const x = Array.from({length: 400}, () => r());
    const ci = bootstrap(400, 1000, rng(10), (idx) => { let s = 0; for (const i of idx) s += x[i]; return s / idx.length; });
    expect(ci.lo).toBeLessThan(ci.estimate);
    expect(ci.hi).toBeGreaterThan(ci.estimate);
    expect(ci.lo).toBeLessThan(0.5);
    expect(ci.hi).toBeGreaterThan(0.5);
    expect(ci.hi - ci.lo).toBeLessThan(0.08);
  });
});
