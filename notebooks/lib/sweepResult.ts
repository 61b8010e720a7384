// A sweep's result as a file and back: tidy rows (design point id, each
// varied parameter under its key, scenario, replication, seed, measures),
// with the base scenario, its edits and the design recorded beside them
// (Parquet key-value metadata, or a JSON file beside the CSV). Reading back
// accepts these files and any tidy file of that shape (a sweep from the
// command line), finding the varied parameters by their keys; a CSV from
// `sweep` with its folder's experiment.json is read as its Parquet file is.

import {parquetMetadata, parquetReadObjects} from "hyparquet";
import {CsvSyntaxError, csvParseStrict} from "../../sim/experiment/csvStrict.ts";
import {groupByPoint, summariseSweep, type SweepRow} from "../../sim/experiment/designs.ts";
import type {Estimate} from "../../sim/stats.ts";
import {DUMMY_KEY, planExperiment, type Experiment, type Plan} from "../../sim/experiment/experimentFile.ts";
import {designConvergence, designIndices, isSensitivity, type ConvergenceRow, type IndexRow} from "../../sim/experiment/sensitivity/designIndices.ts";
import {own} from "../../sim/input.ts";
import {MEASURE_KEYS} from "../../sim/participation/measures.ts";
import {paramByKey} from "../../sim/participation/parameters.ts";
import type {Scenario} from "../../sim/participation/scenario.ts";

/** The key under which the design rides in a Parquet file's key-value metadata. */
export const META_KEY = "garbage-can-lab.sweep";
/** The key under which `sweep` (sim/node/sweep/) records its experiment file. */
export const EXPERIMENT_KEY = "experiment";
/** Bootstrap resamples of the indices: the default of `summarise`, so both give the same numbers. */
export const RESAMPLES = 1000;
/** Bootstrap resamples at each size of a convergence study: the default of `summarise --convergence`. */
export const CONVERGENCE_RESAMPLES = 200;
const FIXED = ["point", "scenario", "replication", "seed"];
/**
 * The largest result file the page reads (bytes): reading holds every row
 * as text and as numbers, about 6 times the CSV's size (measured: 393 MB of
 * heap for a 64 MB CSV of 200,000 rows x 20 columns). Larger results are
 * for `summarise` on the command line.
 */
export const MAX_RESULT_BYTES = 64 * 2 ** 20;
/** The most rows the page reads from a Parquet file (its rows are counted in its footer before any is read). */
export const MAX_RESULT_ROWS = 1_000_000;
/** The most design points (distinct x, y) the page charts from a loaded result. */
export const MAX_LOADED_POINTS = 5000;
/** The most design points of a sample (any design) kept for scatter plots and scenario discovery. */
export const MAX_SAMPLE_POINTS = 5000;

/**
 * A loaded sample per design point: each varied parameter's value (the
 * dummy left out) and each measure's mean over the point's replications,
 * column by column, as scatter plots and scenario discovery read them.
 */
export interface LoadedSample {
  parameters: string[];
  /** values[j][i]: parameter j at point i. */
  values: (number | string)[][];
  /** means[measure][i]: the measure's mean at point i (NaN when every run of the point lacks it). */
  means: Record<string, number[]>;
}

export interface SweepDesign {
  parameters: {key: string; values: (number | string)[]}[];
  reps: number;
  seed: string;
  /** Replication r of every point uses seed `${seed}/${r}` (common random numbers). */
  seeds: string;
}

export interface SweepMeta {
  format: "garbage-can-lab sweep";
  version: 1;
  /** The preset id (or "~…" for a scenario from a file) the sweep started from. */
  base: string;
  /** The parameter edits applied to the base, [key, value]. */
  edits: [string, string][];
  /** The edited scenario every design point starts from. */
  scenario: Scenario;
  design: SweepDesign;
}

