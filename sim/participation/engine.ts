// The participation-mode engine (sim/ODD.md §2-§7), on the general garbage-can
// core (core.ts): a run set up (setup.ts), stepped week by week (week.ts,
// deciding cases in decideCase.ts, frames in frames.ts) and finished here.
// Per week:
//   1. places whose stay ends are released; new cases (problems) arrive and
//      enter the core; a case-triggered arena opens a choice for the user
//      (with its deadline, e.g. a discharge date);
//   2. professionals (persons) get their free hours, hoursPerWeek x
//      (1 - adminShare) / timePressure (the net energy load) less the hours
//      internal advocates took last week;
//   3. the core's step: each arena that meets puts its open choice in session;
//      cases attach to the accessible in-session choice closest to completion
//      (and move between choices: shifts), professionals put their hours into
//      the allowed one closest to completion, energy accumulates on a choice
//      across the weeks its arena meets, and a choice is made when its energy
//      covers its cases (resolution) or at its deadline (the uncovered cases
//      are decided without attention: oversight);
//   4. each case on a choice made now is decided (decideCase); the number of
//      alternatives worked through comes from the energy the choice had per
//      case; a refused proposal or a case with nothing available goes back;
//      a made choice is replaced by its arena's next occasion;
//   5. a case waiting longer than the users' patience is lost (flight).
// No probability decides the style: it comes from energy and timing.
// Every decided case gets a counterfactual influence and a ladder step.
// Users over time (all optional, off by default; sim/ODD.md): a triage desk
// at arrival, the door's opening hours, presence (declining, trust), the
// user's hours and hand-offs at a meeting, goals, domains and the loops

import {compileParticipation, type ParticipationModel} from "./model.ts";
import {CORE_COUNTER} from "./core.ts";
import {caseRecords, summarise} from "./records.ts";
import {kaplanMeier} from "./survival.ts";
import {rng} from "../rng.ts";
import {InputError} from "../input.ts";
import {setParameter, type Scenario} from "./scenario.ts";
import {applyDueEdits, checkEdits, copyParameters, editRefusal, type ScenarioEdit} from "./edits.ts";
import {STATE} from "./model.ts";
import {firstDoors} from "./handoffs.ts";
import {resetUsersOverTime, userInfluence, userRecords, usersOverTimeSummary} from "./usersOverTime.ts";
import {init, refreshCore, setUpCore} from "./setup.ts";
import {week} from "./week.ts";
import {endFrame} from "./frames.ts";
import type {ParticipationFrame, ParticipationOptions, ParticipationRun, RunState} from "./runState.ts";

export type {LadderStep} from "./ladder.ts";
// The run's records live with the code that makes them (records.ts); re-exported for callers of the engine.
export type {CaseRecord, GarbageCanMeasures, ParticipationSummary} from "./records.ts";
export type {ParticipationFrame, ParticipationOptions, ParticipationRun} from "./runState.ts";

const ST_DECIDED = STATE.decided, ST_LOST = STATE.lost;

/**
 * A run in progress, stepped week by week: `step()` runs the next week and
 * returns its frame (with `frames` or `trace` set; otherwise null), `done`
 * says whether the horizon is reached, and `finish()` gives the run's
 * records. `edit(key, value)` changes a parameter from the next week on, as
 * a scenario edit at that week would. `run()` is these steps in a loop, so a
 * stepped run and a run give the same numbers for the same seed.
 */
export class ParticipationStepper {
  private readonly m: ParticipationModel;
  private readonly st: RunState;
  private readonly scenarioId: string;
  private readonly seed: string;
  private readonly edits: ScenarioEdit[];
  private readonly trace: ParticipationFrame[] | undefined;
  private readonly frames: boolean;
  private readonly original: () => ParticipationModel;
  private nextEdit: number;
  private t = 0;
  private finished = false;

  constructor(m: ParticipationModel, options: ParticipationOptions, original: () => ParticipationModel) {
    const random = options.random ?? rng(options.seed);
    this.m = m;
    this.original = original;
    this.scenarioId = m.scenario.id;
    this.seed = options.seed;
    // edits from week 0 hold before anything is drawn: the run is that of the edited scenario
    this.edits = options.edits?.length ? checkEdits(m.scenario, options.edits) : [];
    this.nextEdit = this.edits.length ? applyDueEdits(m, this.edits, 0, 0) : 0;
    const totalCases = init(m, random);
    resetUsersOverTime(m, random, totalCases);
    setUpCore(m);
    if (m.handoffs.on) firstDoors(m, random); // each user starts at one door (handoffs.ts)
    this.st = {
      model: m, random, counterfactuals: options.counterfactuals !== false, totalCases, nCases: 0, nActive: 0, meetings: 0, staffEnergy: 0,
      refusals: 0, postponements: 0, internalHours: 0, internalTotal: 0, externalHours: 0, frame: null
    };
    this.trace = options.trace ? [] : undefined;
    this.frames = options.trace === true || options.frames === true;
  }

  /** The next week to run (0-based); equals the horizon when done. */
  get week(): number {
    return this.t;
  }

  get done(): boolean {
    return this.t >= this.m.T;
  }

