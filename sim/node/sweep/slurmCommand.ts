// `sweep <experiment.json> --out <dir> --slurm --shards N`: builds the command
// line into one bundle (with its workers' module), measures a warm time per
// run and a worker's memory, and writes sweep.sbatch, merge.sbatch and
// submit.sh into the output folder.

import {chmodSync} from "node:fs";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import type {Plan} from "../../experiment/experimentFile.ts";
import {shardRange} from "../../experiment/shards.ts";
import {UsageError, integer, type Flags} from "../args.ts";
import {bundledModule, esbuildBundle} from "../bundle.ts";
import {writeAtomic} from "./files.ts";
import {capShards, mergeScript, sbatchPath, shellQuote, slurmFlags, submitScript, sweepScript, type SlurmJob} from "./slurm.ts";
import {designMb, maxArraySize, memoryRequest, warmEstimate} from "./slurmEstimate.ts";

/** Workers (CPUs per task) when --workers is not given: a small request is scheduled sooner. */
export const DEFAULT_SLURM_WORKERS = 2;

/** The command line as one module for the compute nodes, with its workers' module built beside it; undefined when esbuild is not there. */
export function cliBundle(): {cli: string; task: string} | undefined {
  const task = bundledModule(new URL("./task.ts", import.meta.url));
  if (task === undefined) return undefined;
  const cli = bundledModule(new URL("../../cli.ts", import.meta.url), (entry) => esbuildBundle(entry, {__SWEEP_TASK_MODULE__: JSON.stringify(task)}));
  return cli === undefined ? undefined : {cli: fileURLToPath(cli), task};
}

/** The number of shards asked for, checked and capped, the other Slurm flags checked and the bundle built: nothing is written before. */
export function slurmShards(f: Flags, plan: Plan, dir: string, err: (s: string) => void) {
  const requested = integer(f, "shards", 1, 100000);
  if (requested === undefined) throw new UsageError("--slurm needs --shards N (the job array's size)");
  if (f.shard !== undefined) throw new UsageError("--slurm writes a script for all shards; leave out --shard");
  const workers = integer(f, "workers", 1, 256, DEFAULT_SLURM_WORKERS)!;
  const flags = slurmFlags(f);
  sbatchPath(dir);
  const max = maxArraySize();
  const {shards, note} = capShards(requested, plan.design.size, max.value, max.source);
  const bundle = cliBundle();
  if (!bundle) throw new UsageError("--slurm could not build the command line bundle for the compute nodes (allowed: a checkout with its devDependencies installed, esbuild among them, on the machine that writes the script)");
  if (note) err(`note: ${note}\n`);
  return {shards, workers, flags, bundle};
}

export async function writeSlurm(o: {
  experiment: object; plan: Plan; dir: string; chunkRows: number; csv: boolean;
  shards: number; workers: number; flags: ReturnType<typeof slurmFlags>; bundle: {cli: string; task: string};
}, out: (s: string) => void): Promise<void> {
  const {plan, dir, shards, workers, bundle} = o;
  const warm = await warmEstimate(o.experiment, plan, bundle.task, o.csv);
  const reps = plan.experiment.replications, points = plan.design.size;
  let shardPoints = 0;
  for (let s = 0; s < shards; ++s) {
    const r = shardRange(points, s, shards);
    shardPoints = Math.max(shardPoints, r.to - r.from);
  }
  const design = designMb(plan);
  const memoryMb = memoryRequest(workers, warm.workerPeakMb, design, o.chunkRows, plan.columns.length);
  const job: SlurmJob = {
    ...o.flags, id: plan.experiment.id, runs: points * reps, shards, shardRuns: shardPoints * reps, workers, chunkRows: o.chunkRows, csv: o.csv,
    dir, experiment: join(dir, "experiment.json"), root: fileURLToPath(new URL("../../../", import.meta.url)), cli: bundle.cli,
    msPerRun: warm.msPerRun, memoryMb, mergeMemoryMb: memoryRequest(1, warm.workerPeakMb, design, o.chunkRows, plan.columns.length),
    notes: [
      `Timed at ${warm.msPerRun.toFixed(3)} ms per run: the mean of ${warm.timedChunks} chunks spread over the design (${warm.timedRuns} runs) after 2 s of warm-up, on one worker of the machine that wrote this.`,
      `Memory: one worker's measured peak ${Math.ceil(warm.workerPeakMb)} MB x ${workers} workers, the design's table (${design.toFixed(1)} MB in the main thread, ${points} points), chunks in flight, Node.`
    ]
  };
  const files = {sweep: join(dir, "sweep.sbatch"), merge: join(dir, "merge.sbatch"), submit: join(dir, "submit.sh")};
  writeAtomic(files.sweep, sweepScript(job));
  writeAtomic(files.merge, mergeScript(job));
  writeAtomic(files.submit, submitScript(job));
  chmodSync(files.submit, 0o755);
  out(`wrote ${files.sweep}, ${files.merge} and ${files.submit}\nsubmit both (the merge runs after every task has ended well): bash ${shellQuote(files.submit)}\nor the array alone: sbatch ${shellQuote(files.sweep)}\n`);
}
