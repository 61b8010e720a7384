// Measurements behind the requests of `sweep --slurm`: time per run and the
// memory of one worker, taken on a worker thread running the sweep's own task
// module after a warm-up (a cold start costs tens of times a warm run), and
// the cluster's MaxArraySize.

import {spawnSync} from "node:child_process";
import {Piscina} from "piscina";
import {designBytes} from "../../experiment/design/build.ts";
import type {Plan} from "../../experiment/experimentFile.ts";
import {chunkRows, chunkTask, chunksOf, type Chunk} from "./chunks.ts";
import {DEFAULT_MAX_ARRAY_SIZE, MEMORY_MARGIN, parseMaxArraySize} from "./slurm.ts";
import type {SweepWorkerData} from "./task.ts";

export interface Warm {
  /** Mean milliseconds per run over the timed chunks (time adds up over runs: a mean, not a median). */
  msPerRun: number;
  /** Chunks and runs timed (after the warm-up). */
  timedChunks: number;
  timedRuns: number;
  /** Peak growth of the process's resident memory while one worker started and ran the chunks, MB. */
  workerPeakMb: number;
}

const TIMED_CHUNKS = 5;
const TARGET_CHUNK_MS = 300;
const WARMUP_MS = 2000;

/** Times the experiment's first runs on one worker: 2 s of warm-up, then up to five timed chunks of about 0.3 s spread over the design. */
export async function warmEstimate(experiment: object, plan: Plan, taskModule: string, csv: boolean): Promise<Warm> {
  const reps = plan.experiment.replications, points = plan.design.size;
  const workerData: SweepWorkerData = {experiment, progress: new SharedArrayBuffer(4), csv};
  const rss0 = process.memoryUsage().rss;
  let peak = rss0;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const pool = new Piscina({filename: taskModule, workerData, minThreads: 1, maxThreads: 1, resourceLimits: {maxYoungGenerationSizeMb: 16}});
  try {
    const time = async (c: Chunk) => {
      const t0 = performance.now();
      await pool.run(chunkTask(plan, c));
      return (performance.now() - t0) / chunkRows(c);
    };
    // Warm-up: 2 s of chunks of the first runs, each sized from the last. A fast model gets faster for
    // thousands of runs as the JIT compiler optimises it (classic: 0.42 ms a run at first, 0.08 after 8,000).
    const rowsFor = (ms: number) => Math.max(1, Math.min(50_000, Math.round(TARGET_CHUNK_MS / Math.max(ms, 1e-4))));
    let last = await time(chunksOf(0, points, reps, Math.min(20, points * reps))[0]);
    for (let spent = 0; spent < WARMUP_MS; ) {
      const c = chunksOf(0, points, reps, rowsFor(last))[0];
      last = await time(c);
      spent += last * chunkRows(c);
    }
    // Timed chunks spread over the design: runs of some points cost many times those of others.
    const chunks = chunksOf(0, points, reps, rowsFor(last));
    const timed = chunks.length <= TIMED_CHUNKS ? chunks : Array.from({length: TIMED_CHUNKS}, (_, k) => chunks[Math.floor(((k + 0.5) * chunks.length) / TIMED_CHUNKS)]);
    const ms: number[] = [];
    for (const c of timed) ms.push(await time(c));
    peak = Math.max(peak, process.memoryUsage().rss);
    return {msPerRun: ms.reduce((a, b) => a + b, 0) / ms.length, timedChunks: ms.length, timedRuns: timed.reduce((n, c) => n + chunkRows(c), 0), workerPeakMb: (peak - rss0) / 2 ** 20};
  } finally {
    clearInterval(sampler);
    await pool.destroy();
  }
}

/** Megabytes the planned design holds in the main thread (its table: see designBytes); workers get each chunk's values with the chunk. */
export function designMb(plan: Plan): number {
  return designBytes(plan.experiment.design, plan.factors) / 2 ** 20;
}

/** Bytes of one encoded chunk in flight (its Parquet row group and CSV lines), from the measured row size. */
const chunkMb = (rows: number, columns: number) => (rows * columns * 24) / 2 ** 20;

/**
 * Memory of one task's process tree, MB: Node and the main thread (120 MB), the
 * design's table in the main thread (workers never plan it), each worker's measured peak,
 * and two chunks per worker in flight plus as many waiting to be written; times MEMORY_MARGIN, in steps of 64 MB.
 */
export function memoryRequest(workers: number, workerPeakMb: number, design: number, chunkRowsN: number, columns: number): number {
  const tree = 120 + design + workers * workerPeakMb + 4 * workers * chunkMb(chunkRowsN, columns);
  return Math.max(512, Math.ceil((MEMORY_MARGIN * tree) / 64) * 64);
}

/** The cluster's MaxArraySize (scontrol show config), or Slurm's default where it cannot be read. */
export function maxArraySize(env: NodeJS.ProcessEnv = process.env, run = spawnSync): {value: number; source: string} {
  try {
    const r = run("scontrol", ["show", "config"], {encoding: "utf8", timeout: 10_000, env});
    const v = r.status === 0 ? parseMaxArraySize(String(r.stdout)) : undefined;
    if (v !== undefined) return {value: v, source: "scontrol show config"};
  } catch {
    // no Slurm here
  }
  return {value: DEFAULT_MAX_ARRAY_SIZE, source: "Slurm's default; scontrol show config could not be read here"};
}
