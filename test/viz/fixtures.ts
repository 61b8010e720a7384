// Fixtures for the chart snapshots. Classic: real seeded runs of the 1972
// design. Participation: plain hand-built data in the engine's shapes until
// sim/participation.ts and sim/presets.ts land.

import {runClassic, type ClassicResult} from "../../sim/classic.ts";
import {config1972, design1972, type ClassicDesignPoint} from "../../sim/classicDesign.ts";
import type {ParticipationFrameLike} from "../../viz/frameData.ts";
import type {ClassicRow, ComparisonRow, ConditionsRow, DifferenceRow, LadderRow, PerceivedRow, StylesRow, SweepRow} from "../../viz/types.ts";

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

/** A participation frame (hand-built, week 7 of a small scenario). */
export const PARTICIPATION_FRAME: ParticipationFrameLike = {
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

export const OPTIONS = ["transfer", "coordinatorVisit", "fixedTeam", "responsibilityGroup"];

export const LADDERS: LadderRow[] = [
  {option: "transfer", ladder: {perspective: 0.52, participation: 0.35, influence: 0.05, control: 0.0, undecided: 0.08}},
  {option: "coordinatorVisit", ladder: {perspective: 0.1, participation: 0.4, influence: 0.38, control: 0.04, undecided: 0.08}},
  {option: "fixedTeam", ladder: {perspective: 0.45, participation: 0.48, influence: 0.02, control: 0.0, undecided: 0.05}},
  {option: "responsibilityGroup", ladder: {perspective: 0.05, participation: 0.35, influence: 0.42, control: 0.08, undecided: 0.1}}
];

function est(mean: number, sd: number, n = 30): ComparisonRow["estimate"] {
  const half = (2.045 * sd) / Math.sqrt(n);
  return {mean, sd, n, lo: mean - half, hi: mean + half};
}

export const ESTIMATES: ComparisonRow[] = [
  {measure: "influence", option: "transfer", estimate: est(0.12, 0.08)},
  {measure: "influence", option: "coordinatorVisit", estimate: est(0.41, 0.12)},
  {measure: "influence", option: "fixedTeam", estimate: est(0.09, 0.06)},
  {measure: "influence", option: "responsibilityGroup", estimate: est(0.47, 0.15)},
  {measure: "staffEnergy", option: "transfer", estimate: est(40, 6)},
  {measure: "staffEnergy", option: "coordinatorVisit", estimate: est(58, 8)},
  {measure: "staffEnergy", option: "fixedTeam", estimate: est(51, 7)},
  {measure: "staffEnergy", option: "responsibilityGroup", estimate: est(66, 9)}
];

export const DIFFERENCES: DifferenceRow[] = [
  {measure: "influence", a: "transfer", b: "coordinatorVisit", estimate: est(0.29, 0.1)},
  {measure: "influence", a: "transfer", b: "fixedTeam", estimate: est(-0.03, 0.09)},
  {measure: "influence", a: "transfer", b: "responsibilityGroup", estimate: est(0.35, 0.14)}
];

export const SWEEP1: SweepRow[] = [0.5, 1, 1.5, 2, 2.5, 3].flatMap((x) => [
  {x, measure: "influence", option: "coordinatorVisit", estimate: est(0.5 - 0.1 * x, 0.1)},
  {x, measure: "influence", option: "responsibilityGroup", estimate: est(0.55 - 0.06 * x, 0.12)}
]);

export const SWEEP2: SweepRow[] = [1, 2, 3, 4].flatMap((x) => [0, 0.25, 0.5, 0.75, 1].map((y) => (
  {x, y, measure: "influence", estimate: est(Math.max(0, 0.1 + 0.5 * y - 0.06 * x), 0.1)}
)));

export const PERCEIVED: PerceivedRow[] = LADDERS.map((d, i) => ({...d, perceived: [0.7, 0.85, 0.8, 0.9][i]}));

export const CONDITIONS: ConditionsRow[] = [
  {option: "transfer", conditions: {formulated: 0.3, alternatives: 0.1, consequences: 0.05, routine: 0.0}},
  {option: "coordinatorVisit", conditions: {formulated: 0.7, alternatives: 0.6, consequences: 0.55, routine: 0.4}},
  {option: "fixedTeam", conditions: {formulated: 0.2, alternatives: 0.15, consequences: 0.1, routine: 0.0}},
  {option: "responsibilityGroup", conditions: {formulated: 0.75, alternatives: 0.5, consequences: 0.45, routine: 0.85}}
];

export const STYLES: StylesRow[] = [
  {option: "transfer", styles: {resolution: 30, oversight: 12, flight: 4}},
  {option: "coordinatorVisit", styles: {resolution: 38, oversight: 5, flight: 3}},
  {option: "fixedTeam", styles: {resolution: 25, oversight: 15, flight: 8}},
  {option: "responsibilityGroup", styles: {resolution: 20, oversight: 4, flight: 12}}
];
