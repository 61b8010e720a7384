// `sweep <experiment.json> --out <dir>`: runs an experiment (or one shard of
// it) on a worker pool, appending each finished chunk to the shard's Parquet
// and CSV file. Finished chunks are kept; the same command resumes where it stopped.

import {existsSync, mkdirSync, readdirSync, realpathSync, rmSync, statSync} from "node:fs";
import {availableParallelism} from "node:os";
import {dirname, join, relative, resolve} from "node:path";
import {Piscina} from "piscina";
import {planExperiment, type Plan} from "../../experiment/experimentFile.ts";
import {shardRange} from "../../experiment/shards.ts";
import {UsageError, integer, parseFlags, type Flags} from "../args.ts";
import {chunkRows, chunkTask, chunksOf, shardName, type Chunk} from "./chunks.ts";
import {columnsOf, csvHeader, type KeyValue} from "./columns.ts";
import {ShardOutput, removeLeftovers, type EncodedChunk} from "./shardOutput.ts";
import {lockShard, slurmJob, type Lock} from "./lock.ts";
import {handleStops, requeueAfterWarning, exitCode, WARNING_SIGNAL, type Stop} from "./stop.ts";
import {loadExperiment, readJson, writeAtomic} from "./files.ts";
import {FolderError, diskError, experimentDigest, integrityMetadata, shortDigest} from "./integrity.ts";
import {isPlainObject, own, showValue} from "../../input.ts";
import {readFailure, readRegularFile} from "../regularFile.ts";
import {progressMeter} from "../progress.ts";
import {versionMetadata} from "../version.ts";
import {DEFAULT_SLURM_WORKERS, slurmShards, writeSlurm} from "./slurmCommand.ts";
import {bundledModule} from "../bundle.ts";
import type {SweepWorkerData} from "./task.ts";

// Made in chunks.ts (the Slurm estimate sends chunks too); callers and tests take it from here.
export {chunkTask};

export const SWEEP_HELP = `sweep: run an experiment file on a worker pool, streaming rows to Parquet and CSV

  npx tsx sim/cli.ts sweep <experiment.json> --out <dir> [--workers N] [--shard i/N] [--chunk-rows N] [--no-csv] [--progress]
  npx tsx sim/cli.ts sweep <experiment.json> --out <dir> --slurm --shards N [--workers N] [--partition P] [--account A] [--qos Q]
                                                  [--module M]... [--setup "shell line"] [--no-csv]

  --out <dir>       output folder: experiment.json, sweep.json, and per shard shard-<i>of<N>.parquet and .csv
                    (named .partial, with a .journal of finished chunks, while the shard runs)
  --workers N       worker threads (default and at most: the cores this process may use; more is capped with a warning;
                    with --slurm: default ${DEFAULT_SLURM_WORKERS}, the CPUs each task asks for, not capped)
  --shard i/N       run slice i (0-based) of N slices of the design points
  --chunk-rows N    rows per chunk (a row group), the unit of resume (default: about 200,000 values, 1000-10000 rows; fixed at the first run)
  --no-csv          Parquet only, no CSV files (fixed at the first run; merge then writes merged.parquet only)
  --progress        runs done, rate and time left on stderr: the sweep always shows them (a bar on a
                    terminal, a line every 5000 runs otherwise); accepted as merge and summarise take it
  --slurm           write <dir>/sweep.sbatch (a job array over --shards N shards, at most the design's points and the
                    cluster's MaxArraySize), merge.sbatch and submit.sh (submits both, the merge after the array), instead of running
  --partition, --account, --qos   passed to Slurm (#SBATCH lines)
  --module M        module load M before the run (repeatable); --setup "line": one shell line run before it
Interrupted (Ctrl-C, SIGTERM), the same command resumes: finished chunks are kept, nothing is counted twice.
SIGUSR2 (Slurm's warning before the time limit) finishes the chunks in flight first, and under Slurm requeues the task.
Seeds: each run's seed is <seed>/<point's values>/<replication>, so every design point has its own
random numbers, and Saltelli and Morris designs add a dummy parameter (the model never reads it) whose
indices are the noise floor. "commonRandomNumbers": true in the experiment file gives replication r
of every point the seed <seed>/<r> instead: differences between points then carry less noise, but
every point rests on the same random streams (an index describes the model at those streams, and
points are not independent draws), and the dummy could only show 0, so it is off by default then.
Then: merge <dir> (checks every point and replication), summarise <dir>.`;

