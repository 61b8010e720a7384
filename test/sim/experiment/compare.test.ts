import {describe, expect, it} from "vitest";
import {compareOptions, compareScenarios} from "../../../sim/experiment/compare.ts";
import {runReplications} from "../../../sim/experiment/run.ts";
import {preset} from "../../../sim/participation/presets.ts";

describe("comparisons on common random numbers", () => {
  it("an option compared with itself differs by exactly zero (common random numbers)", () => {
    const s = preset("team");
    const result = compareScenarios([s, s], {reps: 20, seed: 3});
    for (const d of result.differences) {
      expect(d.estimate.mean === 0 || Number.isNaN(d.estimate.mean)).toBe(true);
    }
    expect(result.options).toEqual(["team", "team#2"]);
  });

  it("paired differences are narrower than the spread of either option", () => {
    const result = compareScenarios([preset("transfer-written"), preset("transfer-visit")], {reps: 60, seed: 9});
    const d = result.differences.find((x) => x.measure === "cases")!;
    // both options see the same arrivals, so the difference in cases is 0 with no spread
    expect(d.estimate.sd).toBe(0);
    const infl = result.estimates.filter((e) => e.measure === "influence");
    expect(infl).toHaveLength(2);
  });

  it("refuses rows that were not run on the same replications", () => {
    const a = runReplications(preset("team"), {reps: 2, seed: 1});
    const b = runReplications(preset("team"), {reps: 2, seed: 1, first: 5});
    expect(() => compareOptions({a, b})).toThrow(/common random numbers/);
  });
});
