import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {compareScenarios, type ComparisonResult} from "../../sim/experiment/compare.ts";
import {VERDICT_MEASURES, meetsThreshold, verdict, type VerdictLine} from "../../sim/experiment/verdict.ts";
import {measure} from "../../sim/participation/measures.ts";
import {PRESET_IDS, preset} from "../../sim/participation/presets.ts";
import type {Estimate} from "../../sim/stats.ts";
import {findingText, intervalDigits, runText, scale, thresholdsText, verdictParts, verdictTable, verdictText} from "../../viz/verdict.ts";
import {formatNumber} from "../../viz/format.ts";

const est = (mean: number, lo: number, hi: number, n = 100): Estimate => ({mean, lo, hi, sd: Math.max(1e-12, (hi - lo) / 4), n, missing: 0});

/** A comparison of "ref" and "opt" whose differences (and levels) are given per measure; unnamed measures differ by nothing clear. */
function made(differences: Readonly<Record<string, Estimate>>, levels: Readonly<Record<string, [number, number]>> = {}): ComparisonResult {
  const loose = est(0.001, -1, 1);
  return {
    options: ["ref", "opt"],
    estimates: VERDICT_MEASURES.flatMap((m) => (["ref", "opt"] as const).map((o, k) => ({measure: m, option: o, estimate: est(levels[m]?.[k] ?? 1, 0, 2)}))),
    differences: VERDICT_MEASURES.map((m) => ({measure: m, a: "ref", b: "opt", estimate: differences[m] ?? loose}))
  };
}

/** The numbers of a measure's line as a reader sees them (English): from the text, or from the measure's own line. */
function printedLine(text: string, name: string): {mean: number; lo: number; hi: number; judgement: string} {
  const line = text.split("\n").find((l) => l.startsWith(`- ${name}: `) || l.startsWith(`${name}: `));
  if (!line) throw new Error(`no line for ${name} in ${text}`);
  const m = line.match(/difference (\S+) .*\(95% CI (\S+) to (\S+)\), (.*)\.$/);
  if (!m) throw new Error(`unparsed line: ${line}`);
  return {mean: Number(m[1]), lo: Number(m[2]), hi: Number(m[3]), judgement: m[4]};
}

