// Writes the chart fixtures (test/viz/fixtures/*.json) from real runs: the
// 1972 design (deterministic) and seeded participation runs of the presets,
// summarised with sim/experiment/. Run once, and again only when a fixture
// should change on purpose:
//
//   npx tsx test/viz/makeFixtures.ts
//
// The chart snapshots read these files, never the engines, so an engine
// change does not rewrite the charts' goldens.

import {mkdirSync, writeFileSync} from "node:fs";
import {runClassic, type ClassicResult} from "../../sim/classic/engine.ts";
import {config1972, design1972} from "../../sim/classic/design.ts";
import {compareScenarios, type ComparisonResult} from "../../sim/experiment/compare.ts";
import {summariseSweep, sweep1, sweep2} from "../../sim/experiment/designs.ts";
import {runReplications} from "../../sim/experiment/run.ts";
import {planExperiment, runPointRows} from "../../sim/experiment/experimentFile.ts";
import {discover} from "../../sim/experiment/discovery/region.ts";
import {designIndices, type IndexRow} from "../../sim/experiment/sensitivity/designIndices.ts";
import {runParticipation, type ParticipationFrame} from "../../sim/participation/engine.ts";
import {preset} from "../../sim/participation/presets.ts";
import {estimate} from "../../sim/stats.ts";
import {STYLE_CODE} from "../../sim/streams.ts";
import {frameData, type ParticipationFrameLike} from "../../viz/frameData.ts";
import {runningRows} from "../../viz/runningData.ts";
import {userTrajectoryRows} from "../../viz/userTrajectory.ts";
import type {ClassicRow, ComparisonRow, DifferenceRow, SweepPoint, UserTypeRow} from "../../viz/types.ts";
import {FIXTURES, OPTIONS, POINT, SEED, fixtureJson, type ClassicDetails} from "./fixtureFiles.ts";

// The real engine's shapes are what the charts read (compile-time checks).
const _frame: ParticipationFrameLike = {} as ParticipationFrame;
const _estimate: ComparisonRow = {} as ComparisonResult["estimates"][number];
const _difference: DifferenceRow = {} as ComparisonResult["differences"][number];
const _sweep: SweepPoint = {} as ReturnType<typeof summariseSweep>[number];
void [_frame, _estimate, _difference, _sweep];

function write(name: string, value: unknown): void {
  mkdirSync(FIXTURES, {recursive: true});
  writeFileSync(new URL(`${name}.json`, FIXTURES), fixtureJson(value));
  console.log(`wrote test/viz/fixtures/${name}.json`);
}

// All 324 runs of the 1972 design: tidy rows, and the per-entity fields the
// importance charts read (entry period, style or solved period), compactly.
const rows: ClassicRow[] = [];
const details: ClassicDetails[] = [];
for (const point of design1972()) {
  const {choices, problems, trace: _t, ...summary} = runClassic(config1972(point));
  rows.push({...point, ...summary});
  details.push({
    choiceEntry: choices.map((c) => c.entry), choiceStyle: choices.map((c) => (c.style === null ? STYLE_CODE.none : STYLE_CODE[c.style])),
    problemEntry: problems.map((p) => p.entry), problemSolved: problems.map((p) => p.solved)
  });
}
write("classic-rows", rows);
write("classic-details", details);
const trace: ClassicResult = runClassic(config1972(POINT), {trace: true});
write("classic-trace", trace);

// The week of a traced rg-decide run with the most open cases among those in which a case is decided.
const run = runParticipation(preset("rg-decide"), {seed: SEED, trace: true});
const open = (f: ParticipationFrame) => f.cases.filter((c) => c.state === "waiting" || c.state === "attached").length;
const frame = run.trace!.filter((f) => f.decided.length > 0).reduce<ParticipationFrame | undefined>((a, b) => (!a || open(b) > open(a) ? b : a), undefined);
if (!frame) throw new Error("fixture: no week with a decision in the rg-decide trace");
write("participation-frame", frame);
// The same run's running tallies per week (the classroom's time plot).
write("participation-running", runningRows(run.trace!.map((f) => frameData(f))));

// Four presets compared on common random numbers (10 replications each).
write("comparison", compareScenarios(OPTIONS.map(preset), {reps: 10, seed: SEED}, OPTIONS));

// Time pressure swept for two presets (5 replications per point).
write("sweep-line", ["transfer-visit", "rg-decide"].flatMap((option) =>
  summariseSweep(sweep1(preset(option), "load.timePressure", [0.5, 1, 2, 3, 4], {reps: 5, seed: SEED}), "influence").map((p) => ({...p, option}))));

// Time pressure x staff hours for the coordinator visit (4 replications per cell).
write("sweep-heatmap", summariseSweep(sweep2(preset("transfer-visit"), "load.timePressure", [0.5, 1, 2, 4], "staff.hoursPerWeek", [2, 4, 6, 8, 10], {reps: 4, seed: SEED}), "influence"));

