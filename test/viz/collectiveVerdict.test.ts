// The collective verdict: headline on the rungs, staff hours per meeting with
// units, the trade-off, and only differences past the threshold each measure
// declares; in both languages.
import {describe, expect, it} from "vitest";
import {CollectiveSimulator} from "../../sim/collective/engine.ts";
import {COLLECTIVE_MEASURES, collectiveValue} from "../../sim/collective/measures.ts";
import {collectivePreset} from "../../sim/collective/presets.ts";
import {RunningDifference, type Estimate} from "../../sim/stats.ts";
import {runSeed, SHARED_KEY} from "../../sim/seeds.ts";
import {collectiveFinding, collectiveThresholdsText, collectiveVerdictParts, collectiveVerdictSentences} from "../../viz/collectiveVerdict.ts";

/** Paired differences (option − reference) of every collective measure over common random numbers. */
function differences(reference: string, option: string, reps: number): Record<string, Estimate> {
  const a = new CollectiveSimulator(collectivePreset(reference)), b = new CollectiveSimulator(collectivePreset(option));
  const d = COLLECTIVE_MEASURES.map(() => new RunningDifference());
  for (let r = 0; r < reps; ++r) {
    const x = a.run({seed: runSeed("v", SHARED_KEY, r)}).summary, y = b.run({seed: runSeed("v", SHARED_KEY, r)}).summary;
    COLLECTIVE_MEASURES.forEach((m, i) => d[i].add(collectiveValue(x, m.key), collectiveValue(y, m.key)));
  }
  return Object.fromEntries(COLLECTIVE_MEASURES.map((m, i) => [m.key, d[i].estimate]));
}

const est = (mean: number, lo: number, hi: number): Estimate => ({mean, lo, hi, sd: 1, n: 50, missing: 0} as Estimate);

