import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {PARAMETERS} from "../../../sim/participation/parameters.ts";
import {runParticipation, type ParticipationRun} from "../../../sim/participation/engine.ts";
import {PRESET_IDS, preset} from "../../../sim/participation/presets.ts";
import {ScenarioError, setParameter, type Scenario} from "../../../sim/participation/scenario.ts";
import {stepNumber, type LadderStep} from "../../../sim/participation/ladder.ts";

const step = (s: LadderStep | "undecided") => (s === "undecided" ? 0 : stepNumber(s));

function set(s: Scenario, changes: Record<string, string | number | boolean>): Scenario {
  for (const [k, v] of Object.entries(changes)) s = setParameter(s, k, v);
  return s;
}

/** Invariants every run must satisfy. */
function checkInvariants(run: ParticipationRun): void {
  const m = run.summary;
  const l = m.ladder;
  // Missing is not zero: with no case at all the ladder's shares are NaN.
  if (m.cases === 0) for (const v of Object.values(l)) expect(v).toBeNaN();
  else {
    expect(l.perspective + l.participation + l.influence + l.control + l.undecided).toBeCloseTo(1, 9);
    for (const v of Object.values(l)) expect(v >= 0 && v <= 1).toBe(true);
  }
  expect(m.cases).toBe(run.cases.length);
  expect(m.decided).toBe(m.styles.resolution + m.styles.oversight);
  expect(m.decided).toBe(run.cases.filter((c) => c.decided !== null).length);
  expect(m.styles.flight).toBe(run.cases.filter((c) => c.style === "flight").length);
  // Missing is not zero: with nothing decided, the measures of decided cases are NaN.
  if (m.decided === 0) {
    for (const v of [m.influence, m.fit, m.preferenceRealised, m.timeToDecision, m.perceived, ...Object.values(m.conditions)]) expect(v).toBeNaN();
    for (const t of Object.values(m.byUserType)) for (const v of [t.influence, t.preferenceRealised, t.meanStep]) expect(v).toBeNaN();
  }
  // influence is the mean over the decisions that had another option to prefer, NaN when none had
  const withInfluence = run.cases.filter((c) => c.influence !== null && Number.isFinite(c.influence));
  if (withInfluence.length === 0) expect(m.influence).toBeNaN();
  else expect(m.influence).toBeCloseTo(withInfluence.reduce((a, c) => a + c.influence!, 0) / withInfluence.length, 9);
  expect(m.staffEnergy).toBeGreaterThanOrEqual(0);
  for (const c of run.cases) {
    if (c.decided === null) {
      expect(c.step).toBe("undecided");
      expect(c.adopted).toBeNull();
      continue;
    }
    expect(c.decided).toBeGreaterThanOrEqual(c.arrival);
    // NaN where no other (feasible) option could have been preferred
    for (const v of [c.influence!, c.influenceFeasible!]) expect(Number.isNaN(v) || (v >= 0 && v <= 1)).toBe(true);
    expect(c.fit! >= 0 && c.fit! <= 1).toBe(true);
    expect(c.preferenceRealised).toBe(c.adopted === c.preferred);
    // An absent user (no proxy) never reaches influence.
    if (!c.userPresent && !c.proxy) expect(step(c.step)).toBeLessThanOrEqual(2);
    // Fewer than two options shown caps the step at participation.
    if (c.optionsShown < 2) expect(step(c.step)).toBeLessThanOrEqual(2);
    // Oversight is user perspective.
    if (c.style === "oversight") expect(c.step).toBe("perspective");
    // Influence needs a preference that changed the outcome.
    if (step(c.step) >= 3) expect(c.influence!).toBeGreaterThan(0);
  }
}

