// `sweep --slurm`: the text of the job array script (sweep.sbatch), of the
// merge job chained after it (merge.sbatch) and of submit.sh, which submits
// both. The tasks run `node` on the command line's own bundle (no npx, tsx or
// devDependencies on the compute nodes), ask for a warning signal before the
// time limit (the sweep then finishes the chunks in flight and requeues the
// task) and may be requeued. Every path is quoted.

import {UsageError} from "../args.ts";
import {showValue} from "../../input.ts";
import {WARNING_SIGNAL} from "./stop.ts";

/** The time request is this many times the warm estimate (cluster cores may be slower than the writing machine's), */
export const TIME_MARGIN = 2;
/** plus this many seconds for start-up and the wait between the warning and the limit. */
export const TIME_SLACK_S = 300;
/** The memory request is this many times the estimate of the largest process tree. */
export const MEMORY_MARGIN = 1.5;
/** MaxArraySize when the cluster's cannot be read (Slurm's default). */
export const DEFAULT_MAX_ARRAY_SIZE = 1001;
/** Slurm sends the warning signal up to a minute early or late; warn at least this long before the limit. */
const MIN_WARNING_S = 120;

export interface SlurmFlags {
  partition?: string;
  account?: string;
  qos?: string;
  modules: string[];
  setup?: string;
}

export interface SlurmJob extends SlurmFlags {
  id: string;
  runs: number;
  shards: number;
  /** Runs of the largest shard. */
  shardRuns: number;
  workers: number;
  chunkRows: number;
  csv: boolean;
  /** Absolute paths: the output folder, its experiment.json, the project root, the command line bundle. */
  dir: string;
  experiment: string;
  root: string;
  cli: string;
  /** Warm estimate, and the memory requests in MB. */
  msPerRun: number;
  memoryMb: number;
  mergeMemoryMb: number;
  /** How the estimates were made, for the script's header. */
  notes: string[];
}

/** A value for the shell, in single quotes. */
export const shellQuote = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;

/**
 * A path for an #SBATCH line, in double quotes (sbatch's own reader): % is
 * doubled (a file name pattern otherwise). Paths sbatch cannot take are refused.
 */
