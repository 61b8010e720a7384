// `sweep <experiment.json> --out <dir>`: runs an experiment (or one shard of
// it) on a worker pool, appending each finished chunk to the shard's Parquet
// and CSV file. Finished chunks are kept; the same command resumes where it stopped.

import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync} from "node:fs";
import {availableParallelism} from "node:os";
import {join, resolve} from "node:path";
import {Piscina} from "piscina";
import {planExperiment, type Plan} from "../../experiment/experimentFile.ts";
import {shardRange} from "../../experiment/shards.ts";
import {UsageError, integer, parseFlags, type Flags} from "../args.ts";
import {chunkRows, chunksOf, shardName, type Chunk} from "./chunks.ts";
import {columnsOf, csvHeader} from "./columns.ts";
import {ShardOutput, removeLeftovers, type EncodedChunk} from "./shardOutput.ts";
import {lockShard, slurmJob, type Lock} from "./lock.ts";
import {handleStops, requeueAfterWarning, exitCode, WARNING_SIGNAL, type Stop} from "./stop.ts";
import {loadExperiment, writeAtomic} from "./files.ts";
import {progressMeter} from "../progress.ts";
import {DEFAULT_SLURM_WORKERS, slurmShards, writeSlurm} from "./slurmCommand.ts";
import {bundledModule} from "../bundle.ts";
import type {SweepWorkerData} from "./task.ts";

export const SWEEP_HELP = `sweep: run an experiment file on a worker pool, streaming rows to Parquet and CSV

  npx tsx sim/cli.ts sweep <experiment.json> --out <dir> [--workers N] [--shard i/N] [--chunk-rows N] [--no-csv]
  npx tsx sim/cli.ts sweep <experiment.json> --out <dir> --slurm --shards N [--workers N] [--partition P] [--account A] [--qos Q]
                                                  [--module M]... [--setup "shell line"] [--no-csv]

  --out <dir>       output folder: experiment.json, sweep.json, and per shard shard-<i>of<N>.parquet and .csv
                    (named .partial, with a .journal of finished chunks, while the shard runs)
  --workers N       worker threads (default: all cores; with --slurm: ${DEFAULT_SLURM_WORKERS}, the CPUs each task asks for)
  --shard i/N       run slice i (0-based) of N slices of the design points
  --chunk-rows N    rows per chunk (a row group), the unit of resume (default: about 200,000 values, 1000-10000 rows; fixed at the first run)
  --no-csv          Parquet only, no CSV files (fixed at the first run; merge then writes merged.parquet only)
  --slurm           write <dir>/sweep.sbatch (a job array over --shards N shards, at most the design's points and the
                    cluster's MaxArraySize), merge.sbatch and submit.sh (submits both, the merge after the array), instead of running
  --partition, --account, --qos   passed to Slurm (#SBATCH lines)
  --module M        module load M before the run (repeatable); --setup "line": one shell line run before it
Interrupted (Ctrl-C, SIGTERM), the same command resumes: finished chunks are kept, nothing is counted twice.
SIGUSR2 (Slurm's warning before the time limit) finishes the chunks in flight first, and under Slurm requeues the task.
Then: merge <dir> (checks every point and replication), summarise <dir>.`;

const OPTIONS = {
  out: {type: "string"}, workers: {type: "string"}, shard: {type: "string"}, "chunk-rows": {type: "string"},
  slurm: {type: "boolean"}, shards: {type: "string"}, "no-csv": {type: "boolean"}, help: {type: "boolean"},
  partition: {type: "string"}, account: {type: "string"}, qos: {type: "string"}, module: {type: "string", multiple: true}, setup: {type: "string"}
} as const;

export interface SweepMeta {
  chunkRows: number;
  /** false: Parquet only (absent in folders from before the choice: CSV too). */
  csv?: boolean;
}

/** Whether a sweep folder's shards have CSV files beside their Parquet files. */
export function folderHasCsv(dir: string): boolean {
  const path = join(dir, "sweep.json");
  return !existsSync(path) || (JSON.parse(readFileSync(path, "utf8")) as SweepMeta).csv !== false;
}

