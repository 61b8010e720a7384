// The presets' lecturer notes (meta.notice) made checkable: every line of a
// preset's notes is declared here with what it says in machine-readable form
// (a measure, a direction and what it is compared with), or as following
// from a definition of the ladder (then it is not a finding and nothing is
// run for it). test/sim/participation/notes.test.ts evaluates every check on
// paired replications (common random numbers) with 95% intervals and checks
// that every line of every preset is declared. A note the runs do not bear
// out is rewritten, not the check.

import type {ParticipationRun} from "./engine.ts";
import type {Scenario} from "./scenario.ts";
import {preset} from "./presets.ts";
import {getParameter, setParameter} from "./scenario.ts";
import {ParticipationSimulator} from "./engine.ts";
import {estimate, pairedClaim, type Estimate} from "../stats.ts";

type Measure = (run: ParticipationRun, s: Scenario, arg: string) => number;
const ratio = (x: number, n: number) => (n > 0 ? x / n : NaN);
const STEP: Record<string, number> = {perspective: 1, participation: 2, influence: 3, control: 4};

/** Per-run measures a note can speak of (NaN where undefined: missing, never 0). */
export const NOTICE_MEASURES = {
  influence: (r) => r.summary.influence,
  fit: (r) => r.summary.fit,
  /** Share of cases arrived at user influence or control. */
  upperSteps: (r) => r.summary.ladder.influence + r.summary.ladder.control,
  control: (r) => r.summary.ladder.control,
  /** Share of decided cases at user participation. */
  participationOfDecided: (r) => ratio(r.summary.ladder.participation * r.summary.cases, r.summary.decided),
  meanStep: (r) => {
    let x = 0, n = 0;
    for (const c of r.cases) if (c.step !== "undecided") { x += STEP[c.step]; ++n; }
    return ratio(x, n);
  },
  resolutionShare: (r) => ratio(r.summary.styles.resolution, r.summary.cases),
  oversightShare: (r) => ratio(r.summary.styles.oversight, r.summary.cases),
  lostShare: (r) => ratio(r.summary.styles.flight, r.summary.cases),
  staffHoursPerCase: (r) => ratio(r.summary.staffEnergy, r.summary.decided),
  timeToDecision: (r) => r.summary.timeToDecision,
  /** Share of decided cases staff would count as participation. */
  perceived: (r) => r.summary.perceived,
  /** Share of decided cases decided at the arena `arg`. */
  arenaShare: (r, _s, arena) => {
    let x = 0, n = 0;
    for (const c of r.cases) if (c.arena) { ++n; if (c.arena === arena) ++x; }
    return ratio(x, n);
  },
  /** Share of decided cases that adopted the solution `arg`. */
  adoptedShare: (r, _s, sol) => {
    let x = 0, n = 0;
    for (const c of r.cases) if (c.adopted) { ++n; if (c.adopted === sol) ++x; }
    return ratio(x, n);
  },
  /** Mean general appeal of the adopted solutions. */
  adoptedAppeal: (r, s) => {
    let x = 0, n = 0;
    for (const c of r.cases) if (c.adopted) { ++n; x += s.solutions[c.adopted].appeal; }
    return ratio(x, n);
  },
  /** Mean step of the first user type of `arg` ("a,b") less that of the second. */
  stepGap: (r, _s, types) => {
    const [a, b] = types.split(",");
    const m = r.summary.byUserType;
    return (m[a]?.meanStep ?? NaN) - (m[b]?.meanStep ?? NaN);
  },
  /** Mean influence of the first user type of `arg` ("a,b") less that of the second. */
  influenceGap: (r, _s, types) => {
    const [a, b] = types.split(",");
    const m = r.summary.byUserType;
    return (m[a]?.influence ?? NaN) - (m[b]?.influence ?? NaN);
  },
  // users over time (usersOverTime.ts, followup.ts, coping.ts, domains.ts, handoffs.ts)
  /** Share of follow-up decisions whose goal was not what the user wanted (Eriksen «Brukers eller boveileders begrunnelser?», 004:L1450-1466). */
  goalMismatch: (r) => {
    let x = 0, n = 0;
    for (const c of r.cases) if (c.goalMismatch !== null) { ++n; if (c.goalMismatch) ++x; }
    return ratio(x, n);
  },
  /** Goal mismatch of the follow-up decisions of users of the first type of `arg` ("a,b") less that of the second. */
  goalMismatchGap: (r, _s, types) => {
    const [a, b] = types.split(",");
    const share = (type: string) => {
      let x = 0, n = 0;
      for (const c of r.cases) if (c.goalMismatch !== null && c.userType === type) { ++n; if (c.goalMismatch) ++x; }
      return ratio(x, n);
    };
    return share(a) - share(b);
  },
  /** Largest gain in the accuracy of the worker's view over the run among users of type `arg` (0: the structure did not sharpen it). */
  accuracyGainOfType: (r, s, type) => {
    let x = -Infinity;
    for (const u of r.users) if (u.userType === type) x = Math.max(x, u.accuracy - s.followup.accuracyStart);
    return Number.isFinite(x) ? x : NaN;
  },
  mastery: (r) => r.summary.mastery,
  preferenceRealised: (r) => r.summary.preferenceRealised,
  decidedWithoutUser: (r) => r.summary.decidedWithoutUser,
  /** Share of the decisions made with the user absent and no proxy that are at user perspective. */
  absentAtPerspective: (r) => {
    let x = 0, n = 0;
    for (const c of r.cases) if (c.decided !== null && !c.userPresent && !c.proxy) { ++n; if (c.step === "perspective") ++x; }
    return ratio(x, n);
  },
  /** Users whose trust ended below one half. */
  lowTrustUsers: (r) => r.users.filter((u) => u.trust < 0.5).length,
  staffEnergy: (r) => r.summary.staffEnergy,
  /** Mean weeks queued at the triage desk (reached - arrival) of the cases of users with the first resources of `arg` ("weak,strong") less the second's. */
  deskWaitGap: (r, _s, groups) => {
    const [a, b] = groups.split(",");
    const wait = (res: string) => {
      let x = 0, n = 0;
      for (const c of r.cases) if (c.reached !== null && r.users[c.user].resources === res) { ++n; x += c.reached - c.arrival; }
      return ratio(x, n);
    };
    return wait(a) - wait(b);
  },
  /** Share of their cases lost by flight of users with the first resources of `arg` ("weak,strong") less the second's. */
  lostGap: (r, _s, groups) => {
    const [a, b] = groups.split(",");
    const lost = (res: string) => {
      let x = 0, n = 0;
      for (const c of r.cases) if (r.users[c.user].resources === res) { ++n; if (c.style === "flight") ++x; }
      return ratio(x, n);
    };
    return lost(a) - lost(b);
  },
  /** Share of the decided cases that adopted one of the solutions `arg` ("a,b") at influence or control. */
  upperOfAdopted: (r, _s, sols) => {
    const set = new Set(sols.split(","));
    let x = 0, n = 0;
    for (const c of r.cases) if (c.adopted && set.has(c.adopted)) { ++n; if (c.step === "influence" || c.step === "control") ++x; }
    return ratio(x, n);
  },
  handoffs: (r) => r.summary.handoffs,
  userEnergy: (r) => r.summary.userEnergy,
  /** Share of the decided cases of users of type `arg` at influence or control. */
  upperOfType: (r, _s, type) => {
    let x = 0, n = 0;
    for (const c of r.cases) if (c.userType === type && c.step !== "undecided") { ++n; if (c.step === "influence" || c.step === "control") ++x; }
    return ratio(x, n);
  }
} satisfies Record<string, Measure>;
export type NoticeMeasure = keyof typeof NOTICE_MEASURES;

