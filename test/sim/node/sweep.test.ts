import {afterAll, describe, expect, it} from "vitest";
import {execFileSync, spawn, spawnSync} from "node:child_process";
import {appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {availableParallelism, hostname, tmpdir} from "node:os";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects} from "hyparquet";
import {autoType, csvParse} from "d3-dsv";
import {cli} from "./cliHarness.ts";
import {planExperiment, runPointRows, type Row} from "../../../sim/experiment/experimentFile.ts";
import {workerCount} from "../../../sim/node/sweep/sweep.ts";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), "gcl-sweep-"));
afterAll(() => rmSync(scratch, {recursive: true, force: true}));

const TINY = {
  id: "tiny", model: "classic",
  parameters: [{key: "load", values: ["light", "heavy"]}, {key: "access", values: ["unsegmented", "specialized"]}],
  design: {type: "factorial"}, replications: 25, seed: 5, measures: ["resolution", "problemsUnsolved", "problemLatency"]
};
let n = 0;
function experimentFile(e: object = TINY): string {
  const path = join(scratch, `e${++n}.json`);
  writeFileSync(path, JSON.stringify(e));
  return path;
}
const dirFor = () => join(scratch, `out${++n}`);
const merged = (dir: string) => readFileSync(join(dir, "merged.csv"), "utf8");
/** Finished chunks recorded in a running shard's journal. */
const journalLines = (dir: string) => {
  const path = join(dir, "shard-0of1.journal");
  return existsSync(path) ? readFileSync(path, "utf8").split("\n").length - 1 : 0;
};

/** The rows an experiment should give, computed directly in this process. */
function expectedCsv(e: object): string {
  const plan = planExperiment(e);
  const lines = [plan.columns.join(",")];
  for (const p of plan.points) runPointRows(plan, p, 0, plan.experiment.replications, (r: Row) => lines.push(plan.columns.map((c) => (Number.isNaN(r[c]) ? "" : String(r[c]))).join(",")));
  return lines.join("\n") + "\n";
}

/**
 * Starts a sweep (1 worker, chunks of 200 rows) and kills it (SIGKILL) once some chunks are finished; returns how many are.
 * With `zombie`, the sweep's parent never reaps it (sh starts it, then becomes `sleep`): the killed sweep stays a
 * zombie, whose PID still answers signal 0, until `reap` is called.
 */
async function killPartWay(file: string, dir: string, ...more: string[]): Promise<number> {
  return (await killPartWayFrom(file, dir, false, more)).before;
}

async function killPartWayFrom(file: string, dir: string, zombie: boolean, more: string[]): Promise<{before: number; pid: number; reap: () => void}> {
  const args = ["--import", "tsx", join(root, "sim/cli.ts"), "sweep", file, "--out", dir, "--workers", "1", "--chunk-rows", "200", ...more];
  const child = zombie
    ? spawn("sh", ["-c", `"$0" "$@" >/dev/null 2>&1 & echo $!; exec sleep 600`, process.execPath, ...args], {cwd: root, stdio: ["ignore", "pipe", "ignore"]})
    : spawn(process.execPath, args, {cwd: root, stdio: "ignore"});
  const pid = zombie ? Number(await new Promise<string>((done) => child.stdout!.once("data", (d) => done(String(d))))) : child.pid!;
  const parts = () => journalLines(dir);
  await new Promise<void>((done, fail) => {
    const t = setInterval(() => {
      if (parts() >= 3) { clearInterval(t); process.kill(pid, "SIGKILL"); done(); }
    }, 20);
    child.on("exit", () => { clearInterval(t); fail(new Error("the sweep ended before it could be killed")); });
  });
  if (zombie) {
    for (let i = 0; !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, "utf8")); ++i) {
      expect(i).toBeLessThan(500);
      await new Promise((r) => setTimeout(r, 10));
    }
  } else await new Promise((done) => child.on("exit", done));
  const before = parts();
  expect(before).toBeLessThan(40);
  expect(before).toBeGreaterThanOrEqual(3);
  return {before, pid, reap: () => child.kill("SIGKILL")};
}