export function sbatchPath(dir: string, pattern = ""): string {
  if (/["\\\n\r\0]/.test(dir)) throw new UsageError(`invalid --out for --slurm: ${showValue(dir)} (allowed: a folder whose path has no double quote, backslash or line break, which #SBATCH lines cannot hold)`);
  return `"${dir.replace(/%/g, "%%")}${pattern}"`;
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9_.,+:-]*$/;
const MODULE = /^[A-Za-z0-9_][A-Za-z0-9_.+\/:@-]*$/;

/** The Slurm flags of `sweep --slurm`, each checked, with a one-line error naming it. */
export function slurmFlags(f: Record<string, unknown>): SlurmFlags {
  const out: SlurmFlags = {modules: []};
  for (const key of ["partition", "account", "qos"] as const) {
    const v = Object.hasOwn(f, key) ? f[key] : undefined;
    if (v === undefined) continue;
    if (typeof v !== "string" || v.length > 200 || !NAME.test(v)) throw new UsageError(`invalid --${key}: ${showValue(v)} (allowed: a Slurm name of letters, digits and _ . , + : -, e.g. --${key}=normal)`);
    out[key] = v;
  }
  const modules = Object.hasOwn(f, "module") ? f.module : undefined;
  for (const m of (Array.isArray(modules) ? modules : modules === undefined ? [] : [modules]) as unknown[]) {
    if (typeof m !== "string" || m.length > 200 || !MODULE.test(m)) throw new UsageError(`invalid --module: ${showValue(m)} (allowed: a module name such as nodejs/20.11.0, one per --module; the script runs module load for each)`);
    out.modules.push(m);
  }
  const setup = Object.hasOwn(f, "setup") ? f.setup : undefined;
  if (setup !== undefined) {
    if (typeof setup !== "string" || !setup.trim() || /[\n\r\0]/.test(setup) || setup.length > 2000) throw new UsageError(`invalid --setup: ${showValue(setup)} (allowed: one shell line run before the sweep, e.g. --setup "source ~/env.sh")`);
    out.setup = setup;
  }
  return out;
}

/** MaxArraySize from `scontrol show config` output, or undefined. */
export function parseMaxArraySize(config: string): number | undefined {
  const m = /^\s*MaxArraySize\s*=\s*(\d+)\s*$/m.exec(config);
  const n = m ? Number(m[1]) : NaN;
  return Number.isInteger(n) && n >= 1 ? n : undefined;
}

/** The number of shards: at most the design's points and the cluster's MaxArraySize (indices 0..N-1 must be below it). */
export function capShards(requested: number, points: number, maxArraySize: number, source: string): {shards: number; note?: string} {
  const cap = Math.min(points, maxArraySize);
  if (requested <= cap) return {shards: requested};
  const why = points <= maxArraySize ? `the design's ${points} points` : `the cluster's MaxArraySize ${maxArraySize} (${source})`;
  return {shards: cap, note: `--shards ${requested} capped at ${cap}, ${why}`};
}

/** Seconds as Slurm's days-hours:minutes:seconds, rounded up to whole minutes. */
export function slurmTime(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  const d = Math.floor(minutes / 1440), h = Math.floor((minutes % 1440) / 60), m = minutes % 60;
  return `${d}-${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}:00`;
}

/** The time and warning requests of one task, in seconds, from the warm estimate. */
export function timeRequest(job: Pick<SlurmJob, "shardRuns" | "workers" | "chunkRows" | "msPerRun">): {estimate: number; warning: number; limit: number} {
  const estimate = (job.shardRuns * job.msPerRun) / 1000 / job.workers;
  // The chunks in flight when the warning comes (two per worker, each on its own worker) are finished first.
  const warning = Math.min(65535, Math.max(MIN_WARNING_S, Math.ceil(60 + TIME_MARGIN * 2 * job.chunkRows * job.msPerRun / 1000)));
  return {estimate, warning, limit: Math.ceil(TIME_MARGIN * estimate + warning + TIME_SLACK_S)};
}

function sbatchOptions(job: SlurmJob): string {
  return ["partition", "account", "qos"].flatMap((k) => (job[k as keyof SlurmFlags] ? [`#SBATCH --${k}=${job[k as keyof SlurmFlags] as string}\n`] : [])).join("");
}

/** Module loads, the set-up line, the project folder and a check that node is there. */
function prelude(job: SlurmJob): string {
  let s = "set -eo pipefail\n";
  if (job.modules.length) {
    s += "type module >/dev/null 2>&1 || . /etc/profile\n";
    for (const m of job.modules) s += `module load ${shellQuote(m)}\n`;
  }
  if (job.setup) s += `${job.setup}\n`;
  s += "set -u\n";
  s += `cd ${shellQuote(job.root)}\n`;
  s += `command -v node >/dev/null || { echo "node is not on PATH on $(hostname): add --module or --setup to sweep --slurm" >&2; exit 127; }\n`;
  return s;
}

export function sweepScript(job: SlurmJob): string {
  const t = timeRequest(job);
  const signal = WARNING_SIGNAL.replace(/^SIG/, "");
  return `#!/bin/bash
# Slurm job array for experiment ${job.id}: ${job.runs} runs in ${job.shards} shards (at most ${job.shardRuns} runs each).
${job.notes.map((n) => `# ${n}\n`).join("")}# Time per task: ${TIME_MARGIN} x the warm estimate (${Math.ceil(t.estimate)} s) + the warning (${t.warning} s) + ${TIME_SLACK_S} s.
# ${t.warning} s before the limit Slurm sends ${signal}: the task finishes its chunks in flight and requeues itself;
# it resumes where it stopped. To run one task again: sbatch --array=<i> ${shellQuote(`${job.dir}/sweep.sbatch`)}
# Submit with the merge chained after it: bash ${shellQuote(`${job.dir}/submit.sh`)}
#SBATCH --job-name=${job.id.replace(/[^A-Za-z0-9_.-]/g, "_").slice(0, 40)}
#SBATCH --array=0-${job.shards - 1}
#SBATCH --cpus-per-task=${job.workers}
#SBATCH --mem=${job.memoryMb}M
#SBATCH --time=${slurmTime(t.limit)}
#SBATCH --signal=B:${signal}@${t.warning}
#SBATCH --requeue
#SBATCH --open-mode=append
#SBATCH --output=${sbatchPath(job.dir, "/slurm-%A_%a.log")}
${sbatchOptions(job)}${prelude(job)}exec node ${shellQuote(job.cli)} sweep ${shellQuote(job.experiment)} --out ${shellQuote(job.dir)} --shard "$SLURM_ARRAY_TASK_ID/${job.shards}" --workers "\${SLURM_CPUS_PER_TASK:-${job.workers}}" --chunk-rows ${job.chunkRows}${job.csv ? "" : " --no-csv"}
`;
}

export function mergeScript(job: SlurmJob): string {
  // merge reads every row once: a tenth of the sweep's time per run is generous, at least 10 minutes
  const seconds = Math.max(600, Math.ceil(TIME_MARGIN * job.runs * Math.max(0.01, job.msPerRun / 10) / 1000) + TIME_SLACK_S);
  return `#!/bin/bash
# Merges the shards of ${job.id} once every task of the array has ended well (submit.sh chains it with --dependency=afterok).
#SBATCH --job-name=${job.id.replace(/[^A-Za-z0-9_.-]/g, "_").slice(0, 34)}-merge
#SBATCH --cpus-per-task=1
#SBATCH --mem=${job.mergeMemoryMb}M
#SBATCH --time=${slurmTime(seconds)}
#SBATCH --output=${sbatchPath(job.dir, "/slurm-merge-%j.log")}
${sbatchOptions(job)}${prelude(job)}exec node ${shellQuote(job.cli)} merge ${shellQuote(job.dir)}
`;
}

export function submitScript(job: SlurmJob): string {
  return `#!/bin/bash
# Submits the job array of ${job.id}, then its merge, which starts once every task has ended well.
# Options given to this script go to the array's sbatch (e.g. bash submit.sh --time=2:00:00).
set -euo pipefail
array=$(sbatch --parsable "$@" ${shellQuote(`${job.dir}/sweep.sbatch`)})
array=\${array%%;*}
merge=$(sbatch --parsable --dependency=afterok:"$array" ${shellQuote(`${job.dir}/merge.sbatch`)})
merge=\${merge%%;*}
echo "submitted job array $array and merge job $merge (it runs when every task of $array has ended well)"
`;
}