// Per user type: influence, preference realised and mean step over 10 replications of each option.
const userTypes: UserTypeRow[] = [];
for (const option of OPTIONS) {
  const values = new Map<string, number[]>();
  runReplications(preset(option), {reps: 10, seed: SEED}, (_row, r) => {
    for (const [type, v] of Object.entries(r.summary.byUserType)) for (const m of ["influence", "preferenceRealised", "meanStep"] as const) {
      const key = `${type}/${m}`;
      if (!values.has(key)) values.set(key, []);
      values.get(key)!.push(v[m]);
    }
  });
  for (const [key, xs] of values) {
    const [userType, measure] = key.split("/");
    userTypes.push({option, userType, measure, estimate: estimate(xs)});
  }
}
write("user-types", userTypes);

// Sensitivity indices of small Saltelli and Morris experiments on the
// coordinator visit (2 replications per point), from per-point means.
function indexRows(experiment: object): IndexRow[] {
  const plan = planExperiment(experiment);
  const {experiment: e, factors, points} = plan;
  const means = e.measures.map(() => new Float64Array(points.length));
  for (const p of points) {
    const sums = e.measures.map(() => ({s: 0, n: 0}));
    runPointRows(plan, p, 0, e.replications, (row) => e.measures.forEach((m, q) => { const v = row[m] as number; if (Number.isFinite(v)) { sums[q].s += v; ++sums[q].n; } }));
    e.measures.forEach((_, q) => { means[q][p.id] = sums[q].n ? sums[q].s / sums[q].n : NaN; });
  }
  return e.measures.flatMap((m, q) => designIndices(e.design, factors, points, m, means[q], 200, e.seed));
}
const SENSITIVITY_PARAMETERS = [
  {key: "load.timePressure", min: 0.5, max: 2}, {key: "staff.hoursPerWeek", min: 4, max: 12},
  {key: "power.crowding", min: 0.1, max: 0.4}, {key: "users.patience", min: 3, max: 9}
];
const sensitivityExperiment = (id: string, design: object) => ({
  id, model: "participation", scenario: "transfer-visit", base: {}, parameters: SENSITIVITY_PARAMETERS, design, replications: 2, seed: SEED, measures: ["influence", "fit"]
});
write("sensitivity-sobol", indexRows(sensitivityExperiment("viz-sobol", {type: "saltelli", n: 32, secondOrder: false})));
write("sensitivity-morris", indexRows(sensitivityExperiment("viz-morris", {type: "morris", r: 10, levels: 4})));

// One user's competence, trust and motivation over a year of structured housing follow-up (the classroom's user trajectory).
const housing = runParticipation(preset("housing-structured"), {seed: SEED, trace: true});
write("user-trajectory", userTrajectoryRows(housing.trace!, 0));

// An internal advocate beside two external ones (paid hours) and written
// referral, named by their titles, on the verdict's gain and both costs
// (10 replications each): the cost-effectiveness chart's panels.
const ADVOCATE_OPTIONS = ["transfer-written", "rg-coordinator-advocate", "rg-guardian", "rg-peer"];
const advocates = compareScenarios(ADVOCATE_OPTIONS.map(preset), {reps: 10, seed: SEED}, ADVOCATE_OPTIONS.map((id) => preset(id).meta.title.en));
write("comparison-advocates", advocates.estimates.filter((e) => ["ladder.influenceOrControl", "staffHoursPerCase", "paidHoursPerCase"].includes(e.measure)));

// A Latin hypercube of the coordinator visit (40 points, 2 replications): per
// design point, the parameter values and the mean of each measure, as Explore
// holds a loaded sample (the scatter plots' and discovery charts' input).
function sampleMeans(experiment: object): {parameters: {key: string; values: number[]}[]; means: Record<string, number[]>} {
  const plan = planExperiment(experiment);
  const {experiment: e, factors, points} = plan;
  const means: Record<string, number[]> = Object.fromEntries(e.measures.map((m) => [m, [] as number[]]));
  for (const p of points) {
    const sums = e.measures.map(() => ({s: 0, n: 0}));
    runPointRows(plan, p, 0, e.replications, (row) => e.measures.forEach((m, q) => { const v = row[m] as number; if (Number.isFinite(v)) { sums[q].s += v; ++sums[q].n; } }));
    e.measures.forEach((m, q) => means[m].push(sums[q].n ? sums[q].s / sums[q].n : NaN));
  }
  return {parameters: factors.map((f) => ({key: f.key, values: points.map((p) => p.values[f.key] as number)})), means};
}
// with the PRIM box for influence below its median (the discovery chart's box)
function withBox(sample: ReturnType<typeof sampleMeans>) {
  const y = sample.means.influence;
  const median = [...y].sort((a, b) => a - b)[Math.floor(y.length / 2)];
  const found = discover(sample.parameters.map((p) => p.key), sample.parameters.map((p) => p.values), y.map((v) => v < median));
  return {...sample, box: {measure: "influence", below: median, bounds: found.boxes[0]?.bounds ?? []}};
}
write("sample-lhs", withBox(sampleMeans(sensitivityExperiment("viz-lhs", {type: "lhs", n: 40}))));
