// Fixtures for the chart snapshots, all from real runs: the 1972 design
// (deterministic) and seeded participation runs of the presets
// (runParticipation(preset(id), {seed})), summarised with sim/experiment/run.ts.
// HAND_FRAME is a small hand-built participation frame for edge cases
// (solutions, lost cases) the presets' traces may not show.

import {runClassic, type ClassicResult} from "../../sim/classic/engine.ts";
import {config1972, design1972, type ClassicDesignPoint} from "../../sim/classic/design.ts";
import {compareScenarios, type ComparisonResult} from "../../sim/experiment/compare.ts";
import {runReplications} from "../../sim/experiment/run.ts";
import {summariseSweep, sweep1, sweep2} from "../../sim/experiment/designs.ts";
import {estimate} from "../../sim/stats.ts";
import {runParticipation, type ParticipationFrame, type ParticipationRun} from "../../sim/participation/engine.ts";
import {preset} from "../../sim/participation/presets.ts";
import type {ParticipationFrameLike} from "../../viz/frameData.ts";
import type {ClassicRow, ConditionsRow, DifferenceRow, ComparisonRow, LadderRow, PerceivedRow, StylesRow, SweepPoint, UserTypeRow} from "../../viz/types.ts";

export const POINT: ClassicDesignPoint = {load: "moderate", access: "unsegmented", decision: "hierarchical", energy: "equal", choiceSeq: 1, problemSeq: 1};

/** One traced classic run. */
export function classicTrace(point: ClassicDesignPoint = POINT): ClassicResult {
  return runClassic(config1972(point), {trace: true});
}

let rows: ClassicRow[] | undefined;
let results: ClassicResult[] | undefined;

/** All 324 runs of the 1972 design as tidy rows (design point + summary). */
export function classicRows(): ClassicRow[] {
  if (!rows) {
    results = [];
    rows = design1972().map((point) => {
      const result = runClassic(config1972(point));
      results!.push(result);
      const {choices: _c, problems: _p, trace: _t, ...summary} = result;
      return {...point, ...summary};
    });
  }
  return rows;
}

/** The 324 results with their per-choice and per-problem details. */
export function classicResults(): ClassicResult[] {
  classicRows();
  return results!;
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

// The real engine's shapes are what the charts read (compile-time checks).
const _frame: ParticipationFrameLike = {} as ParticipationFrame;
const _estimate: ComparisonRow = {} as ComparisonResult["estimates"][number];
const _difference: DifferenceRow = {} as ComparisonResult["differences"][number];
const _sweep: SweepPoint = {} as ReturnType<typeof summariseSweep>[number];
void [_frame, _estimate, _difference, _sweep];

export const SEED = "viz";
export const OPTIONS = ["transfer-written", "transfer-visit", "team", "rg-decide"];

/** One traced run of the deciding responsibility group preset. */
export function participationRun(): ParticipationRun {
  return runParticipation(preset("rg-decide"), {seed: SEED, trace: true});
}

/** The week of that run with the most open cases among those in which a case is decided. */
export function participationFrame(): ParticipationFrame {
  const trace = participationRun().trace!;
  const open = (f: ParticipationFrame) => f.cases.filter((c) => c.state === "waiting" || c.state === "attached").length;
  const frame = trace.filter((f) => f.decided.length > 0).reduce<ParticipationFrame | undefined>((a, b) => (!a || open(b) > open(a) ? b : a), undefined);
  if (!frame) throw new Error("fixture: no week with a decision in the rg-decide trace");
  return frame;
}

let comparison: ComparisonResult | undefined;

/** Four presets compared on common random numbers (10 replications each). */
export function comparisonResult(): ComparisonResult {
  return (comparison ??= compareScenarios(OPTIONS.map(preset), {reps: 10, seed: SEED}, OPTIONS));
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
  return ["transfer-visit", "rg-decide"].flatMap((option) =>
    summariseSweep(sweep1(preset(option), "load.timePressure", [0.5, 1, 2, 3, 4], {reps: 5, seed: SEED}), "influence").map((p) => ({...p, option})));
}

/** Time pressure x staff hours for the coordinator visit (4 replications per cell). */
export function sweepHeatmapRows(): SweepPoint[] {
  return summariseSweep(sweep2(preset("transfer-visit"), "load.timePressure", [0.5, 1, 2, 4], "staff.hoursPerWeek", [2, 4, 6, 8, 10], {reps: 4, seed: SEED}), "influence");
}

/** Per user type: influence, preference realised and mean step over 10 replications of each option. */
export function userTypeRows(): UserTypeRow[] {
  const out: UserTypeRow[] = [];
  for (const option of OPTIONS) {
    const values = new Map<string, number[]>();
    runReplications(preset(option), {reps: 10, seed: SEED}, (_row, run) => {
      for (const [type, v] of Object.entries(run.summary.byUserType)) for (const m of ["influence", "preferenceRealised", "meanStep"] as const) {
        const key = `${type}/${m}`;
        if (!values.has(key)) values.set(key, []);
        values.get(key)!.push(v[m]);
      }
    });
    for (const [key, xs] of values) {
      const [userType, measure] = key.split("/");
      out.push({option, userType, measure, estimate: estimate(xs)});
    }
  }
  return out;
}
