// The worker's task: run one chunk and return it encoded, as a Parquet row
// group and CSV lines, ready to be appended to the shard's files (see
// shardOutput.ts): encoding happens here, on the workers, once per row.
// The experiment and a shared progress counter come once per worker
// (workerData), each chunk's design points with the chunk: a worker never
// plans the design (a large one is planned once, in the main thread). The
// set-up, the column buffers and the row's cells are made once per worker and
// reused, so a run costs no row object.

import {workerData} from "node:worker_threads";
import {runPointRuns, setUpExperiment, type Setup} from "../../experiment/experimentFile.ts";
import type {Value} from "../../experiment/design/factors.ts";
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

/** A chunk with its points' values: row-major, one value per factor (in the experiment's order) for each point from `from` to `to`. */
export interface ChunkTask extends Chunk {
  values: Value[];
}

interface State {
  plan: Setup;
  batch: Batch;
  csv: CsvEncoder;
  /** One row's cells in column order: the point's filled once per point, the run's per run. */
  cells: unknown[];
  /** Columns of the point: its id (key null) and the varied parameters. */
  pointCells: {c: number; key: string | null}[];
  /** Columns of the run: the measures, then the seed's and the replication's column. */
  measureCells: {c: number; key: string}[];
  seed: number;
  replication: number;
}

let state: State | undefined;

function setUp(experiment: object): State {
  const plan = setUpExperiment(experiment);
  const measures = new Set(plan.experiment.measures), factors = new Set(plan.factors.map((f) => f.key));
  const pointCells: State["pointCells"] = [], measureCells: State["measureCells"] = [];
  let seed = -1, replication = -1;
  plan.columns.forEach((key, c) => {
    if (measures.has(key)) measureCells.push({c, key});
    else if (key === "seed") seed = c;
    else if (key === "replication") replication = c;
    else pointCells.push({c, key: factors.has(key) ? key : null});
  });
  const columns = columnsOf(plan);
  return {plan, batch: new Batch(columns), csv: new CsvEncoder(columns), cells: new Array(columns.length), pointCells, measureCells, seed, replication};
}

export default function runChunk(chunk: ChunkTask): EncodedChunk {
  const data = workerData as SweepWorkerData;
  const s = (state ??= setUp(data.experiment));
  const {batch, cells, pointCells, measureCells} = s;
  batch.clear();
  const counter = new Int32Array(data.progress);
  const {factors} = s.plan, k = factors.length;
  let unreported = 0;
  for (let p = chunk.from; p < chunk.to; ++p) {
    const values: Record<string, Value> = {};
    for (let i = 0; i < k; ++i) values[factors[i].key] = chunk.values[(p - chunk.from) * k + i];
    const point = {id: p, values};
    for (const {c, key} of pointCells) cells[c] = key === null ? point.id : point.values[key];
    runPointRuns(s.plan, point, chunk.repFrom, chunk.repTo, (r, seed, measures) => {
      for (let j = 0; j < measureCells.length; ++j) cells[measureCells[j].c] = measures[measureCells[j].key];
      cells[s.seed] = seed;
      cells[s.replication] = r;
      batch.pushCells(cells);
      // The progress counter is shared by every worker: added to in batches, not once per run.
      if (++unreported === 64) { Atomics.add(counter, 0, unreported); unreported = 0; }
    });
  }
  Atomics.add(counter, 0, unreported);
  return {index: chunk.index, rows: batch.length, parquet: encodeRowGroup(batch), csv: data.csv ? s.csv.encode(batch) : new Uint8Array(0)};
}
