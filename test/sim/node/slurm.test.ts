// A real Slurm: a one-node cluster runs the job array that `sweep --slurm`
// writes, submitted with its chained merge job (submit.sh), into a folder whose
// path holds a space and a %. One task gets Slurm's warning signal part way
// (as before its time limit): it finishes its chunks in flight, requeues
// itself and resumes; another is requeued and stopped with SIGTERM (as at the
// time limit) and resumes; the merge job then runs by itself, and its result
// must equal a local run's. (A real time limit is at least a minute, checked
// every 30 s: the test sends the same signals instead.) Needs root and the Debian packages slurm-wlm and munge
// (.ci/run installs them): skipped with a warning elsewhere, a failure under CI.
import {afterAll, describe, expect, it} from "vitest";
import {execFileSync} from "node:child_process";
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {cli} from "./cliHarness.ts";
import {slurmUnavailable, startCluster, type Cluster} from "./slurmCluster.ts";
import {planExperiment} from "../../../sim/experiment/experimentFile.ts";
import {maxArraySize} from "../../../sim/node/sweep/slurmEstimate.ts";

const why = slurmUnavailable();
const ci = Boolean(process.env.CI);
if (why && !ci) console.warn(`warning: the real Slurm test is skipped: ${why}`);
const scratch = mkdtempSync(join(tmpdir(), "gcl-slurm-sweep-"));
afterAll(() => rmSync(scratch, {recursive: true, force: true}));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(what: string | (() => string), seconds: number, f: () => T | undefined): Promise<T> {
  for (const end = Date.now() + seconds * 1000; Date.now() < end; await sleep(100)) {
    const v = f();
    if (v !== undefined) return v;
  }
  throw new Error(`${typeof what === "string" ? what : what()} did not happen within ${seconds} s`);
}

describe("Slurm job array", () => {
  it.skipIf(why !== undefined && !ci)("runs the generated scripts on a one-node cluster: a task warned part way requeues itself and resumes, a task stopped by SIGTERM and requeued resumes, the chained merge equals a local run", async () => {
    expect(why, `under CI the Slurm test must run: ${why}`).toBeUndefined();
    const file = join(scratch, "e.json");
    const e = {
      id: "slurm", model: "classic", parameters: [{key: "load", values: ["light", "moderate", "heavy"]}, {key: "energy", values: ["less", "more"]}],
      design: {type: "factorial"}, replications: 1500, seed: 8, measures: ["resolution", "flight", "problemLatency"], base: {problems: 60, periods: 60}
    };
    writeFileSync(file, JSON.stringify(e));
    const dir = join(scratch, "cluster run 100%"), local = join(scratch, "local");
    const w = await cli("sweep", file, "--out", dir, "--slurm", "--shards", "3", "--workers", "1", "--chunk-rows", "300");
    expect(w.err).toBe("");
    expect(w.code).toBe(0);
    const script = readFileSync(join(dir, "sweep.sbatch"), "utf8");
    expect(script).toMatch(/\nexec node '[^']+\.mjs' sweep /);
    expect(script).not.toMatch(/npx|tsx/);
    const cluster: Cluster = await startCluster();
    const sh = (cmd: string, ...args: string[]) => execFileSync(cmd, args, {env: cluster.env}).toString().trim();
    let array = "", merge = "", mergeState = "";
    const restarts: string[] = [];
    try {
      // the cluster's MaxArraySize (500 in its slurm.conf) is read from scontrol
      expect(maxArraySize(cluster.env)).toEqual({value: 500, source: "scontrol show config"});
      const submitted = sh("bash", join(dir, "submit.sh"));
      [, array, merge] = /^submitted job array (\d+) and merge job (\d+) /.exec(submitted) ?? [];
      expect(array, submitted).toMatch(/^\d+$/);
      // Once tasks 0 and 1 have each finished a chunk: task 0 gets the warning Slurm sends before the
      // time limit (it requeues itself); task 1 is requeued by hand, which stops it with SIGTERM as the time limit does.
      const started = (i: number) => {
        const journal = join(dir, `shard-${i}of3.journal`);
        return existsSync(journal) && readFileSync(journal, "utf8").includes("\n") ? true : undefined;
      };
      await until("the first chunks of tasks 0 and 1", 120, () => (started(0) && started(1)));
      sh("/usr/bin/scancel", "--batch", "--signal=USR2", `${array}_0`);
      sh("/usr/bin/scontrol", "requeue", `${array}_1`);
      // requeued, a task waits for a begin time (two minutes here); let them start at once
      for (const task of [0, 1]) {
        await until(`the requeue of task ${task}`, 60, () => (/PENDING/.test(sh("/usr/bin/squeue", "-h", "-j", `${array}_${task}`, "-o", "%T")) ? true : undefined));
        sh("/usr/bin/scontrol", "update", `JobId=${array}_${task}`, "StartTime=now");
      }
      await until("the array and the merge job", 240, () => (sh("/usr/bin/squeue", "-h") === "" ? true : undefined));
      for (const task of [0, 1, 2]) restarts.push(/Restarts=(\d+)/.exec(sh("/usr/bin/scontrol", "show", "job", `${array}_${task}`))?.[1] ?? "");
      mergeState = /JobState=(\S+)/.exec(sh("/usr/bin/scontrol", "show", "job", merge))?.[1] ?? "";
    } finally {
      await cluster.stop();
    }
    const runs = planExperiment(e).points.length * e.replications, shardRuns = runs / 3;
    const log0 = readFileSync(join(dir, `slurm-${array}_0.log`), "utf8");
    expect(log0).toMatch(new RegExp(`stopped by SIGUSR2 \\(the time limit is near\\): \\d+ of ${shardRuns} runs \\(shard 0/3\\) are kept in .*; Slurm job ${array}_0 requeued: it resumes where it stopped\n`));
    const kept = Number(/stopped by SIGUSR2 \(the time limit is near\): (\d+) of/.exec(log0)![1]);
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(shardRuns);
    expect(log0).toContain(`resuming: ${kept} of ${shardRuns} runs already done (shard 0/3)`);
    const log1 = readFileSync(join(dir, `slurm-${array}_1.log`), "utf8");
    const dropped = new RegExp(`interrupted by SIGTERM: (\\d+) of ${shardRuns} runs \\(shard 1/3\\) are kept in .*; run the same command to resume \\(under Slurm: scontrol requeue \\d+, Slurm job ${array}_1\\)\n`).exec(log1);
    expect(dropped, log1).not.toBeNull();
    expect(log1).toContain(`resuming: ${dropped![1]} of ${shardRuns} runs already done (shard 1/3)`);
    expect(restarts).toEqual(["1", "1", "0"]);
    expect(mergeState).toBe("COMPLETED");
    const mergeLog = readFileSync(join(dir, `slurm-merge-${merge}.log`), "utf8");
    expect(mergeLog).toMatch(new RegExp(`^merge: ${runs} runs .* from 3 files into `));
    expect(readdirSync(dir).filter((f) => /lock|journal|partial|\.tmp$/.test(f))).toEqual([]);
    await cli("sweep", file, "--out", local, "--workers", "2");
    await cli("merge", local);
    expect(readFileSync(join(dir, "merged.csv"), "utf8")).toBe(readFileSync(join(local, "merged.csv"), "utf8"));
  });
});