/** Tidy export rows: the design point, the varied parameters by key, then scenario, replication, seed and measures. */
export function exportRows(rows: readonly SweepRow[], xKey: string, yKey: string | null): Record<string, unknown>[] {
  const points = new Map<string, number>();
  return rows.map((r) => {
    const id = JSON.stringify([r.x, r.y ?? null]);
    if (!points.has(id)) points.set(id, points.size);
    const {x, y, scenario, replication, seed, ...measures} = r;
    return {point: points.get(id), [xKey]: x, ...(yKey ? {[yKey]: y} : {}), scenario, replication, seed, ...measures};
  });
}

export interface LoadedResult {
  rows: SweepRow[];
  /** The varied parameters' keys (one or two), x first. */
  parameters: string[];
  /** The measures found in the file. */
  measures: string[];
  meta: SweepMeta | null;
  /** The experiment file of the sweep that made it (recorded in its Parquet file, or chosen beside its CSV). */
  experiment?: Experiment;
  /** The design points' parameter values and measure means; null when there are more than MAX_SAMPLE_POINTS points. */
  sample: LoadedSample | null;
  /** For a Saltelli or Morris experiment from `sweep`: its design type and the indices of every measure. */
  sensitivity?: {design: "saltelli" | "morris"; id: string; indices: IndexRow[]; convergence: (measure: string) => ConvergenceRow[]};
}

function fail(file: string, what: string): never {
  throw new Error(`invalid result file ${file}: ${what}`);
}

function tooLarge(file: string, bytes: number): never {
  fail(file, `${Math.ceil(bytes / 2 ** 20)} MB (allowed: at most ${MAX_RESULT_BYTES / 2 ** 20} MB here; summarise it on the command line: npx tsx sim/cli.ts summarise <folder>)`);
}

/** A loaded result as the page charts it: no rows, their estimates per design point and measure (summarised once, where it was read). */
export interface LoadedSummary extends Omit<LoadedResult, "rows" | "sensitivity"> {
  rowCount: number;
  /** As LoadedResult's, with the convergence of every measure computed (a summary crosses from a Worker as plain data). */
  sensitivity?: {design: "saltelli" | "morris"; id: string; indices: IndexRow[]; convergence: Record<string, ConvergenceRow[]>};
  /** For each measure, the estimate at each design point (x, y), in the rows' order; empty when more than two parameters vary. */
  points: Record<string, {x: SweepRow["x"]; y?: SweepRow["y"]; measure: string; estimate: Estimate}[]>;
}

/** A loaded result's estimates per design point for every measure (rows grouped once), as summariseSweep gives them one measure at a time. */
export function summariseResult(result: LoadedResult): LoadedSummary {
  const {rows, sensitivity, ...rest} = result;
  const points: LoadedSummary["points"] = {};
  if (result.parameters.length <= 2) {
    const groups = groupByPoint(rows);
    for (const m of result.measures) points[m] = summariseSweep(rows, m, groups);
  }
  const summary: LoadedSummary = {...rest, rowCount: rows.length, points};
  if (sensitivity) summary.sensitivity = {...sensitivity, convergence: Object.fromEntries(result.measures.map((m) => [m, sensitivity.convergence(m)]))};
  return summary;
}

/** Per design point (its parameters' values), the values and each measure's mean; null beyond MAX_SAMPLE_POINTS points. */
export function sampleOf(records: readonly Record<string, unknown>[], parameters: readonly string[], measures: readonly string[]): LoadedSample | null {
  const kept = parameters.filter((p) => p !== DUMMY_KEY);
  const index = new Map<string, number>();
  const values: (number | string)[][] = kept.map(() => []);
  const sums = measures.map(() => [] as number[]), counts = measures.map(() => [] as number[]);
  for (const r of records) {
    const v = kept.map((p) => cell(r[p]));
    const key = JSON.stringify(v);
    let i = index.get(key);
    if (i === undefined) {
      if (index.size >= MAX_SAMPLE_POINTS) return null;
      index.set(key, (i = index.size));
      v.forEach((x, j) => values[j].push(x));
      for (let q = 0; q < measures.length; ++q) { sums[q].push(0); counts[q].push(0); }
    }
    measures.forEach((m, q) => { const x = number(r[m]); if (Number.isFinite(x)) { sums[q][i!] += x; ++counts[q][i!]; } });
  }
  const means: Record<string, number[]> = {};
  measures.forEach((m, q) => { means[m] = sums[q].map((s, i) => (counts[q][i] ? s / counts[q][i] : NaN)); });
  return {parameters: kept, values, means};
}

