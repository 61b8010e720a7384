import {afterAll, describe, expect, it} from "vitest";
import {execFileSync, spawnSync} from "node:child_process";
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {capShards, mergeScript, parseMaxArraySize, sbatchPath, slurmFlags, slurmTime, submitScript, sweepScript, timeRequest, TIME_MARGIN, TIME_SLACK_S, type SlurmJob} from "../../../../sim/node/sweep/slurm.ts";
import {maxArraySize, memoryRequest} from "../../../../sim/node/sweep/slurmEstimate.ts";
import {requeueAfterWarning} from "../../../../sim/node/sweep/stop.ts";
import {planExperiment} from "../../../../sim/experiment/experimentFile.ts";
import {cli} from "../cliHarness.ts";
import {cliBundle} from "../../../../sim/node/sweep/slurmCommand.ts";

const spawnSyncNode = (args: string[], cwd: string) => spawnSync(process.execPath, args, {cwd, encoding: "utf8", env: {...process.env, NODE_OPTIONS: ""}});

const scratch = mkdtempSync(join(tmpdir(), "gcl-slurm-script-"));
afterAll(() => rmSync(scratch, {recursive: true, force: true}));

const job = (over: Partial<SlurmJob> = {}): SlurmJob => ({
  id: "exp", runs: 1000, shards: 4, shardRuns: 250, workers: 2, chunkRows: 1000, csv: true,
  dir: "/data/it's a 100% run", experiment: "/data/it's a 100% run/experiment.json", root: "/home/me/lab $HOME", cli: "/home/me/lab $HOME/node_modules/.cache/cli-1.mjs",
  msPerRun: 1.5, memoryMb: 1024, mergeMemoryMb: 512, notes: [], modules: [], ...over
});

/** The arguments bash gives node on the script's last line (node replaced by printf, the array task set). */
function execArgs(script: string): string[] {
  const last = script.trim().split("\n").at(-1)!.replace(/^exec node /, "printf '%s\\n' ");
  return execFileSync("bash", ["-c", `SLURM_ARRAY_TASK_ID=3; ${last}`]).toString().trimEnd().split("\n");
}

