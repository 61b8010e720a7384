// The command line takes collective presets and files: run prints the
// summary's keys, compare pairs options on common random numbers, presets
// lists both kinds, and bad input is one line with exit code 2.
import {describe, expect, it} from "vitest";
import {mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {collectivePreset} from "../../../sim/collective/presets.ts";
import {cli} from "./cliHarness.ts";

describe("collective scenarios on the command line", () => {
  it("run prints one summary per replication with the funnel, turnout, staff, rungs and service changes", async () => {
    const {code, out, err} = await cli("run", "bjerke-user-meetings", "--reps", "2", "--seed", "7");
    expect(err).toBe("");
    expect(code).toBe(0);
    const rows = out.trim().split("\n").map((l) => JSON.parse(l));
    expect(rows.map((r) => r.seed)).toEqual(["7/0", "7/1"]);
    for (const k of ["invited", "signedUp", "attended", "turnout", "staffPerMeeting", "arnstein", "serviceChanges"]) expect(rows[0]).toHaveProperty(k);
    expect(Object.keys(rows[0].arnstein)).toEqual(["manipulation", "therapy", "information", "consultation", "placation", "partnership", "delegatedPower", "citizenControl"]);
  });
  it("run takes a collective file and --set; with no meeting held, turnout is empty in CSV, not 0", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gcl-coll-"));
    const file = join(dir, "mine.json");
    writeFileSync(file, JSON.stringify(collectivePreset("user-meeting-neutral")));
    const {code, out} = await cli("run", file, "--set", "arenas.meetings.count=0", "--format", "csv");
    expect(code).toBe(0);
    const [head, line] = out.trim().split("\n");
    const col = head.split(",").indexOf("turnout");
    expect(col).toBeGreaterThan(0);
    expect(line.split(",")[col]).toBe("");
  });
  it("--users prints one row per user who came, with literacy and avmakt over the weeks", async () => {
    const {code, out} = await cli("run", "working-committee", "--users", "--seed", "3");
    expect(code).toBe(0);
    const rows = out.trim().split("\n").map((l) => JSON.parse(l));
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) { expect(r.literacy.length).toBe(r.weeks.length); expect(r.weeks[0]).toBe(-1); }
  });
  it("compare pairs collective options and labels the measures", async () => {
    const {code, out} = await cli("compare", "user-meeting-neutral", "user-meeting-office", "--reps", "10");
    expect(code).toBe(0);
    expect(out).toMatch(/Turnout of users who need an interpreter/);
    expect(out).toMatch(/user-meeting-office - user-meeting-neutral/);
  });
  it("presets lists the collective presets with their kind", async () => {
    const {code, out} = await cli("presets", "--format", "jsonl");
    expect(code).toBe(0);
    const rows = out.trim().split("\n").map((l) => JSON.parse(l));
    expect(rows.filter((r) => r.kind === "collective").map((r) => r.id)).toContain("council-to-cases");
    expect(rows.filter((r) => r.kind === "participation").map((r) => r.id)).toContain("rg-report");
  });
  it("params lists a collective scenario's concrete keys with values, ranges and sources", async () => {
    const {code, out} = await cli("params", "user-council", "--format", "jsonl");
    expect(code).toBe(0);
    const rows = out.trim().split("\n").map((l) => JSON.parse(l));
    expect(rows.find((r) => r.key === "arenas.council.venue")).toMatchObject({value: "office", values: ["office", "neutral"], source: "003:L1576-1583"});
    expect(rows.find((r) => r.key === "management.anchoring")).toMatchObject({value: 0.8, min: 0, max: 1});
  });
  it("help: plain compare and run point to the collective help; collective options print it", async () => {
    for (const command of ["compare", "run"]) {
      const plain = await cli(command, "--help");
      expect(plain.code).toBe(0);
      expect(plain.out).toMatch(/collective/);
    }
    const help = await cli("compare", "user-meeting-neutral", "working-committee", "--help");
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^compare \(collective\)/);
    expect(help.out).not.toMatch(/turnout/i); // help, not a comparison table
  });

  it("bad input is one line with exit code 2: a bad --set, a mixed comparison", async () => {
    const a = await cli("run", "user-council", "--set", "arenas.council.venue=garden");
    expect(a.code).toBe(2);
    expect(a.err).toBe('error: invalid arenas.council.venue: "garden" (allowed: office, neutral)\n');
    const b = await cli("compare", "user-council", "rg-report", "--reps", "2");
    expect(b.code).toBe(2);
    expect(b.err.trim().split("\n")).toHaveLength(1);
    expect(b.err).toMatch(/cannot mix collective and case scenarios/);
  });
});
