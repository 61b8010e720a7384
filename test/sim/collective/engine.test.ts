// The collective engine: deterministic by seed, invariants over random
// parameter values (fast-check), missing is not zero, a compiled simulator
// reused across replications gives what fresh runs give, and the Arnstein
// classification reads what happened at a meeting.
import {describe, expect, it} from "vitest";
import fc from "fast-check";
import {CollectiveSimulator, runCollective} from "../../../sim/collective/engine.ts";
import {classifyMeeting, HANSEN_STEP, RUNGS, type MeetingFacts} from "../../../sim/collective/arnstein.ts";
import {collectivePreset} from "../../../sim/collective/presets.ts";
import {setCollectiveParameter} from "../../../sim/collective/scenario.ts";
import {expect as expectNext, heard, informed, slighted} from "../../../sim/collective/users.ts";

const summary = (id: string, seed: string) => runCollective(collectivePreset(id), {seed}).summary;

describe("collective runs", () => {
  it("the same scenario and seed give the same numbers; another seed gives others", () => {
    expect(summary("bjerke-user-meetings", "a")).toEqual(summary("bjerke-user-meetings", "a"));
    expect(summary("bjerke-user-meetings", "a")).not.toEqual(summary("bjerke-user-meetings", "b"));
  });
  it("a simulator reused over replications gives what fresh runs give (every run resets what it reads)", () => {
    const sim = new CollectiveSimulator(collectivePreset("working-committee"));
    const reused = ["1", "2", "3"].map((seed) => sim.run({seed}).summary);
    expect(reused).toEqual(["1", "2", "3"].map((seed) => summary("working-committee", seed)));
  });
  it("the run summary has the keys the issue names, and the rungs are shares of the meetings with users", () => {
    const s = summary("bjerke-user-meetings", "k");
    for (const k of ["invited", "signedUp", "attended", "turnout", "staffPerMeeting", "arnstein", "serviceChanges"]) expect(s).toHaveProperty(k);
    expect(Object.keys(s.arnstein)).toEqual([...RUNGS]);
    expect(Object.keys(s.serviceChanges)).toEqual(["proposed", "adopted"]);
    expect(Object.values(s.arnstein).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
  it("missing is not zero: with no meeting held, turnout, staff per meeting and the rungs are missing (null in JSON)", () => {
    let s = collectivePreset("user-meeting-neutral");
    s = setCollectiveParameter(s, "arenas.meetings.count", 0);
    const r = runCollective(s, {seed: "1"}).summary;
    expect(r.meetings).toBe(0);
    expect(r.turnout).toBeNaN();
    expect(r.staffPerMeeting).toBeNaN();
    expect(r.arnstein.information).toBeNaN();
    expect(r.lens.rights).toBeNaN();
    const json = JSON.parse(JSON.stringify(r));
    expect(json.turnout).toBeNull();
    expect(json.arnstein.partnership).toBeNull();
    expect(r.serviceChanges.proposed).toBe(0); // a count of nothing is zero
  });
  it("property: invariants hold over random parameter values", () => {
    const ids = ["bjerke-user-meetings", "working-committee", "late-entry-consensus", "user-council"];
    fc.assert(fc.property(fc.constantFrom(...ids), fc.double({min: 0, max: 1, noNaN: true}), fc.double({min: 0, max: 1, noNaN: true}), fc.double({min: 0, max: 1, noNaN: true}),
      fc.integer({min: 1, max: 20}), fc.constantFrom("none", "core", "all"), fc.string({minLength: 1, maxLength: 6}), (id, anchoring, avmakt, speak, aggregation, interp, seed) => {
        let s = collectivePreset(id);
        s = setCollectiveParameter(s, "management.anchoring", anchoring);
        s = setCollectiveParameter(s, "population.avmakt", avmakt);
        s = setCollectiveParameter(s, "behaviour.speak", speak);
        s = setCollectiveParameter(s, "behaviour.aggregation", aggregation);
        for (const a of Object.keys(s.arenas)) s = setCollectiveParameter(s, `arenas.${a}.interpreters`, interp);
        const res = runCollective(s, {seed, users: true});
        const r = res.summary;
        expect(r.invited).toBeLessThanOrEqual(s.population.count);
        expect(r.signedUp).toBeLessThanOrEqual(r.invited);
        expect(r.attended).toBeLessThanOrEqual(s.population.count);
        expect(r.organisers).toBeLessThanOrEqual(r.listed);
        expect(r.serviceChanges.adopted).toBeLessThanOrEqual(r.serviceChanges.proposed);
        if (anchoring === 0) expect(r.serviceChanges.adopted).toBe(0);
        for (const c of Object.values(r.campaigns)) { expect(c.signedUp).toBeLessThanOrEqual(c.invited); expect(c.came).toBeLessThanOrEqual(c.signedUp); }
        const rungSum = Object.values(r.arnstein).reduce((a, b) => a + b, 0);
        if (Number.isFinite(rungSum)) expect(rungSum).toBeCloseTo(1, 9);
        for (const v of [r.interpretedShare, r.understoodShare, r.premiseProviders, r.userAgendaShare, r.lens.rights])
          if (Number.isFinite(v)) { expect(v).toBeGreaterThanOrEqual(0); expect(v).toBeLessThanOrEqual(1); }
        if (interp === "all") expect(r.understoodShare === 1 || Number.isNaN(r.understoodShare)).toBe(true);
        for (const u of res.users ?? []) for (const x of [...u.literacy, ...u.avmakt]) { expect(x).toBeGreaterThanOrEqual(0); expect(x).toBeLessThanOrEqual(1); }
      }), {numRuns: 40, seed: 42});
  });
  it("users' traits move as the update rules say: information raises literacy, being heard lowers avmakt, late entry and pressure raise it", () => {
    expect(informed(0.2, 0.5)).toBeCloseTo(0.6, 12);
    expect(heard(0.6, 0.5)).toBeCloseTo(0.3, 12);
    expect(slighted(0.6, 0.5)).toBeCloseTo(0.8, 12);
    expect(expectNext(1, 0.6, false, false)).toBeCloseTo(0.4, 12);
    expect(expectNext(0.5, 1, true, true)).toBe(1);
  });
});

describe("Arnstein's rungs from what happened at a meeting", () => {
  const f: MeetingFacts = {understood: 1, premise: false, userAgenda: false, rule: "staff", agenda: "staff", pressed: false, late: false};
  it("classifies each rung from its defining facts", () => {
    expect(classifyMeeting({...f, understood: 0.4})).toBe("therapy");
    expect(classifyMeeting({...f, pressed: true, late: true, rule: "consensus"})).toBe("manipulation");
    expect(classifyMeeting(f)).toBe("information");
    expect(classifyMeeting({...f, premise: true})).toBe("consultation");
    expect(classifyMeeting({...f, premise: true, userAgenda: true, agenda: "shared"})).toBe("placation");
    expect(classifyMeeting({...f, premise: true, userAgenda: true, agenda: "shared", rule: "consensus", pressed: true})).toBe("placation");
    expect(classifyMeeting({...f, premise: true, userAgenda: true, agenda: "shared", rule: "joint"})).toBe("partnership");
    expect(classifyMeeting({...f, premise: true, userAgenda: true, agenda: "shared", rule: "users"})).toBe("delegatedPower");
    expect(classifyMeeting({...f, premise: true, userAgenda: true, agenda: "users", rule: "users"})).toBe("citizenControl");
  });
  it("the crosswalk to Hansen's steps is monotone in the rungs (a design choice, stated in sim/ODD.md)", () => {
    const order = ["perspective", "participation", "influence", "control"];
    const steps = RUNGS.map((r) => order.indexOf(HANSEN_STEP[r]));
    for (let i = 1; i < steps.length; ++i) expect(steps[i]).toBeGreaterThanOrEqual(steps[i - 1]);
  });
});
