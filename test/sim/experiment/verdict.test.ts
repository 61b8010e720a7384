import {describe, expect, it} from "vitest";
import {compareScenarios, type ComparisonResult} from "../../../sim/experiment/compare.ts";
import {estimate, pairedDifference} from "../../../sim/stats.ts";
import {verdictText} from "../../../viz/verdict.ts";
import {COST_MEASURE, COST_MEASURES, HEADLINE_MEASURES, VERDICT_MEASURES, dominatedOptions, verdict} from "../../../sim/experiment/verdict.ts";
import {dominated, dominates} from "../../../sim/experiment/dominance.ts";
import fc from "fast-check";
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
    expect(line.tradeOff).toEqual({gain: "none", cost: "none", costs: COST_MEASURES.map((measure) => ({measure, change: "none"}))});
  });

  it("gives the headline, the cost and every key measure in the table, each with its declared threshold", () => {
    const [line] = verdict(diff);
    expect(line.headline.map((f) => f.measure)).toEqual(HEADLINE_MEASURES);
    expect(line.cost.measure).toBe(COST_MEASURE);
    expect(line.costs.map((f) => f.measure)).toEqual(COST_MEASURES);
    expect(line.table.map((f) => f.measure)).toEqual(VERDICT_MEASURES);
    for (const f of line.table) {
      const d = diff.differences.find((x) => x.measure === f.measure && x.b === line.option)!;
      expect(f.estimate).toEqual(d.estimate);
      expect(f.threshold).toBe(measure(f.measure).threshold ?? null);
      expect(f.clear).toBe(significant(f.estimate));
      expect(f.practical).toBe(f.clear && Math.abs(f.estimate.mean) >= (f.threshold ?? 0) * (1 - 1e-9));
      expect(f.referenceLevel).toEqual(diff.estimates.find((x) => x.measure === f.measure && x.option === diff.options[0])!.estimate);
      expect(f.level).toEqual(diff.estimates.find((x) => x.measure === f.measure && x.option === line.option)!.estimate);
      expect(f.direction).toBe(f.estimate.mean > 0 ? "higher" : "lower");
    }
  });

  it("names among the findings only practical differences, never the headline, the cost or the summed ladder steps", () => {
    const [line] = verdict(diff);
    for (const f of line.findings) {
      expect(f.practical).toBe(true);
      expect([...HEADLINE_MEASURES, ...COST_MEASURES, "ladder.influence", "ladder.control"]).not.toContain(f.measure);
    }
    const time = line.table.find((f) => f.measure === "timeToDecision")!;
    expect(time.better).toBe(time.direction === "lower");
  });

  it("a clear difference below its threshold is not practical", () => {
    const [line] = verdict(diff);
    const small = line.table.filter((f) => f.clear && f.threshold !== null && Math.abs(f.estimate.mean) < f.threshold);
    for (const f of small) expect(f.practical).toBe(false);
    // the written visit's trade-off: more cases at influence or above for more staff time (mechanism: a visit costs hours and lets the user be heard)
    expect(line.tradeOff.gain).toBe(line.headline[1].practical ? (line.headline[1].estimate.mean > 0 ? "more" : "fewer") : "none");
    expect(line.tradeOff.costs).toEqual(line.costs.map((f) => ({measure: f.measure, change: f.practical ? (f.estimate.mean > 0 ? "more" : "less") : "none"})));
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

  describe("every cost", () => {
    const advocates = compareScenarios(["transfer-written", "rg-coordinator-advocate", "rg-guardian"].map(preset), {reps: 30, seed: 2});
    const [coordinator, guardian] = verdict(advocates);

    it("weighs the paid advocate's hours beside staff time: the guardian is not free", () => {
      const paid = (l: typeof guardian) => l.costs.find((f) => f.measure === "paidHoursPerCase")!;
      // the guardian is external: paid hours per case, practically more than written referral (none)
      expect(paid(guardian).level.mean).toBeGreaterThan(0);
      expect(paid(guardian).practical).toBe(true);
      expect(guardian.tradeOff.costs.find((c) => c.measure === "paidHoursPerCase")!.change).toBe("more");
      expect(guardian.tradeOff.cost).not.toBe("none");
      // the coordinator is internal: its hours are staff hours, and neither option pays anyone
      expect(paid(coordinator).none).toBe(true);
      expect(paid(coordinator).clear).toBe(false);
      expect(paid(coordinator).practical).toBe(false);
    });

    it("an option is dominated only if another is no worse on influence and on every cost", () => {
      const out = dominatedOptions(advocates);
      const mean = (o: string, m: string) => advocates.estimates.find((e) => e.option === o && e.measure === m)!.estimate.mean;
      for (const o of advocates.options) {
        const beaten = advocates.options.some((q) => q !== o && mean(q, "ladder.influenceOrControl") >= mean(o, "ladder.influenceOrControl")
          && COST_MEASURES.every((c) => mean(q, c) <= mean(o, c))
          && (mean(q, "ladder.influenceOrControl") > mean(o, "ladder.influenceOrControl") || COST_MEASURES.some((c) => mean(q, c) < mean(o, c))));
        expect(out.includes(o), o).toBe(beaten);
      }
      // on staff time alone the internal advocate would be dominated by the guardian when the guardian saves staff hours; never on all costs, since the guardian pays hours
      expect(out).not.toContain("rg-coordinator-advocate");
    });
  });

  describe("dominance", () => {
    it("needs no worse on every cost and better on one", () => {
      expect(dominates({effect: 1, costs: [1, 1]}, {effect: 1, costs: [1, 2]})).toBe(true);
      expect(dominates({effect: 1, costs: [1, 1]}, {effect: 1, costs: [1, 1]})).toBe(false);
      // cheaper in staff, dearer in paid hours: not dominating
      expect(dominates({effect: 2, costs: [1, 3]}, {effect: 1, costs: [2, 0]})).toBe(false);
      expect(dominated([{effect: 2, costs: [1, 3]}, {effect: 1, costs: [2, 0]}])).toEqual([false, false]);
      expect(dominated([{effect: 2, costs: [1, 3]}, {effect: 1, costs: [2, 0]}].map((p) => ({effect: p.effect, costs: [p.costs[0]]})))).toEqual([false, true]);
      expect(() => dominates({effect: 1, costs: [1]}, {effect: 1, costs: [1, 2]})).toThrow("invalid dominance points");
    });

    it("property: some point is never dominated; a dominated point has a dominator that is itself not beaten on every axis by it", () => {
      const point = fc.record({effect: fc.integer({min: 0, max: 5}), costs: fc.tuple(fc.integer({min: 0, max: 5}), fc.integer({min: 0, max: 5}))});
      fc.assert(fc.property(fc.array(point, {minLength: 1, maxLength: 8}), (ps) => {
        const d = dominated(ps);
        expect(d.some((x) => !x)).toBe(true);
        ps.forEach((p, i) => {
          const by = ps.filter((q, j) => j !== i && q.effect >= p.effect && q.costs.every((c, k) => c <= p.costs[k]) && (q.effect > p.effect || q.costs.some((c, k) => c < p.costs[k])));
          expect(d[i]).toBe(by.length > 0);
        });
      }));
    });
  });

  describe("exactly zero", () => {
    it("a difference of 0 in every replication is none, not unclear; a mean of 0 with spread is not none", () => {
      const options = ["ref", "same", "spread"];
      const col: Record<string, number[]> = {ref: [1, 2, 3, 4], same: [1, 2, 3, 4], spread: [2, 1, 4, 3]};
      const result: ComparisonResult = {
        options,
        estimates: VERDICT_MEASURES.flatMap((m) => options.map((o) => ({measure: m, option: o, estimate: estimate(col[o])}))),
        differences: VERDICT_MEASURES.flatMap((m) => options.slice(1).map((o) => ({measure: m, a: "ref", b: o, estimate: pairedDifference(col.ref, col[o])})))
      };
      const [same, spread] = verdict(result);
      for (const f of same.table) expect(f).toMatchObject({none: true, clear: false, practical: false});
      for (const f of spread.table) expect(f).toMatchObject({none: false, clear: false, practical: false});
      expect(verdictText([same], "en")).toMatch(/Paid advocate time per case: 2\.5 → 2\.5 paid advocate hours per case; no difference \(the same in every replication\)\./);
      expect(verdictText([same], "en")).not.toMatch(/95% CI 0 to 0/);
      expect(verdictText([same], "nb")).toMatch(/ingen forskjell \(lik i hver replikasjon\)/);
      expect(verdictText([spread], "en")).toMatch(/not clear at this number of replications/);
    });
  });
});
