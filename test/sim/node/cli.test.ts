import {describe, expect, it} from "vitest";
import {spawnSync} from "node:child_process";
import {mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {design1972} from "../../../sim/classic/design.ts";
import {cli} from "./cliHarness.ts";

const FIELDS = "load access decision energy choiceSeq problemSeq resolution flight oversight choicesUnmade problemsUnsolved problemActivity problemLatency problemShifts dmShifts dmActivity choiceActivePeriods energySpent energyExcess energyIdle".split(" ");

describe("classic CLI", () => {
  it("writes the 324 runs of the 1972 design with exactly the specified fields, in design order", async () => {
    const {code, out} = await cli("classic", "--design", "1972", "--format", "jsonl");
    expect(code).toBe(0);
    const rows = out.trim().split("\n").map((l) => JSON.parse(l));
    expect(rows.length).toBe(324);
    const design = design1972();
    rows.forEach((r, k) => {
      expect(Object.keys(r)).toEqual(FIELDS);
      const p = design[k];
      expect([r.load, r.access, r.decision, r.energy, r.choiceSeq, r.problemSeq]).toEqual([p.load, p.access, p.decision, p.energy, p.choiceSeq, p.problemSeq]);
    });
    // energies in energy units as decimals: multiples of 0.01
    for (const r of rows) expect(Math.abs(r.energySpent * 100 - Math.round(r.energySpent * 100))).toBeLessThan(1e-9);
    const golden = rows.find((r) => r.load === "heavy" && r.access === "unsegmented" && r.decision === "unsegmented" && r.energy === "equal" && r.choiceSeq === 1 && r.problemSeq === 1);
    expect([golden.flight, golden.choicesUnmade, golden.problemsUnsolved]).toEqual([9, 1, 20]);
  });

  it("selects variants and formats csv and tables", async () => {
    const csv = (await cli("classic", "--load", "heavy", "--access", "specialized", "--energy", "more", "--format", "csv")).out.trim().split("\n");
    expect(csv[0]).toBe(FIELDS.join(","));
    expect(csv.length).toBe(1 + 3 * 4);
    const table = (await cli("classic", "--load", "light", "--access", "unsegmented", "--decision", "unsegmented", "--energy", "equal", "--choice-seq", "1", "--problem-seq", "1", "--format", "table")).out;
    expect(table.split("\n")[2]).toMatch(/^light\s+unsegmented\s+unsegmented\s+equal\s+1\s+1\s+10\s+0\s+0/);
  });

  it("random entry orders are reproducible per seed", async () => {
    const a = await cli("classic", "--load", "moderate", "--access", "hierarchical", "--decision", "hierarchical", "--energy", "equal", "--reps", "5", "--seed", "7");
    const b = await cli("classic", "--load", "moderate", "--access", "hierarchical", "--decision", "hierarchical", "--energy", "equal", "--reps", "5", "--seed", "7");
    const c = await cli("classic", "--load", "moderate", "--access", "hierarchical", "--decision", "hierarchical", "--energy", "equal", "--reps", "5", "--seed", "8");
    expect(a.out).toBe(b.out);
    expect(a.out).not.toBe(c.out);
    expect(a.out.trim().split("\n").length).toBe(5);
    expect(JSON.parse(a.out.split("\n")[0]).seed).toBe("7/moderate-hierarchical-hierarchical-equal/0");
  });

  it("--engine general gives the classic engine's rows (1972 design and seeded random entry orders), streamed, and refuses random ties", async () => {
    for (const args of [["--design", "1972"], ["--load", "heavy", "--reps", "3", "--seed", "7", "--tie-break", "highest"]]) {
      const classic = await cli("classic", ...args, "--format", "csv");
      const general = await cli("classic", ...args, "--engine", "general", "--format", "csv");
      expect(general.code).toBe(0);
      expect(general.out.trim().split("\n").length).toBeGreaterThan(3);
      expect(general.out).toBe(classic.out);
    }
    const timed = await cli("classic", "--load", "light", "--engine", "general", "--repeat", "2", "--format", "none");
    expect(timed.out).toMatch(/^classic \(general engine\): 216 runs in [\d.]+ ms wall/);
    const bad = await cli("classic", "--engine", "general", "--tie-break", "random");
    expect(bad.code).toBe(2);
    expect(bad.out).toBe("");
    expect(bad.err).toMatch(/^error: invalid --engine general: .*tieBreak "random".*\n$/);
  });

  it("rule options change outcomes", async () => {
    const a = await cli("classic", "--format", "csv");
    const b = await cli("classic", "--format", "csv", "--arithmetic", "float");
    const c = await cli("classic", "--format", "csv", "--comparison", "<");
    expect(a.out).not.toBe(b.out);
    expect(a.out).not.toBe(c.out);
  });

  it("runs a custom model from --config and names a bad field", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gcl-"));
    // Two choices enter in period 1 (deficit 0 each); the one problem may use
    // only choice 2; the one decision maker (1.0 x 0.5 = 0.5 a period) takes
    // the tie to choice 1, which is then made by oversight (0 <= 0.5). From
    // period 2 the decision maker works on choice 2: 0.5, then 1.0 >= 1 in
    // period 3, made by resolution.
    const config = {periods: 4, load: 1, solutionCoefficient: 0.5, energies: [1], access: [[0, 1]], decision: [[1, 1]],
      choiceEntry: [1, 1], problemEntry: [1], tieBreak: "lowest", comparison: "<=", deficits: "previous", arithmetic: "integer"};
    writeFileSync(join(dir, "c.json"), JSON.stringify(config));
    const {code, out} = await cli("classic", "--config", join(dir, "c.json"), "--details");
    expect(code).toBe(0);
    const row = JSON.parse(out);
    expect([row.resolution, row.oversight, row.flight]).toEqual([1, 1, 0]);
    expect(row.choices[0].made).toBe(1);
    expect(row.problems[0].solvedBy).toBe(2);
    expect(row.problems[0].solved).toBe(3);
    writeFileSync(join(dir, "bad.json"), JSON.stringify({...config, access: [[0, 1, 1]]}));
    const bad = await cli("classic", "--config", join(dir, "bad.json"));
    expect(bad.code).toBe(2);
    expect(bad.err).toBe("error: invalid access[1]: [0,1,1] (allowed: an array of 2 entries (one per choice, as in choiceEntry); got 3)\n");
  });

  it("rejects unknown flags and values with the allowed ones", async () => {
    let r = await cli("classic", "--bogus");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown flag --bogus \(allowed: --design, --load/);
    expect(r.out).toBe("");
    r = await cli("classic", "--load", "extreme");
    expect(r.err).toContain('invalid --load: "extreme" (allowed: light, moderate, heavy)');
    r = await cli("classic", "--format", "xml");
    expect(r.err).toContain("allowed: jsonl, csv, table, none");
    r = await cli("classic", "--reps", "0");
    expect(r.err).toContain("invalid --reps");
    r = await cli("classic", "--choices", "12");
    expect(r.err).toContain("need --reps");
    r = await cli("nonsense");
    expect(r.err).toContain("unknown command");
  });

  it("as a process: --repeat N --format none prints one timing line; errors exit non-zero", () => {
    const ok = spawnSync(process.execPath, ["--import", "tsx", "sim/cli.ts", "classic", "--design", "1972", "--repeat", "3", "--format", "none"], {encoding: "utf8"});
    expect(ok.status).toBe(0);
    expect(ok.stdout.trim().split("\n")).toHaveLength(1);
    expect(ok.stdout).toMatch(/^classic: 972 runs in [\d.]+ ms wall/);
    const bad = spawnSync(process.execPath, ["--import", "tsx", "sim/cli.ts", "classic", "--energy", "lots"], {encoding: "utf8"});
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('invalid --energy: "lots" (allowed: less, equal, more)');
  });
});
