// `npm run bench:memory`: peak memory of the command line at two workload
// sizes ten times apart, output streamed to /dev/null. Flat figures show that
// rows stream out as they are made and compare keeps running sums only.
import {spawnSync} from "node:child_process";
import {openSync} from "node:fs";

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

console.log("peak RSS of the command line, output to /dev/null (two sizes ten times apart):");
for (const w of WORKLOADS) {
  const [a, b] = w.sizes.map((n) => ({n, ...measure(w.args(n))}));
  console.log(`  ${w.label.padEnd(30)} ${String(a.n).padStart(7)} ${w.unit}: ${a.mb.toFixed(0).padStart(4)} MB (${a.s.toFixed(1)} s)   ${String(b.n).padStart(7)} ${w.unit}: ${b.mb.toFixed(0).padStart(4)} MB (${b.s.toFixed(1)} s)   ratio ${(b.mb / a.mb).toFixed(2)}`);
}
