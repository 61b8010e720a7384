import {describe, expect, it} from "vitest";
import {compareScenarios} from "../../../sim/experiment/compare.ts";
import {VERDICT_MEASURES, verdict} from "../../../sim/experiment/verdict.ts";
import {preset} from "../../../sim/participation/presets.ts";
import {significant} from "../../../sim/stats.ts";
import {verdictText} from "../../../viz/verdict.ts";

describe("verdict", () => {
  const same = compareScenarios([preset("team"), preset("team")], {reps: 10, seed: 2});
  const diff = compareScenarios([preset("transfer-written"), preset("transfer-visit")], {reps: 80, seed: 2});

  it("finds nothing when an option is compared with itself", () => {
    expect(verdict(same)).toEqual([{option: "team#2", reference: "team", findings: []}]);
    expect(verdictText(verdict(same), "en")).toMatch(/no clear difference/);
    expect(verdictText(verdict(same), "nb")).toMatch(/ingen klar forskjell/);
  });

  it("gives as data only the key differences whose interval excludes zero, with direction and whether that is better", () => {
    const [line] = verdict(diff);
    expect(line.findings.length).toBeGreaterThan(0);
    for (const f of line.findings) {
      expect(VERDICT_MEASURES).toContain(f.measure);
      expect(significant(f.estimate)).toBe(true);
      expect(f.direction).toBe(f.estimate.mean > 0 ? "higher" : "lower");
      const d = diff.differences.find((x) => x.measure === f.measure && x.b === line.option)!;
      expect(f.estimate).toEqual(d.estimate);
    }
    const time = line.findings.find((f) => f.measure === "timeToDecision");
    if (time) expect(time.better).toBe(time.direction === "lower");
  });

  it("is written in either language with the language's numbers", () => {
    expect(verdictText(verdict(diff), "en")).toMatch(/counterfactual influence (higher|lower) \([+-]\d+(\.\d+)?; 95% CI -?\d/);
    expect(verdictText(verdict(diff), "nb")).toMatch(/kontrafaktisk innflytelse (høyere|lavere) \([+−]\d+(,\d+)?; 95 % KI −?\d/);
    expect(verdictText(verdict(diff), "nb")).not.toMatch(/\d\.\d/);
  });
});