/** A scenario to compare with: another preset, and/or parameter changes (a value, or "x2": twice the value). */
export interface NoticeSide {
  preset?: string;
  set?: Record<string, string | number | boolean>;
}

export type NoticeCheck = {preset: string; notice: number; measure: NoticeMeasure; arg?: string; /** Changes to the preset itself (a note that says "raise X to ..."). */ set?: Record<string, string | number | boolean>} & (
  /** The preset against another scenario, paired: "greater" (interval of preset - other above 0, or of preset - factor x other), "less", or "equivalent" within ±margin. */
  | {kind: "compare"; with: NoticeSide; direction: "greater" | "less" | "equivalent"; margin?: number; factor?: number}
  /** The mean over replications: its 95% interval above or below a level. */
  | {kind: "level"; direction: "above" | "below"; value: number}
  /** Every replication (that has a value) gives exactly this value. */
  | {kind: "every"; value: number}
);

/** A line that follows from a definition of the ladder (ladder.ts) or of the scenario: stated as such, not run. */
export interface NoticeDefinition {
  preset: string;
  notice: number;
  kind: "definition";
  because: string;
}

export type NoticeDecl = NoticeCheck | NoticeDefinition;

const cmp = (p: string, notice: number, measure: NoticeMeasure, direction: "greater" | "less" | "equivalent", w: NoticeSide, extra: {margin?: number; factor?: number; arg?: string} = {}): NoticeCheck =>
  ({preset: p, notice, measure, kind: "compare", with: w, direction, ...extra});
