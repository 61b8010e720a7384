import {describe, expect, it} from "vitest";
import {sensitivityBars} from "../../../viz/sensitivityBars.ts";
import {sensitivityConvergence} from "../../../viz/sensitivityConvergence.ts";
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

describe("sensitivityBars with a noise floor", () => {
  const document = makeDocument();
  const row = (parameter: string, index: "ST" | "S1", estimate: number, half: number, floor?: number) => ({measure: "fit", parameter, index, estimate, lo: estimate - half, hi: estimate + half,
    ...(floor === undefined ? {} : {floor, aboveFloor: estimate - half > floor})});
  it("draws the dummy's upper bound as a dashed line per panel and makes the bars not above it faint", () => {
    const rows = [row("a", "ST", 0.6, 0.05, 0.12), row("b", "ST", 0.1, 0.05, 0.12), row("dummy", "ST", 0.05, 0.07)];
    const chart = sensitivityBars(rows, {document});
    const dashed = (c: Element) => c.querySelectorAll('g[aria-label="rule"] [stroke-dasharray="4,3"]').length;
    expect(dashed(chart)).toBe(1);
    const opacity = (r: Element) => r.getAttribute("fill-opacity") ?? r.closest("[fill-opacity]")?.getAttribute("fill-opacity");
    expect([...chart.querySelectorAll('g[aria-label="bar"] rect')].map(opacity).sort()).toEqual(["0.2", "0.6", "0.6"]);
    // without floors: no dashed line, every bar alike
    const plain = sensitivityBars(rows.map(({floor: _f, aboveFloor: _a, ...r}) => r), {document});
    expect(dashed(plain)).toBe(0);
    expect(new Set([...plain.querySelectorAll('g[aria-label="bar"] rect')].map(opacity))).toEqual(new Set(["0.6"]));
  });
});

describe("sensitivityConvergence", () => {
  const document = makeDocument();
  const rows = [8, 16, 32].flatMap((n) => [
    {measure: "fit", parameter: "a", index: "ST" as const, estimate: 0.5, lo: 0.5 - 1 / n, hi: 0.5 + 1 / n, n},
    {measure: "fit", parameter: "b", index: "ST" as const, estimate: 0.45, lo: 0.45 - 1 / n, hi: 0.45 + 1 / n, n},
    {measure: "fit", parameter: "c", index: "ST" as const, estimate: 0.1, lo: 0.1 - 1 / n, hi: 0.1 + 1 / n, n}
  ]);
  it("draws one line and band per parameter against the sample size, and names the pairs not yet ordered", () => {
    const chart = sensitivityConvergence(rows, {document, labels: {a: "Alpha"}});
    expect(chart.querySelectorAll('g[aria-label="line"] path')).toHaveLength(3);
    expect(chart.querySelectorAll('g[aria-label="area"] path')).toHaveLength(3);
    expect(chart.querySelectorAll('g[aria-label="dot"] circle')).toHaveLength(9);
    // at n = 32 the intervals (width 1/16) are wider than the gap between a and b (0.05), not than b and c's (0.35)
    expect(aria(chart).description).toMatch(/1 neighbouring pairs still have intervals wider .*: ST Alpha \/ b\.$/);
    expect(aria(sensitivityConvergence(rows.map((r) => ({...r, lo: r.estimate - 0.01, hi: r.estimate + 0.01})), {document})).description).toMatch(/every neighbouring pair of parameters is told apart/);
    expect(aria(sensitivityConvergence(rows, {document, lang: "nb"})).label).toMatch(/^Konvergens for sensitiviteten/);
  });
  it("fails loudly", () => {
    expect(() => sensitivityConvergence([], {document})).toThrow("expected at least one row");
    expect(() => sensitivityConvergence(rows.map((r) => ({...r, n: 0})), {document})).toThrow("n = 0 (allowed: a positive integer)");
    expect(() => sensitivityConvergence([...rows, {...rows[0], measure: "other"}], {document})).toThrow("pass options.measure");
  });
});