describe("participation engine", () => {
  it("is deterministic: the same seed gives the same run, other seeds differ", () => {
    for (const id of PRESET_IDS) {
      const a = runParticipation(preset(id), {seed: "s1", trace: true});
      const b = runParticipation(preset(id), {seed: "s1", trace: true});
      expect(b).toEqual(a);
      const c = runParticipation(preset(id), {seed: "s2"});
      expect(c.cases).not.toEqual(a.cases);
    }
  });

  it("counterfactuals do not consume the main run's random stream", () => {
    for (const id of PRESET_IDS) {
      for (const seed of ["a", "b", "c"]) {
        const on = runParticipation(preset(id), {seed});
        const off = runParticipation(preset(id), {seed, counterfactuals: false});
        expect(off.cases.map((c) => [c.decided, c.adopted, c.arena, c.style, c.optionsShown])).toEqual(on.cases.map((c) => [c.decided, c.adopted, c.arena, c.style, c.optionsShown]));
        expect(off.summary.staffEnergy).toBe(on.summary.staffEnergy);
        expect(off.cases.every((c) => c.influence === null)).toBe(true);
      }
    }
  });

  it("satisfies the invariants on every preset over many seeds", () => {
    for (const id of PRESET_IDS) for (let r = 0; r < 20; ++r) checkInvariants(runParticipation(preset(id), {seed: `inv/${r}`}));
  });

  it("property: invariants hold over random parameter values", () => {
    const numeric = PARAMETERS.filter((p) => p.type !== "enum" || !p.ref);
    fc.assert(fc.property(
      fc.constantFrom(...PRESET_IDS),
      fc.array(fc.tuple(fc.constantFrom(...numeric), fc.double({min: 0, max: 1, noNaN: true}), fc.nat()), {maxLength: 6}),
      fc.string({maxLength: 8}),
      (id, changes, seed) => {
        let s = preset(id);
        for (const [p, x, pick] of changes) {
          const ids = p.key.includes("*") ? Object.keys((s as any)[p.key.split(".")[0]]) : [""];
          if (ids.length === 0) continue;
          const key = p.key.replace("*", ids[pick % ids.length]);
          let value: number | boolean | string;
          if (p.type === "boolean") value = x < 0.5;
          else if (p.type === "enum") value = p.values![Math.floor(x * p.values!.length) % p.values!.length];
          else {
            const max = key === "horizon" ? 104 : key === "users.count" ? 40 : p.max!;
            value = p.min! + x * (max - p.min!);
            if (p.type === "integer") value = Math.round(value);
          }
          try {
            s = setParameter(s, key, value);
          } catch (e) {
            if (!(e instanceof ScenarioError)) throw e;
          }
        }
        checkInvariants(runParticipation(s, {seed}));
      }), {numRuns: 150});
  });

  it("an arena where the user is absent never yields influence or control", () => {
    for (const id of ["team", "team-user-present", "rg-decide", "rg-guardian", "transfer-visit", "casework"]) {
      let s = preset(id);
      for (const a of Object.keys(s.arenas)) s = setParameter(s, `arenas.${a}.seat`, "absent");
      for (let r = 0; r < 20; ++r) {
        const run = runParticipation(s, {seed: `absent/${r}`});
        expect(run.summary.ladder.influence + run.summary.ladder.control).toBe(0);
      }
    }
  });

  it("an arena showing one option caps the step at participation (when nobody can add an alternative)", () => {
    for (const id of ["team-user-present", "rg-decide", "rg-user-choice", "transfer-visit", "casework"]) {
      let s = preset(id);
      for (const a of Object.keys(s.arenas)) s = setParameter(s, `arenas.${a}.optionsShown`, 1);
      for (const t of Object.keys(s.userTypes)) s = set(s, {[`userTypes.${t}.literacy`]: 0, [`userTypes.${t}.advocate`]: "none"});
      for (let r = 0; r < 20; ++r) {
        const run = runParticipation(s, {seed: `one/${r}`});
        expect(run.summary.ladder.influence + run.summary.ladder.control).toBe(0);
        expect(run.cases.every((c) => c.optionsShown <= 1)).toBe(true);
      }
    }
  });

  it("removing all staff time yields no resolutions", () => {
    for (const id of PRESET_IDS) {
      const s = setParameter(preset(id), "staff.hoursPerWeek", 0);
      for (let r = 0; r < 10; ++r) {
        const run = runParticipation(s, {seed: `zero/${r}`});
        expect(run.summary.styles.resolution).toBe(0);
      }
    }
  });

  it("a trace has one frame per week, consistent with the summary", () => {
    const run = runParticipation(preset("team-and-rg"), {seed: "trace", trace: true});
    const trace = run.trace!;
    expect(trace.length).toBe(preset("team-and-rg").horizon);
    expect(trace.reduce((n, f) => n + f.decided.length, 0)).toBe(run.summary.decided);
    expect(trace.reduce((n, f) => n + f.arenas.filter((a) => a.meeting).length, 0)).toBeLessThanOrEqual(run.summary.meetings);
    const last = trace[trace.length - 1];
    expect(last.cases.length).toBe(run.summary.cases);
    expect(last.cases.filter((c) => c.state === "decided").length).toBe(run.summary.decided);
    expect(last.cases.filter((c) => c.state === "lost").length).toBe(run.summary.styles.flight);
    for (const f of trace) for (const a of f.arenas) if (!a.meeting) expect(a.cases).toEqual([]);
    expect(runParticipation(preset("team"), {seed: "x"}).trace).toBeUndefined();
  });

  it("per-user-type results cover all cases", () => {
    const run = runParticipation(preset("casework"), {seed: "types"});
    const total = Object.values(run.summary.byUserType).reduce((n, t) => n + t.cases, 0);
    expect(total).toBe(run.summary.cases);
    for (const t of Object.values(run.summary.byUserType)) expect(t.meanStep === 0 || (t.meanStep >= 1 && t.meanStep <= 4)).toBe(true);
  });
});

