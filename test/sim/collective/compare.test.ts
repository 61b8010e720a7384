// The collective comparison's running sums: per-option estimates are the
// plain means and intervals of each measure, the differences are paired
// within a replication (so an option compared with itself differs by exactly
// zero), and missing values are counted, not zero.
import {describe, expect, it} from "vitest";
import {CollectiveComparison} from "../../../sim/collective/compare.ts";
import {runCollective} from "../../../sim/collective/engine.ts";
import {COLLECTIVE_MEASURES, collectiveValue} from "../../../sim/collective/measures.ts";
import {collectivePreset} from "../../../sim/collective/presets.ts";
import type {CollectiveSummary} from "../../../sim/collective/records.ts";
import {RunningEstimate} from "../../../sim/stats.ts";

const OPTIONS = ["user-meeting-neutral", "user-meeting-office", "user-meeting-neutral"];
const SEEDS = ["c/0", "c/1", "c/2", "c/3", "c/4"];
const runs: CollectiveSummary[][] = SEEDS.map((seed) => OPTIONS.map((id) => runCollective(collectivePreset(id), {seed}).summary));

describe("collective comparison", () => {
  it("estimates each measure of each option as the running estimate of its values", () => {
    const c = new CollectiveComparison(OPTIONS.length);
    runs.forEach((rows) => c.add(rows));
    for (const {key} of COLLECTIVE_MEASURES) OPTIONS.forEach((_, k) => {
      const e = new RunningEstimate();
      runs.forEach((rows) => e.add(collectiveValue(rows[k], key)));
      expect(c.estimate(k, key)).toEqual(e.estimate);
    });
  });

  it("pairs differences within a replication: an option against itself differs by zero, another by the mean of the paired differences", () => {
    const c = new CollectiveComparison(OPTIONS.length);
    runs.forEach((rows) => c.add(rows));
    const key = "attended";
    const same = c.difference(2, key);
    expect(same.n).toBe(SEEDS.length);
    expect(same.mean).toBe(0);
    expect(same.sd).toBe(0);
    const paired = runs.map((rows) => collectiveValue(rows[1], key) - collectiveValue(rows[0], key));
    const d = c.difference(1, key);
    expect(d.mean).toBeCloseTo(paired.reduce((a, b) => a + b, 0) / paired.length, 12);
    expect(d.n).toBe(SEEDS.length);
  });

  it("counts a missing value as missing, in the estimate and in every difference it enters", () => {
    const c = new CollectiveComparison(2);
    const none = {...runs[0][0], turnout: NaN} as CollectiveSummary;
    c.add([none, runs[0][1]]);
    c.add([runs[1][0], runs[1][1]]);
    expect(c.estimate(0, "turnout").missing).toBe(1);
    expect(c.estimate(0, "turnout").n).toBe(1);
    expect(c.difference(1, "turnout").missing).toBe(1);
    expect(c.estimate(1, "turnout").missing).toBe(0);
  });

  it("refuses a replication of the wrong width, a difference of the reference and an unknown measure", () => {
    const c = new CollectiveComparison(2);
    expect(() => c.add([runs[0][0]])).toThrow(/expected 2 summaries/);
    expect(() => c.difference(0, "attended")).toThrow(/no difference/);
    expect(() => c.estimate(0, "nope")).toThrow(/unknown collective measure/);
  });
});
