// `npm run bench`: speed figures, printed (never asserted in unit tests).
//   classic: median CPU time per run over the 324-run 1972 design, after
//   warm-up (process CPU time, so other work on a shared machine counts less
//   than in wall time).
//   participation: replications per second per preset (52 weeks, counterfactuals included).
//   collective: CPU ms per replication per collective preset (the linked case
//   runs, with and without the adopted changes, included for council-to-cases).
import {median as d3median} from "d3";
import {classicSimulator} from "../sim/classic/engine.ts";
import {config1972, design1972} from "../sim/classic/design.ts";

const median = (xs: number[]) => d3median(xs)!;

function classic(): void {
  const sims = design1972().map((p) => classicSimulator(config1972(p)));
  const pass = () => { for (let i = 0; i < sims.length; ++i) sims[i].simulate(); };
  for (let k = 0; k < 2000; ++k) pass(); // warm-up: let the JIT settle
  const samples: number[] = [];
  const passes = 200;
  for (let s = 0; s < 31; ++s) {
    const c0 = process.cpuUsage();
    for (let k = 0; k < passes; ++k) pass();
    const cpu = process.cpuUsage(c0);
    samples.push(((cpu.user + cpu.system) * 1000) / (passes * sims.length));
  }
  const ns = median(samples);
  console.log(`classic 1972: median ${ns.toFixed(0)} ns CPU per run (min ${Math.min(...samples).toFixed(0)}, max ${Math.max(...samples).toFixed(0)}; 31 samples of ${passes} x 324 runs), ${(1e9 / ns / 1e3).toFixed(0)}k runs/s, single-threaded`);
}

async function participation(): Promise<void> {
  const {PRESET_IDS, preset} = await import("../sim/participation/presets.ts");
  const {ParticipationSimulator} = await import("../sim/participation/engine.ts");
  const {setParameter} = await import("../sim/participation/scenario.ts");
  // Median ms per replication of a scenario (after warm-up), compiled once as replications are.
  const time = (scenario: ReturnType<typeof preset>) => {
    const s = new ParticipationSimulator(scenario);
    for (let r = 0; r < 50; ++r) s.run({seed: `warm/${r}`});
    const samples: number[] = [];
    let cases = 0;
    for (let k = 0; k < 15; ++k) {
      const n = 40;
      const t0 = process.hrtime.bigint();
      for (let r = 0; r < n; ++r) cases = s.run({seed: `bench/${k}/${r}`}).summary.cases;
      samples.push(Number(process.hrtime.bigint() - t0) / 1e6 / n);
    }
    return {ms: median(samples), cases};
  };
  console.log("participation, one replication (52 weeks, counterfactuals included), median of 15 x 40, single-threaded:");
  console.log(`  ${"preset".padEnd(26)} ${"users".padStart(5)} ${"ms/rep".padStart(7)} ${"reps/s".padStart(7)}   ${"ms/rep at 50 users".padStart(18)}`);
  let worst = 0, worstOwn = 0;
  for (const id of PRESET_IDS) {
    const s = preset(id);
    const own = time(s);
    const fifty = time(setParameter(s, "users.count", 50));
    worst = Math.max(worst, fifty.ms);
    worstOwn = Math.max(worstOwn, own.ms);
    console.log(`  ${id.padEnd(26)} ${String(s.users.count).padStart(5)} ${own.ms.toFixed(3).padStart(7)} ${(1000 / own.ms).toFixed(0).padStart(7)}   ${fifty.ms.toFixed(3).padStart(18)}`);
  }
  // the target is per replication at each preset's own size; 50 users is a common yardstick only
  console.log(`slowest preset at its own size: ${worstOwn.toFixed(3)} ms per replication (target < 1 ms)`);
  console.log(`slowest preset at 50 users: ${worst.toFixed(3)} ms per replication (for comparison; no target)`);
}

async function collective(): Promise<void> {
  const {COLLECTIVE_PRESET_IDS, collectivePreset} = await import("../sim/collective/presets.ts");
  const {CollectiveSimulator} = await import("../sim/collective/engine.ts");
  console.log("collective, one replication, median CPU time of 15 x 40 after warm-up, single-threaded:");
  console.log(`  ${"preset".padEnd(28)} ${"users".padStart(5)} ${"weeks".padStart(5)} ${"ms/rep".padStart(7)} ${"reps/s".padStart(7)}`);
  let worst = 0;
  for (const id of COLLECTIVE_PRESET_IDS) {
    const scenario = collectivePreset(id);
    const sim = new CollectiveSimulator(scenario);
    for (let r = 0; r < 100; ++r) sim.run({seed: `warm/${r}`});
    const samples: number[] = [];
    for (let k = 0; k < 15; ++k) {
      const n = 40;
      // process CPU time, as for classic: on the shared machine wall time counts other work
      const c0 = process.cpuUsage();
      for (let r = 0; r < n; ++r) sim.run({seed: `bench/${k}/${r}`});
      const cpu = process.cpuUsage(c0);
      samples.push((cpu.user + cpu.system) / 1000 / n);
    }
    const ms = median(samples);
    worst = Math.max(worst, ms);
    console.log(`  ${id.padEnd(28)} ${String(scenario.population.count).padStart(5)} ${String(scenario.horizon).padStart(5)} ${ms.toFixed(3).padStart(7)} ${(1000 / ms).toFixed(0).padStart(7)}`);
  }
  console.log(`slowest collective preset: ${worst.toFixed(3)} ms per replication (target < 1 ms)`);
}

/** The pages' work estimate (sim/experiment/workEstimate.ts) against a measured run: its constants come from this kind of machine. */
async function estimate(): Promise<void> {
  const {preset} = await import("../sim/participation/presets.ts");
  const {setParameter} = await import("../sim/participation/scenario.ts");
  const {runReplications} = await import("../sim/experiment/run.ts");
  const {runMilliseconds} = await import("../sim/experiment/workEstimate.ts");
  const s = setParameter(setParameter(preset("rg-decide"), "users.count", 200), "horizon", 260);
  runReplications(setParameter(setParameter(preset("rg-decide"), "users.count", 20), "horizon", 52), {reps: 2, seed: "warm"});
  const times: number[] = [];
  for (let r = 0; r < 5; ++r) {
    const c0 = process.cpuUsage();
    runReplications(s, {reps: 1, seed: `m${r}`});
    const cpu = process.cpuUsage(c0);
    times.push((cpu.user + cpu.system) / 1000);
  }
  const measured = median(times);
  const ratio = measured / runMilliseconds(s);
  console.log(`work estimate, rg-decide at 200 users x 260 weeks: estimated ${runMilliseconds(s).toFixed(0)} ms, measured ${measured.toFixed(0)} ms CPU (median of 5), ratio ${ratio.toFixed(2)} (target within a factor of 4: ${ratio > 0.25 && ratio < 4 ? "met" : "NOT met"})`);
}

classic();
await participation();
await collective();
await estimate();