describe("users' health", () => {
  it("attendance is the marginal probability of being well enough, whatever the persistence", () => {
    for (const rho of [0, 0.9]) {
      let s = set(preset("casework"), {"users.healthPersistence": rho, "load.timePressure": 0.5});
      for (const t of Object.keys(s.userTypes)) s = set(s, {[`userTypes.${t}.attendance`]: 0.3, [`userTypes.${t}.proxy`]: 0});
      let present = 0, n = 0;
      for (let r = 0; r < 100; ++r) for (const c of runParticipation(s, {seed: `health/${r}`}).cases) if (c.decided !== null && c.style === "resolution") { n++; if (c.userPresent) present++; }
      expect(Math.abs(present / n - 0.3), `rho ${rho}`).toBeLessThan(0.03);
    }
  });
  it("persistent health makes a user's attendance at weekly meetings correlated", () => {
    const agreement = (rho: number) => {
      let s = set(preset("casework"), {"users.healthPersistence": rho, "users.casesPerYear": 20, "load.timePressure": 0.25, "users.count": 10});
      for (const t of Object.keys(s.userTypes)) s = set(s, {[`userTypes.${t}.attendance`]: 0.5, [`userTypes.${t}.proxy`]: 0});
      let same = 0, pairs = 0;
      for (let r = 0; r < 40; ++r) {
        const byUser = new Map<number, {week: number; present: boolean}[]>();
        for (const c of runParticipation(s, {seed: `persist/${r}`}).cases) if (c.decided !== null) (byUser.get(c.user) ?? byUser.set(c.user, []).get(c.user)!).push({week: c.decided, present: c.userPresent});
        for (const list of byUser.values()) {
          list.sort((a, b) => a.week - b.week);
          for (let i = 1; i < list.length; ++i) if (list[i].week === list[i - 1].week + 1) { pairs++; if (list[i].present === list[i - 1].present) same++; }
        }
      }
      return same / pairs;
    };
    expect(agreement(0.95)).toBeGreaterThan(agreement(0) + 0.2);
  });
});

