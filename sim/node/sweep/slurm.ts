// `sweep --slurm`: an sbatch script for a job array over the shards, with a
// time request from a short timing of the experiment's own first runs and a
// memory request from the sweep's flat footprint.

import {fileURLToPath} from "node:url";
import {runPointRows, type Plan} from "../../experiment/experimentFile.ts";
import {designBytes} from "../../experiment/design/build.ts";

/** Milliseconds per run, timed on up to 200 runs (at most about 2 s) of the first points. */
export function timePerRun(plan: Plan): number {
  const t0 = performance.now();
  let runs = 0;
  outer: for (let id = 0; id < plan.design.size; ++id) {
    const p = plan.design.point(id);
    for (let r = 0; r < plan.experiment.replications; ++r) {
      runPointRows(plan, p, r, r + 1, () => ++runs);
      if (runs >= 200 || performance.now() - t0 > 2000) break outer;
    }
  }
  return (performance.now() - t0) / Math.max(1, runs);
}

function hms(minutes: number): string {
  const d = Math.floor(minutes / 1440), h = Math.floor((minutes % 1440) / 60), m = minutes % 60;
  return `${d}-${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}:00`;
}

export interface SlurmOptions {
  dir: string;
  experiment: string;
  shards: number;
  workers: number;
  chunkRows: number;
  /** false: Parquet only (--no-csv). */
  csv?: boolean;
  /** Measured ms per run (timed here when not given). */
  msPerRun?: number;
}

const quote = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;

export function slurmScript(plan: Plan, o: SlurmOptions): string {
  const runs = plan.design.size * plan.experiment.replications;
  const perShard = Math.ceil(runs / o.shards);
  const ms = o.msPerRun ?? timePerRun(plan);
  // Three times the estimate (cluster cores differ, starts cost) plus 10 minutes.
  const minutes = Math.ceil((3 * perShard * ms) / o.workers / 60000) + 10;
  // Flat memory: Node and the pool (about 150 MB) plus two chunks per worker, and the design's table
  // (planned once, in the main thread: workers are given their points).
  const memory = 512 + 256 * o.workers + Math.ceil(designBytes(plan.experiment.design, plan.factors) / 2 ** 20);
  const root = fileURLToPath(new URL("../../../", import.meta.url));
  return `#!/bin/bash
# Slurm job array for experiment ${plan.experiment.id}: ${runs} runs in ${o.shards} shards
# (about ${perShard} runs each, timed at ${ms.toFixed(3)} ms per run on the machine that wrote this).
# Submit: sbatch ${o.dir}/sweep.sbatch     Then: npx tsx sim/cli.ts merge ${o.dir}
# A task that stops early resumes when resubmitted: sbatch --array=<i> ${o.dir}/sweep.sbatch
#SBATCH --job-name=${plan.experiment.id.slice(0, 40)}
#SBATCH --array=0-${o.shards - 1}
#SBATCH --cpus-per-task=${o.workers}
#SBATCH --mem=${memory}M
#SBATCH --time=${hms(minutes)}
#SBATCH --output=${o.dir}/slurm-%A_%a.log
set -euo pipefail
cd ${quote(root)}
exec npx tsx sim/cli.ts sweep ${quote(o.experiment)} --out ${quote(o.dir)} --shard "$SLURM_ARRAY_TASK_ID/${o.shards}" --workers "\${SLURM_CPUS_PER_TASK:-${o.workers}}" --chunk-rows ${o.chunkRows}${o.csv === false ? " --no-csv" : ""}
`;
}
