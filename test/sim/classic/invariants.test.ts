import {describe, expect, it} from "vitest";
import fc from "fast-check";
import {ARITHMETICS, DEFICIT_TIMINGS, runClassic, type ClassicConfig} from "../../../sim/classic/engine.ts";
import {randomEntry, variantConfig} from "../../../sim/classic/design.ts";
import {rng} from "../../../sim/rng.ts";
import {COMPARISONS, TIE_BREAKS} from "../../../sim/streams.ts";

// Random sizes, structures (arbitrary 0/1 matrices), energies, entry
// schedules and rules.
const configArb = fc.record({
  m: fc.integer({min: 1, max: 40}), w: fc.integer({min: 0, max: 40}), v: fc.integer({min: 1, max: 15}),
  T: fc.integer({min: 1, max: 30}), seed: fc.integer(), density: fc.double({min: 0, max: 1, noNaN: true}),
  load: fc.double({min: 0, max: 5, noNaN: true}), coef: fc.double({min: 0.05, max: 1, noNaN: true}),
  tieBreak: fc.constantFrom(...TIE_BREAKS), comparison: fc.constantFrom(...COMPARISONS),
  deficits: fc.constantFrom(...DEFICIT_TIMINGS), arithmetic: fc.constantFrom(...ARITHMETICS)
}).map(({m, w, v, T, seed, density, load, coef, ...rules}) => {
  const r = rng(seed);
  const matrix = (rows: number) => Array.from({length: rows}, () => Array.from({length: m}, () => +(r() < density)));
  const config: ClassicConfig = {
    ...rules, periods: T, load, solutionCoefficient: coef,
    energies: Array.from({length: v}, () => Math.round(r() * 100) / 100),
    access: matrix(w), decision: matrix(v),
    choiceEntry: Array.from({length: m}, () => Math.floor(r() * (T + 3))),
    problemEntry: Array.from({length: w}, () => Math.floor(r() * (T + 3)))
  };
  return {config, seed};
});

describe("classic engine invariants (property tests)", () => {
  it("conservation, single decisions, no reattachment, energy bookkeeping, structure respected", () => {
    fc.assert(fc.property(configArb, ({config, seed}) => {
      const r = runClassic(config, {trace: true, random: rng(seed)});
      const {periods: T} = config;
      const m = config.choiceEntry.length, w = config.problemEntry.length;
      const entered = (p: number) => p >= 1 && p <= T;
      // problems are conserved: every entered problem is solved once or unsolved
      const enteredProblems = config.problemEntry.filter(entered).length;
      const solved = r.problems.filter((p) => p.solved !== null).length;
      expect(solved + r.problemsUnsolved).toBe(enteredProblems);
      // styles partition the entered choices with the unmade ones
      expect(r.resolution + r.flight + r.oversight + r.choicesUnmade).toBe(config.choiceEntry.filter(entered).length);
      // a problem is solved only by a resolution, by a choice made in that period
      for (const p of r.problems) if (p.solvedBy !== null) {
        const c = r.choices[p.solvedBy - 1];
        expect(c.style).toBe("resolution");
        expect(c.made).toBe(p.solved);
      }
      // problem-periods: active + latent = entered-and-unsolved periods
      let periods = 0;
      for (const p of r.problems) if (entered(p.entry)) periods += (p.solved ?? T) - p.entry + 1;
      expect(r.problemActivity + r.problemLatency).toBe(periods);
      const frames = r.trace!;
      expect(frames.length).toBe(T);
      let spent = 0;
      const scale = config.arithmetic === "integer" ? 100 : 1;
      const eff = config.energies.map((e) => (scale === 100 ? Math.round(e * config.solutionCoefficient * 100) / 100 : e * config.solutionCoefficient));
      for (let t = 0; t < T; ++t) {
        const f = frames[t];
        for (let j = 0; j < m; ++j) {
          // a choice is made at most once and stays made
          if (t > 0 && frames[t - 1].choiceState[j] === 2) {
            expect(f.choiceState[j]).toBe(2);
            expect(f.madeNow[j]).toBe(0);
          }
        }
        for (let i = 0; i < w; ++i) {
          const at = f.problemAt[i];
          // a solved problem never reattaches
          if (t > 0 && frames[t - 1].problemAt[i] === -2) expect(at).toBe(-2);
          // nothing attaches where access forbids it, nor to a choice that is not live
          if (at > 0) {
            expect(config.access[i][at - 1]).toBe(1);
            expect(t === 0 || frames[t - 1].choiceState[at - 1] === 1 || (frames[t - 1].choiceState[at - 1] === 0 && f.choiceState[at - 1] > 0)).toBe(true);
          }
        }
        f.dmAt.forEach((at, k) => {
          if (at > 0) {
            expect(config.decision[k][at - 1]).toBe(1);
            spent += eff[k];
          }
        });
      }
      // energy spent equals the sum of contributions, and it all stays with the choices
      const tol = 1e-9 * (1 + spent);
      expect(Math.abs(r.energySpent - spent)).toBeLessThan(scale === 100 ? 1e-9 + 0.005 * T * config.energies.length : tol);
      const held = r.choices.reduce((s, c) => s + c.accumulated, 0);
      expect(Math.abs(r.energySpent - held)).toBeLessThan(scale === 100 ? 0.011 * m : 1e-9 * (1 + held));
    }), {numRuns: 300});
  });

  it("the early exit (no trace) gives the same results as the traced run", () => {
    fc.assert(fc.property(configArb, ({config, seed}) => {
      const a = runClassic(config, {random: rng(seed)});
      const b = runClassic(config, {random: rng(seed), trace: true});
      delete b.trace;
      expect(a).toEqual(b);
    }), {numRuns: 200});
  });
});

describe("determinism of random entry orders", () => {
  const base = variantConfig({load: "moderate", access: "hierarchical", decision: "unsegmented", energy: "equal"}, {tieBreak: "random"});
  const runWith = (seed: string) => {
    const random = rng(seed);
    return runClassic({...base, ...randomEntry(random, 10, 20)}, {random});
  };
  it("same seed, same results", () => {
    for (const s of ["a", "b", "42"]) expect(runWith(s)).toEqual(runWith(s));
  });
  it("different seeds give different runs", () => {
    const outcomes = new Set(["1", "2", "3", "4", "5", "6", "7", "8"].map((s) => JSON.stringify(runWith(s).problems)));
    expect(outcomes.size).toBeGreaterThan(1);
  });
});
