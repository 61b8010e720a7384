// `summarise <dir>`: from a merged sweep, the mean, sd and 95% interval of
// every kept measure per design point (streamed: rows arrive in point order),
// and for Saltelli and Morris designs the sensitivity indices with bootstrap
// intervals, computed on the per-point means.

import {existsSync} from "node:fs";
import {join, resolve} from "node:path";
import {parquetReadObjects} from "hyparquet";
import {designConvergence, designIndices, dummyKey, isSensitivity, separationNotes, type IndexRow} from "../../experiment/sensitivity/designIndices.ts";
import {tQuantile975} from "../../stats.ts";
import {csvField, csvHeader} from "../../experiment/records.ts";
import {UsageError, integer, oneOf, parseFlags} from "../args.ts";
import {progressMeter} from "../progress.ts";
import {folderPlan} from "./parts.ts";
import {DUMMY_KEY, type Plan} from "../../experiment/experimentFile.ts";
import {FolderError, RunSequence, digestOf, errorText, experimentDigest, keyValues, mergeCommandLine, openParquet, shortDigest} from "./integrity.ts";

export const SUMMARISE_HELP = `summarise: estimates per design point from <dir>/merged.parquet (run merge first)

  npx tsx sim/cli.ts summarise <dir> [--format table|csv|jsonl] [--indices] [--convergence] [--resamples N] [--progress]

Per design point and measure: runs, missing, mean, sd and the 95% interval of the mean.
Saltelli designs: first-order (S1) and total (ST) Sobol indices, and second-order (S2) with
"secondOrder": true; Morris designs: mu*, mu and sigma, ranked by mu*; each with a percentile
bootstrap interval over base samples or trajectories (--resamples, default 1000), on the
per-point means. Each measure's bootstrap has its own random stream. With the default
Sobol' base sample the intervals are conservative (wider than the estimates' real spread).
With a dummy parameter (the default of these designs, unless commonRandomNumbers): floor is
the dummy's upper bound of the same index, the noise of the runs alone, and above says
whether the index's interval lies wholly above it ("no": not told apart from noise).
--indices prints only the indices (table format prints both).
--convergence: every index recomputed from the first 8, 16, 32, ... base samples (or
trajectories) up to all of them (--resamples default 200 here), with a note where
intervals are still wider than the gaps between the indices they should order.
--progress: runs read, rate and time left on stderr (shown anyway when stderr is a terminal).
merged.parquet is checked first: made by this folder's experiment.json (its digest), holding
every run once with its point's parameter values; else one line says what to run. The summary
names the experiment, its digest and the runs: above the table, or on stderr beside csv and jsonl.`;

const OPTIONS = {format: {type: "string"}, indices: {type: "boolean"}, convergence: {type: "boolean"}, resamples: {type: "string"}, progress: {type: "boolean"}, help: {type: "boolean"}} as const;

type Out = Record<string, string | number>;

/** Running mean and variance (Welford), skipping missing values. */
class Running {
  n = 0; missing = 0; mean = 0; m2 = 0;
  add(x: unknown): void {
    if (typeof x !== "number" || !Number.isFinite(x)) { ++this.missing; return; }
    const d = x - this.mean;
    this.mean += d / ++this.n;
    this.m2 += d * (x - this.mean);
  }
  row(): Out {
    const sd = this.n > 1 ? Math.sqrt(this.m2 / (this.n - 1)) : NaN;
    const half = this.n > 1 ? tQuantile975(this.n - 1) * sd / Math.sqrt(this.n) : NaN;
    const mean = this.n ? this.mean : NaN;
    return {n: this.n, missing: this.missing, mean, sd, lo: mean - half, hi: mean + half};
  }
}

const fmt = (v: string | number) => (typeof v === "number" ? (Number.isFinite(v) ? String(Number(v.toPrecision(6))) : "") : v);

