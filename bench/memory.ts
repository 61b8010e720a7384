// `npm run bench:memory`: peak memory of the command line at two workload
// sizes ten times apart, output streamed to /dev/null. Flat figures show that
// rows stream out as they are made and compare keeps running sums only.
// Then the whole process tree (bench/processTree.ts) of a classic sweep of
// 1,000,000 and 3,000,000 runs and of merge and summarise on it, started as
// `node` on the bundled command line (bench/cliBundle.ts). A sweep's memory
// rises for its first seconds (the heaps grow to their working size) and then
// saws up and down between collections: sizes of a few seconds and more are
// compared, not a short run against a long one.
// `npm run bench:memory -- --tree`: the process tree part only.
import {spawnSync} from "node:child_process";
import {mkdtempSync, openSync, rmSync, writeFileSync} from "node:fs";
import {availableParallelism, loadavg, tmpdir} from "node:os";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {cliBundle} from "./cliBundle.ts";
import {measureTree, type TreeFigures} from "./processTree.ts";

const ONE_VARIANT = ["--load", "heavy", "--access", "unsegmented", "--decision", "unsegmented", "--energy", "equal"];

const WORKLOADS: {label: string; args: (n: number) => string[]; sizes: [number, number]; unit: string}[] = [
  {label: "classic, one variant, csv", args: (n) => ["classic", ...ONE_VARIANT, "--reps", String(n), "--format", "csv"], sizes: [20000, 200000], unit: "rows"},
  {label: "classic --details, jsonl", args: (n) => ["classic", ...ONE_VARIANT, "--reps", String(n), "--details"], sizes: [20000, 200000], unit: "rows"},
  {label: "run team, csv", args: (n) => ["run", "team", "--reps", String(n), "--format", "csv"], sizes: [2000, 20000], unit: "rows"},
  {label: "compare team transfer-visit", args: (n) => ["compare", "team", "transfer-visit", "--reps", String(n)], sizes: [1000, 10000], unit: "reps"}
];

function measure(args: string[]): {mb: number; s: number} {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ["--import", "tsx", "--import", "./bench/peakRss.ts", "sim/cli.ts", ...args], {stdio: ["ignore", openSync("/dev/null", "w"), "pipe"], encoding: "utf8"});
  const s = (performance.now() - t0) / 1000;
  const kb = /peak-rss-kb (\d+)/.exec(r.stderr ?? "")?.[1];
  if (r.status !== 0 || !kb) throw new Error(`${args.join(" ")} failed: ${r.stderr}`);
  return {mb: Number(kb) / 1024, s};
}

if (!process.argv.includes("--tree")) {
  console.log("peak RSS of the command line, output to /dev/null (two sizes ten times apart):");
  for (const w of WORKLOADS) {
    const [a, b] = w.sizes.map((n) => ({n, ...measure(w.args(n))}));
    console.log(`  ${w.label.padEnd(30)} ${String(a.n).padStart(7)} ${w.unit}: ${a.mb.toFixed(0).padStart(4)} MB (${a.s.toFixed(1)} s)   ${String(b.n).padStart(7)} ${w.unit}: ${b.mb.toFixed(0).padStart(4)} MB (${b.s.toFixed(1)} s)   ratio ${(b.mb / a.mb).toFixed(2)}`);
  }
}

if (process.platform === "linux") {
  const root = fileURLToPath(new URL("..", import.meta.url));
  const scratch = mkdtempSync(join(tmpdir(), "gcl-bench-tree-"));
  const cli = cliBundle(), workers = availableParallelism();
  const load = () => loadavg()[0].toFixed(1);
  const run = async (args: string[]): Promise<TreeFigures> => {
    const r = await measureTree(process.execPath, [cli, ...args], root);
    if (r.code !== 0) throw new Error(`${args.join(" ")} failed: ${r.stderr}`);
    return r;
  };
  const show = (r: TreeFigures) => `${r.peakMB.toFixed(0).padStart(4)} MB (per-process peaks summed ${r.hwmSumMB.toFixed(0)} MB, ${r.processes} process${r.processes > 1 ? "es" : ""}, ${(r.ms / 1000).toFixed(1)} s)`;
  console.log(`process tree peak (sum of RSS over the tree, sampled every 20 ms), node on the bundled command line, classic sweep with ${workers} workers (load average ${load()} on ${workers} cores):`);
  const figures: Record<string, TreeFigures[]> = {sweep: [], merge: [], summarise: []};
  for (const runs of [1_000_000, 3_000_000]) {
    // 100 points x runs / 100 replications: the bench's million-run classic sweep (bench/sweep.ts).
    const e = {id: "bench-tree", model: "classic", parameters: [{key: "solutionCoefficient", min: 0.1, max: 1, levels: 100}], design: {type: "factorial"}, replications: runs / 100, seed: 1};
    const file = join(scratch, `e${runs}.json`), dir = join(scratch, `o${runs}`);
    writeFileSync(file, JSON.stringify(e));
    figures.sweep.push(await run(["sweep", file, "--out", dir, "--workers", String(workers)]));
    figures.merge.push(await run(["merge", dir]));
    figures.summarise.push(await run(["summarise", dir, "--format", "csv"]));
    rmSync(dir, {recursive: true, force: true});
  }
  for (const [what, [a, b]] of Object.entries(figures))
    console.log(`  ${what.padEnd(10)} 1,000,000 runs: ${show(a)}   3,000,000 runs: ${show(b)}   ratio ${(b.peakMB / a.peakMB).toFixed(2)}${what === "sweep" ? ` (target: < 300 MB, flat)` : ""}`);
  console.log(`  load average after: ${load()}`);
  rmSync(scratch, {recursive: true, force: true});
} else console.log("process tree peak: measured from /proc, on Linux only");