describe("verdict text", () => {
  const diff = compareScenarios([preset("transfer-written"), preset("transfer-visit")], {reps: 80, seed: 2});
  const same = compareScenarios([preset("team"), preset("team")], {reps: 10, seed: 2});

  it("is short and structured: the headline, one line per measure with both levels, the difference, its interval and unit, and the judgement; then the trade-off", () => {
    const en = verdictText(verdict(diff), "en");
    const lines = en.split("\n");
    expect(lines[0]).toBe("transfer-visit compared with transfer-written:");
    expect(lines[1]).toMatch(/^- Counterfactual influence: [\d.]+ → [\d.]+; difference [+-][\d.]+ on the 0–1 scale \(95% CI -?[\d.]+ to -?[\d.]+\), /);
    expect(lines[2]).toMatch(/^- User influence or control: \d+ → \d+; difference [+-]?\d+ cases in 100 \(95% CI/);
    expect(lines[3]).toMatch(/^- Staff time per case: [\d.]+ → [\d.]+; difference \+[\d.]+ staff hours per case \(95% CI [^)]*\), more staff time\.$/);
    expect(lines[4]).toMatch(/^- Paid advocate time per case: 0 → 0 paid advocate hours per case; no difference \(the same in every replication\)\.$/);
    expect(lines.find((l) => l.startsWith("Trade-off:"))).toMatch(/with [\d.]+ more staff hours per case and no practical change in paid advocate time\.$/);
    expect(en).toMatch(/staff time per case 0\.5 staff hours per case/);
    // staff time is weighed as a cost, not called better or worse for the user; no "per run"
    expect(en).not.toMatch(/staff hours per case \([^)]*\), (better|worse) for the user/);
    expect(en).not.toMatch(/per run/);
  });

  it("is written in bokmål with the language's numbers and units", () => {
    const nb = verdictText(verdict(diff), "nb");
    expect(nb).toMatch(/Personaltid per sak: [\d,]+ → [\d,]+; forskjell [+−]?[\d,]+ personaltimer per sak \(95 % KI/);
    expect(nb).toMatch(/saker av 100/);
    expect(nb).toMatch(/Avveining:/);
    expect(nb).toMatch(/Betalt talspersontid per sak: 0 → 0 betalte talspersontimer per sak; ingen forskjell/);
    expect(nb).not.toMatch(/\d\.\d/);
    expect(nb).not.toMatch(/per kjøring/);
    expect(thresholdsText("nb")).toMatch(/tid til vedtak 0,5 uker/);
  });

  it("says when nothing passes", () => {
    expect(verdictText(verdict(same), "en")).toMatch(/makes no practical difference/);
    expect(verdictText(verdict(same), "nb")).toMatch(/ingen praktisk forskjell/);
  });

  it("starts the copied text with the replications, the seed and the version (and the commit when known)", () => {
    const run = {reps: 80, seed: "2", version: "0.1.0"};
    const en = verdictText(verdict(diff), "en", {run});
    expect(en.split("\n")[0]).toBe("Garbage-can lab 0.1.0: 80 replications per option, seed 2, common random numbers; differences are paired against the reference; intervals are 95% confidence intervals; levels read reference → option.");
    expect(runText({...run, commit: "abc1234"}, "nb")).toMatch(/^Garbage-can lab 0\.1\.0 \(abc1234\): 80 replikasjoner per alternativ, frø 2/);
  });

  it("explains in one sentence why the two influence measures disagree, only when they do", () => {
    const line = (influence: Estimate, ladder: Estimate) => verdict(made({influence, "ladder.influenceOrControl": ladder}))[0];
    const disagree = line(est(-0.08, -0.1, -0.06), est(0.17, 0.14, 0.2));
    expect(disagree.disagree).toBe(true);
    const p = verdictParts(disagree, "en");
    expect(p.lines[0]).toMatch(/worse for the user\.$/);
    expect(p.lines[1]).toMatch(/better for the user\.$/);
    expect(p.why).toMatch(/^Why the two influence measures disagree: counterfactual influence is, .*; user influence or control counts/);
    expect(verdictParts(disagree, "nb").why).toMatch(/^Hvorfor de to målene på innflytelse er uenige/);
    for (const l of [line(est(0.08, 0.06, 0.1), est(0.17, 0.14, 0.2)), line(est(-0.08, -0.1, -0.06), est(-0.17, -0.2, -0.14)), line(est(-0.08, -0.1, -0.06), est(0.01, 0.005, 0.015))]) {
      expect(l.disagree).toBe(false);
      expect(verdictParts(l, "en").why).toBeNull();
    }
  });

  it("never prints an interval as a point", () => {
    for (const [lo, hi] of [[0.0201, 0.0204], [1.95, 1.9501], [10.01, 10.02], [-0.00012, -0.00011]]) {
      const d = intervalDigits((lo + hi) / 2, lo, hi, "en", 0);
      expect(formatNumber(lo, "en", d)).not.toBe(formatNumber(hi, "en", d));
    }
    const text = findingText(verdict(made({timeToDecision: est(0.02, 0.0201, 0.0204)}))[0].table.find((f) => f.measure === "timeToDecision")!, "en");
    const m = text.match(/Time to decision: \S+ → \S+; difference \S+ weeks \(95% CI (\S+) to (\S+)\)/)!;
    expect(m[1]).not.toBe(m[2]);
  });

  it("says \"in every replication\" for a difference with no spread, instead of an interval that reads as a point", () => {
    const flat = findingText(verdict(made({timeToDecision: est(-1.5, -1.5, -1.5)}))[0].table.find((f) => f.measure === "timeToDecision")!, "en");
    expect(flat).toBe("Time to decision: 1 → 1; difference -1.5 weeks in every replication, better for the user.");
    const open = findingText(verdict(made({timeToDecision: est(-1.5, -1.5000001, -1.4999999)}))[0].table.find((f) => f.measure === "timeToDecision")!, "en");
    expect(open).toMatch(/\(95% CI -1\.5000001 to -1\.4999999\)/);
  });

  it("prints -0.464 staff hours below a threshold of 0.5 as below it, and 0.4999999999999998 as the 0.5 it meets", () => {
    const below = printedLine(verdictText(verdict(made({staffHoursPerCase: est(-0.464, -0.5, -0.43)})), "en"), "Staff time per case");
    expect(below.judgement).toBe("clear but below the practical threshold");
    expect(Math.abs(below.mean)).toBeLessThan(0.5);
    const noise = printedLine(verdictText(verdict(made({staffHoursPerCase: est(0.4999999999999998, 0.45, 0.55)})), "en"), "Staff time per case");
    expect(noise.judgement).toBe("more staff time");
    expect(noise.mean).toBe(0.5);
  });

  it("property: the printed difference and interval never contradict the judgement, near every threshold", () => {
    const judged = VERDICT_MEASURES.filter((m) => measure(m).threshold !== undefined);
    fc.assert(fc.property(
      fc.constantFrom(...judged), fc.double({min: -0.02, max: 0.02, noNaN: true}), fc.boolean(), fc.double({min: 1e-6, max: 1.5, noNaN: true}), fc.double({min: 0, max: 1, noNaN: true}),
      (m, eps, negative, halfWidth, skew) => {
        const d = measure(m), threshold = d.threshold!;
        const size = threshold * (1 + eps), mean = negative ? -size : size;
        const w = halfWidth * threshold;
        // an interval around the mean, sometimes reaching across 0
        const lo = mean - w * (0.5 + skew), hi = mean + w * (1.5 - skew);
        const [line] = verdict(made({[m]: est(mean, lo, hi)}));
        const f = line.table.find((x) => x.measure === m)!;
        const p = printedLine(findingText(f, "en"), d.label.en);
        const stated = Number(formatNumber(threshold * scale(d.unit), "en", 6));
        // the size printed sits on the side of the threshold the judgement says
        expect(Math.abs(p.mean) >= stated).toBe(meetsThreshold(mean, threshold));
        if (f.clear) expect(p.lo * p.hi).toBeGreaterThan(0);
        else expect(p.lo <= 0 && p.hi >= 0).toBe(true);
        if (f.clear && !f.practical) {
          expect(p.judgement).toBe("clear but below the practical threshold");
          expect(Math.abs(p.mean)).toBeLessThan(stated);
        }
        if (f.practical) expect(Math.abs(p.mean)).toBeGreaterThanOrEqual(stated);
        expect(Math.sign(p.mean) === Math.sign(mean) || p.mean === 0).toBe(true);
      }), {numRuns: 400});
  });

  it("gives the full table with levels, unit, threshold and judgement for every key measure", () => {
    const rows = verdictTable(verdict(diff), "en");
    expect(rows.length).toBe(verdict(diff)[0].table.length);
    const staff = rows.find((r) => r.measure === "Staff time per case")!;
    expect(staff.unit).toBe("staff hours per case");
    expect(staff.threshold).toBe(0.5);
    expect(staff.level as number).toBeCloseTo(diff.estimates.find((e) => e.option === "transfer-visit" && e.measure === "staffHoursPerCase")!.estimate.mean, 12);
    const ladder = rows.find((r) => r.measure === "User influence or control")!;
    expect(ladder.threshold).toBe(2);
    expect(rows.find((r) => r.measure === "Paid advocate time per case")!.judgement).toBe("no difference (the same in every replication)");
  });
});

