// A real Slurm: a one-node cluster runs the job array that `sweep --slurm`
// writes; the merged result must equal a local run's. Needs root and the
// Debian packages slurm-wlm and munge (.ci/run installs them): skipped with a
// warning elsewhere, a failure under CI.
import {afterAll, describe, expect, it} from "vitest";
import {execFileSync} from "node:child_process";
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {cli} from "./cliHarness.ts";
import {slurmUnavailable, startCluster} from "./slurmCluster.ts";

const why = slurmUnavailable();
const ci = Boolean(process.env.CI);
if (why && !ci) console.warn(`warning: the real Slurm test is skipped: ${why}`);
const scratch = mkdtempSync(join(tmpdir(), "gcl-slurm-sweep-"));
afterAll(() => rmSync(scratch, {recursive: true, force: true}));

describe("Slurm job array", () => {
  it.skipIf(why !== undefined && !ci)("runs the generated sbatch script on a one-node cluster; merged, it equals a local run", async () => {
    expect(why, `under CI the Slurm test must run: ${why}`).toBeUndefined();
    const file = join(scratch, "e.json");
    writeFileSync(file, JSON.stringify({
      id: "slurm", model: "classic", parameters: [{key: "load", values: ["light", "moderate", "heavy"]}, {key: "energy", values: ["less", "more"]}],
      design: {type: "factorial"}, replications: 40, seed: 8, measures: ["resolution", "flight", "problemLatency"]
    }));
    const dir = join(scratch, "cluster"), local = join(scratch, "local");
    const w = await cli("sweep", file, "--out", dir, "--slurm", "--shards", "3", "--workers", "1");
    expect(w.code).toBe(0);
    const cluster = await startCluster();
    try {
      const submitted = execFileSync("/usr/bin/sbatch", ["--parsable", join(dir, "sweep.sbatch")], {env: cluster.env}).toString().trim();
      const job = submitted.split(";")[0];
      expect(job).toMatch(/^\d+$/);
      // poll squeue (sbatch --wait polls every 10 s)
      for (let i = 0; execFileSync("/usr/bin/squeue", ["-h", "-j", job], {env: cluster.env}).toString().trim() !== ""; ++i) {
        if (i > 600) throw new Error("the job array did not finish within 5 minutes");
        await new Promise((r) => setTimeout(r, 500));
      }
    } finally {
      await cluster.stop();
    }
    const m = await cli("merge", dir);
    expect(m.err).toBe("");
    expect(m.code).toBe(0);
    for (const i of [0, 1, 2]) expect(readFileSync(join(dir, `shard-${i}of3.csv`), "utf8").length).toBeGreaterThan(0);
    await cli("sweep", file, "--out", local, "--workers", "2");
    await cli("merge", local);
    expect(readFileSync(join(dir, "merged.csv"), "utf8")).toBe(readFileSync(join(local, "merged.csv"), "utf8"));
  });
});
