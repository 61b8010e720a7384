// `npm run bench` (second part): sweep figures against targets a 2-core machine can show, printed
// with the machine's load average (the machine may be shared: figures vary with its load).
//   single run: time per run through the sweep's run-one-point stage (seeding included), in-process,
//     in the bundled form the sweep's workers run (sim/node/bundle.ts);
//   parallel: a sweep with 2 workers against the same experiment run as two single-worker shard
//     processes at once (`--shard 0/2` and `--shard 1/2`), whole commands from start to the last
//     exit, measured in turn (shards, sweep, sweep, shards: a drift of the machine's load cancels);
//     target: the sweep within 5% of the shard processes;
//   own work per row: the sweep's CPU per row, all threads (1 worker), less its start-up and
//     clean-up (a sweep of one replication per point) and less the CPU of the same runs alone in
//     one process (bench/sweepRef.ts: no pool, no encoding, no files); target: under 10% of one
//     participation run (transfer-visit, CPU time). A difference of two larger figures, so noisy
//     on a loaded machine: the encoding alone (the workers' share of it) is measured apart too;
//   a one-million-run classic sweep, 2 workers, to Parquet (--no-csv) and to Parquet and CSV: wall
//     time and peak resident memory of the process (its worker threads included); target < 300 MB
//     (`npm run bench:memory -- --tree` gives the whole process tree).
// `npm run bench -- --scale 0.1` (after the engine part) runs every sweep at a tenth of its runs.
import {execFile, execFileSync} from "node:child_process";
import {mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {availableParallelism, loadavg, tmpdir} from "node:os";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {planExperiment} from "../sim/experiment/experimentFile.ts";
import {bundledModule} from "../sim/node/bundle.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), "gcl-bench-sweep-"));
const scaleAt = process.argv.indexOf("--scale");
const scale = scaleAt > 0 ? Number(process.argv[scaleAt + 1]) : 1;
if (!(scale > 0 && scale <= 1)) throw new Error(`invalid --scale: ${process.argv[scaleAt + 1]} (allowed: a number in (0, 1])`);
const bundle = (file: string) => {
  const url = bundledModule(new URL(file, import.meta.url));
  if (!url) throw new Error(`could not bundle ${file} (is esbuild installed? run npm install)`);
  return url;
};
const {encodeMicros, perRunMicros} = (await import(bundle("./perRun.ts"))) as typeof import("./perRun.ts");
const refScript = fileURLToPath(bundle("./sweepRef.ts"));

const classic = (reps: number, levels: number) => ({
  id: "bench-classic", model: "classic", parameters: [{key: "solutionCoefficient", min: 0.1, max: 1, levels}],
  design: {type: "factorial"}, replications: Math.max(1, Math.round(reps)), seed: 1
});
const participation = (reps: number) => ({
  id: "bench-participation", model: "participation", scenario: "transfer-visit",
  parameters: [{key: "load.timePressure", values: [0.5, 1, 2, 4]}], design: {type: "factorial"}, replications: Math.max(1, Math.round(reps)), seed: 1
});
const runsOf = (e: object) => { const plan = planExperiment(e); return plan.design.size * plan.experiment.replications; };

let n = 0;
const write = (e: object) => { const file = join(scratch, `e${++n}.json`); writeFileSync(file, JSON.stringify(e)); return file; };
interface Child {code: number; ms: number; cpuMs: number; maxRssMB: number}

/** One sweep command in a child process (bench/sweepChild.ts): its own wall, CPU and peak memory. */
function sweep(e: object, workers: number, ...more: string[]): Child & {runs: number} {
  const out = execFileSync(process.execPath, ["--import", "tsx", join(root, "bench/sweepChild.ts"), "sweep", write(e), "--out", join(scratch, `o${n}`), "--workers", String(workers), ...more], {cwd: root}).toString();
  const r = JSON.parse(out.trim().split("\n").at(-1)!) as Child;
  if (r.code !== 0) throw new Error(`sweep failed: ${out}`);
  return {...r, runs: runsOf(e)};
}

/** Wall ms from starting `commands` (each a sweep's arguments) at once to the last one's exit. */
async function together(commands: string[][]): Promise<number> {
  const t0 = performance.now();
  await Promise.all(commands.map((args) => new Promise<void>((done, fail) =>
    execFile(process.execPath, ["--import", "tsx", join(root, "bench/sweepChild.ts"), ...args], {cwd: root}, (error, stdout) => {
      if (error || JSON.parse(stdout.trim().split("\n").at(-1)!).code !== 0) fail(error ?? new Error(`failed: ${args.join(" ")}: ${stdout}`));
      else done();
    }))));
  return performance.now() - t0;
}

/** The sweep with 2 workers and the two single-worker shard processes, each twice (shards, sweep, sweep, shards): summed wall ms. */
async function parallel(e: object): Promise<{sweepMs: number; shardsMs: number}> {
  const file = write(e);
  const sweepArgs = () => ["sweep", file, "--out", join(scratch, `p${++n}`), "--workers", "2"];
  const shardArgs = () => { const out = join(scratch, `p${++n}`); return [0, 1].map((i) => ["sweep", file, "--out", out, "--workers", "1", "--shard", `${i}/2`]); };
  let sweepMs = 0, shardsMs = 0;
  shardsMs += await together(shardArgs());
  sweepMs += await together([sweepArgs()]);
  sweepMs += await together([sweepArgs()]);
  shardsMs += await together(shardArgs());
  return {sweepMs, shardsMs};
}

/** The runs alone (bench/sweepRef.ts) in one process: compute phase's wall and CPU ms. */
function reference(e: object): {ms: number; cpuMs: number} {
  const out = execFileSync(process.execPath, [refScript, write(e), "0", "1"], {cwd: root}).toString();
  const r = JSON.parse(out.trim()) as {start: number; end: number; cpuMs: number};
  return {ms: r.end - r.start, cpuMs: r.cpuMs};
}

const load = () => loadavg().map((x) => x.toFixed(1)).join(" ");
const cores = availableParallelism();
console.log(`sweep (load average ${load()} over 1, 5, 15 min, on ${cores} cores${scale < 1 ? `; runs scaled by ${scale}` : ""}):`);
if (cores < 2) console.log("  (fewer than 2 cores: the 2-worker figures below share one core)");
const cUs = perRunMicros(classic(200, 20)), pUs = perRunMicros(participation(100));
console.log(`  one run through the sweep's run-one-point stage, median CPU time: classic ${cUs.toFixed(1)} µs (seeding the entry order's generator included), participation transfer-visit ${(pUs / 1000).toFixed(3)} ms; load ${load()}`);
// The workers' own work per row, measured alone: encoding a batch of rows (4,000 participation rows, 43 columns).
const enc = encodeMicros(participation(1000));
const encUs = enc.parquet + enc.csv;
console.log(`  encoding per participation row, CPU, in one thread: Parquet ${enc.parquet.toFixed(2)} µs, CSV ${enc.csv.toFixed(2)} µs, together ${((100 * encUs) / pUs).toFixed(1)}% of a participation run (target for all the sweep's own work: under 10%); load ${load()}`);
for (const [name, e] of [["classic", classic(20000 * scale, 100)], ["participation transfer-visit", participation(40000 * scale)]] as const) {
  const runs = runsOf(e);
  const {sweepMs, shardsMs} = await parallel(e);
  const within = 100 * (sweepMs / shardsMs - 1);
  console.log(`  ${name}, ${runs} runs: 2 workers ${(sweepMs / 2000).toFixed(2)} s wall, two single-worker shard processes at once ${(shardsMs / 2000).toFixed(2)} s (means of 2, measured in turn): the sweep is ${within >= 0 ? `${within.toFixed(1)}% slower` : `${(-within).toFixed(1)}% faster`} (target: at most 5% slower) ${within <= 5 ? "MET" : "NOT MET"}; load ${load()}`);
  // Start-up and clean-up (loading the code, bundling the task, starting the worker, closing the files):
  // a sweep of one replication per point, left out of the per-row figure and printed apart.
  const ref = reference(e), one = sweep(e, 1), tiny = sweep({...e, replications: 1}, 1);
  const ownUs = ((one.cpuMs - tiny.cpuMs - ref.cpuMs) * 1000) / runs;
  console.log(`  ${name}, own work per row: sweep with 1 worker ${((one.cpuMs * 1000) / runs).toFixed(2)} µs CPU per row (all threads) less its start-up and clean-up (${(tiny.cpuMs / 1000).toFixed(2)} s CPU) and less the runs alone (${((ref.cpuMs * 1000) / runs).toFixed(2)} µs per row): ${ownUs.toFixed(2)} µs per row, ${((100 * ownUs) / pUs).toFixed(1)}% of a participation run (target: under 10%) ${ownUs < 0.1 * pUs ? "MET" : "NOT MET"}; load ${load()}`);
}
const millionE = classic(10000 * scale, 100);
for (const [what, more] of [["Parquet (--no-csv)", ["--no-csv"]], ["Parquet and CSV", []]] as const) {
  const x = sweep(millionE, 2, ...more);
  console.log(`  ${x.runs}-run classic sweep to ${what}, 2 workers: ${(x.ms / 1000).toFixed(1)} s wall, peak resident memory ${x.maxRssMB.toFixed(0)} MB (this process, worker threads included, started through tsx; target < 300 MB) ${x.maxRssMB < 300 ? "MET" : "NOT MET"}, CPU ${((x.cpuMs * 1000) / x.runs).toFixed(2)} µs per run; load ${load()}`);
}
rmSync(scratch, {recursive: true, force: true});