const level = (p: string, notice: number, measure: NoticeMeasure, direction: "above" | "below", value: number, arg?: string): NoticeCheck =>
  ({preset: p, notice, measure, kind: "level", direction, value, ...(arg ? {arg} : {})});
const every = (p: string, notice: number, measure: NoticeMeasure, value: number): NoticeCheck => ({preset: p, notice, measure, kind: "every", value});
const def = (p: string, notice: number, because: string): NoticeDefinition => ({preset: p, notice, kind: "definition", because});

/** Every line of every preset's notes (index into meta.notice.en and .nb), with its check(s). */
export const NOTICE_CHECKS: readonly NoticeDecl[] = [
  // transfer-written
  every("transfer-written", 0, "upperSteps", 0),
  level("transfer-written", 1, "influence", "above", 0),
  cmp("transfer-written", 1, "influence", "less", {preset: "transfer-visit"}),
  level("transfer-written", 2, "perceived", "above", 0.9),
  // transfer-visit
  cmp("transfer-visit", 0, "upperSteps", "greater", {preset: "transfer-written"}),
  level("transfer-visit", 0, "upperSteps", "above", 0.2),
  cmp("transfer-visit", 1, "staffHoursPerCase", "greater", {preset: "transfer-written"}, {factor: 3}),
  cmp("transfer-visit", 2, "fit", "greater", {preset: "transfer-written"}),
  // transfer-visit-uninformed
  cmp("transfer-visit-uninformed", 0, "influence", "less", {preset: "transfer-visit"}),
  cmp("transfer-visit-uninformed", 0, "staffHoursPerCase", "equivalent", {preset: "transfer-visit"}, {margin: 0.5}),
  cmp("transfer-visit-uninformed", 1, "adoptedShare", "less", {preset: "transfer-visit"}, {arg: "rehab"}),
  // team
  every("team", 0, "upperSteps", 0),
  every("team", 1, "perceived", 1),
  level("team", 2, "timeToDecision", "below", 2),
  // team-consultant
  cmp("team-consultant", 0, "meanStep", "equivalent", {preset: "team"}, {margin: 0.1}),
  cmp("team-consultant", 0, "influence", "equivalent", {preset: "team"}, {margin: 0.02}),
  cmp("team-consultant", 1, "adoptedAppeal", "greater", {preset: "team"}),
  // team-user-present
  cmp("team-user-present", 0, "upperSteps", "greater", {preset: "team"}),
  cmp("team-user-present", 0, "influence", "less", {set: {"power.crowding": 0}}),
  level("team-user-present", 1, "stepGap", "above", 0, "resourceful,vulnerable"),
  // rg-report
  level("rg-report", 0, "participationOfDecided", "above", 0.5),
  level("rg-report", 1, "upperOfType", "above", 0, "resourceful"),
  level("rg-report", 2, "timeToDecision", "above", 4),
  // rg-decide
  cmp("rg-decide", 0, "upperSteps", "greater", {preset: "rg-report"}),
  cmp("rg-decide", 1, "influence", "less", {set: {"power.crowding": 0}}),
  level("rg-decide", 1, "influenceGap", "above", 0, "resourceful,vulnerable"),
  cmp("rg-decide", 1, "influenceGap", "equivalent", {preset: "rg-report"}, {arg: "resourceful,vulnerable", margin: 0.05}),
  // rg-coordinator-advocate
  cmp("rg-coordinator-advocate", 0, "influence", "greater", {preset: "rg-report"}),
  cmp("rg-coordinator-advocate", 1, "influence", "less", {preset: "rg-guardian"}),
  cmp("rg-coordinator-advocate", 1, "influence", "less", {set: {"advocates.coordinator.loyalty": 0}}),
  // rg-guardian
  ...["rg-report", "rg-decide", "rg-coordinator-advocate", "rg-peer", "rg-relative", "rg-user-choice"].map((other) => cmp("rg-guardian", 0, "influence", "greater", {preset: other})),
  cmp("rg-guardian", 1, "fit", "greater", {preset: "rg-report"}),
  // rg-peer
  cmp("rg-peer", 0, "influence", "greater", {preset: "rg-coordinator-advocate"}),
  cmp("rg-peer", 0, "influence", "less", {preset: "rg-guardian"}),
  {...cmp("rg-peer", 1, "influence", "greater", {preset: "rg-peer"}), set: {"advocates.peer.knowledge": 0.9}},
  {...cmp("rg-peer", 1, "influence", "less", {preset: "rg-guardian"}), set: {"advocates.peer.knowledge": 0.9}},
  {...cmp("rg-peer", 1, "influence", "equivalent", {preset: "rg-guardian"}, {margin: 0.05}), set: {"advocates.peer.knowledge": 0.9}},
  // rg-relative
  cmp("rg-relative", 0, "influence", "less", {preset: "rg-guardian"}),
  // rg-user-choice
  level("rg-user-choice", 0, "control", "above", 0),
  def("rg-user-choice", 1, "User control needs the user or a proxy taking part in the decision (ladder.ts: userDecided requires represented); without them the user rule falls back to staff deciding."),
  // team-and-rg
  level("team-and-rg", 0, "arenaShare", "above", 0.9, "team"),
  cmp("team-and-rg", 1, "influence", "less", {preset: "rg-decide"}),
  // casework
  level("casework", 0, "resolutionShare", "above", 0.5),
  level("casework", 0, "upperSteps", "above", 0),
  level("casework", 1, "stepGap", "above", 0, "resourceful,weak"),
  // time-pressure
  cmp("time-pressure", 0, "oversightShare", "greater", {preset: "casework"}),
  cmp("time-pressure", 0, "meanStep", "less", {preset: "casework"}),
  level("time-pressure", 1, "lostShare", "below", 0.05),
  cmp("time-pressure", 2, "staffHoursPerCase", "less", {preset: "casework"}),
  // housing-structured
  level("housing-structured", 0, "goalMismatch", "below", 0.5),
  level("housing-structured", 0, "mastery", "above", 0),
  level("housing-structured", 1, "goalMismatchGap", "above", 0.2, "impaired,tenant"),
  {...every("housing-structured", 1, "accuracyGainOfType", 0), arg: "impaired"},
  def("housing-structured", 2, "A pointer to the preset to compare with; what the comparison shows is checked as housing-improvised's lines."),
  // housing-improvised
  cmp("housing-improvised", 0, "goalMismatch", "greater", {preset: "housing-structured"}),
  cmp("housing-improvised", 0, "preferenceRealised", "less", {preset: "housing-structured"}),
  cmp("housing-improvised", 1, "mastery", "less", {preset: "housing-structured"}),
  // housing-volatile-health
  cmp("housing-volatile-health", 0, "decidedWithoutUser", "greater", {preset: "housing-structured"}),
  every("housing-volatile-health", 0, "absentAtPerspective", 1),
  level("housing-volatile-health", 1, "lowTrustUsers", "above", 0),
  cmp("housing-volatile-health", 1, "lowTrustUsers", "greater", {set: {"feedback.trust": false}}),
  // casework-coping
  cmp("casework-coping", 0, "staffEnergy", "less", {set: {"coping.limitedHours": false, "coping.triage": false, "coping.lowerExpectations": false}}),
  level("casework-coping", 1, "deskWaitGap", "above", 0, "weak,strong"),
  level("casework-coping", 1, "lostGap", "above", 0, "weak,strong"),
  // domains
  {...every("domains", 0, "upperOfAdopted", 0), arg: "aid,aid-reduced"},
  level("domains", 1, "upperOfAdopted", "above", 0, "emergency"),
  // three-doors
  level("three-doors", 0, "handoffs", "above", 0),
  cmp("three-doors", 0, "userEnergy", "greater", {set: {"handoffs.max": 0}}),
  cmp("three-doors", 0, "timeToDecision", "greater", {set: {"handoffs.max": 0}}),
  def("three-doors", 1, "A pointer to one-door and its label; that one-door is labelled exploratory in both languages is checked in notes.test.ts."),
  // one-door
  every("one-door", 0, "handoffs", 0),
  cmp("one-door", 0, "userEnergy", "less", {preset: "three-doors"}),
  cmp("one-door", 1, "staffHoursPerCase", "equivalent", {preset: "three-doors", set: {"handoffs.max": 0}}, {margin: 0.15}) // "about the same": within 10% of the 1.5 hours a decided case takes there
];

