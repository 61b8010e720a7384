// The worker's task: run one chunk and return it encoded as Parquet (a part:
// the unit of resume; the shard's file, joined from its parts, adds the CSV).
// The experiment, metadata and a shared progress counter come once per worker
// (workerData); the plan is built once per worker.

import {workerData} from "node:worker_threads";
import {planExperiment, runPointRows, type Plan} from "../../experiment/experimentFile.ts";
import type {Chunk} from "./chunks.ts";
import {Batch, batchParquet, columnsOf, type KeyValue} from "./columns.ts";

export interface SweepWorkerData {
  experiment: object;
  kvMetadata: KeyValue[];
  /** Int32 runs-done counter shared with the main thread (progress bar). */
  progress: SharedArrayBuffer;
}

let plan: Plan | undefined;

export default function runChunk(chunk: Chunk): {parquet: Uint8Array; rows: number} {
  const data = workerData as SweepWorkerData;
  plan ??= planExperiment(data.experiment);
  const counter = new Int32Array(data.progress);
  const batch = new Batch(columnsOf(plan));
  for (let p = chunk.from; p < chunk.to; ++p)
    runPointRows(plan, plan.points[p], chunk.repFrom, chunk.repTo, (row) => {
      batch.push(row);
      Atomics.add(counter, 0, 1);
    });
  return {parquet: batchParquet(batch, data.kvMetadata), rows: batch.length};
}
