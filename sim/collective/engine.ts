// The collective engine (sim/ODD.md, "Collective participation"): service-
// design arenas as choice opportunities on the general garbage-can core. Per
// week in which some arena meets:
//   1. outreach campaigns due for the meeting reach users and take sign-ups;
//   2. an arena without a live occasion opens one (a choice whose deadline is
//      its `sessions`-th meeting) with the staff's own agenda as a problem
//      (unless users set the agenda alone);
//   3. staff come (fixed members, or caseworkers by the slot's chance), users
//      come (members; would-be organisers invited; for open arenas those
//      signed up, on the list, or told), none of the working users by day,
//      fewer of the powerless at an office;
//   4. an attendee understands when they follow Norwegian or their language
//      is interpreted; one who understands may speak and raise their need: a
//      problem of general interest enters the core, and when enough users have
//      been heard with the same one it becomes a structural problem; under
//      late entry (premises already set) users' problems get no access;
//   5. the core's step: problems attach to the accessible in-session choice
//      closest to completion (structural ones only where users help set the
//      agenda of a structural arena), staff and users who understood put
//      their energy in, and a choice is made when the energy covers its
//      problems or at its deadline (oversight);
//   6. a made choice's solved structural problems are its proposals; under a
//      consensus rule, an attendee whose need was left out holds out (then
//      nothing is proposed) or goes along (pressed); management adopts each
//      proposal with the chance of anchoring, and an arena whose proposal is
//      refused may be shut down;
//   7. each meeting with users gets an Arnstein rung from what happened, and
//      users learn: literacy from understood information, less avmakt from
//      being heard, more from late entry and from being pressed; what they
//      expect of the next meeting follows what this one gave; those who got
//      something tell others of their language.
// The linked case preset then runs with the adopted changes from their week
// (participation engine option `edits`) and without them, on the same seed.
import {ParticipationSimulator} from "../participation/engine.ts";
import type {ScenarioEdit} from "../participation/edits.ts";
import {preset} from "../participation/presets.ts";
import {rng, type Random} from "../rng.ts";
import {AGENDA, compileCollective, type CollectiveModel} from "./model.ts";
import {newTally, summariseCollective, type CaseLink, type CollectiveSummary, type MeetingFrame, type UserTrajectory} from "./records.ts";
import type {CollectiveScenario} from "./scenario.ts";
import {fillSeats, initUsers} from "./users.ts";
import {arenasMeet, meetingWeek, type CollectiveRunState} from "./week.ts";

export interface CollectiveOptions {
  seed: string;
  random?: Random;
  /** Per-user literacy and avmakt after each meeting week (users who ever came). */
  users?: boolean;
  /** One frame per meeting (who came, understood, spoke; the rung), kept in the run's trace. */
  trace?: boolean;
  /** Frames handed back by a stepped run's step() (without keeping them). */
  frames?: boolean;
  /** Run the linked case preset with and without the adopted changes (default true). */
  cases?: boolean;
}

export interface CollectiveRun {
  scenario: string;
  seed: string;
  summary: CollectiveSummary;
  users?: UserTrajectory[];
  trace?: MeetingFrame[];
}
/** A scenario compiled once, run many times (one run at a time). */
export class CollectiveSimulator {
  readonly model: CollectiveModel;
  /** The linked case preset, compiled once for all runs (a run with service changes restores its parameters). */
  private cases: ParticipationSimulator | undefined;
  constructor(scenario: CollectiveScenario) {
    this.model = compileCollective(scenario);
  }
  /** Starts a run to step meeting week by meeting week (one run at a time per simulator). */
  start(options: CollectiveOptions): CollectiveStepper {
    return new CollectiveStepper(this.model, options, () => (this.cases ??= new ParticipationSimulator(preset(this.model.scenario.cases.preset))));
  }
  run(options: CollectiveOptions): CollectiveRun {
    return this.start(options).finish();
  }
}

export function runCollective(scenario: CollectiveScenario, options: CollectiveOptions): CollectiveRun {
  return new CollectiveSimulator(scenario).run(options);
}

/**
 * A collective run stepped from meeting week to meeting week: `step()` runs
 * the next week in which some arena meets and returns its meetings' frames
 * (with `frames` or `trace`; otherwise an empty list), `week` is that next
 * meeting week, `done` says whether no arena meets again before the horizon,
 * and `finish()` gives the run. `run()` is these steps in a loop, so a
 * stepped run and a run give the same numbers for the same seed.
 */
export class CollectiveStepper {
  private readonly st: CollectiveRunState;
  private readonly options: CollectiveOptions;
  private readonly trace: MeetingFrame[] | undefined;
  private readonly caseSimulator: () => ParticipationSimulator;
  private t = 0;
  private finished = false;