const OPTIONS = {
  out: {type: "string"}, workers: {type: "string"}, shard: {type: "string"}, "chunk-rows": {type: "string"},
  slurm: {type: "boolean"}, shards: {type: "string"}, "no-csv": {type: "boolean"}, progress: {type: "boolean"}, help: {type: "boolean"},
  partition: {type: "string"}, account: {type: "string"}, qos: {type: "string"}, module: {type: "string", multiple: true}, setup: {type: "string"}
} as const;

export interface SweepMeta {
  chunkRows: number;
  /** false: Parquet only (absent in folders from before the choice: CSV too). */
  csv?: boolean;
  /** The digest of the experiment the folder was started with (absent in folders from before digests). */
  digest?: string;
}

/** Rows per chunk a sweep.json may hold (as --chunk-rows). */
const MAX_CHUNK_ROWS = 10_000_000;

/**
 * A folder's sweep.json, validated like every input file (own keys only, each
 * field checked): a damaged one is one line naming the field, never a loop.
 */
export function readSweepMeta(dir: string): SweepMeta | undefined {
  const path = join(dir, "sweep.json");
  if (!existsSync(path)) return undefined;
  const mend = `; write it back as {"chunkRows": N} with the --chunk-rows the folder was started with (or delete it, then the same sweep command writes it again)`;
  const x = readJson(path, "sweep state file", mend);
  const bad = (field: string, value: unknown, allowed: string) => new FolderError(`invalid ${path}: ${field} = ${showValue(value)} (allowed: ${allowed})${mend}`);
  if (!isPlainObject(x)) throw bad("(file)", x, "a JSON object");
  for (const k of Object.keys(x)) if (k !== "chunkRows" && k !== "csv" && k !== "digest") throw bad(k, x[k], "no such field; fields: chunkRows, csv, digest");
  const rows = own(x, "chunkRows");
  if (typeof rows !== "number" || !Number.isInteger(rows) || rows < 1 || rows > MAX_CHUNK_ROWS) throw bad("chunkRows", rows, `an integer from 1 to ${MAX_CHUNK_ROWS}`);
  const csv = own(x, "csv");
  if (csv !== undefined && typeof csv !== "boolean") throw bad("csv", csv, "true or false");
  const digest = own(x, "digest");
  if (digest !== undefined && !(typeof digest === "string" && /^sha256:[0-9a-f]{64}$/.test(digest))) throw bad("digest", digest, `"sha256:" and 64 hex digits`);
  return {chunkRows: rows, ...(csv === false ? {csv} : {}), ...(digest !== undefined ? {digest} : {})};
}

/** Whether a sweep folder's shards have CSV files beside their Parquet files. */
export function folderHasCsv(dir: string): boolean {
  return readSweepMeta(dir)?.csv !== false;
}

/** Pseudo file systems whose files are no place for results (writing there hangs or fails oddly). */
const SYSTEM_FOLDERS = ["/proc", "/sys", "/dev"];