function printer(format: "table" | "csv" | "jsonl", out: (s: string) => void) {
  let header: string[] | undefined;
  const rows: Out[] = [];
  return {
    row(r: Out) {
      if (format === "jsonl") return out(JSON.stringify(r, (_, v) => (typeof v === "number" && !Number.isFinite(v) ? null : v)) + "\n");
      if (format === "csv") {
        if (!header) { header = Object.keys(r); out(csvHeader(header)); }
        return out(header.map((h) => csvField(fmt(r[h]))).join(",") + "\n");
      }
      rows.push(r); // table: widths need every row; summaries are one row per point and measure
    },
    end() {
      if (format !== "table" || rows.length === 0) return;
      const keys = Object.keys(rows[0]);
      const cells = [keys, ...rows.map((r) => keys.map((k) => fmt(r[k])))];
      const w = keys.map((_, c) => Math.max(...cells.map((row) => row[c].length)));
      for (const row of cells) out(row.map((s, c) => s.padEnd(w[c])).join("  ").trimEnd() + "\n");
    }
  };
}

/** An index row as printed: rank for Morris, floor and above with a dummy parameter, n in a convergence study. */
function indexOut(r: IndexRow, hasDummy: boolean, n?: number): Out {
  const row: Out = {measure: r.measure};
  if (n !== undefined) row.n = n;
  if (r.rank !== undefined) row.rank = r.rank;
  Object.assign(row, {parameter: r.parameter, index: r.index, estimate: r.estimate, lo: r.lo, hi: r.hi});
  if (hasDummy) {
    row.floor = r.floor ?? NaN;
    row.above = r.aboveFloor === undefined ? (r.floor === undefined && r.parameter.split(" x ").includes(DUMMY_KEY) ? "dummy" : "") : r.aboveFloor ? "yes" : "no";
  }
  return row;
}

export async function summariseCommand(args: string[], out: (s: string) => void, err: (s: string) => void = (s) => process.stderr.write(s), tty = Boolean(process.stderr.isTTY)): Promise<void> {
  const {values: f, positionals} = parseFlags(args, OPTIONS, true);
  if (f.help) return out(SUMMARISE_HELP + "\n");
  if (positionals.length !== 1) throw new UsageError(`summarise needs one sweep folder (got ${positionals.length})`);
  const format = oneOf(f, "format", ["table", "csv", "jsonl"] as const, "table")!;
  const resamples = integer(f, "resamples", 10, 1_000_000, f.convergence ? 200 : 1000)!;
  const dir = resolve(positionals[0]);
  const plan = folderPlan(dir);
  const path = join(dir, "merged.parquet");
  if (!existsSync(path)) throw new UsageError(`${path} does not exist: run merge ${positionals[0]} first`);
  const {experiment, factors, design} = plan;
  const measures = experiment.measures;
  const sensitivity = isSensitivity(experiment.design);
  if (f.indices && !sensitivity) throw new UsageError(`--indices needs a saltelli or morris design (this one is ${experiment.design.type})`);
  if (f.convergence && !sensitivity) throw new UsageError(`--convergence needs a saltelli or morris design (this one is ${experiment.design.type})`);
  if (f.convergence && f.indices) throw new UsageError("--convergence and --indices cannot be combined (--convergence prints the indices at every sample size)");
  // Per-point means are kept for the indices only (8 bytes per point and measure).
  const means = sensitivity ? measures.map(() => new Float64Array(design.size).fill(NaN)) : [];
  const {file, metadata, digest} = await checkedMerged(dir, path, plan);
  const numRows = Number(metadata.num_rows);
  // The summary names what it summarises: above the table, or on stderr beside csv and jsonl (which stay plain data).
  const about = `summary of experiment ${experiment.id} (${digest}): ${numRows} runs, ${design.size} points x ${experiment.replications} replications, from merged.parquet\n`;
  if (format === "table") out(about);
  else err(about);
  const print = printer(format, out);
  const showPoints = !f.indices && !f.convergence;
  const tick = progressMeter({err, tty}, f.progress === true || tty, "summarise", numRows);
  let current = -1;
  let acc: Running[] = [];
  const emit = () => {
    if (current < 0) return;
    measures.forEach((m, k) => {
      const r = acc[k].row();
      if (sensitivity) means[k][current] = r.mean as number;
      if (showPoints) {
        const row: Out = {point: current};
        const values = design.point(current).values;
        for (const fa of factors) row[fa.key] = String(values[fa.key]);
        print.row({...row, measure: m, ...r});
      }
    });
  };
  for (let start = 0; start < numRows; start += 20_000) {
    let rows: Record<string, unknown>[];
    try {
      rows = (await parquetReadObjects({file, metadata, columns: ["point", ...measures], rowStart: start, rowEnd: Math.min(numRows, start + 20_000)})) as Record<string, unknown>[];
    } catch (e) {
      throw new FolderError(`${path} cannot be read at rows ${start}-${Math.min(numRows, start + 20_000) - 1} (${errorText(e)}): run \`${mergeCommandLine(dir)}\` to make it again from the shard files`);
    }
    for (const row of rows) {
      const p = row.point as number;
      if (p !== current) {
        emit();
        current = p;
        acc = measures.map(() => new Running());
      }
      measures.forEach((m, k) => acc[k].add(row[m]));
    }
    tick(Math.min(numRows, start + 20_000));
  }
  emit();
  const hasDummy = dummyKey(factors) !== undefined;
  // Saltelli's indices read the per-point means alone; Morris effects read every point's move, so
  // its points are made here (held for the indices only; a Saltelli design's never are).
  const indexPoints = () => (experiment.design.type === "morris" ? plan.points : []);
  if (f.convergence) {
    const all: IndexRow[] = [];
    measures.forEach((m, q) => {
      const rows = designConvergence(experiment.design, factors, indexPoints(), m, means[q], resamples, experiment.seed);
      const last = rows.length ? rows[rows.length - 1].n : 0;
      for (const r of rows) {
        print.row(indexOut(r, hasDummy, r.n));
        if (r.n === last) all.push(r);
      }
    });
    print.end();
    for (const note of separationNotes(all)) (format === "table" ? out : err)(note + "\n");
    return;
  }
  if (sensitivity && (format === "table" || f.indices)) {
    if (format === "table" && showPoints) { print.end(); out("\n"); }
    const indicesPrint = format === "table" && showPoints ? printer("table", out) : print;
    measures.forEach((m, q) => {
      for (const row of designIndices(experiment.design, factors, indexPoints(), m, means[q], resamples, experiment.seed)) indicesPrint.row(indexOut(row, hasDummy));
    });
    indicesPrint.end();
    return;
  }
  print.end();
}

