import {describe, expect, it} from "vitest";
import {rng} from "../../../../sim/rng.ts";
import {saltelliUnits, type SaltelliBase} from "../../../../sim/experiment/design/saltelli.ts";
import {sobolIndices, type SobolIndices} from "../../../../sim/experiment/sensitivity/sobol.ts";

// Ishigami & Homma (1990), a = 7, b = 0.1, x uniform on [-pi, pi]^3: analytic partial variances.
const A = 7, B = 0.1, PI = Math.PI;
const V1 = 0.5 * (1 + (B * PI ** 4) / 5) ** 2, V2 = A * A / 8, V13 = B * B * PI ** 8 * (1 / 18 - 1 / 50), V = V1 + V2 + V13;
const ishigami = {
  k: 3,
  f: (u: ArrayLike<number>, at: number) => {
    const x = (i: number) => -PI + 2 * PI * u[at + i];
    return Math.sin(x(0)) + A * Math.sin(x(1)) ** 2 + B * x(2) ** 4 * Math.sin(x(0));
  },
  S1: [V1 / V, V2 / V, 0], ST: [(V1 + V13) / V, V2 / V, V13 / V], S2: [0, V13 / V, 0]
};
// Sobol's G-function on [0, 1]^4 (Saltelli et al. 2008), a = (0, 1, 4.5, 9): V_i = 1 / (3 (1 + a_i)^2), products for the rest.
const ga = [0, 1, 4.5, 9];
const Vi = ga.map((a) => 1 / (3 * (1 + a) ** 2)), GV = Vi.reduce((p, v) => p * (1 + v), 1) - 1;
const gFunction = {
  k: 4,
  f: (u: ArrayLike<number>, at: number) => ga.reduce((p, a, i) => p * (Math.abs(4 * u[at + i] - 2) + a) / (1 + a), 1),
  S1: Vi.map((v) => v / GV),
  ST: Vi.map((v, i) => (v * Vi.reduce((p, w, j) => (j === i ? p : p * (1 + w)), 1)) / GV),
  S2: ga.flatMap((_, i) => ga.slice(i + 1).map((__, q) => (Vi[i] * Vi[i + 1 + q]) / GV))
};
type Model = typeof ishigami;

function outputs(model: Model, n: number, seed: string, base: SaltelliBase): Float64Array {
  const {u} = saltelliUnits(model.k, n, true, rng(seed), base);
  return Float64Array.from({length: u.length / model.k}, (_, p) => model.f(u, p * model.k));
}

const estimates = (s: SobolIndices) => [...s.first, ...s.total, ...s.second!.map((x) => x.index)];

describe("Sobol indices: centring", () => {
  it("do not move when a large constant is added to the output (first, total and second order)", () => {
    for (const model of [ishigami, gFunction]) {
      const y = outputs(model, 512, "centre", "sobol");
      const before = estimates(sobolIndices(y, model.k, true, 100, rng("b")));
      for (const c of [1000, -1e6, 1e9]) {
        const after = estimates(sobolIndices(y.map((v) => v + c), model.k, true, 100, rng("b")));
        after.forEach((x, q) => {
          // float tolerance: the constant's digits crowd out the output's (about |c| x 2^-52 of each value)
          for (const key of ["estimate", "lo", "hi"] as const) expect(Math.abs(x[key] - before[q][key])).toBeLessThan(1e-13 * Math.abs(c) + 1e-12);
        });
      }
      // and a change that is not a constant does move them: a term in the last input raises its indices
      const k = model.k;
      const {u} = saltelliUnits(k, 512, true, rng("centre"), "sobol");
      const moved = sobolIndices(y.map((v, p) => v + 10 * u[p * k + k - 1]), k, true, 100, rng("b"));
      expect(moved.first[k - 1].estimate - before[k - 1].estimate).toBeGreaterThan(0.1);
    }
  });
});

describe("Sobol indices: bootstrap intervals", () => {
  // 50 seeds (fixed in advance: "coverage-0" ... "coverage-49"), plain Monte Carlo base samples (the
  // base whose independent draws the bootstrap assumes; the Sobol' base's intervals are conservative).
  // 200 resamples keep the run time moderate; the coverage is pooled over each kind's indices.
  it.each([{n: 1024}, {n: 4096}])("cover the analytic Ishigami and G-function indices in 90-99 percent of 50 seeds at N = $n, for S1, ST and S2", ({n}) => {
    for (const model of [ishigami, gFunction]) {
      const hits = {S1: 0, ST: 0, S2: 0}, trials = {S1: 0, ST: 0, S2: 0};
      const count = (kind: keyof typeof hits, lo: number, hi: number, truth: number) => { ++trials[kind]; if (lo <= truth && truth <= hi) ++hits[kind]; };
      for (let s = 0; s < 50; ++s) {
        const r = sobolIndices(outputs(model, n, `coverage-${s}`, "random"), model.k, true, 200, rng(`coverage-bootstrap-${s}`));
        r.first.forEach((x, i) => count("S1", x.lo, x.hi, model.S1[i]));
        r.total.forEach((x, i) => count("ST", x.lo, x.hi, model.ST[i]));
        r.second!.forEach((x, q) => count("S2", x.index.lo, x.index.hi, model.S2[q]));
      }
      for (const kind of ["S1", "ST", "S2"] as const) {
        const rate = hits[kind] / trials[kind];
        expect(rate, `${model === ishigami ? "Ishigami" : "G-function"} ${kind} at N = ${n}`).toBeGreaterThanOrEqual(0.9);
        expect(rate, `${model === ishigami ? "Ishigami" : "G-function"} ${kind} at N = ${n}`).toBeLessThanOrEqual(0.99);
      }
    }
  }, 60_000);

  it("with the Sobol' base sample (one design: the sequence has no seed) cover the analytic values at N = 4096", () => {
    // One design (the sequence has no seed): at N = 4096 every analytic index lies in its interval.
    for (const model of [ishigami, gFunction]) {
      const r = sobolIndices(outputs(model, 4096, "", "sobol"), model.k, true, 300, rng("sobol-base"));
      r.first.forEach((x, i) => expect(x.lo <= model.S1[i] && model.S1[i] <= x.hi).toBe(true));
      r.total.forEach((x, i) => expect(x.lo <= model.ST[i] && model.ST[i] <= x.hi).toBe(true));
      r.second!.forEach((x, q) => expect(x.index.lo <= model.S2[q] && model.S2[q] <= x.index.hi).toBe(true));
    }
  });
});
