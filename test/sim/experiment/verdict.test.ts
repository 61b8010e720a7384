import {describe, expect, it} from "vitest";
import {compareScenarios} from "../../../sim/experiment/compare.ts";
import {VERDICT_MEASURES, verdict} from "../../../sim/experiment/verdict.ts";
import {preset} from "../../../sim/participation/presets.ts";
import {estimate, pairedDifference, significant} from "../../../sim/stats.ts";
import type {ComparisonResult} from "../../../sim/experiment/compare.ts";
import {verdictText} from "../../../viz/verdict.ts";

describe("verdict", () => {
  const same = compareScenarios([preset("team"), preset("team")], {reps: 10, seed: 2});
  const diff = compareScenarios([preset("transfer-written"), preset("transfer-visit")], {reps: 80, seed: 2});

  it("finds nothing when an option is compared with itself", () => {
    expect(verdict(same)).toEqual([{option: "team#2", reference: "team", findings: [], missing: []}]);
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

  describe("missing values (nothing decided)", () => {
    // Built by hand so that each case is known: "none" decides nothing in any
    // replication, "some" misses two of six, the reference misses none.
    const values: Record<string, number[]> = {
      ref: [1, 2, 3, 4, 5, 6],
      some: [11, 12, NaN, 14, NaN, 16],
      none: [NaN, NaN, NaN, NaN, NaN, NaN]
    };
    const energy: Record<string, number[]> = {ref: [1, 1.1, 0.9, 1, 1.05, 0.95], some: [5, 5.1, 4.9, 5, 5.05, 4.95], none: [9, 9.1, 8.9, 9, 9.05, 8.95]};
    const options = ["ref", "some", "none"];
    const result: ComparisonResult = {
      options,
      estimates: options.flatMap((o) => [
        {measure: "timeToDecision", option: o, estimate: estimate(values[o])},
        {measure: "staffEnergy", option: o, estimate: estimate(energy[o])}
      ]),
      differences: options.slice(1).flatMap((o) => [
        {measure: "timeToDecision", a: "ref", b: o, estimate: pairedDifference(values.ref, values[o])},
        {measure: "staffEnergy", a: "ref", b: o, estimate: pairedDifference(energy.ref, energy[o])}
      ])
    };
    const [some, none] = verdict(result);

    it("counts the missing values per option, and judges on the values there are", () => {
      expect(some.missing).toEqual([{measure: "timeToDecision", counts: [{option: "some", missing: 2, of: 6}]}]);
      expect(some.findings.map((f) => [f.measure, f.direction])).toEqual([["timeToDecision", "higher"], ["staffEnergy", "higher"]]);
      expect(some.findings[0].estimate.n).toBe(4);
    });

    it("gives no verdict on a measure where an option has no values, and still judges the others", () => {
      expect(none.missing).toEqual([{measure: "timeToDecision", counts: [{option: "none", missing: 6, of: 6}]}]);
      expect(none.findings.map((f) => f.measure)).toEqual(["staffEnergy"]);
    });

    it("says so in either language, counts through the one formatter", () => {
      const en = verdictText([none], "en").split("\n");
      expect(en).toHaveLength(2);
      expect(en[0]).toMatch(/^none vs ref: staff energy spent higher/);
      expect(en[1]).toBe("  Missing (nothing decided, left out of the means): time to decision (none 6 of 6).");
      expect(verdictText([some], "nb")).toContain("Mangler (ingenting avgjort, holdt utenfor gjennomsnittene): tid til vedtak (some 2 av 6).");
      expect(verdictText(verdict(same), "en")).not.toMatch(/Missing/);
    });
  });
});
