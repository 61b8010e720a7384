// Time per run through the sweep's run-one-point stage (seeding included), in
// this thread: the median CPU time of passes after the first two (JIT warm-up;
// CPU time, so that other work on a shared machine counts less than in wall
// time). And the sweep's encoding per row: a batch of the experiment's rows
// encoded as a Parquet row group and as CSV lines, as the workers do. Loaded
// by bench/sweep.ts as a bundled module, the way the sweep's workers run it.
import {median} from "d3";
import {planExperiment, runPointRows, type Row} from "../sim/experiment/experimentFile.ts";
import {Batch, columnsOf, CsvEncoder, encodeRowGroup} from "../sim/node/sweep/columns.ts";

const cpuMs = (since: NodeJS.CpuUsage) => { const d = process.cpuUsage(since); return (d.user + d.system) / 1000; };

export function perRunMicros(experiment: object): number {
  const plan = planExperiment(experiment);
  const samples: number[] = [];
  for (let k = 0; k < 7; ++k) {
    let n = 0;
    const c0 = process.cpuUsage();
    for (const p of plan.points) runPointRows(plan, p, 0, plan.experiment.replications, () => ++n);
    samples.push((cpuMs(c0) * 1000) / n);
  }
  return median(samples.slice(2))!;
}

/** CPU µs per row of encoding the experiment's rows (all its runs, one batch) as Parquet and as CSV: medians of 7 passes after 3. */
export function encodeMicros(experiment: object): {parquet: number; csv: number} {
  const plan = planExperiment(experiment);
  const rows: Row[] = [];
  for (const p of plan.points) runPointRows(plan, p, 0, plan.experiment.replications, (r) => rows.push(r));
  const columns = columnsOf(plan), batch = new Batch(columns), csv = new CsvEncoder(columns);
  for (const r of rows) batch.push(r);
  const time = (f: () => unknown) => { const c0 = process.cpuUsage(); f(); return (cpuMs(c0) * 1000) / rows.length; };
  const parquet: number[] = [], text: number[] = [];
  for (let k = 0; k < 10; ++k) {
    parquet.push(time(() => encodeRowGroup(batch)));
    text.push(time(() => csv.encode(batch)));
  }
  return {parquet: median(parquet.slice(3))!, csv: median(text.slice(3))!};
}
