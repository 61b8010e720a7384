import {readFileSync} from "node:fs";
import {JSDOM} from "jsdom";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {loadedMeasure, panelOrder, VARIED_SHOWN, variedSummary} from "../../notebooks/lib/loadedResult.ts";
import {paramFacts} from "../../notebooks/lib/paramHelp.ts";
import {resultLabels} from "../../notebooks/lib/resultLabels.ts";
import {interestOf, medianOf, numericColumns, runDiscovery} from "../../notebooks/lib/sampleDiscovery.ts";
import {readResultCSV, summariseResult, type LoadedSummary} from "../../notebooks/lib/sweepResult.ts";
import {CLASSIC_FACTOR_LABELS} from "../../sim/classic/factorLabels.ts";
import {CLASSIC_MEASURES} from "../../sim/classic/measures.ts";
import {COLLECTIVE_MEASURES} from "../../sim/collective/measures.ts";
import {collectiveParamByKey} from "../../sim/collective/parameters.ts";
import {collectivePreset} from "../../sim/collective/presets.ts";
import {CLASSIC_FACTORS} from "../../sim/experiment/runPoint.ts";
import {PARAMETERS, paramByKey} from "../../sim/participation/parameters.ts";
import {preset} from "../../sim/participation/presets.ts";
import {cite} from "../../sim/sources.ts";
import {measureLabel} from "../../viz/vocabulary.ts";

const FIXTURE = new URL("../browser/fixtures/", import.meta.url);
const experiment = JSON.parse(readFileSync(new URL("collective-lhs-small.json", FIXTURE), "utf8"));
const csv = readFileSync(new URL("collective-lhs-small.csv", FIXTURE), "utf8");
const loaded = (): LoadedSummary => summariseResult(readResultCSV(csv, "c.csv", null, experiment));

describe("a loaded result's labels come from its own experiment", () => {
  it("collective: parameters by the file's scenario members and declarations, measures by the collective declarations, in both languages", () => {
    const r = loaded();
    const scenario = collectivePreset(experiment.scenario) as unknown as {outreach: Record<string, {label: {en: string; nb: string}}>};
    for (const lang of ["en", "nb"] as const) {
      const l = resultLabels(r, lang);
      expect(l.model).toBe("collective");
      const decl = collectiveParamByKey("outreach.posters.invites")!;
      expect(l.param("outreach.posters.invites")).toContain(`${scenario.outreach.posters.label[lang]}: ${decl.label[lang]}`);
      for (const k of r.parameters) expect(l.param(k)).toContain(collectiveParamByKey(k)!.label[lang]);
      for (const m of r.measures) expect(l.measure(m)).toContain(COLLECTIVE_MEASURES.find((d) => d.key === m)!.label[lang]);
    }
    expect(resultLabels(r, "nb").param("behaviour.wordOfMouth")).not.toBe(resultLabels(r, "en").param("behaviour.wordOfMouth"));
  });

  it("participation: a member is named from the experiment's own scenario (an object or a preset), not from the page's", () => {
    const own = preset("team-and-rg") as unknown as {arenas: Record<string, {label: {en: string; nb: string}}>};
    const id = Object.keys(own.arenas)[0];
    const key = `arenas.${id}.interval`;
    const base = {id: "p", model: "participation", parameters: [], design: {type: "lhs", n: 2}, replications: 1, seed: 1, measures: ["fit"]};
    const fromPreset = resultLabels({meta: null, experiment: {...base, scenario: "team-and-rg"} as never}, "en");
    expect(fromPreset.param(key)).toContain(`${own.arenas[id].label.en}: ${paramByKey(key)!.label.en}`);
    const renamed = structuredClone(own);
    renamed.arenas[id].label = {en: "The file's own arena", nb: "Filens egen arena"};
    const fromObject = resultLabels({meta: null, experiment: {...base, scenario: renamed} as never}, "nb");
    expect(fromObject.param(key)).toContain("Filens egen arena: ");
    expect(fromObject.measure("fit")).toBe(measureLabel("fit", "nb"));
  });

  it("classic: every parameter an experiment may vary has a label in both languages, and its measures their declared labels", () => {
    const l = {en: resultLabels({meta: null, experiment: {model: "classic"} as never}, "en"), nb: resultLabels({meta: null, experiment: {model: "classic"} as never}, "nb")};
    expect(Object.keys(CLASSIC_FACTOR_LABELS).sort()).toEqual(CLASSIC_FACTORS.map((f) => f.key).sort());
    for (const f of CLASSIC_FACTORS) for (const lang of ["en", "nb"] as const) {
      expect(l[lang].param(f.key)).toBe(CLASSIC_FACTOR_LABELS[f.key][lang]);
      expect(l[lang].param(f.key)).not.toBe(f.key);
    }
    for (const m of CLASSIC_MEASURES) expect(l.en.measure(m)).not.toBe(m);
    // a key no declaration knows is shown as it is
    expect(l.en.param("nope")).toBe("nope");
  });
});