/** Creates the output folder, or a one-line error: not under /proc, /sys or /dev, and not an existing file. */
export function makeOutFolder(out: string): void {
  let real = out;
  for (let p = out; ; p = dirname(p)) {
    // the nearest existing folder above, with its symlinks resolved
    if (existsSync(p)) { real = join(realpathSync(p), relative(p, out)); break; }
    if (dirname(p) === p) break;
  }
  if (SYSTEM_FOLDERS.some((s) => real === s || real.startsWith(s + "/"))) throw new UsageError(`invalid --out: ${showValue(out, 200)} (allowed: a folder outside ${SYSTEM_FOLDERS.join(", ")}: those are system pseudo file systems)`);
  if (existsSync(out) && !statSync(out).isDirectory()) throw new UsageError(`invalid --out: ${showValue(out, 200)} (allowed: a folder; this is an existing file: name a new or existing folder)`);
  try {
    mkdirSync(out, {recursive: true});
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST" || code === "ENOTDIR") throw new UsageError(`invalid --out: ${showValue(out, 200)} (allowed: a folder; a file stands where a folder of this path would go)`);
    throw e;
  }
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

export function prepareOut(out: string, experiment: object, requestedRows: number | undefined, columns: number, requestedCsv?: boolean, digest?: string): SweepMeta {
  makeOutFolder(out);
  const expPath = join(out, "experiment.json"), metaPath = join(out, "sweep.json");
  const text = JSON.stringify(experiment, null, 2) + "\n";
  if (existsSync(expPath)) {
    let kept: string;
    try {
      kept = readRegularFile(expPath);
    } catch (e) {
      throw new FolderError(`cannot read ${expPath}: ${readFailure(e)}; put back the experiment.json this folder was started with, or use a new --out folder`);
    }
    if (kept !== text) throw new UsageError(`--out ${out} holds the results of a different experiment (its experiment.json differs); use a new folder`);
  }
  let meta: SweepMeta;
  const kept = readSweepMeta(out);
  if (kept) {
    meta = kept;
    if (requestedRows !== undefined && requestedRows !== meta.chunkRows) throw new UsageError(`invalid --chunk-rows: ${requestedRows} (allowed: ${meta.chunkRows}, the size this folder was started with)`);
    if (requestedCsv === false && meta.csv !== false) throw new UsageError(`invalid --no-csv: this folder was started with CSV files (allowed: the same command without --no-csv, or a new --out folder)`);
    // experiment.json edited in the folder, then swept as it is: its rows must not join the first experiment's
    if (digest !== undefined && meta.digest !== undefined && meta.digest !== digest)
      throw new FolderError(`${expPath} is not the experiment this folder's sweep was started with (${shortDigest(meta.digest)}… in sweep.json, ${shortDigest(digest)}… now): put back the experiment.json it was started with (a finished shard keeps a copy in its metadata), or sweep the edited experiment into a new folder`);
  } else meta = {chunkRows: requestedRows ?? defaultChunkRows(columns), ...(requestedCsv === false ? {csv: false} : {}), ...(digest !== undefined ? {digest} : {})};
  if (!existsSync(expPath)) writeAtomic(expPath, text);
  if (!kept) writeAtomic(metaPath, JSON.stringify(meta) + "\n");
  return meta;
}

/** The chunks of one shard. */
export function shardChunks(plan: Plan, shard: number, shards: number, rows: number): Chunk[] {
  const {from, to} = shardRange(plan.design.size, shard, shards);
  return chunksOf(from, to, plan.experiment.replications, rows);
}

/**
 * Worker threads: as asked, but at most the cores this process may use. More
 * threads than cores only share them, each with its own heap: 64 on 2 cores
 * took 1.8 GB and ran 4.4 times slower than 2.
 */
export function workerCount(requested: number | undefined, cores: number, err: (s: string) => void): number {
  if (requested === undefined) return cores;
  if (requested <= cores) return requested;
  err(`warning: --workers ${requested} is more than the ${cores} cores this process may use; using ${cores}\n`);
  return cores;
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
    // The cluster's cores, not this machine's: --workers is not capped here.
    const slurm = slurmShards(f, plan, dir, err);
    const meta = prepareOut(dir, experiment, requestedRows, plan.columns.length, f["no-csv"] ? false : undefined, experimentDigest(plan.experiment));
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
  const requestedWorkers = integer(f, "workers", 1, 256);
  const requestedRows = integer(f, "chunk-rows", 1, 10_000_000);
  const experiment = loadExperiment(file);
  const plan = planExperiment(experiment);
  const dir = resolve(outDir);
  const {shard, shards} = parseShard(f);
  const workers = workerCount(requestedWorkers, availableParallelism(), err);
  const meta = prepareOut(dir, experiment, requestedRows, plan.columns.length, f["no-csv"] ? false : undefined, experimentDigest(plan.experiment));
  const csv = meta.csv !== false;
  const files = csv ? ".parquet and .csv" : ".parquet";
  const label = shards > 1 ? ` (shard ${shard}/${shards})` : "";
  const stem = shardName(shard, shards);
  const shardFile = join(dir, stem);
  const {from, to} = shardRange(plan.design.size, shard, shards);
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
    // a damaged partial file or journal (a folder, a FIFO, an unreadable file) is named, with what to do
    if (e instanceof UsageError || diskError(e, "") || typeof (e as NodeJS.ErrnoException).code !== "string") throw e;
    throw new FolderError(`cannot resume ${stem} in ${dir} (${(e as NodeJS.ErrnoException).code}${(e as NodeJS.ErrnoException).path ? ` at ${(e as NodeJS.ErrnoException).path}` : ""}): delete ${stem}.journal and ${stem}.*.partial, then run the same command to run the shard again`);
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
    if (!stopped) output.finish(kvMetadata(experiment, shard, shards, integrityMetadata(plan.experiment, total)));
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
          const r = (await pool.run(chunkTask(plan, c))) as EncodedChunk;
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

function kvMetadata(experiment: object, shard: number, shards: number, integrity: KeyValue[]) {
  return [
    {key: "experiment", value: JSON.stringify(experiment)},
    ...integrity,
    ...versionMetadata(),
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
