// `compare A B --robust N [--fix key=value ...]` on the command line: the
// report, the per-draw rows, progress on stderr and one-line errors.
import {describe, expect, it} from "vitest";
import {cli} from "./cliHarness.ts";

describe("compare --robust", () => {
  it("prints the robustness report: draws, replications, seed, and a line per headline measure", async () => {
    const {code, out, err} = await cli("compare", "transfer-written", "transfer-visit", "--robust", "10", "--reps", "3", "--seed", "4");
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(out).toMatch(/^Robustness of the verdict: 10 draws of \d+ uncertain parameters/);
    expect(out).toContain("3 replications per option and draw on common random numbers, seed 4.");
    expect(out).toContain("transfer-visit compared with transfer-written:");
    expect(out).toMatch(/Counterfactual influence: (clearly higher|clearly lower|no clear difference) at the given values; the same in (all 10 draws|\d+ of 10 draws)/);
    expect(out).toMatch(/User influence or control: .* at the given values/);
    const nb = await cli("compare", "transfer-written", "transfer-visit", "--robust", "10", "--reps", "3", "--seed", "4", "--lang", "nb");
    expect(nb.out).toMatch(/^Hvor robust konklusjonen er: 10 trekninger/);
  });

  it("--format jsonl: one row per draw with the drawn values, the differences and whether each judgement holds", async () => {
    const {code, out} = await cli("compare", "transfer-written", "transfer-visit", "--robust", "12", "--reps", "2", "--format", "jsonl", "--fix", "load.timePressure=1.5");
    expect(code).toBe(0);
    const rows = out.trim().split("\n").map((l) => JSON.parse(l));
    expect(rows.map((r) => r.draw)).toEqual([...Array(12).keys()]);
    expect(rows[0]).not.toHaveProperty("load.timePressure");
    expect(rows[0]).toHaveProperty("power.wishWeight");
    expect(typeof rows[0]["difference.transfer-visit.influence"]).toBe("number");
    expect(typeof rows[0]["holds.transfer-visit.influence"]).toBe("boolean");
  });

  it("shows progress on stderr with --progress, ending at every run done", async () => {
    const {code, err} = await cli("compare", "transfer-written", "transfer-visit", "--robust", "10", "--reps", "2", "--progress", "--format", "none");
    expect(code).toBe(0);
    expect(err.trim().split("\n").at(-1)).toMatch(/^robust: 44\/44 runs/);
  });

  it("refuses bad flags in one line with exit code 2", async () => {
    const cases: [string[], RegExp][] = [
      [["--robust", "3"], /^error: invalid --robust: "3" \(allowed: an integer from 10 to 10000\)$/],
      [["--robust", "ten"], /^error: invalid --robust: "ten"/],
      [["--robust", "10", "--fix", "foo.bar=1"], /^error: invalid --fix foo\.bar: "1" \(allowed: a declared parameter key/],
      [["--robust", "10", "--fix", "load.timePressure=99"], /^error: invalid --fix load\.timePressure: 99 \(allowed: a number in \[0\.25, 10\]\)$/],
      [["--robust", "10", "--fix", "load.timePressure"], /^error: invalid --fix "load\.timePressure" \(allowed: key=value/],
      [["--robust", "10", "--fix", "__proto__.x=1"], /^error: invalid --fix __proto__\.x/],
      [["--fix", "load.timePressure=2"], /^error: invalid --fix: it applies to the draws of --robust N/]
    ];
    for (const [flags, message] of cases) {
      const {code, out, err} = await cli("compare", "transfer-written", "transfer-visit", "--reps", "2", ...flags);
      expect(code, flags.join(" ")).toBe(2);
      expect(out).toBe("");
      expect(err.trim().split("\n").length).toBe(1);
      expect(err.trim(), flags.join(" ")).toMatch(message);
    }
  });
});