describe("a loaded result offers only its own measures", () => {
  it("reads the experiment's measures that the file has, and no other", () => {
    expect(loaded().measures).toEqual(experiment.measures);
    // the same file without one measure column: that measure is not offered
    const lines = csv.trim().split("\n").map((l) => l.split(","));
    const drop = lines[0].indexOf("minorityTurnout");
    const without = lines.map((l) => l.filter((_, i) => i !== drop).join(",")).join("\n");
    const r = summariseResult(readResultCSV(without, "c.csv", null, experiment));
    expect(r.measures).toEqual(experiment.measures.filter((m: string) => m !== "minorityTurnout"));
    expect(Object.keys(r.sample!.means)).toEqual(r.measures);
  });

  it("shows the page's measure only when the file has it, says when it does not, and keeps a choice among the file's", () => {
    const result = loaded();
    expect(loadedMeasure({result}, "influence")).toEqual({measure: result.measures[0], missing: true});
    expect(loadedMeasure({result}, "staffHours")).toEqual({measure: "staffHours", missing: false});
    expect(loadedMeasure({result, measure: "minorityTurnout"}, "influence")).toEqual({measure: "minorityTurnout", missing: false});
    expect(loadedMeasure({result, measure: "influence"}, "turnout")).toEqual({measure: "turnout", missing: false});
  });
});

describe("a loaded sample", () => {
  it("keeps each design point once with its parameter values and each measure's mean over its replications", () => {
    const r = loaded();
    const lines = csv.trim().split("\n").map((l) => l.split(","));
    const head = lines[0], body = lines.slice(1);
    const points = new Set(body.map((l) => l[head.indexOf("point")]));
    expect(r.sample!.parameters).toEqual(experiment.parameters.map((p: {key: string}) => p.key));
    expect(r.sample!.values[0].length).toBe(points.size);
    const first = body.filter((l) => l[head.indexOf("point")] === body[0][head.indexOf("point")]);
    const mean = first.reduce((s, l) => s + Number(l[head.indexOf("turnout")]), 0) / first.length;
    expect(r.sample!.means.turnout[0]).toBeCloseTo(mean, 12);
    expect(r.sample!.values[1][0]).toBe(Number(body[0][head.indexOf("outreach.posters.invites")]));
  });

  it("marks points of interest strictly above or below a threshold, never a missing mean", () => {
    expect(interestOf([1, 2, 3, NaN], 2, "above")).toEqual([false, false, true, false]);
    expect(interestOf([1, 2, 3, NaN], 2, "below")).toEqual([true, false, false, false]);
    expect(medianOf([3, NaN, 1, 2, 10])).toBe(2.5);
    expect(medianOf([])).toBe(0);
  });

  it("searches only numeric parameters that vary, and finds regions whose counts agree with the points of interest", () => {
    const r = loaded();
    const sample = {...r.sample!, parameters: [...r.sample!.parameters, "label", "fixed"], values: [...r.sample!.values, r.sample!.values[0].map(String), r.sample!.values[0].map(() => 1)]};
    expect(numericColumns(sample).keys).toEqual(r.sample!.parameters);
    const numeric = numericColumns(r.sample!);
    const y = interestOf(r.sample!.means.turnout, medianOf(r.sample!.means.turnout), "above");
    const d = runDiscovery({columns: numeric.keys, x: numeric.values, y});
    expect(d.points).toBe(y.length);
    expect(d.positives).toBe(y.filter(Boolean).length);
    for (const b of [...d.boxes, ...d.rules]) {
      expect(b.k).toBeLessThanOrEqual(b.n);
      for (const bound of b.bounds) expect(numeric.keys[bound.column]).toBeDefined();
    }
  });

  it("orders scatter panels by the measure's largest total or mu* index when the design has indices", () => {
    const r = {...loaded(), sensitivity: {design: "morris" as const, id: "m", convergence: {}, indices: [
      {measure: "turnout", parameter: "a", index: "mu*" as const, estimate: 1, lo: 0, hi: 2},
      {measure: "turnout", parameter: "b", index: "mu*" as const, estimate: 3, lo: 0, hi: 4},
      {measure: "fit", parameter: "a", index: "mu*" as const, estimate: 9, lo: 0, hi: 9}]}};
    expect(panelOrder(r, ["a", "b", "c"], "turnout")).toEqual({keys: ["b", "a", "c"], byIndex: true});
    expect(panelOrder(loaded(), ["a", "b", "c"], "turnout")).toEqual({keys: ["a", "b", "c"], byIndex: false});
    expect(VARIED_SHOWN).toBeGreaterThan(0);
  });
});