  constructor(m: CollectiveModel, options: CollectiveOptions, caseSimulator: () => ParticipationSimulator) {
    const random = options.random ?? rng(options.seed);
    const {U, A, K} = m;
    initUsers(m, random);
    fillSeats(m, random);
    setUpCore(m);
    this.st = {
      m, random, tallies: m.arenaIds.map(newTally), campaigns: m.outreachIds.map(() => ({invited: 0, signedUp: 0, came: 0, hours: 0})),
      nextMeeting: new Int32Array(A), live: new Int32Array(A).fill(-1), occasions: new Int32Array(A), open: new Uint8Array(A).fill(1), meets: new Uint8Array(A),
      heardCount: new Int32Array(K), adoptedWeek: new Int32Array(K).fill(-1), concludedAt: new Int32Array(2 * K),
      traj: options.users ? [] : undefined, trajOf: new Int32Array(options.users ? U : 0).fill(-1),
      privateRaised: 0, pressedUsers: 0, blocked: 0
    };
    this.options = options;
    this.caseSimulator = caseSimulator;
    this.trace = options.trace ? [] : undefined;
    this.seek();
  }

  /** The next week in which some arena meets (0-based); the horizon when done. */
  get week(): number {
    return this.t;
  }

  get done(): boolean {
    return this.t >= this.st.m.T;
  }

  /** Runs the next meeting week; returns its meetings' frames (empty without frames or trace). */
  step(): MeetingFrame[] {
    if (this.done || this.finished) throw new Error("the run has reached its horizon: finish() it");
    const want = this.trace !== undefined || this.options.frames === true;
    const frames: MeetingFrame[] | undefined = want ? [] : undefined;
    meetingWeek(this.st, this.t, frames);
    if (frames && this.trace) this.trace.push(...frames);
    this.t += 1;
    this.seek();
    return frames ?? [];
  }

  /** The run: its summary (with the linked case runs), users' trajectories and trace as asked. */
  finish(): CollectiveRun {
    if (this.finished) throw new Error("the run is finished");
    while (!this.done) this.step();
    this.finished = true;
    const {st, options} = this, m = st.m;
    m.core.finish(m.T);
    const cases = options.cases === false ? null : linkCases(m, st.adoptedWeek, options.seed, this.caseSimulator);
    const summary = summariseCollective(m, st.tallies, st.campaigns, {privateRaised: st.privateRaised, pressedUsers: st.pressedUsers, blocked: st.blocked, adoptedWeek: st.adoptedWeek}, cases);
    return {scenario: m.scenario.id, seed: options.seed, summary, ...(st.traj ? {users: st.traj} : {}), ...(this.trace ? {trace: this.trace} : {})};
  }

  // Weeks in which no arena meets change nothing: move on to the next one that does.
  private seek(): void {
    while (this.t < this.st.m.T && !arenasMeet(this.st, this.t)) this.t += 1;
  }
}

function setUpCore(m: CollectiveModel): void {
  const core = m.core, {A, K} = m, p = m.scenario.problems;
  core.reset();
  core.access.fill(0); core.decision.fill(0);
  for (let a = 0; a < A; ++a) {
    // under late entry the premises are set: users' problems do not get on the table (Slettebø et al. 2012 «Mangelfull prosjektplanlegging», 000:L1160-1184)
    const open = m.arenaLate[a] ? 0 : 1;
    core.access[0 * A + a] = m.arenaGeneral[a] & open;
    core.access[1 * A + a] = m.arenaStructural[a] && m.arenaAgenda[a] !== AGENDA.staff ? open : 0;
    core.access[(2 + a) * A + a] = 1;
    core.decision[(1 + a) * A + a] = 1;
  }
  for (let k = 0; k < K; ++k) {
    core.problemClass[k] = 0; core.problemLoad[k] = p.generalLoad;
    core.problemClass[K + k] = 1; core.problemLoad[K + k] = p.structuralLoad;
  }
  for (let a = 0; a < A; ++a) for (let i = 0; i < m.arenaCount[a]; ++i) {
    const j = m.arenaChoiceBase[a] + i;
    core.choiceClass[j] = a; core.choiceArena[j] = a; core.choiceDeadline[j] = 0;
    core.problemClass[2 * K + j] = 2 + a; core.problemLoad[2 * K + j] = p.agendaLoad;
  }
}
/** The adopted service changes as scenario edits on the linked case preset, from the week of adoption plus the lag. */
export function serviceEdits(s: CollectiveScenario, topicIds: readonly string[], adoptedWeek: ArrayLike<number>): ScenarioEdit[] {
  const edits: ScenarioEdit[] = [];
  topicIds.forEach((k, i) => {
    if (adoptedWeek[i] < 0) return;
    for (const c of s.topics[k].changes) edits.push({week: adoptedWeek[i] + s.management.lag, key: c.key, value: c.value});
  });
  return edits;
}

function linkCases(m: CollectiveModel, adoptedWeek: Int32Array, seed: string, caseSimulator: () => ParticipationSimulator): CaseLink | null {
  const s = m.scenario;
  if (s.cases.preset === "none") return null;
  const sim = caseSimulator(), base = sim.model.scenario;
  const edits = serviceEdits(s, m.topicIds, adoptedWeek).filter((e) => e.week < base.horizon);
  const caseSeed = `${seed}/cases`;
  const without = sim.run({seed: caseSeed}).summary;
  const withChanges = edits.length ? sim.run({seed: caseSeed, edits}).summary : without;
  return {preset: s.cases.preset, edits, with: withChanges, without};
}
