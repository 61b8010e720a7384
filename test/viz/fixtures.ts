// Fixtures for the chart tests, read from committed JSON (test/viz/fixtures/,
// written by `npx tsx test/viz/makeFixtures.ts` from real runs of the
// engines). The charts' snapshots never run an engine, so an engine change
// cannot rewrite a chart golden. HAND_FRAME is a small hand-built
// participation frame for edge cases (solutions, lost cases) the presets'
// traces may not show.

import type {UserTrajectoryRow} from "../../viz/userTrajectory.ts";
import {readFileSync} from "node:fs";
import type {ClassicChoiceDetail, ClassicProblemDetail, ClassicResult} from "../../sim/classic/engine.ts";
import type {ComparisonResult} from "../../sim/experiment/compare.ts";
import type {IndexRow} from "../../sim/experiment/sensitivity/designIndices.ts";
import type {ParticipationFrame} from "../../sim/participation/engine.ts";
import {STYLE_NAME} from "../../sim/streams.ts";
import type {ParticipationFrameLike} from "../../viz/frameData.ts";
import type {RunningRow} from "../../viz/runningData.ts";
import type {ClassicRow, ComparisonRow, ConditionsRow, DifferenceRow, LadderRow, PerceivedRow, StylesRow, SweepPoint, UserTypeRow} from "../../viz/types.ts";
import {FIXTURES, OPTIONS, POINT, SEED, reviver, type ClassicDetails} from "./fixtureFiles.ts";

export {OPTIONS, POINT, SEED};

const cache = new Map<string, unknown>();
function fixture<T>(name: string): T {
  if (!cache.has(name)) cache.set(name, JSON.parse(readFileSync(new URL(`${name}.json`, FIXTURES), "utf8"), reviver));
  return cache.get(name) as T;
}

/** One traced classic run (the design point POINT). */
export function classicTrace(): ClassicResult {
  return fixture("classic-trace");
}

/** All 324 runs of the 1972 design as tidy rows (design point + summary). */
export function classicRows(): ClassicRow[] {
  return fixture("classic-rows");
}

/** The 324 runs' per-choice and per-problem details, with the fields the importance charts read. */
export function classicResults(): Pick<ClassicResult, "choices" | "problems">[] {
  return fixture<ClassicDetails[]>("classic-details").map((d) => ({
    choices: d.choiceEntry.map((entry, k) => ({id: k + 1, entry, style: STYLE_NAME[d.choiceStyle[k]]}) as ClassicChoiceDetail),
    problems: d.problemEntry.map((entry, k) => ({id: k + 1, entry, solved: d.problemSolved[k]}) as ClassicProblemDetail)
  }));
}

/** A hand-built participation frame (week 7), with solutions and a lost case. */
export const HAND_FRAME: ParticipationFrameLike = {
  week: 7,
  arenas: [
    {id: "allocation", meeting: true, cases: [3, 5], attendees: ["allocation officer", "hospital nurse"]},
    {id: "team", meeting: false, cases: [6], attendees: []},
    {id: "responsibility", meeting: true, cases: [8], attendees: ["coordinator", "GP", "home care", "advocate"]}
  ],
  cases: [
    {id: 1, state: "decided", at: "allocation"},
    {id: 2, state: "lost", at: null},
    {id: 3, state: "decided", at: "allocation"},
    {id: 4, state: "waiting", at: null},
    {id: 5, state: "attached", at: "allocation"},
    {id: 6, state: "attached", at: "team"},
    {id: 7, state: "waiting", at: null},
    {id: 8, state: "decided", at: "responsibility"}
  ],
  decided: [
    {id: 3, style: "oversight", step: "perspective"},
    {id: 8, style: "resolution", step: "influence"}
  ],
  staffEnergyLeft: 12.5,
  solutions: [
    {id: "short stay", at: "allocation"},
    {id: "home follow-up", at: "responsibility"},
    {id: "day activity", at: null}
  ]
};

/** The week of a seeded rg-decide run with the most open cases among those in which a case is decided. */
export function participationFrame(): ParticipationFrame {
  return fixture("participation-frame");
}

/** The running tallies per week of the same rg-decide run (viz/runningData.ts). */
export function participationRunning(): RunningRow[] {
  return fixture("participation-running");
}

/** One user's competence, trust and motivation per week of a housing-structured run (viz/userTrajectory.ts). */
export function userTrajectoryFixture(): UserTrajectoryRow[] {
  return fixture("user-trajectory");
}

/** Four presets compared on common random numbers (10 replications each). */
export function comparisonResult(): ComparisonResult {
  return fixture("comparison");
}

const mean = (option: string, measure: string) => {
  const e = comparisonResult().estimates.find((x) => x.option === option && x.measure === measure);
  if (!e) throw new Error(`fixture: no estimate for ${option} ${measure}`);
  return e.estimate.mean;
};

export function estimates(): ComparisonRow[] {
  return comparisonResult().estimates;
}

export function differences(): DifferenceRow[] {
  return comparisonResult().differences;
}

export function ladders(): LadderRow[] {
  return OPTIONS.map((option) => ({option, ladder: {
    perspective: mean(option, "ladder.perspective"), participation: mean(option, "ladder.participation"),
    influence: mean(option, "ladder.influence"), control: mean(option, "ladder.control"), undecided: mean(option, "ladder.undecided")
  }}));
}

export function perceivedRows(): PerceivedRow[] {
  return ladders().map((d) => ({...d, perceived: mean(d.option, "perceived")}));
}

export function conditionsRows(): ConditionsRow[] {
  return OPTIONS.map((option) => ({option, conditions: {
    formulated: mean(option, "conditions.formulated"), alternatives: mean(option, "conditions.alternatives"),
    consequences: mean(option, "conditions.consequences"), routine: mean(option, "conditions.routine")
  }}));
}

export function stylesRows(): StylesRow[] {
  return OPTIONS.map((option) => ({option, styles: {
    resolution: mean(option, "styles.resolution"), oversight: mean(option, "styles.oversight"), flight: mean(option, "styles.flight")
  }}));
}

/** Time pressure swept for two presets (5 replications per point). */
export function sweepLineRows(): SweepPoint[] {
  return fixture("sweep-line");
}

/** Time pressure x staff hours for the coordinator visit (4 replications per cell). */
export function sweepHeatmapRows(): SweepPoint[] {
  return fixture("sweep-heatmap");
}

/** Per user type: influence, preference realised and mean step over 10 replications of each option. */
export function userTypeRows(): UserTypeRow[] {
  return fixture("user-types");
}

/** Sobol (S1, ST) and Morris (mu*, mu, sigma) indices of two small experiments on the coordinator visit. */
export function sobolRows(): IndexRow[] {
  return fixture("sensitivity-sobol");
}

export function morrisRows(): IndexRow[] {
  return fixture("sensitivity-morris");
}

/** Written referral, an internal advocate and two external ones, named by title: the verdict's gain and both costs (10 replications each). */
export function advocateEstimates(): ComparisonRow[] {
  return fixture("comparison-advocates");
}
