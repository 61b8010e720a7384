// The worker's task: run one chunk and return it encoded, as a Parquet row
// group and CSV lines, ready to be appended to the shard's files (see
// shardOutput.ts): encoding happens here, on the workers, once per row.
// The experiment and a shared progress counter come once per worker
// (workerData); the plan is built once per worker.

import {workerData} from "node:worker_threads";
import {planExperiment, runPointRows, type Plan} from "../../experiment/experimentFile.ts";
import type {Chunk} from "./chunks.ts";
import {Batch, batchCsv, columnsOf, encodeRowGroup} from "./columns.ts";
import type {EncodedChunk} from "./shardOutput.ts";

export interface SweepWorkerData {
  experiment: object;
  /** Int32 runs-done counter shared with the main thread (progress bar). */
  progress: SharedArrayBuffer;
}

let plan: Plan | undefined;
let batch: Batch | undefined;
const utf8 = new TextEncoder();

export default function runChunk(chunk: Chunk): EncodedChunk {
  const data = workerData as SweepWorkerData;
  plan ??= planExperiment(data.experiment);
  batch ??= new Batch(columnsOf(plan));
  batch.clear();
  const counter = new Int32Array(data.progress);
  const b = batch;
  for (let p = chunk.from; p < chunk.to; ++p)
    runPointRows(plan, plan.points[p], chunk.repFrom, chunk.repTo, (row) => {
      b.push(row);
      Atomics.add(counter, 0, 1);
    });
  return {index: chunk.index, rows: b.length, parquet: encodeRowGroup(b), csv: utf8.encode(batchCsv(b, false))};
}