describe("collective verdict", () => {
  it("a difference counts only when clear and past its declared threshold; a measure without a threshold never counts", () => {
    expect(collectiveFinding("lens.rights", est(0.2, 0.1, 0.3)).practical).toBe(true);
    expect(collectiveFinding("lens.rights", est(0.03, 0.01, 0.05)).practical).toBe(false); // below 0.05
    expect(collectiveFinding("lens.rights", est(0.2, -0.1, 0.5)).clear).toBe(false);
    expect(collectiveFinding("staffHoursPerMeeting", est(2, 1.5, 2.5)).practical).toBe(true);
    expect(collectiveFinding("staffHoursPerMeeting", est(0.5, 0.4, 0.6)).practical).toBe(false); // below an hour
    expect(collectiveFinding("staffPerMeeting", est(3, 2, 4)).practical).toBe(false); // no threshold declared
  });
  const diff = differences("user-meeting-neutral", "working-committee", 40);
  it("leads with the rungs, then staff hours per meeting with its unit, then the trade-off; other differences past their thresholds", () => {
    const en = collectiveVerdictSentences("working-committee", "user-meeting-neutral", diff, "en");
    expect(en[0]).toBe("working-committee compared with user-meeting-neutral:");
    expect(en[1]).toMatch(/^Rights lens: meetings at real participation: \+\d+ meetings in 100 \(95% CI \d+ to \d+\), better for the user\.$/);
    expect(en[2]).toMatch(/^Partnership: \+\d+ meetings in 100 /);
    expect(en[3]).toMatch(/^Staff hours per meeting \(meetings, outreach, interpreting\): [+-][\d.]+ staff hours per meeting \(95% CI/);
    expect(en[4]).toMatch(/^Trade-off: working-committee gives \d+ more meetings in 100 at partnership or above, with /);
    expect(en[5]).toMatch(/^(Also beyond their thresholds: |No other key measure)/);
    expect(en.join(" ")).not.toMatch(/Staff per meeting:/); // declares no threshold
  });
  it("is written in bokmål with its numbers and units", () => {
    const nb = collectiveVerdictSentences("working-committee", "user-meeting-neutral", diff, "nb").join(" ");
    expect(nb).toMatch(/møter av 100/);
    expect(nb).toMatch(/personaltimer per møte \(95 % KI/);
    expect(nb).toMatch(/Avveining: working-committee gir/);
    expect(collectiveThresholdsText("nb")).toMatch(/partnerskap 5 møter av 100/i);
    expect(collectiveThresholdsText("en")).toMatch(/staff hours per meeting \(meetings, outreach, interpreting\) 1 staff hours per meeting/);
    // Its smallest threshold (0.002 on the 0–1 scale) printed in full, not rounded to 0.
    expect(collectiveThresholdsText("en")).toMatch(/literacy gained by users who need an interpreter \(all\) 0\.002 /);
    expect(collectiveThresholdsText("nb")).toMatch(/0,002 /);
  });
  it("says when nothing passes", () => {
    const same = differences("user-meeting-neutral", "user-meeting-neutral", 10);
    const en = collectiveVerdictSentences("user-meeting-neutral", "user-meeting-neutral", same, "en");
    expect(en[4]).toBe("Trade-off: user-meeting-neutral gives no practical change in meetings at partnership or above, with no practical change in staff hours per meeting.");
    expect(en[5]).toBe("No other key measure differs beyond its threshold.");
    // an option against itself differs by exactly 0 in every replication: no difference, not an interval of 0 to 0
    expect(en[1]).toBe("Rights lens: meetings at real participation: no difference (the same in every replication).");
    expect(en.join(" ")).not.toMatch(/95% CI 0 to 0/);
    expect(collectiveVerdictSentences("a", "b", same, "nb")[1]).toMatch(/: ingen forskjell \(lik i hver replikasjon\)\.$/);
    expect(collectiveFinding("lens.rights", {mean: 0, lo: 0, hi: 0, sd: 0, n: 10, missing: 0})).toMatchObject({none: true, clear: false, practical: false});
    expect(collectiveFinding("lens.rights", {mean: 0, lo: -0.1, hi: 0.1, sd: 0.2, n: 10, missing: 0}).none).toBe(false);
  });
});

describe("collective verdict with levels", () => {
  it("gives one line per headline measure and the cost with the reference's level, the option's level and the difference", () => {
    const diff = {"lens.rights": est(0.2, 0.1, 0.3), "arnstein.partnership": {mean: 0, lo: 0, hi: 0, sd: 0, n: 50, missing: 0}, staffHoursPerMeeting: est(2, 1.5, 2.5)};
    const levels = {reference: {"lens.rights": est(0.1, 0.05, 0.15), "arnstein.partnership": est(0.3, 0.2, 0.4), staffHoursPerMeeting: est(4, 3, 5)},
      option: {"lens.rights": est(0.3, 0.25, 0.35), "arnstein.partnership": est(0.3, 0.2, 0.4), staffHoursPerMeeting: est(6, 5, 7)}};
    const en = collectiveVerdictParts("Working committee", "Open meetings", diff, "en", levels);
    expect(en.head).toBe("Working committee compared with Open meetings:");
    expect(en.lines[0]).toBe("Rights lens: meetings at real participation: 10 → 30; difference +20 meetings in 100 (95% CI 10 to 30), better for the user.");
    expect(en.lines[1]).toBe("Partnership: 30 → 30 meetings in 100; no difference (the same in every replication).");
    expect(en.lines[2]).toMatch(/^Staff hours per meeting \(meetings, outreach, interpreting\): 4 → 6; difference \+2 staff hours per meeting \(95% CI 1\.5 to 2\.5\), more staff time\.$/);
    expect(en.trade).toMatch(/^Trade-off: Working committee gives 20 more meetings in 100 at partnership or above, with 2 more staff hours per meeting\.$/);
    expect(collectiveVerdictParts("A", "B", diff, "nb", levels).lines[0]).toBe("Rettighetslinse: møter med reell medvirkning: 10 → 30; forskjell +20 møter av 100 (95 % KI 10 til 30), bedre for brukeren.");
  });
});

describe("collective verdict measures", () => {
  it("every measure the verdict names declares a practical threshold", async () => {
    const {COLLECTIVE_HEADLINE, COLLECTIVE_COST, COLLECTIVE_ALSO} = await import("../../viz/collectiveVerdict.ts");
    for (const k of [...COLLECTIVE_HEADLINE, COLLECTIVE_COST, ...COLLECTIVE_ALSO]) expect(COLLECTIVE_MEASURES.find((m) => m.key === k)?.threshold, k).toBeGreaterThan(0);
  });
});