describe("the parameter help", () => {
  it("gives the allowed range or values, the default, the unit and the source (cited) or that it is free, in both languages", () => {
    const sourced = PARAMETERS.filter((p) => p.source), free = PARAMETERS.filter((p) => !p.source);
    expect(sourced.length).toBeGreaterThan(0);
    expect(free.length).toBeGreaterThan(0);
    for (const p of PARAMETERS) {
      const en = paramFacts(p, "en"), nb = paramFacts(p, "nb");
      expect(en[0]).toMatch(/^Allowed: /);
      expect(nb[0]).toMatch(/^Tillatt: /);
      if (p.type === "number" || p.type === "integer") expect(en[0]).toMatch(/\d.* to .*\d/);
      expect(en[1]).toMatch(/^Default: /);
      expect(nb[1]).toMatch(/^Standard: /);
      expect(en.some((l) => l.startsWith("Unit: "))).toBe(p.unit !== "");
      const last = en[en.length - 1];
      if (p.source) {
        expect(last).toContain(cite(p.source));
        expect(cite(p.source)).not.toBe(p.source); // the author and section are added to the bare key
        expect(nb[nb.length - 1]).toContain(`Kilde: ${cite(p.source)}`);
      } else {
        expect(last).toMatch(/^Source: free/);
        expect(nb[nb.length - 1]).toMatch(/^Kilde: fri/);
      }
    }
  });
});

describe("the varied parameters of a loaded result", () => {
  const g = globalThis as {document?: Document};
  beforeAll(() => { g.document = new JSDOM("<!doctype html><body></body>").window.document; });
  afterAll(() => { delete g.document; });

  it("are counted, the first few named by label and the rest folded behind a details element; a short list has none", () => {
    const transfer = JSON.parse(readFileSync(new URL("../../data/experiments/transfer-morris.json", import.meta.url), "utf8"));
    const keys: string[] = transfer.parameters.map((p: {key: string}) => p.key);
    expect(keys.length).toBeGreaterThan(VARIED_SHOWN);
    const result = {...loaded(), parameters: keys, experiment: {...transfer, model: "participation"}} as LoadedSummary;
    const labels = resultLabels(result, "en");
    const [line, more] = variedSummary(result, labels, "en");
    expect(line.textContent).toContain(`Varied ${keys.length} parameters: ${keys.slice(0, VARIED_SHOWN).map(labels.param).join("; ")}; …`);
    for (const k of keys) expect(line.textContent).not.toContain(k);
    expect(line.textContent).not.toContain(labels.param(keys[VARIED_SHOWN]));
    expect(more.tagName).toBe("DETAILS");
    expect(more.querySelector("summary")!.textContent).toBe(`and ${keys.length - VARIED_SHOWN} more`);
    expect(Array.from(more.querySelectorAll("li"), (li) => li.textContent)).toEqual(keys.slice(VARIED_SHOWN).map(labels.param));
    const short = loaded();
    const nb = variedSummary(short, resultLabels(short, "nb"), "nb");
    expect(nb.length).toBe(1);
    expect(nb[0].textContent).toContain(`Varierte ${short.parameters.length} parametere`);
    expect(nb[0].textContent).toContain("modell: kollektive arenaer");
  });
});