export function projectVersion(): string {
  return (JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8")) as {version: string}).version;
}

function parseShard(f: Flags): {shard: number; shards: number} {
  if (f.shard === undefined) return {shard: 0, shards: 1};
  const m = /^(\d+)\/(\d+)$/.exec(String(f.shard));
  const shard = m ? Number(m[1]) : NaN, shards = m ? Number(m[2]) : NaN;
  if (!m || shards < 1 || shards > 100000 || shard >= shards) throw new UsageError(`invalid --shard: ${JSON.stringify(f.shard)} (allowed: i/N with 0 <= i < N <= 100000, e.g. 0/4)`);
  return {shard, shards};
}

/** Creates or checks an output folder: the same experiment and chunk size, or an error. */
/** Default rows per chunk: about 200,000 cells, between 1,000 and 10,000 rows (wide rows make smaller parts). */
export function defaultChunkRows(columns: number): number {
  return Math.max(1000, Math.min(10000, Math.floor(200_000 / columns)));
}

export function prepareOut(out: string, experiment: object, requestedRows: number | undefined, columns: number, requestedCsv?: boolean): SweepMeta {
  mkdirSync(out, {recursive: true});
  const expPath = join(out, "experiment.json"), metaPath = join(out, "sweep.json");
  const text = JSON.stringify(experiment, null, 2) + "\n";
  if (existsSync(expPath)) {
    if (readFileSync(expPath, "utf8") !== text) throw new UsageError(`--out ${out} holds the results of a different experiment (its experiment.json differs); use a new folder`);
  }
  let meta: SweepMeta;
  if (existsSync(metaPath)) {
    meta = JSON.parse(readFileSync(metaPath, "utf8")) as SweepMeta;
    if (requestedRows !== undefined && requestedRows !== meta.chunkRows) throw new UsageError(`invalid --chunk-rows: ${requestedRows} (allowed: ${meta.chunkRows}, the size this folder was started with)`);
    if (requestedCsv === false && meta.csv !== false) throw new UsageError(`invalid --no-csv: this folder was started with CSV files (allowed: the same command without --no-csv, or a new --out folder)`);
  } else meta = {chunkRows: requestedRows ?? defaultChunkRows(columns), ...(requestedCsv === false ? {csv: false} : {})};
  if (!existsSync(expPath)) writeAtomic(expPath, text);
  if (!existsSync(metaPath)) writeAtomic(metaPath, JSON.stringify(meta) + "\n");
  return meta;
}

/** The chunks of one shard. */
export function shardChunks(plan: Plan, shard: number, shards: number, rows: number): Chunk[] {
  const {from, to} = shardRange(plan.points.length, shard, shards);
  return chunksOf(from, to, plan.experiment.replications, rows);
}

export async function sweepCommand(args: string[], out: (s: string) => void, err: (s: string) => void = (s) => process.stderr.write(s), tty = Boolean(process.stderr.isTTY)): Promise<void> {
  const {values: f, positionals} = parseFlags(args, OPTIONS, true);
  if (f.help) return out(SWEEP_HELP + "\n");
  if (positionals.length !== 1) throw new UsageError(`sweep needs one experiment file (got ${positionals.length}); see sweep --help`);
  if (typeof f.out !== "string" || !f.out) throw new UsageError("sweep needs --out <dir>");
  if (f.slurm) {
    const requestedRows = integer(f, "chunk-rows", 1, 10_000_000);
    const experiment = loadExperiment(positionals[0]);
    const plan = planExperiment(experiment);
    const dir = resolve(f.out);
    const slurm = slurmShards(f, plan, dir, err);
    const meta = prepareOut(dir, experiment, requestedRows, plan.columns.length, f["no-csv"] ? false : undefined);
    return writeSlurm({experiment, plan, dir, chunkRows: meta.chunkRows, csv: meta.csv !== false, ...slurm}, out);
  }
  for (const k of ["shards", "partition", "account", "qos", "module", "setup"]) if (f[k] !== undefined) throw new UsageError(`--${k} is for --slurm${k === "shards" ? "; to run one slice use --shard i/N" : ""}`);
  // Signals are handled from the start: Slurm's warning may come before the first chunk is done.
  const held: Held = {line: (signal) => `\ninterrupted by ${signal} before any run; run the same command to start\n`};
  const stop = handleStops(() => {
    held.output?.close();
    held.lock?.release();
  }, (signal) => held.line(signal), err);
  try {
    await runShard(f, positionals[0], f.out, held, stop, out, err, tty);
  } finally {
    stop.dispose();
  }
}

/** What the stop handlers close and release, and what they say. */
interface Held {
  output?: ShardOutput;
  lock?: Lock;
  line: (signal: NodeJS.Signals) => string;
}

async function runShard(f: Flags, file: string, outDir: string, held: Held, stop: Stop, out: (s: string) => void, err: (s: string) => void, tty: boolean): Promise<void> {
  const workers = integer(f, "workers", 1, 256, availableParallelism())!;
  const requestedRows = integer(f, "chunk-rows", 1, 10_000_000);
  const experiment = loadExperiment(file);
  const plan = planExperiment(experiment);
  const dir = resolve(outDir);
  const {shard, shards} = parseShard(f);
  const meta = prepareOut(dir, experiment, requestedRows, plan.columns.length, f["no-csv"] ? false : undefined);
  const csv = meta.csv !== false;
  const files = csv ? ".parquet and .csv" : ".parquet";
  const label = shards > 1 ? ` (shard ${shard}/${shards})` : "";
  const stem = shardName(shard, shards);
  const shardFile = join(dir, stem);
  const {from, to} = shardRange(plan.points.length, shard, shards);
  const runs = (to - from) * plan.experiment.replications;
  if (existsSync(shardFile + ".parquet")) {
    removeLeftovers(dir, stem); // a journal left by a stop between the renames and clean-up
    return out(`sweep: all ${runs} runs${label} are in ${shardFile}${files}\n`);
  }
  const lock = (held.lock = lockShard(dir, stem, shards > 1 ? ` shard ${shard}/${shards}` : " this sweep"));
  const chunks = shardChunks(plan, shard, shards, meta.chunkRows);
  const columns = columnsOf(plan);
  let output: ShardOutput | undefined;
  const total = chunks.reduce((n, c) => n + chunkRows(c), 0);
  const kept = () => (output ? chunks.slice(0, output.done).reduce((n, c) => n + chunkRows(c), 0) : 0);
  held.line = (signal) => `\ninterrupted by ${signal}: ${kept()} of ${total} runs${label} are kept in ${dir}; run the same command to resume${process.env.SLURM_JOB_ID ? ` (under Slurm: scontrol requeue ${process.env.SLURM_JOB_ID}, Slurm job ${slurmJob()})` : ""}\n`;
  try {
    // writeAtomic's temporary files (finished files have their final names). Only this
    // shard's are removed: other shards may be running in the same folder.
    for (const name of readdirSync(dir)) if (name.endsWith(".tmp") && name.startsWith(`${stem}.`)) rmSync(join(dir, name));
    output = held.output = new ShardOutput(dir, stem, columns, csv ? csvHeader(columns) : undefined, chunks.map(chunkRows));
  } catch (e) {
    lock.release();
    throw e;
  }
  const started = output.done;
  const pending = chunks.slice(started);
  const already = kept();
  if (already) err(`resuming: ${already} of ${total} runs already done${label}\n`);
  let stopped = false;
  try {
    if (pending.length) await runChunks(output);
    stopped = output.done < chunks.length;
    // Every chunk is in the files: the footer, then the final names.
    if (!stopped) output.finish(kvMetadata(experiment, shard, shards));
  } finally {
    output.close();
    lock.release();
  }
  if (stopped) {
    // Slurm's warning before the time limit: the chunks in flight were finished, the rest is left for the resume.
    err(`\nstopped by ${WARNING_SIGNAL} (the time limit is near): ${kept()} of ${total} runs${label} are kept in ${dir}; ${requeueAfterWarning(output.done > started)}\n`);
    process.exit(exitCode(WARNING_SIGNAL));
  }
  out(`sweep: ${total - already} runs${label} written; all ${total} are in ${shardFile}${files}\n`);

  async function runChunks(output: ShardOutput): Promise<void> {
    const progress = new SharedArrayBuffer(4);
    const workerData: SweepWorkerData = {experiment, progress, csv};
    // A bounded young generation keeps garbage from piling up between collections (flat memory):
    // 16 MB, not 4 (fewer scavenges) nor 32 (higher peak). The old generation is not bounded: a
    // limit of 128 MB made V8 run a full collection every few hundred milliseconds, a third more
    // CPU per run (classic, 200,000 runs on 1 worker: 3.5 s of CPU against 2.6-2.8 s).
    const poolOptions = {filename: taskModule(), workerData, minThreads: Math.min(workers, pending.length), maxThreads: Math.min(workers, pending.length),
      resourceLimits: {maxYoungGenerationSizeMb: 16}};
    let pool: Piscina;
    try {
      pool = new Piscina({...poolOptions, execArgv: workerExecArgv(process.execArgv)});
    } catch (e) {
      // Options given to a worker explicitly may not include V8 or process-wide ones (--max-old-space-size,
      // --stack-size): then the workers inherit the process's options, where Node leaves those out itself.
      if ((e as NodeJS.ErrnoException).code !== "ERR_WORKER_INVALID_EXEC_ARGV") throw e;
      pool = new Piscina(poolOptions);
    }
    const tick = progressMeter({err, tty}, true, "sweep", total, "runs", {already, bar: true, logEvery: 5000});
    const counter = new Int32Array(progress);
    const timer = setInterval(() => tick(Math.min(total - 1, already + Atomics.load(counter, 0))), 200);
    try {
      // Chunks finish in any order and are appended in chunk order (the files stay in point and
      // replication order); at most two chunks per worker are running or waiting, so memory stays flat.
      const waiting = new Map<number, EncodedChunk>();
      const inFlight = new Set<Promise<void>>();
      for (const c of pending) {
        while (c.index - output.done >= 2 * workers && !stop.warned) await Promise.race(inFlight);
        if (stop.warned) break;
        const task = (async () => {
          const r = (await pool.run(c)) as EncodedChunk;
          if (r.rows !== chunkRows(c)) throw new Error(`chunk ${c.index} returned ${r.rows} rows, expected ${chunkRows(c)}`);
          waiting.set(r.index, r);
          for (let next; (next = waiting.get(output.done)); ) {
            waiting.delete(next.index);
            output.append(next);
          }
        })();
        inFlight.add(task);
        task.then(() => inFlight.delete(task), () => {});
      }
      await Promise.all(inFlight);
    } finally {
      clearInterval(timer);
      await pool.destroy();
    }
    tick(already + chunks.slice(started, output.done).reduce((n, c) => n + chunkRows(c), 0));
  }
}

function kvMetadata(experiment: object, shard: number, shards: number) {
  return [
    {key: "experiment", value: JSON.stringify(experiment)},
    {key: "version", value: `garbage-can-lab ${projectVersion()}`},
    {key: "created", value: new Date().toISOString()},
    {key: "shard", value: `${shard}/${shards}`}
  ];
}

/** Set by esbuild in the command line's own bundle (see cliBundle.ts): its workers' prebuilt module. */
declare const __SWEEP_TASK_MODULE__: string | undefined;

/** The workers' module: the task bundled into one module, or the TypeScript through tsx (worker.mjs) when it cannot be bundled. */
export function taskModule(bundle: (entry: URL) => string | undefined = bundledModule): string {
  if (typeof __SWEEP_TASK_MODULE__ === "string") return __SWEEP_TASK_MODULE__;
  return bundle(new URL("./task.ts", import.meta.url)) ?? new URL("./worker.mjs", import.meta.url).href;
}

/**
 * The workers' Node options: the process's, without tsx's loader flags. Workers do
 * not get a working loader from them (worker.mjs registers tsx itself), yet each
 * worker would load tsx again at start-up for nothing.
 */
export function workerExecArgv(execArgv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < execArgv.length; ++i) {
    const a = execArgv[i];
    const m = /^--(import|require|loader|experimental-loader)(=(.*))?$/.exec(a);
    if (m) {
      const value = m[2] !== undefined ? m[3] : execArgv[i + 1];
      if (/(^|[\\/])tsx([\\/]|$)/.test(value ?? "")) {
        if (m[2] === undefined) ++i;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
