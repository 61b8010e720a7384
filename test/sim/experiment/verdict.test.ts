import {describe, expect, it} from "vitest";
import {compareScenarios, type ComparisonResult} from "../../../sim/experiment/compare.ts";
import {estimate, pairedDifference} from "../../../sim/stats.ts";
import {verdictText} from "../../../viz/verdict.ts";
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

  describe("missing values (nothing decided)", () => {
    // Built by hand so that each case is known: "none" decides nothing in any
    // replication, "some" misses two of six, the reference misses none.
    const values: Record<string, number[]> = {
      ref: [1, 2, 3, 4, 5, 6],
      some: [11, 12, NaN, 14, NaN, 16],
      none: [NaN, NaN, NaN, NaN, NaN, NaN]
    };
    const other: Record<string, number[]> = {ref: [1, 1.1, 0.9, 1, 1.05, 0.95], some: [5, 5.1, 4.9, 5, 5.05, 4.95], none: [9, 9.1, 8.9, 9, 9.05, 8.95]};
    const options = ["ref", "some", "none"];
    const col = (m: string, o: string) => (m === "timeToDecision" ? values[o] : other[o]);
    const result: ComparisonResult = {
      options,
      estimates: VERDICT_MEASURES.flatMap((m) => options.map((o) => ({measure: m, option: o, estimate: estimate(col(m, o))}))),
      differences: VERDICT_MEASURES.flatMap((m) => options.slice(1).map((o) => ({measure: m, a: "ref", b: o, estimate: pairedDifference(col(m, "ref"), col(m, o))})))
    };
    const [some, none] = verdict(result);
    const time = (l: typeof some) => l.table.find((f) => f.measure === "timeToDecision")!;

    it("counts the missing values per option, and judges on the values there are", () => {
      expect(some.missing).toEqual([{measure: "timeToDecision", counts: [{option: "some", missing: 2, of: 6}]}]);
      expect(time(some)).toMatchObject({clear: true, practical: true, direction: "higher"});
      expect(time(some).estimate.n).toBe(4);
    });

    it("gives no verdict on a measure where an option has no values, and still judges the others", () => {
      expect(none.missing).toEqual([{measure: "timeToDecision", counts: [{option: "none", missing: 6, of: 6}]}]);
      expect(time(none)).toMatchObject({clear: false, practical: false});
      expect(none.findings.map((f) => f.measure)).not.toContain("timeToDecision");
      expect(none.cost.practical).toBe(true);
    });

    it("says so in either language, counts through the one formatter", () => {
      expect(verdictText([none], "en")).toContain("Missing (nothing decided, left out of the means): time to decision (none 6 of 6).");
      expect(verdictText([some], "nb")).toContain("Mangler (ingenting avgjort, holdt utenfor gjennomsnittene): tid til vedtak (some 2 av 6).");
      expect(verdictText(verdict(same), "en")).not.toMatch(/Missing/);
    });
  });
});
