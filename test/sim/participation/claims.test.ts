// The claims of participation-model.md §6, tested over many replications
// (paired seeds: common random numbers) and over a spread of parameter
// values, plus the conditions under which each claim fails. No engine output
// is hard-coded: every assertion compares runs with each other.
import {describe, expect, it} from "vitest";
import {runParticipation, type ParticipationSummary} from "../../../sim/participation/engine.ts";
import {preset} from "../../../sim/participation/presets.ts";
import {rng, shuffle} from "../../../sim/rng.ts";
import {setParameter, type Scenario} from "../../../sim/participation/scenario.ts";

const N = 200;
type Metric = (m: ParticipationSummary) => number;
const influence: Metric = (m) => m.influence;
const upperSteps: Metric = (m) => m.ladder.influence + m.ladder.control;
const energyPerCase: Metric = (m) => m.staffEnergy / Math.max(1, m.decided);
const oversightShare: Metric = (m) => m.styles.oversight / Math.max(1, m.cases);
const meanStep: Metric = (m) => m.ladder.perspective + 2 * m.ladder.participation + 3 * m.ladder.influence + 4 * m.ladder.control;

function set(s: Scenario, changes: Record<string, string | number | boolean>): Scenario {
  for (const [k, v] of Object.entries(changes)) s = setParameter(s, k, v);
  return s;
}

const summaries = new Map<Scenario, ParticipationSummary[]>();
function runs(s: Scenario): ParticipationSummary[] {
  let out = summaries.get(s);
  if (!out) {
    out = [];
    for (let r = 0; r < N; ++r) out.push(runParticipation(s, {seed: `claims/${r}`}).summary);
    summaries.set(s, out);
  }
  return out;
}

/** Mean and standard error of metric(b) - metric(a) over paired replications. */
function diff(a: Scenario, b: Scenario, metric: Metric): {mean: number; se: number} {
  const ra = runs(a), rb = runs(b);
  const d = ra.map((m, i) => metric(rb[i]) - metric(m));
  const mean = d.reduce((x, y) => x + y, 0) / d.length;
  const sd = Math.sqrt(d.reduce((x, y) => x + (y - mean) ** 2, 0) / (d.length - 1));
  return {mean, se: sd / Math.sqrt(d.length)};
}
const mean = (s: Scenario, metric: Metric) => runs(s).reduce((x, m) => x + metric(m), 0) / N;

/** b is clearly larger than a on the metric: above 3 standard errors and a minimum effect. */
function expectLarger(a: Scenario, b: Scenario, metric: Metric, minEffect = 0.01, label = ""): void {
  const d = diff(a, b, metric);
  expect(d.mean, `${label} diff ${d.mean.toFixed(4)} se ${d.se.toFixed(4)}`).toBeGreaterThan(Math.max(minEffect, 3 * d.se));
}
/** a and b do not differ by more than `tolerance` on the metric. */
function expectClose(a: Scenario, b: Scenario, metric: Metric, tolerance: number, label = ""): void {
  const d = diff(a, b, metric);
  expect(Math.abs(d.mean), `${label} diff ${d.mean.toFixed(4)} se ${d.se.toFixed(4)}`).toBeLessThan(tolerance);
}

