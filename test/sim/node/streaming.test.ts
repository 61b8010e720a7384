// Workloads that cannot break the command line: rows stream out as they are
// made (with backpressure), sizes that cannot fit are refused up front, long
// work shows progress on stderr only when asked, and a run in which nothing
// was decided prints missing values, never 0.
import {describe, expect, it} from "vitest";
import {mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {main} from "../../../sim/cli.ts";
import {preset} from "../../../sim/participation/presets.ts";
import {csvText} from "../../../sim/experiment/records.ts";
import {checkClassicSize} from "../../../sim/node/cliClassic.ts";
import {TABLE_MAX_ROWS} from "../../../sim/node/format.ts";
import {progressMeter} from "../../../sim/node/progress.ts";
import {cli} from "./cliHarness.ts";

/** Runs the command line with an `out` that is slow to drain, recording each chunk. */
async function slowCli(...args: string[]): Promise<{code: number; chunks: string[]; err: string; overlapped: boolean}> {
  const chunks: string[] = [];
  let err = "", busy = false, overlapped = false;
  const out = (s: string) => {
    if (busy) overlapped = true;
    chunks.push(s);
    busy = true;
    return new Promise<void>((resolve) => setTimeout(() => { busy = false; resolve(); }, 1));
  };
  const code = await main(args, out, (s) => { err += s; });
  return {code, chunks, err, overlapped};
}

// With every arena closed to the users' cases (access 0) no case reaches a
// decision: every replication has nothing decided. (No staff hours is not
// enough on the garbage-can core: an occasion that needs no energy is still
// made, by oversight.)
const CLOSED = mkdtempSync(join(tmpdir(), "gcl-closed-"));
function closedArenas(id: string): string {
  const s = structuredClone(preset(id));
  for (const a of Object.values(s.arenas)) a.access = 0;
  const file = join(CLOSED, `${id}.json`);
  writeFileSync(file, JSON.stringify(s));
  return file;
}
const WRITTEN_CLOSED = closedArenas("transfer-written"), VISIT_CLOSED = closedArenas("transfer-visit");
const NOTHING_DECIDED = ["run", WRITTEN_CLOSED, "--reps", "3"];

describe("streaming output", () => {
  it("writes csv in several chunks as rows are made, header first, waiting for each chunk to drain", async () => {
    const r = await slowCli("classic", "--load", "heavy", "--reps", "300", "--format", "csv");
    expect(r.code).toBe(0);
    expect(r.chunks.length).toBeGreaterThan(3);
    expect(r.overlapped).toBe(false);
    const lines = r.chunks.join("").trim().split("\n");
    expect(lines[0]).toMatch(/^load,access,decision,energy,replication,seed,resolution,/);
    expect(lines).toHaveLength(1 + 27 * 300);
    expect(lines.filter((l) => l.startsWith("load,"))).toHaveLength(1);
  });

  it("streams the same rows as jsonl in order, one per line", async () => {
    const r = await slowCli("run", "team", "--reps", "400", "--format", "jsonl");
    expect(r.code).toBe(0);
    expect(r.chunks.length).toBeGreaterThan(1);
    const rows = r.chunks.join("").trim().split("\n").map((l) => JSON.parse(l));
    expect(rows.map((x) => x.replication)).toEqual(Array.from({length: 400}, (_, k) => k));
  });

  it("streams csv in the one CSV format (sim/experiment/records.ts): the same text as csvText of the same rows, numbers in full", async () => {
    const csv = await slowCli("run", "team", "--reps", "1000", "--format", "csv");
    const jsonl = await cli("run", "team", "--reps", "1000", "--format", "jsonl");
    expect(csv.code).toBe(0);
    expect(csv.chunks.length).toBeGreaterThan(1);
    const rows = jsonl.out.trim().split("\n").map((l) => JSON.parse(l));
    expect(csv.chunks.join("")).toBe(csvText(rows));
    // numbers are written in full, not rounded for reading
    expect(csv.chunks.join("")).toMatch(/\d\.\d{5,}/);
  });

  it("gives case rows a fixed set of csv columns, conditions included when a case is undecided", async () => {
    const {code, out} = await cli("run", "team", "--cases", "--format", "csv", "--reps", "3");
    expect(code).toBe(0);
    const lines = out.trim().split("\n");
    expect(lines[0]).toContain("conditions.formulated,conditions.alternatives,conditions.consequences,conditions.routine");
    const width = lines[0].split(",").length;
    for (const l of lines) expect(l.split(",").length).toBe(width);
  });
});

describe("sizes that cannot fit are refused up front", () => {
  it("refuses a table above its row bound, suggesting a streaming format", async () => {
    const r = await cli("classic", "--reps", "200", "--format", "table");
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toBe(`error: invalid --format table: 16200 rows would be held in memory to size the columns (allowed: at most ${TABLE_MAX_ROWS}; use --format csv or jsonl, which stream)\n`);
    const run = await cli("run", "team", "--reps", "20000", "--format", "table");
    expect(run.err).toContain("invalid --format table: 20000 rows");
  });

  it("refuses classic sizes whose matrices exceed the budget, saying what would fit", async () => {
    const r = await cli("classic", "--reps", "1", "--problems", "100000", "--choices", "10000", "--decision-makers", "10000");
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toMatch(/^error: invalid size: --problems 100000 and --decision-makers 10000 by --choices 10000 need about 9\.2 GB for the access and decision matrices \(allowed: 512 MB; with 10000 choices, problems \+ decision makers at most 5965\)\n$/);
    // what the message says fits, fits
    const ok = await cli("classic", "--reps", "1", "--problems", "5000", "--choices", "10000", "--decision-makers", "965", "--periods", "1", "--load", "light", "--access", "unsegmented", "--decision", "unsegmented", "--energy", "equal", "--format", "none");
    expect(ok.code).toBe(0);
    // a --config model is bounded by its own matrices (checked after validation, before any run)
    expect(() => checkClassicSize({choices: 10000, decisionMakers: 10000, problems: 100000}, "--config big.json"))
      .toThrow(/^invalid --config big\.json: 100000 problems and 10000 decision makers by 10000 choices need about 9\.2 GB for the access and decision matrices \(allowed: 512 MB; with 10000 choices, problems \+ decision makers at most 5965\)$/);
    expect(() => checkClassicSize({choices: 10000, decisionMakers: 965, problems: 5000}, "--config ok.json")).not.toThrow();
  });

  it("refuses a participation scenario whose one run exceeds the budget, and runs one at the declared maxima", async () => {
    const s = preset("team");
    const solutions = Object.fromEntries(Array.from({length: 400}, (_, k) => [`s${k}`, Object.values(s.solutions)[k % 6]]));
    const dir = mkdtempSync(join(tmpdir(), "gcl-"));
    writeFileSync(join(dir, "big.json"), JSON.stringify({...s, solutions, horizon: 520, users: {...s.users, count: 500}}));
    const r = await cli("run", join(dir, "big.json"));
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toMatch(/^error: invalid scenario .*big\.json: one run of 500 users over 520 weeks with 400 solutions needs about 1\.\d GB \(allowed: 1\.0 GB; at most about \d+ users at this horizon\)\n$/);
    const fits = Number(/at most about (\d+) users/.exec(r.err)![1]);
    expect(fits).toBeGreaterThan(100);
    expect(fits).toBeLessThan(500);
    // the numeric maxima of the parameters, with the preset's solutions, fit and run
    const max = await cli("run", "team", "--set", "users.count=500", "--set", "horizon=520", "--set", "users.casesPerYear=52", "--format", "csv");
    expect(max.code).toBe(0);
    expect(max.out.trim().split("\n")).toHaveLength(2);
  }, 60000);
});

describe("progress on stderr", () => {
  it("is silent unless asked (stderr is not a terminal in tests)", async () => {
    const r = await cli("run", "team", "--reps", "5");
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
  });

  it("shows runs done, rate and time left with --progress, for every long subcommand", async () => {
    const classic = await cli("classic", "--load", "light", "--access", "unsegmented", "--decision", "unsegmented", "--energy", "equal", "--reps", "50", "--progress", "--format", "none");
    expect(classic.err).toMatch(/^classic: 50\/50 runs, (\d+|\?)\/s, done\n$/m);
    const run = await cli("run", "team", "--reps", "5", "--progress");
    expect(run.err).toMatch(/run team: 5\/5 runs, (\d+|\?)\/s, done\n$/);
    expect(run.out.trim().split("\n")).toHaveLength(5);
    const compare = await cli("compare", "team", "transfer-visit", "--reps", "4", "--progress");
    expect(compare.err).toMatch(/compare: 8\/8 runs, (\d+|\?)\/s, done\n$/);
  });
});

describe("progressMeter", () => {
  it("redraws one terminal line and ends it when done; shows nothing when not shown", () => {
    let err = "";
    const io = {out: () => {}, err: (s: string) => { err += s; }, tty: true};
    const tick = progressMeter(io, true, "work", 3);
    tick(1);
    tick(2); // within 200 ms of the last line: not redrawn
    tick(3);
    const lines = err.split("\r").filter(Boolean);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^work: 1\/3 runs, (\d+|\?)\/s, (\d+ s|\?) left\x1b\[K$/);
    expect(lines[1]).toMatch(/^work: 3\/3 runs, (\d+|\?)\/s, done\x1b\[K\n$/);
    let quiet = "";
    progressMeter({...io, err: (s) => { quiet += s; }}, false, "work", 3)(3);
    expect(quiet).toBe("");
  });
});

describe("a run in which nothing was decided", () => {
  it("prints null in jsonl for influence, fit, preference realised and time to decision", async () => {
    const {code, out} = await cli(...NOTHING_DECIDED);
    expect(code).toBe(0);
    for (const line of out.trim().split("\n")) {
      const row = JSON.parse(line);
      expect(row.decided).toBe(0);
      expect([row.influence, row.preferenceRealised, row.fit, row.timeToDecision]).toEqual([null, null, null, null]);
      expect(row.cases).toBeGreaterThan(0);
    }
  });

  it("prints empty cells in csv", async () => {
    const {out} = await cli(...NOTHING_DECIDED, "--format", "csv");
    const [head, ...rows] = out.trim().split("\n").map((l) => l.split(","));
    expect(rows).toHaveLength(3);
    for (const key of ["influence", "preferenceRealised", "fit", "timeToDecision"]) {
      const k = head.indexOf(key);
      expect(k).toBeGreaterThan(0);
      for (const r of rows) expect(r[k]).toBe("");
    }
    expect(rows.every((r) => r[head.indexOf("decided")] === "0")).toBe(true);
  });

  it("compare counts the missing values, gives no verdict on them and says so", async () => {
    const {code, out} = await cli("compare", WRITTEN_CLOSED, VISIT_CLOSED, "--reps", "6");
    expect(code).toBe(0);
    expect(out).toMatch(/^timeToDecision\s+– \[–, –\] \(6 missing\)/m);
    expect(out).toContain("makes no practical difference to cases at user influence or control, to staff time or to paid advocate time");
    // options named by their titles, never by file or preset id
    const [written, visit] = ["transfer-written", "transfer-visit"].map((id) => preset(id).meta.title.en);
    expect(out).toContain(`Missing (nothing decided, left out of the means): counterfactual influence (${written} 6 of 6, ${visit} 6 of 6)`);
    expect(out.slice(out.indexOf("Garbage-can lab"))).not.toContain(WRITTEN_CLOSED);
    expect(out).toMatch(/^Garbage-can lab [^:]+: 6 replications per option, seed \S+,/m);
    expect(out).not.toMatch(/Time to decision: /);
    expect(out).toMatch(/Counterfactual influence: – → –; difference – on the 0–1 scale \(95% CI – to –\), not clear at this number of replications/);
    // one option decides, the other decides nothing: no verdict on the decided-case measures, staff energy still compared
    const dir = mkdtempSync(join(tmpdir(), "gcl-"));
    const none = structuredClone(preset("transfer-written"));
    for (const a of Object.values(none.arenas)) a.access = 0;
    writeFileSync(join(dir, "none.json"), JSON.stringify(none));
    const one = await cli("compare", "transfer-written", join(dir, "none.json"), "--reps", "20");
    expect(one.code).toBe(0);
    // written referral takes the same half hour per case in every replication, and the closed copy none
    expect(one.out).toMatch(/Staff time per case: 0\.5 → 0; difference -0\.5 staff hours per case in every replication, less staff time\./);
    expect(one.out).not.toMatch(/(Time to decision|Counterfactual influence|Fit of solution to need|Preference realised): [^,]*, (better|worse) for the user/);
    expect(one.out).toMatch(/Counterfactual influence: [\d.]+ → –; difference – on the 0–1 scale \(95% CI – to –\), not clear/);
    // the copy has the same title as its preset: told apart by a number
    expect(one.out).toMatch(/time to decision \(Transfer by written referral #2 20 of 20\)/);
    const json = await cli("compare", WRITTEN_CLOSED, VISIT_CLOSED, "--reps", "3", "--format", "jsonl");
    const row = json.out.trim().split("\n").map((l) => JSON.parse(l)).find((x) => x.measure === "fit");
    expect(row[WRITTEN_CLOSED]).toEqual({mean: null, lo: null, hi: null, n: 0, missing: 3});
  });
});