/** A cell as a number when it reads as one, else as text. */
function cell(v: unknown): number | string {
  const x = number(v);
  return Number.isFinite(x) && String(v).trim() !== "" ? x : String(v);
}

/** The design from a parsed JSON object, or null when it is not one (own keys only). */
export function readMeta(value: unknown): SweepMeta | null {
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  const o = value as Record<string, unknown>;
  if (own(o, "format") !== "garbage-can-lab sweep") return null;
  const d = own(o, "design");
  const parameters = own(d, "parameters");
  const edits = own(o, "edits");
  const scenario = own(o, "scenario");
  // Only a design of the shape this page writes is used; anything else is ignored (the columns still tell the parameters).
  if (!Array.isArray(parameters) || !parameters.every((p) => typeof own(p, "key") === "string")) return null;
  if (typeof own(o, "base") !== "string" || !Array.isArray(edits) || !edits.every((e) => Array.isArray(e) && e.length === 2 && e.every((x) => typeof x === "string"))) return null;
  if (!scenario || typeof scenario !== "object") return null;
  return value as SweepMeta;
}

function number(v: unknown): number {
  if (v === null || v === undefined || v === "") return NaN;
  if (typeof v === "bigint") return Number(v);
  return typeof v === "number" ? v : Number(v);
}

/** Rows as read (strings from CSV, typed from Parquet) to sweep rows. */
export function fromRecords(records: readonly Record<string, unknown>[], columns: readonly string[], meta: SweepMeta | null, file: string, plan?: Plan): LoadedResult {
  if (records.length === 0) fail(file, "no rows");
  const parameters = plan ? plan.factors.map((f) => f.key) : meta ? meta.design.parameters.map((p) => p.key) : columns.filter((c) => !FIXED.includes(c) && !MEASURE_KEYS.includes(c) && paramByKey(c) !== undefined);
  const sensitivity = plan !== undefined && isSensitivity(plan.experiment.design);
  if (parameters.length < 1 || (parameters.length > 2 && !plan)) {
    const names = parameters.length > 4 ? `${parameters.slice(0, 4).join(", ")}, …` : parameters.join(", ") || "none";
    // A CSV from `sweep` has point and seed columns but no design: say where the design is.
    const fromSweep = !plan && columns.includes("point") && columns.includes("seed") ? "; for a result from sweep (any design), choose this CSV together with the experiment.json from its folder, or load its .parquet, which carries the experiment" : "";
    fail(file, `found ${parameters.length} varied parameter columns (${names}); allowed: 1 or 2 columns named by parameter key, e.g. load.timePressure${fromSweep}`);
  }
  for (const p of parameters) if (!columns.includes(p)) fail(file, `no column ${JSON.stringify(p)} for the design's parameter`);
  // A recorded experiment names its measures (the classic model's too); otherwise the participation measures found.
  const measures = plan ? plan.experiment.measures.filter((m) => columns.includes(m)) : columns.filter((c) => MEASURE_KEYS.includes(c));
  if (measures.length === 0) fail(file, `no measure columns (allowed: ${MEASURE_KEYS.slice(0, 4).join(", ")}, ...)`);
  const value = (v: unknown): number | string => {
    const x = number(v);
    return Number.isFinite(x) && String(v).trim() !== "" ? x : String(v);
  };
  const rows = records.map((r, i) => {
    const row: SweepRow = {scenario: String(r.scenario ?? ""), replication: Number.isFinite(number(r.replication)) ? number(r.replication) : i, seed: String(r.seed ?? ""), x: value(r[parameters[0]])};
    if (parameters[1]) row.y = value(r[parameters[1]]);
    for (const m of measures) row[m] = number(r[m]);
    return row;
  });
  if (plan) checkPoints(plan, records, file);
  if (parameters.length <= 2) {
    const points = new Set(rows.map((r) => JSON.stringify([r.x, r.y ?? null])));
    if (points.size > MAX_LOADED_POINTS)
      fail(file, `${points.size} design points (allowed: at most ${MAX_LOADED_POINTS} to chart here; summarise it on the command line: npx tsx sim/cli.ts summarise <folder>)`);
  }
  const result: LoadedResult = {rows, parameters, measures, meta, sample: sampleOf(records, parameters, measures)};
  if (plan) result.experiment = plan.experiment;
  if (plan && sensitivity) result.sensitivity = sensitivityOf(plan, records, columns);
  return result;
}

