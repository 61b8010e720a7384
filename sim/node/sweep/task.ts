// The worker's task: run one chunk and return it encoded, as a Parquet row
// group and CSV lines, ready to be appended to the shard's files (see
// shardOutput.ts): encoding happens here, on the workers, once per row.
// The experiment and a shared progress counter come once per worker
// (workerData); the plan, the column buffers and the row's cells are made once
// per worker and reused, so a run costs no row object.

import {workerData} from "node:worker_threads";
import {planExperiment, runPointRuns, type Plan} from "../../experiment/experimentFile.ts";
import type {Chunk} from "./chunks.ts";
import {Batch, columnsOf, CsvEncoder, encodeRowGroup} from "./columns.ts";
import type {EncodedChunk} from "./shardOutput.ts";

export interface SweepWorkerData {
  experiment: object;
  /** Int32 runs-done counter shared with the main thread (progress bar). */
  progress: SharedArrayBuffer;
  /** Whether to encode CSV lines too (false: Parquet only). */
  csv: boolean;
}

interface State {
  plan: Plan;
  batch: Batch;
  csv: CsvEncoder;
  /** One row's cells in column order, refilled for every run. */
  cells: unknown[];
  /** Per column: where its cell comes from (as runPointRows fills a row: measures, then seed, replication, factors, point id). */
  roles: {kind: "point" | "factor" | "replication" | "seed" | "measure"; key: string}[];
}

let state: State | undefined;

function setUp(experiment: object): State {
  const plan = planExperiment(experiment);
  const measures = new Set(plan.experiment.measures), factors = new Set(plan.factors.map((f) => f.key));
  const roles = plan.columns.map((key) => ({
    key,
    kind: measures.has(key) ? "measure" as const : key === "seed" ? "seed" as const : key === "replication" ? "replication" as const : factors.has(key) ? "factor" as const : "point" as const
  }));
  const columns = columnsOf(plan);
  return {plan, batch: new Batch(columns), csv: new CsvEncoder(columns), cells: new Array(columns.length), roles};
}

export default function runChunk(chunk: Chunk): EncodedChunk {
  const data = workerData as SweepWorkerData;
  const s = (state ??= setUp(data.experiment));
  const {batch, cells, roles} = s;
  batch.clear();
  const counter = new Int32Array(data.progress);
  const k = roles.length;
  for (let p = chunk.from; p < chunk.to; ++p) {
    const point = s.plan.points[p];
    for (let c = 0; c < k; ++c) {
      const role = roles[c];
      if (role.kind === "point") cells[c] = point.id;
      else if (role.kind === "factor") cells[c] = point.values[role.key];
    }
    runPointRuns(s.plan, point, chunk.repFrom, chunk.repTo, (r, seed, measures) => {
      for (let c = 0; c < k; ++c) {
        const kind = roles[c].kind;
        if (kind === "measure") cells[c] = measures[roles[c].key];
        else if (kind === "seed") cells[c] = seed;
        else if (kind === "replication") cells[c] = r;
      }
      batch.pushCells(cells);
      Atomics.add(counter, 0, 1);
    });
  }
  return {index: chunk.index, rows: batch.length, parquet: encodeRowGroup(batch), csv: data.csv ? s.csv.encode(batch) : new Uint8Array(0)};
}
