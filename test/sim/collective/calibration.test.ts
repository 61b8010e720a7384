// The bjerke-user-meetings preset against the Bjerke report's figures (003).
// data/calibrations/bjerke.json names each figure with its tolerance and
// whether the calibration fitted it or held it out (turnout per open meeting
// and the 3 who came to the working committee are predictions it did not
// see; sim/ODD.md, "Calibration (bjerke-user-meetings)"). Over 400
// replications with fixed seeds ("calibration/<r>"), each figure's mean must
// lie within its tolerance of the observed figure. The mean, not the central
// 95% of single runs: runs spread so widely that that check still passed
// with 11 of 26 halvings or doublings of the hand-set parameters, this one
// with 2 (sim/ODD.md). Below, a few halvings and doublings fail it.
import {describe, expect, it} from "vitest";
import {readFileSync} from "node:fs";
import {CollectiveSimulator} from "../../../sim/collective/engine.ts";
import {collectivePreset} from "../../../sim/collective/presets.ts";
import {collectiveParamByKey} from "../../../sim/collective/parameters.ts";
import {getCollectiveParameter, setCollectiveParameter, type CollectiveScenario} from "../../../sim/collective/scenario.ts";
import {collectiveFigure} from "../../../sim/collective/figures.ts";
import {parseCalibration} from "../../../sim/experiment/calibration/calibrationFile.ts";
import type {CollectiveSummary} from "../../../sim/collective/records.ts";

const calibration = parseCalibration(JSON.parse(readFileSync(new URL("../../../data/calibrations/bjerke.json", import.meta.url), "utf8")));
const preset = collectivePreset("bjerke-user-meetings");
const runsOf = (s: CollectiveScenario, reps: number): CollectiveSummary[] => {
  const sim = new CollectiveSimulator(s);
  return Array.from({length: reps}, (_, r) => sim.run({seed: `calibration/${r}`, cases: false}).summary);
};
const mean = (xs: number[]) => {
  const v = xs.filter(Number.isFinite);
  expect(v.length).toBeGreaterThan(xs.length * 0.9);
  return v.reduce((a, b) => a + b, 0) / v.length;
};
/** The targets whose mean over the runs is further from the observed figure than its tolerance. */
const misses = (runs: CollectiveSummary[]) =>
  calibration.targets.filter((t) => Math.abs(mean(runs.map((s) => collectiveFigure(s, t.measure))) - t.observed) > t.tolerance).map((t) => t.measure);

const runs = runsOf(preset, 400);

describe("bjerke-user-meetings reproduces the fitted figures and predicts the held-out ones", () => {
  it("inputs: 313 letters and sign-up 21/313 are plugged in, and labelled so (HUSK Bjerke §5.3.5, 003:L1725-1747)", () => {
    expect(collectiveParamByKey("outreach.letter.signUp")?.basis).toBe("input");
    expect(collectiveParamByKey("outreach.letter.invites")?.basis).toBe("input");
    expect(runs.every((s) => s.campaigns.letter.invited === 313)).toBe(true);
    expect(Math.abs(mean(runs.map((s) => s.campaigns.letter.signedUp)) - 21)).toBeLessThan(1);
  });
  for (const role of ["fit", "heldOut"] as const) {
    for (const t of calibration.targets.filter((x) => x.role === role)) {
      it(`${role === "fit" ? "fitted" : "held out"}: ${t.measure} ${t.observed} ± ${t.tolerance} (${t.source})`, () => {
        expect(Math.abs(mean(runs.map((s) => collectiveFigure(s, t.measure))) - t.observed)).toBeLessThanOrEqual(t.tolerance);
      });
    }
  }
  it("turnout and the committee's 3 are held out; more staff come in the evening than by day", () => {
    expect(calibration.targets.filter((t) => t.role === "heldOut").map((t) => t.measure)).toEqual(expect.arrayContaining(["meetingTurnout", "organisersCame"]));
    expect(mean(runs.map((s) => s.arenas.evening.staffPerMeeting))).toBeGreaterThan(mean(runs.map((s) => s.arenas.daytime.staffPerMeeting)));
  });
  // the check has power: halving or doubling a calibrated parameter moves some figure's mean out of its tolerance
  const variants: [string, number][] = [["behaviour.listReturn", 0.5], ["behaviour.organiserAttend", 2], ["staff.daytime", 0.5], ["outreach.posters.signUp", 2], ["outreach.letter.show", 0.5]];
  for (const [key, factor] of variants) {
    it(`fails with ${key} x ${factor}`, () => {
      expect(calibration.parameters.some((p) => p.key === key)).toBe(true);
      const s = setCollectiveParameter(preset, key, (getCollectiveParameter(preset, key) as number) * factor);
      expect(misses(runsOf(s, 200)).length).toBeGreaterThan(0);
    });
  }
  it("and passes at the preset (the same check, two-sided)", () => {
    expect(misses(runs)).toEqual([]);
  });
});