describe("plain names, never preset ids", () => {
  // every preset against written referral, named by its title, in both languages
  const others = PRESET_IDS.filter((id) => id !== "transfer-written");
  const result = compareScenarios(["transfer-written", ...others].map(preset), {reps: 3, seed: 5}, ["transfer-written", ...others]);
  const lines: VerdictLine[] = verdict(result);
  for (const lang of ["en", "nb"] as const) {
    it(`the verdict (${lang}) names every preset by its title`, () => {
      const names = Object.fromEntries(result.options.map((id) => [id, preset(id).meta.title[lang]]));
      let text = verdictText(lines, lang, {names, dominated: result.options.slice(1, 3), run: {reps: 3, seed: 5, version: "0.1.0"}});
      for (const id of result.options) expect(text).toContain(names[id]);
      // with the titles taken out, no id is left (a one-word id may be an ordinary word inside a title)
      for (const title of Object.values(names).sort((a, b) => b.length - a.length)) text = text.split(title).join("");
      for (const id of result.options) expect(text, id).not.toMatch(new RegExp(`(^|[^\\w-])${id}([^\\w-]|$)`));
      for (const table of verdictTable(lines, lang, names)) {
        expect(Object.values(names)).toContain(table.option);
        expect(Object.values(names)).toContain(table.reference);
      }
    });
  }
});