describe("sweep, merge and summarise", () => {
  it("write one tidy row per run on a worker pool, equal to running the points directly", async () => {
    const dir = dirFor();
    // --progress is accepted as merge and summarise take it (the sweep shows progress anyway)
    const r = await cli("sweep", experimentFile(), "--out", dir, "--workers", "2", "--chunk-rows", "20", "--progress");
    // stderr is not a terminal here: whole progress lines, the last one complete
    const progress = r.err.trimEnd().split("\n");
    for (const l of progress) expect(l).toMatch(/^sweep: \[[#-]{24}\] \d+\/100 runs, (\d+|\?)\/s, (.+ left|done)$/);
    expect(progress.at(-1)).toMatch(/^sweep: \[#{24}\] 100\/100 runs, \d+\/s, done$/);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^sweep: 100 runs written/);
    // chunks (25 replications in chunks of 20 and 5 per point) appended as row groups to one file per shard
    expect(readdirSync(dir).sort()).toEqual(["experiment.json", "shard-0of1.csv", "shard-0of1.parquet", "sweep.json"]);
    const shardMeta = await parquetMetadataAsync(await asyncBufferFromFile(join(dir, "shard-0of1.parquet")));
    expect(shardMeta.row_groups.map((g) => Number(g.num_rows))).toEqual([20, 5, 20, 5, 20, 5, 20, 5]);
    expect(readFileSync(join(dir, "shard-0of1.csv"), "utf8")).toBe(expectedCsv(TINY));
    // merge and summarise: quiet unless asked (or on a terminal), then the one progress line
    const m = await cli("merge", dir);
    expect(m.code).toBe(0);
    expect(m.err).toBe("");
    expect(merged(dir)).toBe(expectedCsv(TINY));
    for (const [command, label] of [[["merge", dir], "merge"], [["summarise", dir, "--format", "csv"], "summarise"]] as const) {
      const p = await cli(...command, "--progress");
      expect(p.code).toBe(0);
      const lines = p.err.trimEnd().split("\n");
      // summarise names what it summarises (csv and jsonl: on stderr, first)
      if (label === "summarise") expect(lines.shift()).toMatch(/^summary of experiment tiny \(sha256:[0-9a-f]{64}\): 100 runs, 4 points x 25 replications, from merged\.parquet$/);
      for (const l of lines) expect(l).toMatch(new RegExp(`^${label}: \\d+/100 runs, (\\d+|\\?)/s, (.+ left|done)$`));
      expect(lines.at(-1)).toMatch(new RegExp(`^${label}: 100/100 runs, .*done$`));
    }
    expect(merged(dir)).toBe(expectedCsv(TINY));
    const meta = await parquetMetadataAsync(await asyncBufferFromFile(join(dir, "merged.parquet")));
    expect(Number(meta.num_rows)).toBe(100);
    const kv = Object.fromEntries((meta.key_value_metadata ?? []).map((x) => [x.key, x.value]));
    expect(JSON.parse(kv.experiment!).id).toBe("tiny");
    // the version names the commit of the code that ran (this checkout's, as git gives it)
    const head = execFileSync("git", ["rev-parse", "HEAD"], {cwd: root, encoding: "utf8"}).trim();
    expect(kv.version).toBe(`garbage-can-lab ${JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version} (commit ${head})`);
    expect(kv.commit).toBe(head);
    expect(Date.parse(kv.created!)).toBeGreaterThan(0);
    // a second run of the same command has nothing left to do, and removes a journal left by a stop
    // between renaming the shard's files and removing it; merge reads finished shard files only
    copyFileSync(join(dir, "shard-0of1.parquet"), join(dir, "shard-0of1.parquet.partial"));
    writeFileSync(join(dir, "shard-0of1.journal"), "");
    expect((await cli("merge", dir)).code).toBe(0);
    expect(merged(dir)).toBe(expectedCsv(TINY));
    const again = await cli("sweep", join(dir, "experiment.json"), "--out", dir);
    expect(again.out).toMatch(/all 100 runs are in .*shard-0of1\.parquet/);
    expect(readdirSync(dir).filter((f) => /partial|journal/.test(f))).toEqual([]);
    const s = await cli("summarise", dir, "--format", "csv");
    expect(s.code).toBe(0);
    const lines = s.out.trim().split("\n");
    expect(lines[0]).toBe("point,load,access,measure,n,missing,mean,sd,lo,hi");
    expect(lines).toHaveLength(1 + 4 * 3);
    // point 2 (heavy, unsegmented) leaves all 20 problems unsolved in every run
    expect(lines).toContain("2,heavy,unsegmented,problemsUnsolved,25,0,20,0,20,20");
  });

  it("shards partition the runs: shards run apart merge into the same result", async () => {
    const dir = dirFor();
    const file = experimentFile();
    for (const s of ["1/3", "0/3", "2/3"]) expect((await cli("sweep", file, "--out", dir, "--shard", s, "--workers", "1")).code).toBe(0);
    expect((await cli("merge", dir)).code).toBe(0);
    expect(merged(dir)).toBe(expectedCsv(TINY));
    // the shards' row groups, copied into merged.parquet, read back as the merged CSV's rows
    const csv = csvParse(merged(dir), autoType) as Record<string, unknown>[];
    const pq = await parquetReadObjects({file: await asyncBufferFromFile(join(dir, "merged.parquet"))});
    expect(pq.map((r) => ({...r, problemLatency: r.problemLatency ?? null}))).toEqual(csv.map((r) => ({...r, seed: String(r.seed)})));
  });

  it("merge fails loudly, writing nothing, on a missing or doubled point", async () => {
    const dir = dirFor();
    const file = experimentFile();
    await cli("sweep", file, "--out", dir, "--shard", "0/2", "--workers", "1");
    const missing = await cli("merge", dir);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^error: missing: point 2 replication 0 and 49 more runs to the end/);
    expect(existsSync(join(dir, "merged.csv"))).toBe(false);
    await cli("sweep", file, "--out", dir, "--shard", "1/2", "--workers", "1");
    await cli("sweep", file, "--out", dir, "--shard", "0/3", "--workers", "1"); // overlaps shard 0/2
    const doubled = await cli("merge", dir);
    expect(doubled.err).toMatch(/^error: shard-0of3\.parquet in .*: point 0 replication 0 a second time \(doubled\): delete shard-0of3\.parquet and shard-0of3\.csv \(another shard file holds these runs\), then merge again\n$/);
    expect(existsSync(join(dir, "merged.csv"))).toBe(false);
    expect(doubled.err.trim().split("\n")).toHaveLength(1);
  });

  it("refuses bad input in one line", async () => {
    const bad = await cli("sweep", experimentFile({...TINY, replications: -1}), "--out", dirFor());
    expect(bad.code).toBe(2);
    expect(bad.err).toBe("error: invalid experiment: replications = -1 (allowed: an integer in [1, 1000000000])\n");
    expect((await cli("sweep", experimentFile(), "--out", dirFor(), "--shard", "3/2")).err).toMatch(/^error: invalid --shard: "3\/2" \(allowed: i\/N/);
    expect((await cli("sweep", join(scratch, "nope.json"), "--out", dirFor())).err).toMatch(/^error: cannot read experiment file .*nope\.json: ENOENT\n$/);
    const dir = dirFor();
    await cli("sweep", experimentFile(), "--out", dir, "--workers", "1");
    const other = await cli("sweep", experimentFile({...TINY, seed: 6}), "--out", dir);
    expect(other.err).toMatch(/holds the results of a different experiment/);
    expect((await cli("summarise", dir)).err).toMatch(/merged\.parquet does not exist: run merge/);
  });

  it("--workers beyond the cores this process may use is capped at them with a one-line warning; at or below them, as asked", async () => {
    const said: string[] = [];
    expect(workerCount(64, 2, (s) => said.push(s))).toBe(2);
    expect(said).toEqual(["warning: --workers 64 is more than the 2 cores this process may use; using 2\n"]);
    expect(workerCount(2, 2, (s) => said.push(s))).toBe(2);
    expect(workerCount(1, 8, (s) => said.push(s))).toBe(1);
    expect(workerCount(undefined, 3, (s) => said.push(s))).toBe(3);
    expect(said).toHaveLength(1);
    const cores = availableParallelism(), dir = dirFor();
    const r = await cli("sweep", experimentFile(), "--out", dir, "--workers", String(cores + 1));
    expect(r.code).toBe(0);
    expect(r.err.split("\n")[0]).toBe(`warning: --workers ${cores + 1} is more than the ${cores} cores this process may use; using ${cores}`);
    expect(r.err.match(/warning/g)).toHaveLength(1);
    expect(readFileSync(join(dir, "shard-0of1.csv"), "utf8")).toBe(expectedCsv(TINY));
    const asked = await cli("sweep", experimentFile(), "--out", dirFor(), "--workers", String(cores));
    expect(asked.err).not.toMatch(/warning/);
  });

  it("one process per shard: a shard held by a live process is refused in one line; a lock left by a process that is gone is taken over", async () => {
    const dir = dirFor();
    const file = experimentFile();
    mkdirSync(dir);
    const lock = join(dir, "shard-0of1.lock");
    writeFileSync(lock, `${hostname()} ${process.pid}\n`); // this test's own process: alive
    const held = await cli("sweep", file, "--out", dir, "--workers", "1");
    expect(held.code).toBe(2);
    expect(held.err).toMatch(new RegExp(`^error: invalid --out: .* \\(allowed: a folder where this sweep is not being run already; process ${process.pid} on .* holds .*shard-0of1\\.lock: wait for it, or stop it first\\)\n$`));
    expect(readdirSync(dir).filter((f) => f.startsWith("shard-"))).toEqual(["shard-0of1.lock"]);
    const gone = spawnSync(process.execPath, ["-e", ""]).pid!;
    writeFileSync(lock, `${hostname()} ${gone}\n`);
    const taken = await cli("sweep", file, "--out", dir, "--workers", "1");
    expect(taken.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["experiment.json", "shard-0of1.csv", "shard-0of1.parquet", "sweep.json"]);
  });

  it("a journal that does not record this sweep's chunks is refused in one line, touching nothing", async () => {
    const dir = dirFor();
    const file = experimentFile();
    expect((await cli("sweep", file, "--out", dir, "--slurm", "--shards", "1")).code).toBe(0); // prepares the folder
    const stray = {chunk: 0, rows: 999, parquetEnd: 4, csvEnd: 1, rowGroup: {}};
    writeFileSync(join(dir, "shard-0of1.journal"), JSON.stringify(stray) + "\n");
    writeFileSync(join(dir, "shard-0of1.parquet.partial"), "x".repeat(100));
    writeFileSync(join(dir, "shard-0of1.csv.partial"), "x".repeat(100));
    const r = await cli("sweep", file, "--out", dir, "--workers", "1");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^error: invalid --out: .* \(allowed: a folder whose shard-0of1\.journal records this sweep's chunks; it records 1 chunks of other sizes: delete shard-0of1\.journal and shard-0of1\.\*\.partial to run the shard again\)\n$/);
    expect(readFileSync(join(dir, "shard-0of1.parquet.partial"), "utf8")).toBe("x".repeat(100));
    expect(existsSync(join(dir, "shard-0of1.lock"))).toBe(false);
  });

  it("reads a participation scenario given as a path relative to the experiment file, and keeps it in the output folder", async () => {
    const scenario = JSON.parse(readFileSync(join(root, "data/scenarios/team.json"), "utf8"));
    writeFileSync(join(scratch, "my-team.json"), JSON.stringify({...scenario, id: "my-team", horizon: 6}));
    const dir = dirFor();
    const e = {id: "path", model: "participation", scenario: "my-team.json", parameters: [{key: "load.timePressure", values: [1, 2]}],
      design: {type: "factorial"}, replications: 2, seed: 1, measures: ["cases"]};
    expect((await cli("sweep", experimentFile(e), "--out", dir, "--workers", "1")).code).toBe(0);
    const kept = JSON.parse(readFileSync(join(dir, "experiment.json"), "utf8"));
    expect(kept.scenario.id).toBe("my-team");
    expect(kept.scenario.horizon).toBe(6);
    expect((await cli("merge", dir)).code).toBe(0);
    expect(merged(dir)).toBe(expectedCsv(kept));
    const missing = await cli("sweep", experimentFile({...e, scenario: "nope.json"}), "--out", dirFor());
    expect(missing.err).toMatch(/^error: cannot read scenario file .*nope\.json: ENOENT\n$/);
  });

  it("--no-csv writes Parquet only, with the same rows; the folder keeps the choice, merge follows it, a CSV folder refuses it", async () => {
    const dir = dirFor(), file = experimentFile();
    const r = await cli("sweep", file, "--out", dir, "--workers", "2", "--chunk-rows", "20", "--no-csv");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/all 100 are in .*shard-0of1\.parquet\n$/);
    expect(readdirSync(dir).sort()).toEqual(["experiment.json", "shard-0of1.parquet", "sweep.json"]);
    const m = await cli("merge", dir);
    expect(m.code).toBe(0);
    expect(m.out).toMatch(/into .*merged\.parquet\n$/);
    expect(existsSync(join(dir, "merged.csv"))).toBe(false);
    const rows = await parquetReadObjects({file: await asyncBufferFromFile(join(dir, "merged.parquet"))});
    const csv = csvParse(expectedCsv(TINY), autoType) as Record<string, unknown>[];
    expect(rows.map((x) => ({...x, problemLatency: x.problemLatency ?? null}))).toEqual(csv.map((x) => ({...x, seed: String(x.seed)})));
    // the same command without the flag keeps the folder's choice; a folder started with CSV refuses it
    expect((await cli("sweep", file, "--out", dir)).out).toMatch(/shard-0of1\.parquet\n$/);
    const withCsv = dirFor();
    await cli("sweep", file, "--out", withCsv, "--shard", "0/2", "--workers", "1");
    const refused = await cli("sweep", file, "--out", withCsv, "--shard", "1/2", "--no-csv");
    expect(refused.code).toBe(2);
    expect(refused.err).toBe("error: invalid --no-csv: this folder was started with CSV files (allowed: the same command without --no-csv, or a new --out folder)\n");
    const slurm = dirFor();
    expect((await cli("sweep", file, "--out", slurm, "--slurm", "--shards", "2", "--no-csv")).code).toBe(0);
    expect(readFileSync(join(slurm, "sweep.sbatch"), "utf8")).toMatch(/--chunk-rows \d+ --no-csv\n$/);
  });

  it("--slurm writes a job array script over the shards with time and memory requests", async () => {
    const dir = dirFor();
    const r = await cli("sweep", experimentFile(), "--out", dir, "--slurm", "--shards", "4", "--workers", "2");
    expect(r.code).toBe(0);
    const script = readFileSync(join(dir, "sweep.sbatch"), "utf8");
    expect(script).toMatch(/^#!\/bin\/bash\n/);
    expect(script).toContain("#SBATCH --array=0-3\n");
    expect(script).toContain("#SBATCH --cpus-per-task=2\n");
    expect(script).toMatch(/#SBATCH --time=\d-\d\d:\d\d:00\n/);
    expect(script).toMatch(/#SBATCH --mem=\d+M\n/);
    expect(script).toContain(`--shard "$SLURM_ARRAY_TASK_ID/4"`);
    expect(script).toContain(`--out '${dir}'`);
  });
});

describe("column types", () => {
  it("store integer parameters as INT32, other numbers as DOUBLE, with every integer of the range equally often", async () => {
    const e = {id: "ints", model: "classic", parameters: [{key: "problems", min: 5, max: 8}, {key: "solutionCoefficient", min: 0.2, max: 1}],
      design: {type: "lhs", n: 40}, replications: 1, seed: 3, measures: ["resolution"], base: {periods: 5}};
    const dir = dirFor();
    expect((await cli("sweep", experimentFile(e), "--out", dir, "--workers", "1")).code).toBe(0);
    expect((await cli("merge", dir)).code).toBe(0);
    const file = await asyncBufferFromFile(join(dir, "merged.parquet"));
    const meta = await parquetMetadataAsync(file);
    const type = (name: string) => meta.schema.find((x) => x.name === name)!.type;
    expect(type("problems")).toBe("INT32");
    expect(type("solutionCoefficient")).toBe("DOUBLE");
    const rows = (await parquetReadObjects({file, metadata: meta})) as Record<string, unknown>[];
    const counts = new Map<unknown, number>();
    for (const r of rows) counts.set(r.problems, (counts.get(r.problems) ?? 0) + 1);
    // 40 Latin-hypercube strata over 4 integers: 10 each (rounding gave about 7 to each end and 13 to each middle one)
    expect([...counts.entries()].sort()).toEqual([[5, 10], [6, 10], [7, 10], [8, 10]]);
  });
});

describe("summarise with sensitivity designs", () => {
  const factors = [{key: "loadValue", min: 0.5, max: 4}, {key: "solutionCoefficient", min: 0.2, max: 1}];
  const run = async (design: object) => {
    const e = {id: "sens", model: "classic", parameters: factors, design, replications: 4, seed: 11, measures: ["problemsUnsolved"]};
    const dir = dirFor();
    await cli("sweep", experimentFile(e), "--out", dir, "--workers", "1");
    await cli("merge", dir);
    const r = await cli("summarise", dir, "--indices", "--format", "jsonl", "--resamples", "200");
    expect(r.code).toBe(0);
    // the table format prints each index once, under one header; the dummy parameter (on by default) is the noise floor
    const table = (await cli("summarise", dir, "--indices", "--resamples", "50")).out.trim().split("\n");
    const morris = (design as {type: string}).type === "morris", dummy = (design as {dummy?: boolean}).dummy !== false;
    expect(table[0]).toMatch(/^summary of experiment sens \(sha256:[0-9a-f]{64}\): \d+ runs/);
    expect(table[1]).toMatch(new RegExp(`^measure +${morris ? "rank +" : ""}parameter +index +estimate +lo +hi${dummy ? " +floor +above" : ""}$`));
    const k = factors.length + (dummy ? 1 : 0), second = (design as {secondOrder?: boolean}).secondOrder === true;
    expect(table).toHaveLength(2 + (morris ? 3 * k : 2 * k + (second ? (k * (k - 1)) / 2 : 0)));
    return {e, dir, rows: r.out.trim().split("\n").map((l) => JSON.parse(l))};
  };
  it("Morris: mu*, mu and sigma per parameter from the per-point means, as computed directly, ranked by mu*, each against the dummy's", async () => {
    const {e, rows} = await run({type: "morris", r: 6, levels: 4});
    expect(rows.map((r) => `${r.parameter} ${r.index}`).sort()).toEqual(["dummy", "loadValue", "solutionCoefficient"].flatMap((p) => [`${p} mu`, `${p} mu*`, `${p} sigma`]).sort());
    const muStar = rows.filter((r) => r.index === "mu*");
    expect(muStar.map((r) => r.rank)).toEqual([1, 2, 3]);
    for (let q = 1; q < muStar.length; ++q) expect(muStar[q - 1].estimate).toBeGreaterThanOrEqual(muStar[q].estimate);
    const plan = planExperiment(e);
    const means = plan.points.map((p) => { let s = 0; runPointRows(plan, p, 0, 4, (r) => (s += r.problemsUnsolved as number)); return s / 4; });
    const {morrisIndices, valueMoves} = await import("../../../sim/experiment/sensitivity/morris.ts");
    const {rng} = await import("../../../sim/rng.ts");
    const direct = morrisIndices(plan.points, means, 3, 200, rng("11/bootstrap/problemsUnsolved"), valueMoves(plan.factors));
    const at = (p: string, index: string) => rows.find((r) => r.parameter === p && r.index === index);
    ["loadValue", "solutionCoefficient", "dummy"].forEach((p, i) => {
      expect(at(p, "mu*").estimate).toBeCloseTo(direct.muStar[i].estimate, 4);
      expect(at(p, "mu*").lo).toBeCloseTo(direct.muStar[i].lo, 4);
    });
    // more load per problem leaves more problems unsolved
    expect(at("loadValue", "mu").estimate).toBeGreaterThan(0);
    for (const r of rows) expect(r.lo).toBeLessThanOrEqual(r.hi);
    // every index but the dummy's (and signed mu) is held against the dummy's upper bound
    const dummyHi = at("dummy", "mu*").hi;
    for (const p of ["loadValue", "solutionCoefficient"]) expect(at(p, "mu*")).toMatchObject({floor: dummyHi, above: at(p, "mu*").lo > dummyHi ? "yes" : "no"});
    expect(at("dummy", "mu*").above).toBe("dummy");
  });
  it("Saltelli: first-order, total and second-order Sobol indices with intervals", async () => {
    const {rows} = await run({type: "saltelli", n: 16, secondOrder: true});
    expect(rows.map((r) => `${r.parameter} ${r.index}`)).toEqual(["loadValue S1", "loadValue ST", "solutionCoefficient S1", "solutionCoefficient ST", "dummy S1", "dummy ST",
      "loadValue x solutionCoefficient S2", "loadValue x dummy S2", "solutionCoefficient x dummy S2"]);
    for (const r of rows) expect(Number.isFinite(r.estimate) && r.lo <= r.hi).toBe(true);
  });
  it("--convergence: every index at 32, 64, ... base samples, with a note where intervals are wider than the gaps", async () => {
    const {dir} = await run({type: "saltelli", n: 80, secondOrder: false, dummy: false});
    const r = await cli("summarise", dir, "--convergence", "--format", "jsonl", "--resamples", "50");
    expect(r.code).toBe(0);
    const rows = r.out.trim().split("\n").map((l) => JSON.parse(l));
    expect([...new Set(rows.map((x) => x.n))]).toEqual([32, 64, 80]);
    expect(rows.filter((x) => x.n === 80)).toHaveLength(4);
    // notes go to stderr beside csv or jsonl, one line each, and only where the computed rows call for one
    const last = rows.filter((x) => x.n === 80 && x.index === "ST").sort((a, b) => b.estimate - a.estimate);
    const unsettled = Math.max(last[0].hi - last[0].lo, last[1].hi - last[1].lo) > last[0].estimate - last[1].estimate;
    expect(/^note: problemsUnsolved ST: /m.test(r.err)).toBe(unsettled);
    expect((await cli("summarise", dir, "--convergence", "--indices")).err).toMatch(/^error: --convergence and --indices cannot be combined/m);
  });
});

describe("resume", () => {
  it.each([
    ["SIGINT", 130, "interrupted by SIGINT"],
    ["SIGTERM", 143, "interrupted by SIGTERM"],
    ["SIGUSR2", 140, "stopped by SIGUSR2 \\(the time limit is near\\)"]
  ] as const)("after %s the sweep keeps its finished chunks in the journal, says the same command resumes, exits %d, releases its lock and leaves no temporary file", async (signal, status, said) => {
    const e = {...TINY, id: "int", replications: 2000, measures: ["resolution"], base: {problems: 60, periods: 60}};
    const file = experimentFile(e);
    const dir = dirFor();
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("SLURM_")));
    const child = spawn(process.execPath, ["--import", "tsx", join(root, "sim/cli.ts"), "sweep", file, "--out", dir, "--workers", "1", "--chunk-rows", "200"], {cwd: root, env, stdio: ["ignore", "ignore", "pipe"]});
    let err = "";
    child.stderr!.on("data", (d) => (err += d));
    await new Promise<void>((done, fail) => {
      const t = setInterval(() => {
        if (journalLines(dir) >= 1) { clearInterval(t); child.kill(signal); done(); }
      }, 20);
      child.on("exit", () => { clearInterval(t); fail(new Error("the sweep ended before it could be interrupted")); });
    });
    const code = await new Promise((done) => child.on("exit", (c) => done(c)));
    expect(code).toBe(status);
    const runs = planExperiment(e).points.length * e.replications;
    const m = new RegExp(`\n${said}: (\\d+) of ${runs} runs are kept in .*; run the same command to resume\n$`).exec(err);
    expect(m, err).not.toBeNull();
    expect(Number(m![1])).toBe(journalLines(dir) * 200);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(existsSync(join(dir, "shard-0of1.parquet"))).toBe(false);
    expect(existsSync(join(dir, "shard-0of1.parquet.partial"))).toBe(true);
    expect(existsSync(join(dir, "shard-0of1.lock"))).toBe(false);
    if (signal !== "SIGTERM") return; // one resume is enough (it costs the rest of the runs)
    const resumed = await cli("sweep", file, "--out", dir, "--workers", "1");
    expect(resumed.err).toMatch(new RegExp(`^resuming: ${m![1]} of ${runs} runs already done`));
  });

  it("after SIGKILL part way (the killed process left a zombie), the same command at once finishes and the merged result equals an uninterrupted run row for row", async () => {
    const e = {...TINY, id: "kill", replications: 2000, measures: ["resolution", "problemLatency"], base: {problems: 60, periods: 60}};
    const file = experimentFile(e);
    const dir = dirFor();
    // on Linux the killed sweep is left a zombie: the same command at once must still resume (its lock counts it gone)
    const linux = existsSync("/proc/self/stat");
    const {before, reap} = await killPartWayFrom(file, dir, linux, []);
    // a chunk half-appended by a stop (bytes after the journal's last entry, and a torn journal line) is dropped
    appendFileSync(join(dir, "shard-0of1.csv.partial"), "999,torn");
    appendFileSync(join(dir, "shard-0of1.parquet.partial"), new Uint8Array(1000).fill(7));
    appendFileSync(join(dir, "shard-0of1.journal"), '{"chunk":');
    let resumed;
    try {
      resumed = await cli("sweep", file, "--out", dir, "--workers", "2", "--chunk-rows", "200");
    } finally {
      reap();
    }
    expect(resumed.code).toBe(0);
    expect(resumed.err).toMatch(new RegExp(`^resuming: ${before * 200} of 8000 runs already done`));
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect((await cli("merge", dir)).code).toBe(0);
    const whole = dirFor();
    await cli("sweep", file, "--out", whole, "--workers", "2", "--chunk-rows", "500");
    await cli("merge", whole);
    expect(merged(dir)).toBe(merged(whole));
    expect(merged(dir).split("\n")).toHaveLength(8002);
    expect(readFileSync(join(dir, "shard-0of1.csv"), "utf8")).toBe(readFileSync(join(whole, "shard-0of1.csv"), "utf8"));
  });

  it("--no-csv: after SIGKILL part way, two resumes started at once: one finishes with the rows of an uninterrupted run, the other is refused in one line", async () => {
    const e = {...TINY, id: "kill-parquet", replications: 2000, measures: ["resolution"], base: {problems: 60, periods: 60}};
    const file = experimentFile(e);
    const dir = dirFor(), whole = dirFor();
    const before = await killPartWay(file, dir, "--no-csv");
    appendFileSync(join(dir, "shard-0of1.parquet.partial"), new Uint8Array(100).fill(7));
    const resume = () => new Promise<{code: number | null; err: string}>((done) => {
      const child = spawn(process.execPath, ["--import", "tsx", join(root, "sim/cli.ts"), "sweep", file, "--out", dir, "--workers", "1"], {cwd: root, stdio: ["ignore", "ignore", "pipe"]});
      let err = "";
      child.stderr!.on("data", (d) => (err += d));
      child.on("exit", (code) => done({code, err}));
    });
    const both = await Promise.all([resume(), resume()]);
    const won = both.filter((r) => r.code === 0), refused = both.filter((r) => r.code === 2);
    expect(won, both.map((r) => r.err).join(" | ")).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0].err).toMatch(/^error: invalid --out: .* \(allowed: a folder where this sweep is not being run already; process \d+ on .* holds .*shard-0of1\.lock: wait for it, or stop it first\)\n$/);
    expect(won[0].err).toMatch(new RegExp(`^resuming: ${before * 200} of 8000 runs already done`));
    await cli("sweep", file, "--out", whole, "--workers", "2", "--chunk-rows", "500", "--no-csv");
    const rows = async (d: string) => parquetReadObjects({file: await asyncBufferFromFile(join(d, "shard-0of1.parquet"))});
    expect(await rows(dir)).toEqual(await rows(whole));
    expect(readdirSync(dir).filter((f) => /csv|partial|journal|\.tmp$/.test(f))).toEqual([]);
  });
});
