// Time per run through the sweep's run-one-point stage (seeding included), in
// this thread: the median of passes after the first two (JIT warm-up). Loaded
// by bench/sweep.ts as a bundled module, the way the sweep's workers run it.
import {median} from "d3";
import {planExperiment, runPointRows} from "../sim/experiment/experimentFile.ts";

export function perRunMicros(experiment: object): number {
  const plan = planExperiment(experiment);
  const samples: number[] = [];
  for (let k = 0; k < 7; ++k) {
    let n = 0;
    const t0 = performance.now();
    for (const p of plan.points) runPointRows(plan, p, 0, plan.experiment.replications, () => ++n);
    samples.push(((performance.now() - t0) * 1000) / n);
  }
  return median(samples.slice(2))!;
}