  /** Runs the next week; returns its frame when frames are on, else null. */
  step(): ParticipationFrame | null {
    if (this.done || this.finished) throw new Error("the run has reached its horizon: finish() it");
    const {m, st, edits} = this, t = this.t;
    st.frame = this.frames ? {week: t, arenas: [], cases: [], decided: [], solutions: [], staffEnergyLeft: 0} : null;
    if (this.nextEdit < edits.length && edits[this.nextEdit].week <= t) { this.nextEdit = applyDueEdits(m, edits, this.nextEdit, t); refreshCore(m); }
    week(st, t);
    this.t = t + 1;
    const f = st.frame;
    st.frame = null;
    if (!f) return null;
    endFrame(st, f);
    this.trace?.push(f);
    return f;
  }

  /**
   * Changes a parameter from the next week on (one-line errors as for scenario
   * edits; keys used only at the start are refused, since the run has drawn
   * them). The change is recorded as an edit at that week.
   */
  edit(key: string, value: string | number | boolean): ScenarioEdit {
    if (this.finished) throw new Error("the run is finished");
    const refused = editRefusal(key, true);
    if (refused) throw new InputError("edit.key", key, refused);
    setParameter(this.m.scenario, key, value); // checks the value (one line)
    const e = {week: this.t, key, value};
    this.edits.push(e);
    return e;
  }

  /** The run's records; the simulator's model gets its own parameters back. */
  finish(): ParticipationRun {
    if (this.finished) throw new Error("the run is finished");
    while (!this.done) this.step();
    this.finished = true;
    const {m, st} = this;
    const run = finishRun(m, st, this.scenarioId, this.seed, this.trace);
    // a model edited during the run gets its own parameters back (simulators are reused across replications)
    if (this.nextEdit > 0) { copyParameters(m, this.original()); refreshCore(m); }
    return run;
  }
}

/**
 * A scenario compiled once, run many times: the simulator object owns the
 * model and all scratch of its runs (one run at a time). Replications reuse
 * one simulator; each run resets everything it reads.
 */
export class ParticipationSimulator {
  readonly model: ParticipationModel;
  /** The scenario's own parameters, compiled once, to restore after a run with edits. */
  private original: ParticipationModel | undefined;
  constructor(scenario: Scenario) {
    this.model = compileParticipation(scenario);
  }
  /** Starts a run to step week by week (one run at a time per simulator). */
  start(options: ParticipationOptions): ParticipationStepper {
    const scenario = this.model.scenario;
    return new ParticipationStepper(this.model, options, () => (this.original ??= compileParticipation(scenario)));
  }
  run(options: ParticipationOptions): ParticipationRun {
    return this.start(options).finish();
  }
}

/** Runs a scenario once with a seeded generator. */
export function runParticipation(scenario: Scenario, options: ParticipationOptions): ParticipationRun {
  return new ParticipationStepper(compileParticipation(scenario), options, () => compileParticipation(scenario)).finish();
}

/** After the last week: the core's closing counts, the records, the summary with survival and the garbage-can measures. */
function finishRun(m: ParticipationModel, st: RunState, scenario: string, seed: string, trace: ParticipationFrame[] | undefined): ParticipationRun {
  const totalCases = st.totalCases;
  const cc = m.core.counters, C = CORE_COUNTER;
  m.core.finish(m.T);
  // The cost of an organisation: hours its decisions absorbed (spent less the excess at made choices) and internal advocates' hours.
  // (clamped: the float difference can fall a hair below 0 when all energy was excess)
  st.staffEnergy += st.internalHours + Math.max(0, cc[C.energySpent] - cc[C.energyExcess]);
  const cases = caseRecords(m, totalCases, st.counterfactuals);
  const summary = summarise(m, cases, st);
  const time = new Float64Array(totalCases), event = new Uint8Array(totalCases);
  for (let c = 0; c < totalCases; ++c) {
    const decided = m.caseState[c] === ST_DECIDED;
    event[c] = decided ? 1 : 0;
    // lost cases were last seen waiting in the week they were given up (patience or motivation); waiting ones at the horizon
    time[c] = decided ? m.caseDecided[c] - m.caseArrival[c] : m.caseState[c] === ST_LOST ? m.caseLost[c] - m.caseArrival[c] : m.T - 1 - m.caseArrival[c];
  }
  const km = kaplanMeier(time, event, totalCases);
  summary.timeToDecisionMedian = km.median;
  summary.decidedWithin4 = km.within4;
  summary.decidedWithin12 = km.within12;
  summary.garbageCan = {
    choicesMade: cc[C.resolution] + cc[C.flight] + cc[C.oversight], resolution: cc[C.resolution], flight: cc[C.flight], oversight: cc[C.oversight],
    choicesUnmade: cc[C.choicesUnmade], problemShifts: cc[C.problemShifts], dmShifts: cc[C.dmShifts], problemActivity: cc[C.problemActivity],
    problemLatency: cc[C.problemLatency], energySpent: cc[C.energySpent], energyExcess: cc[C.energyExcess], energyIdle: cc[C.energyIdle]
  };
  summary.advocateHours = {internal: st.internalTotal, external: st.externalHours};
  let disagreed = 0, feasible = 0, nFeasible = 0;
  for (const c of cases) {
    if (c.staffDisagreed) ++disagreed;
    if (c.influenceFeasible !== null && Number.isFinite(c.influenceFeasible)) { feasible += c.influenceFeasible; ++nFeasible; }
  }
  summary.influenceFeasible = nFeasible > 0 ? feasible / nFeasible : NaN;
  summary.disagreement = summary.decided > 0 ? disagreed / summary.decided : NaN;
  const influence = userInfluence(m, cases);
  Object.assign(summary, usersOverTimeSummary(m, cases, influence));
  const users = userRecords(m, cases, influence);

  return {scenario, seed, summary, cases, users, ...(trace ? {trace} : {})};
}
