import {describe, expect, it} from "vitest";
import {mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {runReplications} from "../../../sim/experiment/run.ts";
import {runParticipation} from "../../../sim/participation/engine.ts";
import {preset} from "../../../sim/participation/presets.ts";
import {MEASURE_KEYS} from "../../../sim/participation/measures.ts";
import {SHARED_KEY, runSeed} from "../../../sim/seeds.ts";
import {cli} from "../node/cliHarness.ts";

describe("replications", () => {
  it("rows carry scenario, replication, seed and every measure", () => {
    const rows = runReplications(preset("rg-decide"), {reps: 3, seed: "x"});
    expect(rows.map((r) => r.seed)).toEqual(["x/0", "x/1", "x/2"]);
    for (const r of rows) for (const k of MEASURE_KEYS) expect(typeof r[k]).toBe("number");
    const direct = runParticipation(preset("rg-decide"), {seed: runSeed("x", SHARED_KEY, 1)});
    expect(rows[1].influence).toBe(direct.summary.influence);
  });

  it("derived measures are computed from the run's own numbers: a sum of ladder steps, staff hours over cases", () => {
    const rows = runReplications(preset("transfer-visit"), {reps: 3, seed: "d"});
    for (const r of rows) {
      expect(r["ladder.influenceOrControl"]).toBeCloseTo((r["ladder.influence"] as number) + (r["ladder.control"] as number), 12);
      expect(r.staffHoursPerCase).toBeCloseTo((r.staffEnergy as number) / (r.cases as number), 12);
    }
  });
});

describe("participation CLI", () => {
  it("run prints one summary per replication with the required fields", async () => {
    const {code, out} = await cli("run", "rg-guardian", "--reps", "4", "--seed", "5", "--format", "jsonl");
    expect(code).toBe(0);
    const rows = out.trim().split("\n").map((l) => JSON.parse(l));
    expect(rows).toHaveLength(4);
    for (const [k, r] of rows.entries()) {
      for (const f of ["scenario", "replication", "seed", "cases", "ladder", "influence", "preferenceRealised", "fit", "timeToDecision", "styles", "staffEnergy", "meetings"]) expect(r).toHaveProperty(f);
      expect(r.replication).toBe(k);
      expect(r.seed).toBe(`5/${k}`);
      const sum = ["perspective", "participation", "influence", "control", "undecided"].reduce((s, x) => s + r.ladder[x], 0);
      expect(sum).toBeCloseTo(1, 12);
      expect(Object.keys(r.styles).sort()).toEqual(["flight", "oversight", "resolution"]);
    }
  });

  it("run and compare give the same numbers for the same seed", async () => {
    const run = (await cli("run", "rg-peer", "--reps", "30", "--seed", "11", "--format", "jsonl")).out.trim().split("\n").map((l) => JSON.parse(l));
    const mean = run.reduce((s, r) => s + r.influence, 0) / run.length;
    const cmp = (await cli("compare", "rg-report", "rg-peer", "--reps", "30", "--seed", "11", "--format", "jsonl")).out.trim().split("\n").map((l) => JSON.parse(l));
    const row = cmp.find((r) => r.measure === "influence");
    expect(row["rg-peer"].mean).toBeCloseTo(mean, 12);
  });

  it("--cases prints one row per case; --set overrides a declared parameter", async () => {
    const a = (await cli("run", "time-pressure", "--cases", "--format", "jsonl")).out.trim().split("\n").map((l) => JSON.parse(l));
    expect(a.length).toBeGreaterThan(1);
    expect(a[0]).toHaveProperty("step");
    const base = (await cli("run", "time-pressure", "--reps", "20")).out;
    const more = (await cli("run", "time-pressure", "--reps", "20", "--set", "load.timePressure=3")).out;
    expect(more).not.toBe(base);
  });

  it("bad input gets a clear error and a non-zero exit", async () => {
    let r = await cli("run", "no-such-preset");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/not a preset \(allowed: transfer-written, /);
    r = await cli("run", "team", "--set", "nonsense");
    expect(r.err).toMatch(/invalid --set "nonsense" \(allowed: key=value/);
    r = await cli("run", "team", "--set", "load.timePressure=lots");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/load\.timePressure/);
    r = await cli("run", "team", "--reps", "-1");
    expect(r.err).toMatch(/invalid --reps/);
    r = await cli("compare", "team");
    expect(r.err).toMatch(/at least two options/);
    const dir = mkdtempSync(join(tmpdir(), "gcl-"));
    writeFileSync(join(dir, "bad.json"), "{ not json");
    r = await cli("run", join(dir, "bad.json"));
    expect(r.err).toMatch(/is not valid JSON/);
    writeFileSync(join(dir, "unknown.json"), JSON.stringify({...preset("team"), colour: "red"}));
    r = await cli("run", join(dir, "unknown.json"));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/colour/);
    expect(r.out).toBe("");
  });

  it("a scenario file round-trips: saving a preset and running the file gives the preset's numbers", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gcl-"));
    const file = join(dir, "rg.json");
    writeFileSync(file, JSON.stringify(preset("rg-decide")));
    const a = (await cli("run", file, "--reps", "3")).out;
    const b = (await cli("run", "rg-decide", "--reps", "3")).out;
    expect(a).toBe(b);
  });

  it("presets lists every preset with its source", async () => {
    const {out} = await cli("presets", "--format", "jsonl");
    const rows = out.trim().split("\n").map((l) => JSON.parse(l));
    expect(rows.map((r) => r.id)).toContain("transfer-written");
    expect(rows.every((r) => /\d{3}:L\d+/.test(r.source))).toBe(true);
  });
});