/**
 * Every row's parameter values are those of its design point in the
 * experiment, so indices are never computed from another experiment's design
 * (an experiment.json chosen from the wrong folder).
 */
function checkPoints(plan: Plan, records: readonly Record<string, unknown>[], file: string): void {
  const {points, factors} = plan;
  for (const r of records) {
    const p = number(r.point);
    if (!Number.isInteger(p) || p < 0 || p >= points.length) fail(file, `point = ${String(r.point)} (allowed: 0 to ${points.length - 1} for this design)`);
    for (const f of factors) {
      const want = points[p].values[f.key], got = r[f.key];
      const same = typeof want === "number" ? Math.abs(number(got) - want) <= 1e-9 * Math.max(1, Math.abs(want)) : String(got) === String(want);
      if (!same) fail(file, `point ${p} has ${f.key} = ${String(got)} where the experiment ${JSON.stringify(plan.experiment.id)} has ${String(want)} (allowed: the experiment file of the sweep that made this result)`);
    }
  }
}

/** Per-point means of every kept measure (missing values left out), then the design's indices, as `summarise --indices` computes them. */
function sensitivityOf(plan: Plan, records: readonly Record<string, unknown>[], columns: readonly string[]): NonNullable<LoadedResult["sensitivity"]> {
  const {experiment, factors, points} = plan;
  const measures = experiment.measures.filter((m) => columns.includes(m));
  const sums = measures.map(() => new Float64Array(points.length)), counts = measures.map(() => new Float64Array(points.length));
  for (const r of records) {
    const p = number(r.point); // checked by checkPoints
    measures.forEach((m, q) => { const v = number(r[m]); if (Number.isFinite(v)) { sums[q][p] += v; ++counts[q][p]; } });
  }
  const means = measures.map((_, q) => sums[q].map((s, p) => (counts[q][p] ? s / counts[q][p] : NaN)));
  const indices = measures.flatMap((m, q) => designIndices(experiment.design, factors, points, m, means[q], RESAMPLES, experiment.seed));
  // Convergence on demand (it recomputes the indices at every sample size): Explore asks when its chart is shown.
  const convergence = (measure: string) => {
    const q = measures.indexOf(measure);
    return q < 0 ? [] : designConvergence(experiment.design, factors, points, measure, means[q], CONVERGENCE_RESAMPLES, experiment.seed);
  };
  return {design: experiment.design.type as "saltelli" | "morris", id: experiment.id, indices, convergence};
}

/** A CSV result; `experiment` is the experiment file of the sweep that made it (experiment.json in its folder), if given. */
export function readResultCSV(text: string, file: string, meta: SweepMeta | null = null, experiment?: unknown): LoadedResult {
  let parsed;
  try {
    parsed = csvParseStrict(text);
  } catch (e) {
    if (e instanceof CsvSyntaxError) fail(file, e.message);
    throw e;
  }
  let plan: Plan | undefined;
  if (experiment !== undefined) {
    try {
      plan = planExperiment(experiment);
    } catch (e) {
      fail(file, `the experiment file beside it is not valid (${(e as Error).message})`);
    }
  }
  return fromRecords(parsed.rows, parsed.columns, meta, file, plan);
}