describe("the simulator object", () => {
  it("runs replications on one compiled model exactly as fresh runs (every run resets what it reads)", async () => {
    const {ParticipationSimulator} = await import("../../../sim/participation/engine.ts");
    for (const id of PRESET_IDS) {
      const sim = new ParticipationSimulator(preset(id));
      const seeds = ["a", "b", "a"];
      const reused = seeds.map((seed) => sim.run({seed, trace: true}));
      seeds.forEach((seed, k) => expect(reused[k]).toEqual(runParticipation(preset(id), {seed, trace: true})));
    }
  });
});

describe("professionals' own assessments", () => {
  const mean = (s: Scenario) => {
    let x = 0;
    for (let r = 0; r < 20; ++r) x += runParticipation(s, {seed: `dis/${r}`}).summary.disagreement;
    return x / 20;
  };
  it("several professionals can disagree on the best offer; one cannot, nor several with no error and no own-service bias", () => {
    expect(mean(preset("team"))).toBeGreaterThan(0.05);
    expect(mean(preset("casework"))).toBe(0); // the caseworker decides alone
    expect(mean(set(preset("team"), {"staff.assessmentNoise": 0, "staff.ownServiceBias": 0}))).toBe(0);
  });
});

describe("no module-level mutable state in the participation engine", () => {
  it("no module-level let/var and no module-level Map or Set caches in the engine's modules (declarations and preset loading aside)", async () => {
    const {readdirSync, readFileSync} = await import("node:fs");
    const files = readdirSync("sim/participation").filter((f) => f.endsWith(".ts") && f !== "parameters.ts" && f !== "presets.ts");
    expect(files).toContain("core.ts");
    for (const f of files) {
      const src = readFileSync(`sim/participation/${f}`, "utf8");
      expect(src, f).not.toMatch(/^(let|var) /m);
      expect(src, f).not.toMatch(/^const \w+ = new (Weak)?(Map|Set)\b/m);
    }
  });
});

describe("solutions pull cases (staff.vacancyPull)", () => {
  // A frequent team and a responsibility group meeting as often, so a case often
  // has both in session; the residential treatment is provided by the
  // coordinator, who attends only the responsibility group: with vacancies it
  // looks for cases there.
  const base = set(preset("team-and-rg"), {"solutions.treatment.provider": "coordinator", "arenas.rg.interval": 2, "arenas.rg.access": 1, "solutions.treatment.places": 20});
  const rgShare = (s: Scenario) => {
    let rg = 0, decided = 0;
    for (let r = 0; r < 50; ++r) for (const c of runParticipation(s, {seed: `pull/${r}`}).cases) if (c.arena) { ++decided; if (c.arena === "rg") ++rg; }
    return rg / decided;
  };
  it("an offer with vacancies draws cases to the arena where it looks for them, more with a stronger pull", () => {
    expect(rgShare(set(base, {"staff.vacancyPull": 5}))).toBeGreaterThan(rgShare(set(base, {"staff.vacancyPull": 0})) + 0.02);
  });
  it("an offer without places to fill (unlimited) looks for no cases and pulls none", () => {
    const unlimited = set(base, {"solutions.treatment.places": 0, "solutions.housing.places": 0, "solutions.work.places": 0});
    expect(rgShare(set(unlimited, {"staff.vacancyPull": 5}))).toBe(rgShare(set(unlimited, {"staff.vacancyPull": 0})));
  });
});

describe("problem shifts per preset (a finding, sim/ODD.md)", () => {
  const shifts = (s: Scenario) => {
    let n = 0;
    for (let r = 0; r < 100; ++r) n += runParticipation(s, {seed: `shifts/${r}`}).summary.garbageCan.problemShifts;
    return n / 100;
  };
  const reachable = (s: Scenario) => Object.values(s.arenas).filter((a) => a.access > 0).length;
  it("a case that can reach only one arena has one open choice at a time and never shifts", () => {
    for (const id of PRESET_IDS) {
      const s = preset(id);
      if (reachable(s) < 2) expect(shifts(s), id).toBe(0);
    }
  });
  it("team-and-rg, where a case can reach two arenas, shows shifts; few at its defaults, many when the responsibility group meets as often as the team", () => {
    const s = preset("team-and-rg");
    expect(reachable(s)).toBe(2);
    const atDefaults = shifts(s);
    expect(atDefaults).toBeGreaterThan(0);
    expect(atDefaults).toBeLessThan(0.5);
    expect(shifts(set(s, {"arenas.rg.interval": 2, "arenas.rg.access": 1}))).toBeGreaterThan(10 * atDefaults);
  });
});