describe("sweep --slurm scripts", () => {
  it("every path is quoted: bash passes each one whole to node, sbatch gets the log path in double quotes with % doubled", () => {
    const j = job();
    const script = sweepScript(j);
    execFileSync("bash", ["-n", "-c", script]);
    expect(execArgs(script)).toEqual([j.cli, "sweep", j.experiment, "--out", j.dir, "--shard", "3/4", "--workers", "2", "--chunk-rows", "1000"]);
    expect(script).toContain(`#SBATCH --output="/data/it's a 100%% run/slurm-%A_%a.log"\n`);
    expect(script).toContain(`cd '/home/me/lab $HOME'\n`);
    expect(execArgs(mergeScript(j))).toEqual([j.cli, "merge", j.dir]);
    expect(mergeScript(j)).toContain(`#SBATCH --output="/data/it's a 100%% run/slurm-merge-%j.log"\n`);
    expect(submitScript(j)).toContain(`--dependency=afterok:"$array" '/data/it'\\''s a 100% run/merge.sbatch'`);
    expect(execArgs(sweepScript(job({csv: false}))).at(-1)).toBe("--no-csv");
    for (const bad of ['/a"b', "/a\\b", "/a\nb"]) expect(() => sbatchPath(bad)).toThrow(/^invalid --out for --slurm: .* \(allowed: a folder whose path has no double quote, backslash or line break, which #SBATCH lines cannot hold\)$/);
  });

  it("runs node on the bundle, asks for a warning signal before the limit and may be requeued; no npx or tsx", () => {
    const script = sweepScript(job());
    const t = timeRequest(job());
    expect(script).toMatch(/\nexec node '[^\n]*cli-1\.mjs' sweep /);
    expect(script).not.toMatch(/npx|tsx/);
    expect(script).toContain(`#SBATCH --signal=B:USR2@${t.warning}\n`);
    expect(t.warning).toBeLessThan(t.limit);
    expect(script).toContain("#SBATCH --requeue\n");
    expect(script).toContain("#SBATCH --array=0-3\n#SBATCH --cpus-per-task=2\n#SBATCH --mem=1024M\n");
  });

  it("--partition, --account, --qos, --module and --setup go into both jobs' scripts, only when given", () => {
    const flags = slurmFlags({partition: "short,long", account: "proj-42", qos: "normal", module: ["nodejs/20.11.0", "gcc"], setup: "source ~/env.sh && echo ok"});
    const j = job(flags);
    for (const script of [sweepScript(j), mergeScript(j)]) {
      expect(script).toContain("#SBATCH --partition=short,long\n#SBATCH --account=proj-42\n#SBATCH --qos=normal\n");
      expect(script).toContain("module load 'nodejs/20.11.0'\nmodule load 'gcc'\nsource ~/env.sh && echo ok\n");
      expect(script.indexOf("module load")).toBeLessThan(script.indexOf("\nexec node"));
    }
    const plain = sweepScript(job());
    expect(plain).not.toMatch(/--partition|--account|--qos|module load/);
    expect(slurmFlags({})).toEqual({modules: []});
  });

  it("each Slurm flag is checked with a one-line error naming it", () => {
    expect(() => slurmFlags({partition: "a b"})).toThrow(/^invalid --partition: "a b" \(allowed: a Slurm name of letters, digits and _ \. , \+ : -, e\.g\. --partition=normal\)$/);
    expect(() => slurmFlags({account: "x;rm -rf /"})).toThrow(/^invalid --account: /);
    expect(() => slurmFlags({qos: ""})).toThrow(/^invalid --qos: /);
    expect(() => slurmFlags({module: ["ok", "bad module"]})).toThrow(/^invalid --module: "bad module" \(allowed: a module name such as nodejs\/20\.11\.0, one per --module; the script runs module load for each\)$/);
    expect(() => slurmFlags({module: ["$(touch x)"]})).toThrow(/^invalid --module: /);
    expect(() => slurmFlags({setup: "echo a\necho b"})).toThrow(/^invalid --setup: .* \(allowed: one shell line run before the sweep/);
    expect(() => slurmFlags({setup: "  "})).toThrow(/^invalid --setup: /);
  });

  it("shards are capped at the design's points and at the cluster's MaxArraySize, which is read from scontrol or defaults to 1001", () => {
    expect(capShards(4, 10, 1001, "s")).toEqual({shards: 4});
    expect(capShards(2000, 5000, 1001, "scontrol show config")).toEqual({shards: 1001, note: "--shards 2000 capped at 1001, the cluster's MaxArraySize 1001 (scontrol show config)"});
    expect(capShards(50, 12, 1001, "s")).toEqual({shards: 12, note: "--shards 50 capped at 12, the design's 12 points"});
    expect(parseMaxArraySize("KillWait                = 30 sec\nMaxArraySize            = 4001\nMaxJobCount = 10000\n")).toBe(4001);
    expect(parseMaxArraySize("MaxJobCount = 10000\n")).toBeUndefined();
    const fake = (status: number | null, stdout: string) => (() => ({status, stdout, stderr: "", pid: 1, output: [], signal: null})) as unknown as typeof spawnSync;
    expect(maxArraySize({}, fake(0, "MaxArraySize = 75\n"))).toEqual({value: 75, source: "scontrol show config"});
    expect(maxArraySize({}, fake(1, ""))).toEqual({value: 1001, source: "Slurm's default; scontrol show config could not be read here"});
    expect(maxArraySize({}, (() => { throw new Error("ENOENT"); }) as unknown as typeof spawnSync).value).toBe(1001);
  });

  it("the time request is the stated margin times the warm estimate plus the warning and the slack, in whole minutes", () => {
    const j = job({shardRuns: 1_000_000, msPerRun: 1.2, workers: 2, chunkRows: 5000});
    const t = timeRequest(j);
    expect(t.estimate).toBeCloseTo((1_000_000 * 1.2) / 1000 / 2, 6);
    expect(t.limit).toBe(Math.ceil(TIME_MARGIN * t.estimate + t.warning + TIME_SLACK_S));
    expect(sweepScript(j)).toContain(`#SBATCH --time=${slurmTime(t.limit)}\n`);
    expect(slurmTime(t.limit)).toBe("0-00:27:00"); // 1200 s + the 120 s warning + 300 s, in minutes
    // the warning leaves time for the chunks in flight of slow runs
    expect(timeRequest(job({msPerRun: 50, chunkRows: 2000})).warning).toBeGreaterThan((2 * 2000 * 50) / 1000);
    expect(slurmTime(59)).toBe("0-00:01:00");
    expect(slurmTime(2 * 86400 + 3 * 3600 + 61)).toBe("2-03:02:00");
  });

  it("the memory request grows with the workers, the measured worker peak and the design, from a floor of 512 MB", () => {
    expect(memoryRequest(1, 10, 0, 100, 5)).toBe(512);
    const two = memoryRequest(2, 150, 1, 10000, 10), four = memoryRequest(4, 150, 1, 10000, 10);
    expect(four).toBeGreaterThan(two);
    expect(memoryRequest(2, 300, 1, 10000, 10)).toBeGreaterThan(two);
    expect(memoryRequest(2, 150, 400, 10000, 10)).toBeGreaterThan(two + 400);
    expect(two % 64).toBe(0);
  });

  it("after the warning a task requeues itself under Slurm when it made progress, or the first times; elsewhere it says the same command resumes", () => {
    const calls: string[][] = [];
    const ok = ((cmd: string, args: string[]) => { calls.push([cmd, ...args]); return {status: 0, stdout: "", stderr: ""}; }) as unknown as typeof spawnSync;
    expect(requeueAfterWarning(true, {}, ok)).toBe("run the same command to resume");
    expect(calls).toEqual([]);
    const env = {SLURM_JOB_ID: "105", SLURM_ARRAY_JOB_ID: "100", SLURM_ARRAY_TASK_ID: "5"};
    expect(requeueAfterWarning(true, env, ok)).toBe("Slurm job 100_5 requeued: it resumes where it stopped");
    expect(calls).toEqual([["scontrol", "requeue", "105"]]);
    expect(requeueAfterWarning(false, {...env, SLURM_RESTART_COUNT: "1"}, ok)).toMatch(/requeued/);
    expect(requeueAfterWarning(false, {...env, SLURM_RESTART_COUNT: "3"}, ok)).toMatch(/^no chunk finished in this run before the warning, so the task is not requeued: ask for more time \(sbatch --time\) and resubmit it \(sbatch --array=5 \.\.\.\)$/);
    expect(calls).toHaveLength(2);
    const fails = (() => ({status: 1, stdout: "", stderr: "scontrol: error: Job is not requeueable\n"})) as unknown as typeof spawnSync;
    expect(requeueAfterWarning(true, env, fails)).toBe("could not requeue Slurm job 100_5 (scontrol: error: Job is not requeueable): resubmit it (sbatch --array=5 ...) or run the same command to resume");
  });

  it("through the command line: a small default for --workers, a note for capped shards, bad flags refused before anything is written", async () => {
    const e = {id: "cap", model: "classic", parameters: [{key: "load", values: ["light", "heavy"]}], design: {type: "factorial"}, replications: 3, seed: 1, measures: ["resolution"]};
    const file = join(scratch, "e.json");
    writeFileSync(file, JSON.stringify(e));
    const dir = join(scratch, "out dir");
    const r = await cli("sweep", file, "--out", dir, "--slurm", "--shards", "9");
    expect(r.code).toBe(0);
    const points = planExperiment(e).points.length;
    expect(r.err).toBe(`note: --shards 9 capped at ${points}, the design's ${points} points\n`);
    const script = readFileSync(join(dir, "sweep.sbatch"), "utf8");
    expect(script).toContain(`#SBATCH --array=0-${points - 1}\n#SBATCH --cpus-per-task=2\n`);
    expect(existsSync(join(dir, "merge.sbatch")) && existsSync(join(dir, "submit.sh"))).toBe(true);
    const bad = join(scratch, "never");
    for (const [flag, value] of [["--partition", "a b"], ["--module", "x y"], ["--setup", "a\nb"], ["--qos", "q q"]]) {
      const refused = await cli("sweep", file, "--out", bad, "--slurm", "--shards", "2", flag, value);
      expect(refused.code).toBe(2);
      expect(refused.err).toMatch(new RegExp(`^error: invalid ${flag}: [^\\n]*\\n$`));
    }
    expect(existsSync(bad)).toBe(false);
    const notSlurm = await cli("sweep", file, "--out", bad, "--partition", "short");
    expect(notSlurm.err).toBe("error: --partition is for --slurm\n");
  });
});

describe("the command line bundle for the compute nodes", () => {
  it("runs a sweep with plain node from another folder, its workers on their prebuilt module: neither tsx nor esbuild is loaded", async () => {
    const bundle = cliBundle()!;
    expect(bundle.cli).toMatch(/cli-[0-9a-f]{16}\.mjs$/);
    // a preload that records every require of tsx or esbuild (the fallbacks load both through require)
    const log = join(scratch, "loads.txt"), hook = join(scratch, "deny.cjs");
    writeFileSync(log, "");
    writeFileSync(hook, `const M = require("module"), fs = require("fs"), load = M._load;
M._load = function (request, ...rest) { if (/^(tsx|esbuild)(\\/|$)/.test(request)) fs.appendFileSync(${JSON.stringify(log)}, request + "\\n"); return load.call(this, request, ...rest); };`);
    const e = {id: "bundle", model: "classic", parameters: [{key: "load", values: ["light", "heavy"]}], design: {type: "factorial"}, replications: 30, seed: 3, measures: ["resolution"]};
    const file = join(scratch, "b.json"), out = join(scratch, "bundle out");
    writeFileSync(file, JSON.stringify(e));
    const r = spawnSyncNode(["--require", hook, bundle.cli, "sweep", file, "--out", out, "--workers", "2", "--chunk-rows", "20"], scratch);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(log, "utf8")).toBe("");
    const local = join(scratch, "bundle local");
    await cli("sweep", file, "--out", local, "--workers", "1");
    expect(readFileSync(join(out, "shard-0of1.csv"), "utf8")).toBe(readFileSync(join(local, "shard-0of1.csv"), "utf8"));
  });
});
