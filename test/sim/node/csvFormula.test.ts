// The CSV formula rule on every command-line export: no cell a spreadsheet
// would read as a formula (=, +, -, @, tab, carriage return first), with the
// hostile --seed text present but neutralised, and numbers left as numbers.
import {afterAll, describe, expect, it} from "vitest";
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {csvParseRows} from "d3-dsv";
import {cli} from "./cliHarness.ts";
import {isFormulaText} from "../../../sim/experiment/records.ts";

const scratch = mkdtempSync(join(tmpdir(), "gcl-csvformula-"));
afterAll(() => rmSync(scratch, {recursive: true, force: true}));

const SEED = "=HYPERLINK(\"http://x\",\"y\")";

/** Every cell of a CSV text, parsed (quotes removed). */
const cells = (text: string) => csvParseRows(text).flat();

/** The rule: no formula cell; the seed is there, neutralised (a quote in front, the cell quoted); negative numbers stay bare. */
function expectSafe(text: string, opts: {seed?: boolean} = {}): void {
  const all = cells(text);
  expect(all.length).toBeGreaterThan(1);
  expect(all.filter(isFormulaText)).toEqual([]);
  if (opts.seed) {
    const seeds = all.filter((c) => c.startsWith("'" + SEED));
    expect(seeds.length).toBeGreaterThan(0);
    // quoted in the file: the cell starts with a double quote, then the single quote
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""y"")`);
  }
}

describe("CSV exports of the command line neutralise formula cells", () => {
  it("classic --reps --seed", async () => {
    const r = await cli("classic", "--reps", "2", "--seed", SEED, "--format", "csv");
    expect(r.code).toBe(0);
    expectSafe(r.out, {seed: true});
  });

  it("run (participation and collective) and run --cases", async () => {
    for (const args of [["run", "team", "--reps", "2"], ["run", "team", "--reps", "1", "--cases"], ["run", "user-council", "--reps", "2"]]) {
      const r = await cli(...args, "--seed", SEED, "--format", "csv");
      expect(r.err).toBe("");
      expectSafe(r.out, {seed: true});
    }
  });

  it("compare keeps negative differences as bare numbers", async () => {
    const r = await cli("compare", "team", "rg-decide", "--reps", "4", "--seed", SEED, "--format", "csv");
    expect(r.code).toBe(0);
    expectSafe(r.out);
    // two-sided: negative numbers are there, written bare (not quoted, not prefixed)
    const negatives = cells(r.out).filter((c) => /^-\d/.test(c));
    expect(negatives.length).toBeGreaterThan(0);
    for (const x of negatives) expect(r.out).toMatch(new RegExp(`(^|,)${x.replace(/[.+]/g, "\\$&")}(,|\\n)`, "m"));
  });

  it("compare of collective presets", async () => {
    const r = await cli("compare", "user-meeting-neutral", "user-meeting-office", "--reps", "3", "--seed", SEED, "--format", "csv");
    expect(r.err).toBe("");
    expectSafe(r.out);
  });

  it("params (declared and a scenario's keys) and presets", async () => {
    for (const args of [["params"], ["params", "team"], ["presets"]]) {
      const r = await cli(...args, "--format", "csv");
      expect(r.code).toBe(0);
      expectSafe(r.out);
    }
  });

  it("sweep shard CSVs, merged.csv and summarise --format csv", async () => {
    const file = join(scratch, "e.json");
    writeFileSync(file, JSON.stringify({
      id: "formula", model: "classic", parameters: [{key: "load", values: ["light", "heavy"]}],
      design: {type: "factorial"}, replications: 3, seed: SEED, measures: ["resolution", "problemLatency"]
    }));
    const dir = join(scratch, "out");
    expect((await cli("sweep", file, "--out", dir, "--workers", "1")).code).toBe(0);
    const shards = readdirSync(dir).filter((f) => /^shard-.*\.csv$/.test(f));
    expect(shards.length).toBeGreaterThan(0);
    for (const f of shards) expectSafe(readFileSync(join(dir, f), "utf8"), {seed: true});
    expect((await cli("merge", dir)).code).toBe(0);
    const merged = readFileSync(join(dir, "merged.csv"), "utf8");
    expectSafe(merged, {seed: true});
    expect(csvParseRows(merged)).toHaveLength(1 + 2 * 3);
    const s = await cli("summarise", dir, "--format", "csv");
    expect(s.code).toBe(0);
    expectSafe(s.out);
  });
});
