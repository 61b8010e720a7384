import {describe, expect, it} from "vitest";
import {compareScenarios} from "../../sim/experiment/compare.ts";
import {verdict, type VerdictFinding} from "../../sim/experiment/verdict.ts";
import {preset} from "../../sim/participation/presets.ts";
import {intervalDigits, thresholdsText, verdictTable, verdictText} from "../../viz/verdict.ts";
import {formatNumber} from "../../viz/format.ts";

describe("verdict text", () => {
  const diff = compareScenarios([preset("transfer-written"), preset("transfer-visit")], {reps: 80, seed: 2});
  const same = compareScenarios([preset("team"), preset("team")], {reps: 10, seed: 2});

  it("leads with influence and the ladder, then staff hours per case with units, then the trade-off", () => {
    const en = verdictText(verdict(diff), "en");
    const i = (s: string) => en.indexOf(s);
    expect(i("Counterfactual influence:")).toBeGreaterThan(-1);
    expect(i("User influence or control:")).toBeGreaterThan(i("Counterfactual influence:"));
    expect(i("Staff time per case:")).toBeGreaterThan(i("User influence or control:"));
    expect(i("Trade-off:")).toBeGreaterThan(i("Staff time per case:"));
    expect(en).toMatch(/User influence or control: [+-]?\d+ cases in 100 \(95% CI/);
    expect(en).toMatch(/Staff time per case: [+-]?[\d.]+ staff hours per case \(95% CI/);
    expect(en).toMatch(/staff time per case 0\.5 staff hours per case/);
    // staff time is weighed as the cost, not called better or worse for the user
    expect(en).toMatch(/Staff time per case: \+[\d.]+ staff hours per case \(95% CI [^)]*\), more staff time\./);
    expect(en).not.toMatch(/staff hours per case \([^)]*\), (better|worse) for the user/);
  });

  it("is written in bokmål with the language's numbers and units", () => {
    const nb = verdictText(verdict(diff), "nb");
    expect(nb).toMatch(/Personaltid per sak: [+−]?[\d,]+ personaltimer per sak \(95 % KI/);
    expect(nb).toMatch(/saker av 100/);
    expect(nb).toMatch(/Avveining:/);
    expect(nb).not.toMatch(/\d\.\d/);
    expect(thresholdsText("nb")).toMatch(/tid til vedtak 0,5 uker/);
  });

  it("says when nothing passes", () => {
    expect(verdictText(verdict(same), "en")).toMatch(/makes no practical difference/);
    expect(verdictText(verdict(same), "nb")).toMatch(/ingen praktisk forskjell/);
  });

  it("never prints an interval as a point", () => {
    for (const [lo, hi] of [[0.0201, 0.0204], [1.95, 1.9501], [10.01, 10.02], [-0.00012, -0.00011]]) {
      const d = intervalDigits((lo + hi) / 2, lo, hi, "en", 0);
      expect(formatNumber(lo, "en", d)).not.toBe(formatNumber(hi, "en", d));
    }
    const fake: VerdictFinding = {measure: "timeToDecision", direction: "higher", better: false, estimate: {mean: 0.02, lo: 0.0201, hi: 0.0204, sd: 0.001, n: 100, missing: 0}, threshold: 0.5, clear: true, practical: false};
    const text = verdictText([{option: "b", reference: "a", headline: [fake, {...fake, measure: "ladder.influenceOrControl"}], cost: {...fake, measure: "staffHoursPerCase"}, tradeOff: {gain: "none", cost: "none"}, findings: [], table: [fake], missing: []}], "en");
    const m = text.match(/Time to decision: \S+ weeks \(95% CI (\S+) to (\S+)\)/)!;
    expect(m[1]).not.toBe(m[2]);
  });

  it("gives the full table with unit, threshold and judgement for every key measure", () => {
    const rows = verdictTable(verdict(diff), "en");
    expect(rows.length).toBe(verdict(diff)[0].table.length);
    const staff = rows.find((r) => r.measure === "Staff time per case")!;
    expect(staff.unit).toBe("staff hours per case");
    expect(staff.threshold).toBe(0.5);
    const ladder = rows.find((r) => r.measure === "User influence or control")!;
    expect(ladder.threshold).toBe(2);
  });
});
