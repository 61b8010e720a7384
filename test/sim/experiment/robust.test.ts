// The robustness of a comparison: the draws, the runs on them, and the
// analysis of where the verdict holds.
import {describe, expect, it} from "vitest";
import {compareScenarios} from "../../../sim/experiment/compare.ts";
import {analyseRobust, judgementOf, runRobust, type RobustResult} from "../../../sim/experiment/robust.ts";
import {HEADLINE_MEASURES, verdict} from "../../../sim/experiment/verdict.ts";
import {preset} from "../../../sim/participation/presets.ts";
import {getParameter, setParameter} from "../../../sim/participation/scenario.ts";
import {rng} from "../../../sim/rng.ts";

const pair = () => [preset("transfer-written"), preset("transfer-visit")];
const names = ["transfer-written", "transfer-visit"];

describe("runRobust", () => {
  const r = runRobust({scenarios: pair(), names, draws: 12, reps: 4, seed: "rb", fixes: []});

  it("judges the given values exactly as the compare command does (same seeds, same verdict)", () => {
    const plain = compareScenarios(pair(), {reps: 4, seed: "rb"}, names);
    const lines = verdict(plain);
    expect(r.baseJudgement).toEqual(lines.map((l) => l.headline.map(judgementOf)));
    for (const m of HEADLINE_MEASURES) {
      const d = (x: typeof plain) => x.differences.find((q) => q.measure === m)!.estimate.mean;
      expect(d(r.base)).toBe(d(plain));
    }
  });

  it("draws each column over its range as a Latin hypercube: one draw in each of the N strata", () => {
    expect(r.draws.length).toBe(12);
    expect(r.columns.length).toBeGreaterThan(10);
    r.columns.forEach((c, j) => {
      const v = r.draws.map((d) => d.values[j]);
      for (const x of v) expect(x >= c.range[0] && x <= c.range[1]).toBe(true);
      if (c.integer) return;
      const strata = v.map((x) => Math.floor(((x - c.range[0]) / (c.range[1] - c.range[0])) * 12)).sort((a, b) => a - b);
      expect(strata, c.key).toEqual([...Array(12).keys()]);
    });
    // the drawn parameters really change the runs: the differences are not all the same
    expect(new Set(r.draws.map((d) => d.mean[0][0])).size).toBeGreaterThan(1);
  });

  it("is the same for the same seed and differs for another", () => {
    const again = runRobust({scenarios: pair(), names, draws: 12, reps: 4, seed: "rb", fixes: []});
    expect(again.draws).toEqual(r.draws);
    const other = runRobust({scenarios: pair(), names, draws: 12, reps: 4, seed: "rb2", fixes: []});
    expect(other.draws.map((d) => d.values)).not.toEqual(r.draws.map((d) => d.values));
  });

  it("--fix: the fixed parameter is not drawn and its value reaches every run (the comparison at the given values changes with it)", () => {
    const fixed = runRobust({scenarios: pair(), names, draws: 10, reps: 4, seed: "rb", fixes: [["load.timePressure", "2"]]});
    expect(r.columns.some((c) => c.key === "load.timePressure")).toBe(true);
    expect(fixed.columns.some((c) => c.key === "load.timePressure")).toBe(false);
    expect(fixed.drawn).not.toContain("load.timePressure");
    const plain = compareScenarios(pair().map((s) => setParameter(s, "load.timePressure", 2)), {reps: 4, seed: "rb"}, names);
    const mean = (x: typeof plain) => x.differences.find((q) => q.measure === "influence")!.estimate.mean;
    expect(mean(fixed.base)).toBe(mean(plain));
    expect(mean(fixed.base)).not.toBe(mean(r.base));
    // a member's key: set where the option has it, the others left alone
    const member = runRobust({scenarios: pair(), names, draws: 10, reps: 2, seed: "rb", fixes: [["arenas.visit.hoursPerCase", "3"]]});
    expect(member.columns.some((c) => c.key === "arenas.visit.hoursPerCase")).toBe(false);
    const [w, v] = pair();
    const byHand = compareScenarios([w, setParameter(v, "arenas.visit.hoursPerCase", 3)], {reps: 2, seed: "rb"}, names);
    const cost = (x: typeof plain) => x.differences.find((q) => q.measure === "staffHoursPerCase")!.estimate.mean;
    expect(cost(member.base)).toBe(cost(byHand));
    expect(getParameter(v, "arenas.visit.hoursPerCase")).not.toBe(3);
  });

  it("refuses bad draws and --fix values in one line naming the flag", () => {
    const run = (draws: number, fixes: [string, string][]) => () => runRobust({scenarios: pair(), names, draws, reps: 2, seed: "x", fixes});
    expect(run(5, [])).toThrow(/^invalid --robust: 5 \(allowed: an integer from 10 to 10000\)$/);
    expect(run(10, [["foo.bar", "1"]])).toThrow(/^invalid --fix foo\.bar: "1" \(allowed: a declared parameter key/);
    expect(run(10, [["load.timePressure", "-3"]])).toThrow(/^invalid --fix load\.timePressure: -3 \(allowed: a number in/);
    expect(run(10, [["arenas.nope.hoursPerCase", "1"]])).toThrow(/^invalid --fix arenas\.nope\.hoursPerCase/);
  });
});

/** A result with known judgements: measure 0 clearly higher only where x1 > 0.5 and x2 < 0.4. */
function synthetic(base: -1 | 0 | 1): RobustResult {
  const random = rng("synthetic-robust");
  const draws = Array.from({length: 300}, () => {
    const values = [random(), random(), random()];
    return {values, mean: [[0, 0]], judgement: [[values[0] > 0.5 && values[1] < 0.4 ? 1 : 0, 1]] as (-1 | 0 | 1)[][]};
  });
  const col = (key: string) => ({param: key, key, label: {en: key, nb: key}, unit: "", integer: false, option: 0, range: [0, 1] as [number, number]});
  return {
    options: ["a", "b"], measures: HEADLINE_MEASURES, columns: [col("x1"), col("x2"), col("x3")], drawn: ["x1", "x2", "x3"], fixes: [], reps: 2, seed: "s",
    base: {options: ["a", "b"], estimates: [], differences: []}, baseJudgement: [[base, 1]], draws
  };
}

describe("analyseRobust", () => {
  it("counts the draws where the judgement holds and finds the region where it does (the minority)", () => {
    const r = synthetic(1);
    const [f0, f1] = analyseRobust(r);
    const expected = r.draws.filter((d) => d.judgement[0][0] === 1).length;
    expect(f0.holds).toBe(expected);
    expect(expected).toBeLessThan(150);
    expect(f0.interest).toBe("holds");
    const box = f0.discovery!.boxes[0];
    const b = Object.fromEntries(box.bounds.map((x) => [x.column, x]));
    expect(Math.abs(b[0].lower! - 0.5)).toBeLessThan(0.05);
    expect(Math.abs(b[1].upper! - 0.4)).toBeLessThan(0.05);
    expect(b[2]).toBeUndefined();
    expect(box.density).toBeGreaterThan(0.9);
    expect(f0.discovery!.rules.length).toBeGreaterThan(0);
    // the second measure holds in every draw: no region is looked for
    expect([f1.holds, f1.interest, f1.discovery]).toEqual([300, null, null]);
  });

  it("when the verdict holds in most draws, describes where it does not", () => {
    const f0 = analyseRobust(synthetic(0))[0];
    expect(f0.interest).toBe("fails");
    const b = Object.fromEntries(f0.discovery!.boxes[0].bounds.map((x) => [x.column, x]));
    expect(Math.abs(b[0].lower! - 0.5)).toBeLessThan(0.05);
    expect(Math.abs(b[1].upper! - 0.4)).toBeLessThan(0.05);
  });
});
