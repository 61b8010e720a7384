import {describe, expect, it} from "vitest";
import {compareScenarios} from "../../../sim/experiment/compare.ts";
import {COST_MEASURE, HEADLINE_MEASURES, VERDICT_MEASURES, verdict} from "../../../sim/experiment/verdict.ts";
import {measure} from "../../../sim/participation/measures.ts";
import {preset} from "../../../sim/participation/presets.ts";
import {significant} from "../../../sim/stats.ts";

describe("verdict", () => {
  const same = compareScenarios([preset("team"), preset("team")], {reps: 10, seed: 2});
  const diff = compareScenarios([preset("transfer-written"), preset("transfer-visit")], {reps: 80, seed: 2});

  it("finds nothing practical when an option is compared with itself", () => {
    const [line] = verdict(same);
    expect(line.option).toBe("team#2");
    expect(line.findings).toEqual([]);
    expect(line.table.every((f) => !f.clear && !f.practical)).toBe(true);
    expect(line.tradeOff).toEqual({gain: "none", cost: "none"});
  });

  it("gives the headline, the cost and every key measure in the table, each with its declared threshold", () => {
    const [line] = verdict(diff);
    expect(line.headline.map((f) => f.measure)).toEqual(HEADLINE_MEASURES);
    expect(line.cost.measure).toBe(COST_MEASURE);
    expect(line.table.map((f) => f.measure)).toEqual(VERDICT_MEASURES);
    for (const f of line.table) {
      const d = diff.differences.find((x) => x.measure === f.measure && x.b === line.option)!;
      expect(f.estimate).toEqual(d.estimate);
      expect(f.threshold).toBe(measure(f.measure).threshold ?? null);
      expect(f.clear).toBe(significant(f.estimate));
      expect(f.practical).toBe(f.clear && Math.abs(f.estimate.mean) >= (f.threshold ?? 0));
      expect(f.direction).toBe(f.estimate.mean > 0 ? "higher" : "lower");
    }
  });

  it("names among the findings only practical differences, never the headline, the cost or the summed ladder steps", () => {
    const [line] = verdict(diff);
    for (const f of line.findings) {
      expect(f.practical).toBe(true);
      expect([...HEADLINE_MEASURES, COST_MEASURE, "ladder.influence", "ladder.control"]).not.toContain(f.measure);
    }
    const time = line.table.find((f) => f.measure === "timeToDecision")!;
    expect(time.better).toBe(time.direction === "lower");
  });

  it("a clear difference below its threshold is not practical", () => {
    const [line] = verdict(diff);
    const small = line.table.filter((f) => f.clear && f.threshold !== null && Math.abs(f.estimate.mean) < f.threshold);
    for (const f of small) expect(f.practical).toBe(false);
    // the written visit's trade-off: more cases at influence or above for more staff time (mechanism: a visit costs hours and lets the user be heard)
    expect(line.tradeOff).toEqual({gain: line.headline[1].practical ? (line.headline[1].estimate.mean > 0 ? "more" : "fewer") : "none", cost: line.cost.practical ? (line.cost.estimate.mean > 0 ? "more" : "less") : "none"});
  });
});
