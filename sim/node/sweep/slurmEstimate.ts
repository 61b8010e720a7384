// Measurements behind the requests of `sweep --slurm`: time per run and the
// memory of one worker, taken on a worker thread running the sweep's own task
// module after a warm-up (a cold start costs tens of times a warm run), and
// the cluster's MaxArraySize.

import {spawnSync} from "node:child_process";
import {Piscina} from "piscina";
import type {Plan} from "../../experiment/experimentFile.ts";
import {chunkRows, chunksOf, type Chunk} from "./chunks.ts";
import {DEFAULT_MAX_ARRAY_SIZE, MEMORY_MARGIN, parseMaxArraySize} from "./slurm.ts";
import type {SweepWorkerData} from "./task.ts";

export interface Warm {
  /** Median milliseconds per run over the timed chunks. */
  msPerRun: number;
  /** Chunks and runs timed (after the warm-up). */
  timedChunks: number;
  timedRuns: number;
  /** Peak growth of the process's resident memory while one worker started and ran the chunks, MB. */
  workerPeakMb: number;
}

const TIMED_CHUNKS = 3;
const TARGET_CHUNK_MS = 300;

/** Times the experiment's first runs on one worker: a warm-up chunk, then up to three timed chunks of about 0.3 s. */
export async function warmEstimate(experiment: object, plan: Plan, taskModule: string, csv: boolean): Promise<Warm> {
  const reps = plan.experiment.replications, points = plan.points.length;
  const workerData: SweepWorkerData = {experiment, progress: new SharedArrayBuffer(4), csv};
  const rss0 = process.memoryUsage().rss;
  let peak = rss0;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const pool = new Piscina({filename: taskModule, workerData, minThreads: 1, maxThreads: 1, resourceLimits: {maxYoungGenerationSizeMb: 16}});
  try {
    const time = async (c: Chunk) => {
      const t0 = performance.now();
      await pool.run(c);
      return (performance.now() - t0) / chunkRows(c);
    };
    // Two warm-up chunks, the second sized from the first, then chunks sized from the second.
    const sized = (ms: number, skip: number) => chunksOf(0, points, reps, Math.max(1, Math.min(5000, Math.round(TARGET_CHUNK_MS / Math.max(ms, 0.001))))).slice(skip);
    const cold = await time(chunksOf(0, points, reps, Math.min(20, points * reps))[0]);
    const warm = await time(sized(cold, 0)[0]);
    const rest = sized(warm, 1);
    const timed = (rest.length ? rest : sized(warm, 0)).slice(0, TIMED_CHUNKS);
    const ms: number[] = [];
    const t0 = performance.now();
    for (const c of timed) if (ms.length === 0 || performance.now() - t0 < 3 * TARGET_CHUNK_MS * 2) ms.push(await time(c));
    ms.sort((a, b) => a - b);
    peak = Math.max(peak, process.memoryUsage().rss);
    return {msPerRun: ms[Math.floor(ms.length / 2)], timedChunks: ms.length, timedRuns: timed.slice(0, ms.length).reduce((n, c) => n + chunkRows(c), 0), workerPeakMb: (peak - rss0) / 2 ** 20};
  } finally {
    clearInterval(sampler);
    await pool.destroy();
  }
}

/** Megabytes the design's points take in one process (about 90 bytes a point and 24 a value: 138 measured for two parameters). */
export function designMb(points: number, parameters: number): number {
  return (points * (90 + 24 * parameters)) / 2 ** 20;
}

/** Bytes of one encoded chunk in flight (its Parquet row group and CSV lines), from the measured row size. */
const chunkMb = (rows: number, columns: number) => (rows * columns * 24) / 2 ** 20;

/**
 * Memory of one task's process tree, MB: Node and the main thread (120 MB), the
 * design in the main thread and in each worker, each worker's measured peak,
 * and two chunks per worker in flight plus as many waiting to be written; times MEMORY_MARGIN, in steps of 64 MB.
 */
export function memoryRequest(workers: number, workerPeakMb: number, design: number, chunkRowsN: number, columns: number): number {
  const tree = 120 + design * (1 + workers) + workers * workerPeakMb + 4 * workers * chunkMb(chunkRowsN, columns);
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