describe("claim 1: a coordinator visit vs a written referral (002:L335-391)", () => {
  const spread: Record<string, string | number | boolean>[] = [
    {}, {"users.preferenceNoise": 0.1}, {"users.preferenceNoise": 0.8}, {"power.userBase": 2}, {"power.crowding": 1},
    {"roles.hospital.knowledge": 0.6}, {"users.count": 50}, {"userTypes.frail.dependence": 1}, {"power.informedVoice": 0.3}
  ];
  it("yields more influence (counterfactual and ladder) and costs more staff hours per case, over a spread of parameters", () => {
    for (const ch of spread) {
      const written = set(preset("transfer-written"), ch), visit = set(preset("transfer-visit"), ch);
      const label = JSON.stringify(ch);
      expectLarger(written, visit, influence, 0.05, label);
      expectLarger(written, visit, upperSteps, 0.1, label);
      expectLarger(written, visit, energyPerCase, 0.5, label);
      expect(mean(written, upperSteps)).toBe(0); // one-way: at best participation (002:L383-386)
    }
  });
  it("fails when the coordinator does not know the specialised offers: the ladder advantage vanishes and little influence is left", () => {
    for (const ch of spread.filter((c) => !("power.informedVoice" in c))) {
      const written = set(preset("transfer-written"), ch), visit = set(preset("transfer-visit"), ch);
      const uninformed = set(preset("transfer-visit-uninformed"), ch);
      const label = JSON.stringify(ch);
      expect(mean(uninformed, upperSteps), label).toBeLessThan(0.1 * mean(visit, upperSteps));
      const advantage = diff(written, visit, influence).mean, left = diff(written, uninformed, influence).mean;
      expect(left, label).toBeLessThan(0.5 * advantage);
      expectClose(visit, uninformed, energyPerCase, 0.1, label); // same hours, less influence
    }
  });
  it("the knowledge condition holds for influence only while negotiating needs information (power.informedVoice)", () => {
    const at = (id: string, iv: number) => setParameter(preset(id), "power.informedVoice", iv);
    const kept = (iv: number) => diff(at("transfer-written", iv), at("transfer-visit-uninformed", iv), influence).mean / diff(at("transfer-written", iv), at("transfer-visit", iv), influence).mean;
    expect(kept(0)).toBeGreaterThan(0.5); // an uninformed visit keeps most of the influence when voice needs no information
    expect(kept(1)).toBeLessThan(0.1);
    // ... while the ladder advantage vanishes either way (consequences are not explained).
    for (const iv of [0, 1]) expect(mean(at("transfer-visit-uninformed", iv), upperSteps)).toBeLessThan(0.1 * mean(at("transfer-visit", iv), upperSteps));
  });
  it("fails on the counterfactual measure when staff weigh a written wish heavily (but the ladder still says participation)", () => {
    const written = set(preset("transfer-written"), {"power.wishWeight": 1}), visit = set(preset("transfer-visit"), {"power.wishWeight": 1});
    expect(mean(written, influence)).toBeGreaterThan(mean(visit, influence));
    expect(mean(written, upperSteps)).toBe(0);
  });
});

describe("claim 2: a team without the user yields at most participation (002:L395-453)", () => {
  const spread: Record<string, string | number | boolean>[] = [
    {}, {"arenas.team.interval": 1}, {"arenas.team.interval": 3}, {"arenas.team.optionsShown": 3}, {"arenas.team.rule": "negotiate"},
    {"power.userBase": 3}, {"userTypes.resourceful.literacy": 1}, {"load.timePressure": 3}
  ];
  it("no case reaches influence or control in the team, over a spread of parameters", () => {
    for (const ch of spread) for (const id of ["team", "team-consultant"]) expect(mean(set(preset(id), ch), upperSteps), `${id} ${JSON.stringify(ch)}`).toBe(0);
  });
  it("an experience consultant neither changes the ladder nor raises individual influence", () => {
    for (const ch of [...spread, {"power.consultantWeight": 3}]) {
      const team = set(preset("team"), ch), consultant = set(team, {"arenas.team.consultant": true});
      expectClose(team, consultant, meanStep, 0.02, JSON.stringify(ch));
      expect(diff(team, consultant, influence).mean).toBeLessThan(0.01);
    }
    // Also where the user is present: the consultant carries no case-specific preference.
    const present = preset("team-user-present");
    const withConsultant = set(present, {"arenas.team.consultant": true});
    expect(diff(present, withConsultant, upperSteps).mean).toBeLessThan(0.01);
    expect(diff(present, withConsultant, influence).mean).toBeLessThan(0.01);
  });
  it("fails when the user is invited to their own item: influence appears", () => {
    expectLarger(preset("team"), preset("team-user-present"), upperSteps, 0.05);
  });
  it("a frequent team beside a rare responsibility group pulls decisions to the arena where the user is absent (002:L423-442)", () => {
    const both = preset("team-and-rg");
    const rgAlone = set(preset("rg-decide"), {});
    const arenaShare = (s: Scenario, arena: string) => {
      let inArena = 0, decided = 0;
      for (let r = 0; r < 50; ++r) for (const c of runParticipation(s, {seed: `pull/${r}`}).cases) if (c.arena) { decided++; if (c.arena === arena) inArena++; }
      return inArena / decided;
    };
    expect(arenaShare(both, "team")).toBeGreaterThan(0.9);
    expectLarger(both, rgAlone, upperSteps, 0.1);
    // It fails when the team meets rarely: the responsibility group gets decisions back.
    expect(arenaShare(set(both, {"arenas.team.interval": 26}), "rg")).toBeGreaterThan(arenaShare(both, "rg") + 0.1);
  });
});

