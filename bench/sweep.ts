// `npm run bench` (second part): sweep figures, printed.
//   single run: time per run through the sweep's run-one-point stage (seeding included), in-process,
//     in the bundled form the sweep's workers run (sim/node/bundle.ts);
//   throughput: whole `sweep` commands with 1 and 2 workers, classic (2,000,000 runs) and a
//     participation preset (160,000 runs), each over 10 s on 1 worker so that start-up and
//     warm-up (start-up printed apart) are a small part;
//   a one-million-run classic sweep to Parquet (--no-csv), and to Parquet and CSV: wall time and
//     peak resident memory, against 1,000,000 x the single-run time of those runs (the same
//     points' runs alone in one process) / 2;
//   each against a reference measured just before it (bench/sweepRef.ts: the same runs alone).
// The machine is shared: figures vary with its load (printed with them).
import {execFile, execFileSync} from "node:child_process";
import {mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {loadavg, tmpdir} from "node:os";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {planExperiment} from "../sim/experiment/experimentFile.ts";
import {bundledModule} from "../sim/node/bundle.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), "gcl-bench-sweep-"));
const bundle = (file: string) => {
  const url = bundledModule(new URL(file, import.meta.url));
  if (!url) throw new Error(`could not bundle ${file} (is esbuild installed? run npm install)`);
  return url;
};
const {perRunMicros} = (await import(bundle("./perRun.ts"))) as typeof import("./perRun.ts");
const refScript = fileURLToPath(bundle("./sweepRef.ts"));

const classic = (reps: number, levels: number) => ({
  id: "bench-classic", model: "classic", parameters: [{key: "solutionCoefficient", min: 0.1, max: 1, levels}],
  design: {type: "factorial"}, replications: reps, seed: 1
});
const participation = (reps: number) => ({
  id: "bench-participation", model: "participation", scenario: "transfer-visit",
  parameters: [{key: "load.timePressure", values: [0.5, 1, 2, 4]}], design: {type: "factorial"}, replications: reps, seed: 1
});

let n = 0;
function sweep(e: object, workers: number, ...more: string[]): {ms: number; cpuMs: number; maxRssMB: number; runs: number} {
  const file = join(scratch, `e${++n}.json`);
  writeFileSync(file, JSON.stringify(e));
  const out = execFileSync(process.execPath, ["--import", "tsx", join(root, "bench/sweepChild.ts"), "sweep", file, "--out", join(scratch, `o${n}`), "--workers", String(workers), ...more], {cwd: root}).toString();
  const r = JSON.parse(out.trim().split("\n").at(-1)!);
  if (r.code !== 0) throw new Error(`sweep failed: ${out}`);
  const plan = planExperiment(e);
  return {...r, runs: plan.design.size * plan.experiment.replications};
}

/** Wall ms of the reference (bench/sweepRef.ts): the runs alone, in `k` processes at once, compute phases only. */
async function reference(e: object, k: number): Promise<number> {
  const file = join(scratch, `r${++n}.json`);
  writeFileSync(file, JSON.stringify(e));
  const child = (i: number) => new Promise<{start: number; end: number}>((done, fail) =>
    execFile(process.execPath, [refScript, file, String(i), String(k)], {cwd: root}, (error, stdout) => (error ? fail(error) : done(JSON.parse(stdout.trim())))));
  const r = await Promise.all(Array.from({length: k}, (_, i) => child(i)));
  return Math.max(...r.map((x) => x.end)) - Math.min(...r.map((x) => x.start));
}

const load = () => loadavg()[0].toFixed(1);
console.log(`sweep (machine load average ${load()} on ${2} cores):`);
const cUs = perRunMicros(classic(200, 20)), pUs = perRunMicros(participation(100));
console.log(`  one run through the sweep's run-one-point stage, median: classic ${cUs.toFixed(1)} µs (seeding the entry order's generator included), participation transfer-visit ${(pUs / 1000).toFixed(3)} ms`);
// Each sweep is measured right after its reference, the runs alone in 1 and in 2 processes at once:
// on a shared machine the reference's speed-up is what two computing threads could get then.
let classicRef1Us = 0;
for (const [name, e, tiny] of [["classic", classic(20000, 100), classic(1, 2)], ["participation transfer-visit", participation(40000), participation(1)]] as const) {
  const ref1 = await reference(e, 1), one = sweep(e, 1), ref2 = await reference(e, 2), two = sweep(e, 2);
  if (name === "classic") classicRef1Us = (ref1 * 1000) / one.runs;
  // Start-up (workers loading the code) and clean-up: a sweep of a few runs, one chunk per worker.
  const start1 = sweep(tiny, 1, "--chunk-rows", "1").ms, start2 = sweep(tiny, 2, "--chunk-rows", "1").ms;
  const rate = (x: typeof one) => (x.runs / x.ms) * 1000;
  const cpu = (x: typeof one) => ((x.cpuMs * 1000) / x.runs).toFixed(1);
  const speedUp = one.ms / two.ms, refSpeedUp = ref1 / ref2;
  console.log(`  ${name}: ${one.runs} runs, whole command: 1 worker ${rate(one).toFixed(0)} runs/s (${(one.ms / 1000).toFixed(1)} s), 2 workers ${rate(two).toFixed(0)} runs/s (${(two.ms / 1000).toFixed(1)} s), speed-up ${speedUp.toFixed(2)}x (target >= 1.8x); reference (the runs alone, 1 and 2 processes) ${(ref1 / 1000).toFixed(1)} s and ${(ref2 / 1000).toFixed(1)} s, speed-up ${refSpeedUp.toFixed(2)}x, so the sweep's is ${((100 * speedUp) / refSpeedUp).toFixed(0)}% of it; start-up and clean-up (a sweep of 2-4 runs) ${(start1 / 1000).toFixed(2)} s with 1 worker, ${(start2 / 1000).toFixed(2)} s with 2, speed-up after them ${((one.ms - start1) / (two.ms - start2)).toFixed(2)}x; CPU per run, all threads: ${cpu(one)} µs with 1 worker, ${cpu(two)} µs with 2; load ${load()}`);
}
// The single-run time of the million runs: that of the same points' runs alone in one process, from the
// classic reference above (the in-process figure at the top is of another, smaller experiment).
const millionE = classic(10000, 100), ideal = (1e6 * classicRef1Us) / 1000 / 2;
const millionRef2 = await reference(millionE, 2);
const millionLine = (what: string, x: ReturnType<typeof sweep>) =>
  `  one-million-run classic sweep to ${what}, 2 workers: ${(x.ms / 1000).toFixed(1)} s wall, ${(x.ms / ideal).toFixed(2)} x 1,000,000 x the single-run time / 2 workers (target <= 1.3; single run ${classicRef1Us.toFixed(2)} µs, from the runs alone in one process) and ${(x.ms / millionRef2).toFixed(2)} x the same runs alone in 2 processes (${(millionRef2 / 1000).toFixed(1)} s); peak resident memory ${x.maxRssMB.toFixed(0)} MB (target < 300 MB), CPU ${((x.cpuMs * 1000) / x.runs).toFixed(1)} µs per run; load ${load()}`;
console.log(millionLine("Parquet (--no-csv)", sweep(millionE, 2, "--no-csv")));
console.log(millionLine("Parquet and CSV", sweep(millionE, 2)));
rmSync(scratch, {recursive: true, force: true});
