// `search <file>` on the command line.
import {mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {cli} from "./cliHarness.ts";

function file(content: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), "gcl-search-"));
  const path = join(dir, "s.json");
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
}
const small = {id: "small", scenarios: ["rg-report", "rg-guardian"], levers: [{key: "arenas.rg.interval", values: [8, 17]}], replications: 2};

describe("search", () => {
  it("prints the front as a table with what was run, and progress on stderr", async () => {
    const {code, out, err} = await cli("search", file(small), "--progress");
    expect(code).toBe(0);
    expect(out).toMatch(/^scenario +arenas\.rg\.interval +influence +staffHoursPerCase/);
    expect(out).toMatch(/\d designs on the Pareto front of influence \(maximised\) against staffHoursPerCase \(minimised\), cheapest first: all 4 designs run, 4 distinct scenarios, 2 replications each on common random numbers, seed 1/);
    expect(err.trim().split("\n").at(-1)).toMatch(/^search small: 4\/4 designs/);
  });

  it("--format jsonl: every design run, with its estimates and a front flag", async () => {
    const {code, out} = await cli("search", file(small), "--format", "jsonl");
    expect(code).toBe(0);
    const rows = out.trim().split("\n").map((l) => JSON.parse(l));
    expect(rows.length).toBe(4);
    expect(rows.some((r) => r.front) && rows.every((r) => typeof r.influence.mean === "number" && "arenas.rg.interval" in r)).toBe(true);
  });

  it("--journal: an interrupted search resumes from its journal to the same result, running only what is missing", async () => {
    const path = file(small);
    const journal = join(mkdtempSync(join(tmpdir(), "gcl-journal-")), "j.jsonl");
    const first = await cli("search", path, "--journal", journal, "--format", "jsonl");
    expect(first.code).toBe(0);
    const lines = readFileSync(journal, "utf8").trim().split("\n");
    expect(lines.length).toBe(1 + 4);
    // cut after two designs, with a third torn mid-line
    writeFileSync(journal, lines.slice(0, 3).join("\n") + "\n" + lines[3].slice(0, 20));
    const again = await cli("search", path, "--journal", journal, "--format", "jsonl");
    expect(again.code).toBe(0);
    expect(again.out).toBe(first.out);
    const after = readFileSync(journal, "utf8").trim().split("\n");
    expect(after.length).toBe(1 + 4);
    expect(new Set(after.slice(1).map((l) => JSON.parse(l).key)).size).toBe(4);
    // the journal of one file is refused for another
    const other = await cli("search", file({...small, replications: 3}), "--journal", journal);
    expect(other.code).toBe(2);
    expect(other.err.trim()).toMatch(/^error: invalid --journal: ".*j\.jsonl" was written for another search file/);
    const notJournal = await cli("search", path, "--journal", path);
    expect(notJournal.err.trim()).toMatch(/^error: invalid --journal: .* \(allowed: a journal written by search, or a new file\)$/);
  });

  it("bad files and flags: one line, exit code 2", async () => {
    for (const [args, message] of [
      [[file("{")], /^error: invalid search file .*/],
      [[file({...small, replications: 0})], /^error: invalid search: replications = 0/],
      [["/nonexistent/s.json"], /^error: invalid search file: "\/nonexistent\/s\.json"/],
      [[], /^error: search needs exactly one search file/],
      [[file(small), "--format", "xml"], /^error: invalid --format: "xml"/]
    ] as [string[], RegExp][]) {
      const {code, out, err} = await cli("search", ...args);
      expect(code, args.join(" ")).toBe(2);
      expect(out).toBe("");
      expect(err.trim().split("\n").length).toBe(1);
      expect(err.trim()).toMatch(message);
    }
  });
});