describe("no staff hours (a modelling choice, sim/ODD.md §7 'Energy and styles')", () => {
  it("cases at an arena with a deadline are decided by oversight by its date, without influence; at arenas without one nothing is decided: cases are lost or still waiting (censored) and the decision measures are missing, not 0", () => {
    let withDeadline = 0, without = 0;
    for (const id of PRESET_IDS) {
      const s = setParameter(preset(id), "staff.hoursPerWeek", 0);
      const arenas = Object.values(s.arenas);
      const deadline = arenas.every((a) => a.deadline > 0), none = arenas.every((a) => a.deadline === 0);
      expect(deadline || none, id).toBe(true);
      for (let r = 0; r < 10; ++r) {
        const run = runParticipation(s, {seed: `zero-hours/${r}`});
        expect(run.summary.styles.resolution, id).toBe(0);
        if (deadline) {
          // limited opening hours (coping.ts) shut the office's door (case-triggered arenas) in runs of up to ceil(1 / openShare) - 1 weeks, spread evenly
          const shut = s.coping.limitedHours ? Math.ceil(1 / s.coping.openShare) - 1 : 0;
          // an arena takes its oversight decision at its first session on or after the deadline
          const longest = Math.max(...arenas.map((a) => a.deadline + (a.trigger === "case" ? shut : a.interval)));
          for (const c of run.cases) {
            // undecided: lost by flight before its date (the user gave up, at the desk or at the arena), or still waiting at the end: at the desk, or reached within the longest wait of the horizon
            if (c.decided === null) {
              if (c.style === "flight") continue;
              expect(c.style, id).toBeNull();
              if (c.reached !== null) expect(c.reached + longest, id).toBeGreaterThanOrEqual(s.horizon - 1);
              else expect(s.coping.triage, id).toBe(true);
              continue;
            }
            expect(c.style, id).toBe("oversight");
            expect(c.step, id).toBe("perspective");
            expect(c.influence, id).toBe(0);
            // from when the case reached the arenas: a triage desk (coping.ts) may queue it before that
            expect(c.reached, id).not.toBeNull();
            expect(c.reached!, id).toBeGreaterThanOrEqual(c.arrival);
            if (!s.coping.triage) expect(c.reached, id).toBe(c.arrival);
            expect(c.decided - c.reached!, id).toBeLessThanOrEqual(longest);
          }
        } else {
          expect(run.summary.decided, id).toBe(0);
          for (const v of [run.summary.influence, run.summary.fit, run.summary.timeToDecision, run.summary.timeToDecisionMedian]) expect(v, id).toBeNaN();
          expect(run.summary.decidedWithin12, id).toBe(0);
          for (const c of run.cases) expect(c.style === "flight" || (c.style === null && c.arrival + s.users.patience > s.horizon), id).toBe(true);
        }
      }
      if (deadline) ++withDeadline; else ++without;
    }
    expect(withDeadline).toBeGreaterThan(0);
    expect(without).toBeGreaterThan(0);
  });
  it("an arena that requires no energy at all decides with attention even without staff hours (covered by nothing, as in 1972)", () => {
    const s = set(preset("team"), {"staff.hoursPerWeek": 0, "arenas.team.meetingHours": 0, "arenas.team.hoursPerCase": 0});
    const m = runParticipation(s, {seed: "zero-hours/free"}).summary;
    expect(m.decided).toBeGreaterThan(0);
    expect(m.styles.resolution).toBe(m.decided);
  });
});
