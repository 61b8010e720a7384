import {describe, expect, it} from "vitest";
import {sensitivityBars} from "../../../viz/sensitivityBars.ts";
import {morrisRows, sobolRows} from "../fixtures.ts";
import {aria, assertSnapshot, makeDocument, texts} from "../snapshot.ts";

const SOBOL = sobolRows();
const MORRIS = morrisRows();

describe("sensitivityBars", () => {
  const document = makeDocument();

  it("draws first-order and total Sobol indices with their intervals (snapshot)", () => {
    const chart = sensitivityBars(SOBOL, {document, measure: "influence", labels: {"load.timePressure": "Time pressure"}});
    assertSnapshot("sensitivityBars-sobol", chart);
    // one bar and one interval per parameter and index
    expect(chart.querySelectorAll('g[aria-label="bar"] rect')).toHaveLength(8);
    expect(chart.querySelectorAll('g[aria-label="rule"] line').length).toBeGreaterThanOrEqual(8);
    expect(texts(chart)).toMatch(/Time pressure/);
    expect(texts(chart)).toMatch(/ST/);
  });

  it("draws Morris mu* and sigma, leaving the signed mu to the table (snapshot)", () => {
    const chart = sensitivityBars(MORRIS, {document, measure: "fit"});
    assertSnapshot("sensitivityBars-morris", chart);
    expect(chart.querySelectorAll('g[aria-label="bar"] rect')).toHaveLength(8);
    expect(texts(chart)).toMatch(/mu\*/);
    expect(texts(chart)).not.toMatch(/\bmu\b(?!\*)/);
  });

  it("sorts parameters by the first index and describes the largest", () => {
    const rows = [
      {measure: "fit", parameter: "a", index: "S1" as const, estimate: 0.1, lo: 0, hi: 0.2},
      {measure: "fit", parameter: "b", index: "S1" as const, estimate: 0.6, lo: 0.5, hi: 0.7}
    ];
    const chart = sensitivityBars(rows, {document});
    expect(aria(chart).description).toMatch(/Largest: b, a\./);
    expect(aria(sensitivityBars(rows, {document, lang: "nb"})).label).toMatch(/^Sensitivitet for/);
  });

  it("fails loudly", () => {
    expect(() => sensitivityBars(SOBOL, {document})).toThrow("pass options.measure");
    expect(() => sensitivityBars([], {document})).toThrow("expected at least one row");
    expect(() => sensitivityBars(MORRIS.filter((r) => r.index === "mu"), {document, measure: "fit"})).toThrow("no S1, ST, mu*, sigma rows");
  });
});
