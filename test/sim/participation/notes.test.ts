// The presets' lecturer notes (meta.notice) checked against what the runs
// show: each quantitative statement of a note is compared over 100 paired
// replications (seeds fixed here).
import {describe, expect, it} from "vitest";
import {runParticipation, type ParticipationSummary} from "../../../sim/participation/engine.ts";
import {preset} from "../../../sim/participation/presets.ts";

const cache = new Map<string, ParticipationSummary[]>();
function runs(id: string): ParticipationSummary[] {
  let r = cache.get(id);
  if (!r) cache.set(id, (r = Array.from({length: 100}, (_, k) => runParticipation(preset(id), {seed: `notes/${k}`}).summary)));
  return r;
}
const mean = (id: string, f: (m: ParticipationSummary) => number) => {
  let x = 0, n = 0;
  for (const m of runs(id)) { const v = f(m); if (Number.isFinite(v)) { x += v; ++n; } }
  return x / n;
};
const upper = (m: ParticipationSummary) => m.ladder.influence + m.ladder.control;
const hoursPerCase = (m: ParticipationSummary) => (m.decided > 0 ? m.staffEnergy / m.decided : NaN);
const share = (k: "resolution" | "oversight" | "flight") => (m: ParticipationSummary) => (m.cases > 0 ? m.styles[k] / m.cases : NaN);

describe("lecturer notes agree with the runs", () => {
  it("transfer-written: no case above participation; transfer-visit: many reach influence at several times the hours per case", () => {
    expect(mean("transfer-written", upper)).toBe(0);
    expect(mean("transfer-visit", upper)).toBeGreaterThan(0.2);
    expect(mean("transfer-visit", hoursPerCase)).toBeGreaterThan(3 * mean("transfer-written", hoursPerCase));
  });
  it("transfer-visit-uninformed: influence back near the written referral at the visit's hours", () => {
    expect(Math.abs(mean("transfer-visit-uninformed", (m) => m.influence) - mean("transfer-written", (m) => m.influence))).toBeLessThan(0.05);
    expect(mean("transfer-visit-uninformed", hoursPerCase)).toBeCloseTo(mean("transfer-visit", hoursPerCase), 0);
  });
  it("team: at most participation, quick decisions; team-and-rg: decisions drift to the team", () => {
    expect(mean("team", upper)).toBe(0);
    expect(mean("team", (m) => m.timeToDecision)).toBeLessThan(2);
    expect(mean("team-and-rg", upper)).toBeLessThan(0.5 * mean("rg-decide", upper));
  });
  it("rg-report: cases wait long; rg-decide: more cases reach influence than rg-report", () => {
    expect(mean("rg-report", (m) => m.timeToDecision)).toBeGreaterThan(4);
    expect(mean("rg-decide", upper)).toBeGreaterThan(mean("rg-report", upper));
  });
  it("advocates: guardian highest; peer between the coordinator and the guardian; relative below the guardian", () => {
    const inf = (id: string) => mean(id, (m) => m.influence);
    expect(inf("rg-coordinator-advocate")).toBeGreaterThan(inf("rg-report"));
    expect(inf("rg-peer")).toBeGreaterThan(inf("rg-coordinator-advocate"));
    expect(inf("rg-guardian")).toBeGreaterThan(inf("rg-peer"));
    expect(inf("rg-relative")).toBeLessThan(inf("rg-guardian"));
  });
  it("casework: most cases decided with attention; time-pressure: oversight rises sharply, few are lost, hours per decided case fall", () => {
    expect(mean("casework", share("resolution"))).toBeGreaterThan(0.8);
    expect(mean("time-pressure", share("oversight"))).toBeGreaterThan(mean("casework", share("oversight")) + 0.3);
    expect(mean("time-pressure", share("flight"))).toBeLessThan(0.05);
    expect(mean("time-pressure", hoursPerCase)).toBeLessThan(mean("casework", hoursPerCase));
  });
});