describe("claim 3: advocates and decision mode in the responsibility group (002:L495-631)", () => {
  const spread: Record<string, string | number | boolean>[] = [
    {}, {"arenas.rg.mode": "decide"}, {"arenas.rg.interval": 13}, {"arenas.rg.interval": 26}, {"power.crowding": 0.5}, {"power.crowding": 0},
    {"roles.municipal.count": 3}, {"userTypes.vulnerable.dependence": 1}
  ];
  const withAdvocate = (id: string, ch: Record<string, string | number | boolean>) => set(preset(id), {...ch});
  it("an advocate raises influence, over a spread of parameters", () => {
    for (const ch of spread) {
      const none = set(preset("rg-report"), ch);
      for (const id of ["rg-coordinator-advocate", "rg-guardian", "rg-peer"]) expectLarger(none, withAdvocate(id, ch), influence, 0.03, `${id} ${JSON.stringify(ch)}`);
    }
  });
  it("an external advocate (paid guardian) raises it more than the internal coordinator", () => {
    for (const ch of spread) expectLarger(withAdvocate("rg-coordinator-advocate", ch), withAdvocate("rg-guardian", ch), influence, 0.03, JSON.stringify(ch));
  });
  it("with equal knowledge and weight, external beats internal because of the loyalty barrier", () => {
    for (const k of [0.3, 0.6, 0.9]) {
      const internal = set(preset("rg-coordinator-advocate"), {"advocates.coordinator.knowledge": k});
      const external = set(internal, {"advocates.coordinator.kind": "external", "advocates.coordinator.loyalty": 0});
      expectLarger(internal, external, influence, 0.01, `knowledge ${k}`);
    }
  });
  it("reporting mode yields less than deciding mode", () => {
    for (const ch of spread.filter((c) => !("arenas.rg.mode" in c))) {
      const report = set(preset("rg-report"), ch), decide = set(report, {"arenas.rg.mode": "decide"});
      expectLarger(report, decide, influence, 0.03, JSON.stringify(ch));
      expectLarger(report, decide, upperSteps, 0.05, JSON.stringify(ch));
    }
  });
  it("fails for an advocate without information: it adds (almost) nothing", () => {
    for (const [id, adv] of [["rg-coordinator-advocate", "coordinator"], ["rg-guardian", "guardian"], ["rg-peer", "peer"]]) {
      const none = preset("rg-report");
      const blind = set(preset(id), {[`advocates.${adv}.knowledge`]: 0});
      expectClose(none, blind, influence, 0.01, id);
      expectLarger(blind, preset(id), influence, 0.05, id);
    }
    // and a relative with little system knowledge adds less than the paid guardian (002:L609-615)
    expectLarger(preset("rg-relative"), preset("rg-guardian"), influence, 0.1);
  });
});

describe("claim 4: time pressure raises oversight and pushes cases down the ladder (001:L3561-3565)", () => {
  const pressures = [0.5, 1, 2, 4];
  for (const id of ["casework", "transfer-visit", "rg-decide"]) {
    it(`${id}: oversight rises and the upper steps fall as the net energy load grows`, () => {
      const scenarios = pressures.map((p) => setParameter(preset(id), "load.timePressure", p));
      for (let i = 1; i < scenarios.length; ++i) {
        expect(diff(scenarios[i - 1], scenarios[i], oversightShare).mean, `${id} ${pressures[i]}`).toBeGreaterThanOrEqual(0);
        expect(diff(scenarios[i - 1], scenarios[i], upperSteps).mean, `${id} ${pressures[i]}`).toBeLessThanOrEqual(0.005);
      }
      expectLarger(scenarios[1], scenarios[3], oversightShare, 0.1, id);
      expectLarger(scenarios[3], scenarios[1], upperSteps, 0.05, id);
    });
  }
  it("more admin work has the same effect as time pressure", () => {
    expectLarger(preset("casework"), setParameter(preset("casework"), "load.adminShare", 0.6), oversightShare, 0.1);
  });
  it("fails where staff have slack: moderate pressure leaves a team with spare hours unchanged", () => {
    const s = preset("team-user-present");
    expectClose(s, setParameter(s, "load.timePressure", 2), oversightShare, 0.005);
  });
  it("when staff postpone instead of signing up, pressure shows as lost cases (flight) rather than oversight", () => {
    const pressed = set(preset("time-pressure"), {"load.signUp": 0, "load.timePressure": 3});
    expect(mean(pressed, oversightShare)).toBe(0);
    expectLarger(preset("casework"), pressed, (m) => m.styles.flight / Math.max(1, m.cases), 0.05);
  });
});

