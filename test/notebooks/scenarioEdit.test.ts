import {describe, expect, it} from "vitest";
import {editsByOption, inlineSpec, ladderRows, optionNames, resolveOptions, toExtra} from "../../notebooks/lib/compareData.ts";
import {categorical, categoricalValues, grid, sweepKeys} from "../../notebooks/lib/explore.ts";
import {applyEdits, diffEdits, fromBase64Url, paramEntries, readScenarioFile, toBase64Url} from "../../notebooks/lib/scenarioEdit.ts";
import {PARAMETERS} from "../../sim/participation/parameters.ts";
import {preset} from "../../sim/participation/presets.ts";

describe("scenario editing", () => {
  it("expands every declared parameter over the scenario's collections", () => {
    const s = preset("team-and-rg");
    const entries = paramEntries(s);
    const keys = entries.map((e) => e.key);
    for (const d of PARAMETERS) {
      if (!d.key.includes("*")) expect(keys).toContain(d.key);
    }
    expect(keys).toContain("arenas.team.interval");
    expect(keys).toContain("arenas.rg.interval");
    expect(entries.find((e) => e.key === "arenas.rg.interval")!.value).toBe(s.arenas.rg.interval);
    // every parameter can be swept: numbers over a grid, enums and switches over all their values
    expect(sweepKeys(s)).toEqual(keys);
    expect(categorical("load.timePressure")).toBe(false);
    expect(categorical("arenas.rg.mode")).toBe(true);
    expect(categoricalValues(s, "arenas.rg.mode")).toEqual(["decide", "report"]);
    expect(categoricalValues(s, "arenas.rg.consultant")).toEqual(["false", "true"]);
    const advocate = categoricalValues(preset("rg-guardian"), "userTypes.vulnerable.advocate");
    expect(advocate[0]).toBe("none");
    expect(advocate.length).toBeGreaterThan(1);
  });

  it("applies edits through setParameter, reports bad ones, and diffs back to the same edits", () => {
    const base = preset("team");
    const {scenario, issues} = applyEdits(base, [["load.timePressure", "2"], ["load.timePressure", "abc"], ["no.such", "1"]]);
    expect(scenario.load.timePressure).toBe(2);
    expect(issues.map((i) => i.key)).toEqual(["load.timePressure", "no.such"]);
    expect(diffEdits(base, scenario)).toEqual([["load.timePressure", "2"]]);
  });

  it("skips and reports edits with prototype keys, leaving the scenario and Object.prototype untouched", () => {
    const base = preset("transfer-written");
    const edits: [string, string][] = [["arenas.__proto__.rule", "user"], ["arenas.constructor.rule", "user"], ["__proto__.x", "1"],
      ["arenas.toString.rule", "user"], ["load.timePressure", "2"]];
    const {scenario, issues} = applyEdits(base, edits, "p.");
    expect(issues.map((i) => i.key)).toEqual(["p.arenas.__proto__.rule", "p.arenas.constructor.rule", "p.__proto__.x", "p.arenas.toString.rule"]);
    for (const i of issues) expect(i.message).toMatch(/^invalid [^\n]+ \(allowed: [^\n]+\)$/);
    expect(scenario).toEqual({...base, load: {...base.load, timePressure: 2}});
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain("rule");
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain("x");
  });

  it("carries a scenario file in the URL (base64url) and reads files with clear errors", () => {
    const s = preset("rg-peer");
    expect(fromBase64Url(toBase64Url("æøå {\"x\": 1}"))).toBe("æøå {\"x\": 1}");
    expect(readScenarioFile(JSON.stringify(s))).toEqual(s);
    expect(() => readScenarioFile("{oops")).toThrow(/^invalid scenario file: "{oops" \(allowed: JSON text; this file is not valid JSON: .+\)$/);
    expect(() => readScenarioFile(JSON.stringify({...s, horizon: -1}))).toThrow(/horizon/);
    const {options} = resolveOptions([inlineSpec(s)], []);
    expect(options[0].scenario).toEqual(s);
    // a byte-order mark is accepted, as a browser's fetch accepts it; a bad link is named in one line
    expect(readScenarioFile("\uFEFF" + JSON.stringify(s))).toEqual(s);
    expect(() => fromBase64Url("%%%")).toThrow('invalid scenario in the link: "%%%" (allowed: base64url text (A-Z, a-z, 0-9, - and _))');
  });
});

describe("compare options", () => {
  it("resolves presets, inline files and per-option edits, and reports what it cannot use", () => {
    const extra: [string, string][] = [["o2.load.timePressure", "3"], ["o1.nonsense", "1"], ["o4.load.signUp", "0.1"]];
    const {options, issues} = resolveOptions(["team", "rg-decide", "nope"], extra);
    expect(options.map((o) => o.spec)).toEqual(["team", "rg-decide"]);
    expect(options[1].scenario.load.timePressure).toBe(3);
    expect(issues.map((i) => i.key)).toEqual(["o1.nonsense", "opt", "o4.load.signUp"]);
    expect(editsByOption(toExtra(options))[1]).toEqual([["load.timePressure", "3"]]);
  });

  it("names options by title, marks edited copies and keeps names unique", () => {
    const {options} = resolveOptions(["team", "team", "team"], [["o3.load.timePressure", "2"]]);
    expect(optionNames(options, "en", "edited")).toEqual([
      preset("team").meta.title.en, `${preset("team").meta.title.en} #2`, `${preset("team").meta.title.en} (edited)`
    ]);
  });

  it("gives ladder shares that sum to one", () => {
    const est = (option: string, measure: string, mean: number) => ({option, measure, estimate: {mean, sd: 0, n: 2, missing: 0, lo: mean, hi: mean}});
    const rows = ladderRows({options: ["a"], differences: [], estimates: [
      est("a", "ladder.perspective", 0.2), est("a", "ladder.participation", 0.2), est("a", "ladder.influence", 0.4),
      est("a", "ladder.control", 0), est("a", "ladder.undecided", 0.2)
    ]});
    expect(Object.values(rows[0].ladder).reduce((x, y) => x + y, 0)).toBeCloseTo(1, 12);
  });

  it("spaces sweep points evenly, integers distinct", () => {
    expect(grid(0, 1, 5, false)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(grid(1, 3, 5, true)).toEqual([1, 2, 3]);
  });
});