export interface NoticeResult {
  /** Paired difference (compare) or the mean (level, every). */
  estimate: Estimate;
  holds: boolean;
  /** For "every": replications whose value differed. */
  off?: number;
}

function sideScenario(base: string, side: NoticeSide): Scenario {
  let s = preset(side.preset ?? base);
  for (const [k, v] of Object.entries(side.set ?? {})) s = setParameter(s, k, v === "x2" ? 2 * (getParameter(s, k) as number) : v);
  return s;
}

/** Evaluates a check over `reps` replications with seeds `${seed}/<r>` (the same seeds on both sides of a comparison). */
export function evaluateNotice(check: NoticeCheck, reps: number, seed: string): NoticeResult {
  const measure = NOTICE_MEASURES[check.measure] as Measure;
  const arg = check.arg ?? "";
  const values = (s: Scenario) => {
    const sim = new ParticipationSimulator(s), x = new Float64Array(reps);
    for (let r = 0; r < reps; ++r) x[r] = measure(sim.run({seed: `${seed}/${r}`}), s, arg);
    return x;
  };
  const own = values(sideScenario(check.preset, {set: check.set}));
  if (check.kind === "level") {
    const e = estimate(own);
    return {estimate: e, holds: e.n > 1 && (check.direction === "above" ? e.lo > check.value : e.hi < check.value)};
  }
  if (check.kind === "every") {
    let off = 0, n = 0;
    for (const v of own) if (Number.isFinite(v)) { ++n; if (v !== check.value) ++off; }
    return {estimate: estimate(own), holds: n > 0 && off === 0, off};
  }
  const other = values(sideScenario(check.preset, check.with));
  const k = check.factor ?? 1;
  const scaled = k === 1 ? other : other.map((v) => k * v);
  // paired: preset - (factor x) other
  const {difference, holds} = pairedClaim(scaled, own, check.direction, check.margin);
  return {estimate: difference, holds};
}
