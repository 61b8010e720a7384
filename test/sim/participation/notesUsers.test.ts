// The lecturer notes (meta.notice) of the users-over-time presets checked
// against what the runs show: each quantitative statement is compared over
// 100 replications (seeds fixed here), paired across presets.
import {describe, expect, it} from "vitest";
import {runParticipation, type ParticipationRun} from "../../../sim/participation/engine.ts";
import {preset} from "../../../sim/participation/presets.ts";
import {setParameter, type Scenario} from "../../../sim/participation/scenario.ts";

const cache = new Map<string, ParticipationRun[]>();
function runs(key: string, s: Scenario = preset(key)): ParticipationRun[] {
  let r = cache.get(key);
  if (!r) cache.set(key, (r = Array.from({length: 100}, (_, k) => runParticipation(s, {seed: `notes/${k}`}))));
  return r;
}
const mean = (rs: ParticipationRun[], f: (r: ParticipationRun) => number) => {
  let x = 0, n = 0;
  for (const r of rs) { const v = f(r); if (Number.isFinite(v)) { x += v; ++n; } }
  return x / n;
};
/** Share of cases (over all runs) with the property among those matching the filter. */
function caseShare(rs: ParticipationRun[], filter: (c: ParticipationRun["cases"][number], r: ParticipationRun) => boolean, has: (c: ParticipationRun["cases"][number]) => boolean): number {
  let n = 0, k = 0;
  for (const r of rs) for (const c of r.cases) if (filter(c, r)) { ++n; if (has(c)) ++k; }
  return k / n;
}
const followup = (c: ParticipationRun["cases"][number]) => c.goalMismatch !== null;
const mismatch = (c: ParticipationRun["cases"][number]) => c.goalMismatch === true;

describe("lecturer notes of the users-over-time presets agree with the runs", () => {
  it("housing-structured: most goals are what the tenant wants and competence rises; tenants below the cognition threshold do not gain from the structure", () => {
    const rs = runs("housing-structured");
    expect(caseShare(rs, followup, mismatch)).toBeLessThan(0.5);
    expect(mean(rs, (r) => r.summary.mastery)).toBeGreaterThan(0.05);
    const impaired = (c: ParticipationRun["cases"][number], r: ParticipationRun) => followup(c) && r.users[c.user].userType === "impaired";
    const tenant = (c: ParticipationRun["cases"][number], r: ParticipationRun) => followup(c) && r.users[c.user].userType === "tenant";
    expect(caseShare(rs, impaired, mismatch)).toBeGreaterThan(caseShare(rs, tenant, mismatch) + 0.2);
    for (const r of rs) for (const u of r.users) if (u.userType === "impaired") expect(u.accuracy).toBe(0.2);
  });
  it("housing-improvised: the worker's goal misses more often, fewer decisions follow the tenant's preference, and competence changes less", () => {
    const s = runs("housing-structured"), i = runs("housing-improvised");
    expect(caseShare(i, followup, mismatch)).toBeGreaterThan(caseShare(s, followup, mismatch) + 0.2);
    expect(mean(i, (r) => r.summary.preferenceRealised)).toBeLessThan(mean(s, (r) => r.summary.preferenceRealised));
    expect(mean(i, (r) => r.summary.mastery)).toBeLessThan(mean(s, (r) => r.summary.mastery));
  });
  it("housing-volatile-health: well more decisions without the user than housing-structured; some tenants' trust spirals down", () => {
    const v = runs("housing-volatile-health"), s = runs("housing-structured");
    expect(mean(v, (r) => r.summary.decidedWithoutUser)).toBeGreaterThan(mean(s, (r) => r.summary.decidedWithoutUser) + 0.1);
    expect(mean(v, (r) => r.users.filter((u) => u.trust < 0.5).length)).toBeGreaterThan(1);
    // every decision with the user absent and no proxy is at user perspective
    expect(caseShare(v, (c) => c.decided !== null && !c.userPresent && !c.proxy, (c) => c.step === "perspective")).toBe(1);
  });
  it("casework-coping: fewer staff hours than the same office without the policies; vulnerable users lose more of their cases", () => {
    const on = runs("casework-coping");
    let off = preset("casework-coping");
    for (const k of ["coping.limitedHours", "coping.triage", "coping.lowerExpectations"]) off = setParameter(off, k, false);
    const offRuns = runs("casework-coping/off", off);
    expect(mean(on, (r) => r.summary.staffEnergy)).toBeLessThan(mean(offRuns, (r) => r.summary.staffEnergy));
    const lost = (res: string) => caseShare(on, (c, r) => r.users[c.user].resources === res, (c) => c.style === "flight");
    expect(lost("weak")).toBeGreaterThan(2 * lost("strong"));
  });
  it("domains: no rule-bound case above participation; housing cases reach influence and still end in the emergency solution", () => {
    const rs = runs("domains");
    const benefit = new Set(["aid", "aid-reduced"]);
    expect(caseShare(rs, (c) => c.decided !== null && benefit.has(c.adopted!), (c) => c.step === "perspective" || c.step === "participation")).toBe(1);
    expect(caseShare(rs, (c) => c.adopted === "emergency", (c) => c.step === "influence" || c.step === "control")).toBeGreaterThan(0.05);
  });
  it("three-doors and one-door: cases are handed on only at three doors, costing the user hours and time to decision; a joint case costs the staff about what one office's does", () => {
    const three = runs("three-doors"), one = runs("one-door");
    expect(mean(three, (r) => r.summary.handoffs)).toBeGreaterThan(0.2);
    expect(mean(one, (r) => r.summary.handoffs)).toBe(0);
    expect(mean(three, (r) => r.summary.userEnergy)).toBeGreaterThan(2 * mean(one, (r) => r.summary.userEnergy));
    expect(mean(three, (r) => r.summary.timeToDecision)).toBeGreaterThan(mean(one, (r) => r.summary.timeToDecision));
    const noHandoffs = runs("three-doors/none", setParameter(preset("three-doors"), "handoffs.max", 0));
    const perCase = (rs: ParticipationRun[]) => mean(rs, (r) => r.summary.staffEnergy / r.summary.decided);
    expect(Math.abs(perCase(one) / perCase(noHandoffs) - 1)).toBeLessThan(0.1);
  });
  it("one-door is labelled exploratory in both languages", () => {
    const m = preset("one-door").meta;
    expect(m.title.en).toMatch(/exploratory/i);
    expect(m.title.nb).toMatch(/utforskende/i);
  });
});
