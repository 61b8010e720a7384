import {describe, expect, it} from "vitest";
import {sweepHeatmap} from "../../../viz/sweepHeatmap.ts";
import {sweepLine} from "../../../viz/sweepLine.ts";
import type {SweepPoint} from "../../../viz/types.ts";
import {sweepHeatmapRows, sweepLineRows} from "../fixtures.ts";

const SWEEP1 = sweepLineRows();
const SWEEP2 = sweepHeatmapRows();
import {aria, assertSnapshot, makeDocument, texts} from "../snapshot.ts";

describe("sweepLine", () => {
  const document = makeDocument();

  it("draws a line and 95% band per option (snapshot)", () => {
    assertSnapshot("sweepLine", sweepLine(SWEEP1, {document, parameter: "Time pressure (multiplier)"}));
  });

  it("sets aria attributes and translates", () => {
    const en = sweepLine(SWEEP1, {document, parameter: "Load"});
    expect(aria(en).label).toBe("Sweep of Load: Counterfactual influence (0–1)");
    expect(aria(en).description).toMatch(/varies from 0.5 to 4, one line per organisational option/);
    const nb = sweepLine(SWEEP1, {document, lang: "nb"});
    expect(aria(nb).description).toMatch(/fra 0,5 til 4/);
    expect(texts(nb)).toMatch(/Kontrafaktisk innflytelse/);
  });

  it("accepts non-numeric parameter values and per-measure lines", () => {
    const rows = [
      {x: "weekly", measure: "influence", estimate: {mean: 0.3, sd: 0.1, n: 10, missing: 0, lo: 0.25, hi: 0.35}},
      {x: "monthly", measure: "influence", estimate: {mean: 0.2, sd: 0.1, n: 10, missing: 0, lo: 0.15, hi: 0.25}},
      {x: "weekly", measure: "fit", estimate: {mean: 0.6, sd: 0.1, n: 10, missing: 0, lo: 0.55, hi: 0.65}},
      {x: "monthly", measure: "fit", estimate: {mean: 0.5, sd: 0.1, n: 10, missing: 0, lo: 0.45, hi: 0.55}}
    ];
    const chart = sweepLine(rows, {document});
    expect(texts(chart)).toMatch(/weekly/);
    expect(chart.querySelectorAll('g[aria-label="line"] path')).toHaveLength(2);
  });

  it("fails loudly", () => {
    expect(() => sweepLine([...SWEEP1, {...SWEEP1[0], measure: "fit"}], {document})).toThrow("pass options.measure");
    expect(() => sweepLine(SWEEP1, {document, parameter: 3 as unknown as string})).toThrow("invalid parameter");
  });
});

describe("sweepHeatmap", () => {
  const document = makeDocument();

  it("draws the grid of means (snapshot)", () => {
    assertSnapshot("sweepHeatmap", sweepHeatmap(SWEEP2, {document, xParameter: "Time pressure (multiplier)", yParameter: "Staff hours per week"}));
  });

  it("has a tooltip, sets aria attributes and translates", () => {
    const en = sweepHeatmap(SWEEP2, {document});
    // A point where nothing was decided has no mean (missing is not zero) and no cell.
    expect(en.querySelectorAll('g[aria-label="cell"] rect')).toHaveLength(SWEEP2.filter((p) => Number.isFinite(p.estimate.mean)).length);
    expect(en.querySelector('g[aria-label="tip"]')).not.toBeNull();
    expect(aria(en).label).toBe("Two-parameter sweep: Counterfactual influence (0–1)");
    const nb = sweepHeatmap(SWEEP2, {document, lang: "nb"});
    expect(texts(nb)).toMatch(/Kontrafaktisk innflytelse/);
  });

  it("fails loudly on rows without y", () => {
    expect(() => sweepHeatmap(SWEEP2.map(({y: _y, ...r}: SweepPoint) => r), {document})).toThrow("has no y");
  });
});