describe("inequality: resource-strong users get more influence (001:L4172-4174)", () => {
  it("resourceful users reach higher steps and more influence than vulnerable ones", () => {
    for (const id of ["casework", "rg-decide", "transfer-visit"]) {
      const r = runs(preset(id));
      const [strong, weak] = id === "transfer-visit" ? ["resourceful", "frail"] : id === "casework" ? ["resourceful", "weak"] : ["resourceful", "vulnerable"];
      const avg = (type: string, k: "influence" | "meanStep") => r.reduce((x, m) => x + m.byUserType[type][k], 0) / r.length;
      expect(avg(strong, "meanStep"), id).toBeGreaterThan(avg(weak, "meanStep"));
      expect(avg(strong, "influence"), id).toBeGreaterThan(avg(weak, "influence"));
    }
  });
});

describe("claims over random draws of the global parameters (Latin-hypercube-like spread)", () => {
  // 20 draws of ten global parameters over wide ranges, 60 paired replications each.
  const ranges: [string, number, number][] = [
    ["power.userBase", 0.2, 3], ["power.dependence", 0, 1], ["power.crowding", 0, 1], ["power.informedVoice", 0, 1], ["power.wishWeight", 0, 1],
    ["power.refusal", 0, 1], ["staff.assessmentNoise", 0, 1], ["staff.ownServiceBias", 0, 0.6], ["users.preferenceNoise", 0, 1], ["staff.hoursPerWeek", 3, 12]
  ];
  const draws: Record<string, number>[] = [];
  const random = rng("claims-sweep");
  for (let k = 0; k < 20; ++k) {
    // Stratified: draw k puts each parameter in a different twentieth of its range (a Latin hypercube).
    const d: Record<string, number> = {};
    for (const [key, lo, hi] of ranges) d[key] = lo + ((k + random()) / 20) * (hi - lo);
    draws.push(d);
  }
  for (const [key] of ranges) shuffle(draws.map((d) => d[key]), random).forEach((v, k) => (draws[k][key] = v));
  const R = 60;
  const avg = (s: Scenario, metric: Metric) => {
    let x = 0;
    for (let r = 0; r < R; ++r) x += metric(runParticipation(s, {seed: `sweep/${r}`}).summary);
    return x / R;
  };
  it("robust claims hold in every draw (the visit claim whenever a visit fits in a week; its influence part whenever a written wish weighs little)", () => {
    for (const d of draws) {
      const label = JSON.stringify(d);
      const W = set(preset("transfer-written"), d), V = set(preset("transfer-visit"), d);
      // The visit only happens when a coordinator's free week covers one visit; otherwise every case is signed up without it.
      const visitFits = d["staff.hoursPerWeek"] * (1 - V.load.adminShare) / V.load.timePressure >= V.arenas.visit.hoursPerCase;
      if (visitFits) {
        expect(avg(V, upperSteps), label).toBeGreaterThan(avg(W, upperSteps));
        expect(avg(V, energyPerCase), label).toBeGreaterThan(avg(W, energyPerCase));
      } else expect(avg(V, upperSteps), label).toBe(0);
      if (visitFits && d["power.wishWeight"] < 0.3) expect(avg(V, influence), label).toBeGreaterThan(avg(W, influence));
      const report = set(preset("rg-report"), d);
      const coordinator = set(preset("rg-coordinator-advocate"), d), guardian = set(preset("rg-guardian"), d);
      expect(avg(coordinator, influence), label).toBeGreaterThan(avg(report, influence));
      expect(avg(guardian, influence), label).toBeGreaterThan(avg(coordinator, influence));
      expect(avg(set(report, {"arenas.rg.mode": "decide"}), influence), label).toBeGreaterThan(avg(report, influence));
      const cw = set(preset("casework"), d), pressed = setParameter(cw, "load.timePressure", 3);
      expect(avg(pressed, oversightShare), label).toBeGreaterThan(avg(cw, oversightShare));
      expect(avg(pressed, upperSteps), label).toBeLessThan(avg(cw, upperSteps));
    }
  });
});
