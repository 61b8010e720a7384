import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {paramByKey} from "../../../sim/participation/parameters.ts";
import {measureLabel} from "../../../viz/vocabulary.ts";
import {sampleBox, sampleScatter, type SampleColumn} from "../../../viz/sampleCharts.ts";
import {FIXTURES, reviver} from "../fixtureFiles.ts";
import {aria, assertSnapshot, chartSvg, makeDocument, texts} from "../snapshot.ts";

type Bound = {column: number; lower: number | null; upper: number | null};
type Sample = {parameters: {key: string; values: number[]}[]; means: Record<string, number[]>; box: {measure: string; below: number; bounds: Bound[]}};
const sample: Sample = JSON.parse(readFileSync(new URL("sample-lhs.json", FIXTURES), "utf8"), reviver);
const columns = (lang: "en" | "nb"): SampleColumn[] => sample.parameters.map((p) => ({label: paramByKey(p.key)!.label[lang], values: p.values}));
const y = sample.means.influence;
// the points of interest and the PRIM box recorded with the fixture (test/viz/makeFixtures.ts)
const interest = y.map((v) => v < sample.box.below);

describe("sampleScatter", () => {
  const document = makeDocument();

  it("draws a panel per varied parameter with every design point's mean (snapshot)", () => {
    assertSnapshot("sampleScatter", sampleScatter(columns("en"), y, {document, measure: measureLabel("influence"), width: 640}));
  });

  it("places each point along its parameter's sampled range, writes the range's ends, and colours points of interest", () => {
    const el = sampleScatter(columns("en"), y, {document, measure: measureLabel("influence"), interest});
    const finite = y.filter(Number.isFinite).length;
    expect(chartSvg(el).querySelectorAll("[aria-label=\"dot\"] circle").length).toBe(finite * sample.parameters.length);
    for (const c of columns("en")) expect(texts(el)).toContain(c.label);
    const lo = Math.min(...sample.parameters[0].values);
    expect(texts(el)).toContain(lo.toFixed(3).replace(/0+$/, "").replace(/\.$/, ""));
    expect(texts(el)).toContain("Not of interest");
    expect(aria(el).description).toContain(`(${y.length} points)`);
    const nb = sampleScatter(columns("nb"), y, {document, lang: "nb", measure: measureLabel("influence", "nb")});
    expect(aria(nb).label).toContain("i hvert forsøkspunkt mot hver varierte parameter");
    expect(texts(nb)).toContain(columns("nb")[0].label);
    expect(texts(nb)).not.toContain("Not of interest");
  });

  it("refuses columns of another length and a missing measure label", () => {
    expect(() => sampleScatter([{label: "a", values: [1]}], y, {document, measure: "m"})).toThrow("invalid data for sampleScatter: parameter a needs");
    expect(() => sampleScatter(columns("en"), y, {document} as never)).toThrow("invalid measure for sampleScatter");
    expect(() => sampleScatter(columns("en"), y, {document, measure: "m", interest: [true]})).toThrow("invalid interest for sampleScatter");
  });
});

describe("sampleBox", () => {
  const document = makeDocument();
  const box = sample.box.bounds.length ? sample.box : undefined;
  const [xj, yj] = [...(box?.bounds ?? []).map((b) => b.column), 0, 1].filter((c, i, a) => a.indexOf(c) === i);
  const bounds = (j: number) => box?.bounds.find((b) => b.column === j);
  const boxOn = {...(bounds(xj) ? {x: {lower: bounds(xj)!.lower, upper: bounds(xj)!.upper}} : {}), ...(bounds(yj) ? {y: {lower: bounds(yj)!.lower, upper: bounds(yj)!.upper}} : {})};

  it("draws the design points on two parameters with the PRIM box (snapshot)", () => {
    expect(box).toBeDefined();
    assertSnapshot("sampleBox", sampleBox(columns("en")[xj], columns("en")[yj], {document, measure: measureLabel("influence"), interest, box: boxOn, width: 560}));
  });

  it("draws one rectangle at the box's limits and no rectangle without a box, in both languages", () => {
    const el = sampleBox(columns("en")[xj], columns("en")[yj], {document, measure: "m", interest, box: boxOn});
    expect(chartSvg(el).querySelectorAll("[aria-label=\"rect\"] rect").length).toBe(1);
    expect(chartSvg(el).querySelectorAll("[aria-label=\"dot\"] circle").length).toBe(y.length);
    expect(aria(el).description).toContain(`(${interest.filter(Boolean).length} of ${y.length} points)`);
    expect(aria(el).description).toContain("dashed rectangle is the PRIM box");
    const none = sampleBox(columns("nb")[0], columns("nb")[1], {document, lang: "nb", measure: "m", interest});
    expect(chartSvg(none).querySelectorAll("[aria-label=\"rect\"] rect").length).toBe(0);
    expect(aria(none).description).toContain(`(${interest.filter(Boolean).length} av ${y.length} punkter)`);
  });

  it("refuses flags of another length", () => {
    expect(() => sampleBox(columns("en")[0], columns("en")[1], {document, measure: "m", interest: [true]})).toThrow("invalid interest for sampleBox");
  });
});