/**
 * merged.parquet, checked before a line is printed: made by this folder's
 * experiment.json (digest, columns), holding every run of it exactly once in
 * point and replication order, with each point's parameter values and each
 * run's seed (one pass over those columns).
 */
async function checkedMerged(dir: string, path: string, plan: Plan) {
  const mend = `run \`${mergeCommandLine(dir)}\` to make it again from the shard files`;
  const {file, metadata} = await openParquet(path, mend);
  const digest = experimentDigest(plan.experiment);
  const kv = keyValues(metadata);
  const theirs = digestOf(kv);
  if (theirs !== digest) throw new FolderError(`${path} was made by another experiment than experiment.json (experiment ${shortDigest(theirs)}…, experiment.json ${shortDigest(digest)}…): ${mend}; if experiment.json was edited, put back the one the sweep was made with`);
  const names = metadata.schema.slice(1).map((x) => x.name).join(","), want = plan.columns.join(",");
  if (names !== want) throw new FolderError(`${path} has columns ${names}, expected ${want}: ${mend}`);
  const reps = plan.experiment.replications, runs = plan.design.size * reps, n = Number(metadata.num_rows), stated = kv.get("rows");
  if (n !== runs || (stated !== undefined && stated !== String(n)))
    throw new FolderError(`${path} holds ${n} runs${stated !== undefined && stated !== String(n) ? ` (its metadata says ${stated})` : ""} where the experiment has ${runs} (${plan.design.size} points x ${reps} replications): ${mend}`);
  const sequence = new RunSequence(plan, 0, runs);
  const columns = ["point", "replication", "seed", ...plan.factors.map((x) => x.key)];
  for (let start = 0; start < n; start += 50_000) {
    let rows: Record<string, unknown>[];
    try {
      rows = (await parquetReadObjects({file, metadata, columns, rowStart: start, rowEnd: Math.min(n, start + 50_000)})) as Record<string, unknown>[];
    } catch (e) {
      throw new FolderError(`${path} cannot be read at rows ${start}-${Math.min(n, start + 50_000) - 1} (${errorText(e)}): ${mend}`);
    }
    for (const row of rows) {
      const problem = sequence.check(row.point, row.replication, (key) => row[key]);
      if (problem) throw new FolderError(`${path}: ${problem.kind === "missing" ? `missing ${problem.text}` : problem.text}: ${mend}`);
    }
  }
  return {file, metadata, digest};
}