/** A file as the page gets it (a browser File). */
export interface PickedFile {
  name: string;
  /** Bytes, when known before reading (a browser File's size). */
  size?: number;
  text(): Promise<string>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * The result in the files chosen together: one result file (.parquet, or
 * .csv), and beside a CSV at most one JSON file with its design: the
 * experiment.json of the sweep's folder, or this page's design file.
 */
export async function readResultFiles(files: readonly PickedFile[]): Promise<{file: string; result: LoadedResult}> {
  const data = files.filter((f) => /\.(csv|parquet)$/i.test(f.name)), json = files.filter((f) => /\.json$/i.test(f.name));
  const names = files.map((f) => f.name).join(", ");
  if (data.length !== 1 || json.length > 1 || data.length + json.length !== files.length)
    throw new Error(`invalid choice of files: ${names} (allowed: one result file, .csv or .parquet; with a CSV, also the experiment.json from its sweep folder)`);
  const file = data[0];
  for (const f of files) if (f.size !== undefined && f.size > MAX_RESULT_BYTES) tooLarge(f.name, f.size);
  if (/\.parquet$/i.test(file.name)) {
    if (json.length) throw new Error(`invalid choice of files: ${names} (allowed: a .parquet result alone; it carries its design)`);
    const buffer = await file.arrayBuffer();
    if (buffer.byteLength > MAX_RESULT_BYTES) tooLarge(file.name, buffer.byteLength);
    return {file: file.name, result: await readResultParquet(buffer, file.name)};
  }
  if (!json.length) return {file: file.name, result: readResultCSV(await textOf(file), file.name)};
  let side: unknown;
  try {
    side = JSON.parse(await json[0].text());
  } catch (e) {
    throw new Error(`invalid design file ${json[0].name}: not JSON (${(e as Error).message})`);
  }
  const meta = readMeta(side);
  return {file: file.name, result: meta ? readResultCSV(await textOf(file), file.name, meta) : readResultCSV(await textOf(file), file.name, null, side)};
}

/** A CSV file's text, within the size cap (also when its size was not known before). */
async function textOf(file: PickedFile): Promise<string> {
  const text = await file.text();
  if (text.length > MAX_RESULT_BYTES) tooLarge(file.name, text.length);
  return text;
}

export async function readResultParquet(buffer: ArrayBuffer, file: string): Promise<LoadedResult> {
  let metadata;
  try {
    metadata = parquetMetadata(buffer);
  } catch (e) {
    fail(file, `not a Parquet file (${(e as Error).message})`);
  }
  let meta: SweepMeta | null = null;
  let plan: Plan | undefined;
  for (const kv of metadata.key_value_metadata ?? []) {
    if (kv.key === EXPERIMENT_KEY && kv.value !== undefined) {
      try {
        plan = planExperiment(JSON.parse(kv.value));
      } catch (e) {
        fail(file, `its recorded experiment is not valid (${(e as Error).message})`);
      }
      continue;
    }
    if (kv.key !== META_KEY || kv.value === undefined) continue;
    try {
      meta = readMeta(JSON.parse(kv.value));
    } catch {
      fail(file, `metadata ${META_KEY} is not JSON`);
    }
  }
  if (metadata.num_rows > BigInt(MAX_RESULT_ROWS))
    fail(file, `${metadata.num_rows} rows (allowed: at most ${MAX_RESULT_ROWS} here; summarise it on the command line: npx tsx sim/cli.ts summarise <folder>)`);
  const records = await parquetReadObjects({file: buffer, metadata}) as Record<string, unknown>[];
  const columns = metadata.schema.slice(1).map((s) => s.name);
  return fromRecords(records, columns, meta, file, plan);
}
