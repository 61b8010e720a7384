import {describe, expect, it} from "vitest";
import {energyLine} from "../../../viz/energyLine.ts";
import {frameData} from "../../../viz/frameData.ts";
import {runningRows} from "../../../viz/runningData.ts";
import {runningShares} from "../../../viz/runningShares.ts";
import {LADDER_COLOURS, STYLE_COLOURS} from "../../../viz/palette.ts";
import {classicTrace, participationRunning} from "../fixtures.ts";
import {aria, assertSnapshot, makeDocument, texts} from "../snapshot.ts";

describe("runningShares and energyLine (the classroom's time plots)", () => {
  const document = makeDocument();
  const rows = participationRunning();
  const trace = classicTrace().trace!;
  const classicRows = runningRows(trace.map((f, i) => frameData(f, {history: trace.slice(0, i + 1)})));

  it("draws the running ladder and style shares of a participation run (snapshot)", () => {
    assertSnapshot("runningShares-participation", runningShares(rows, {document, upTo: rows[30].time}));
  });

  it("draws the running style shares of a classic run, in Norwegian (snapshot)", () => {
    assertSnapshot("runningShares-classic-nb", runningShares(classicRows, {document, lang: "nb", fontSize: 16}));
  });

  it("draws staff energy left per week (snapshot)", () => {
    assertSnapshot("energyLine", energyLine(rows, {document, upTo: rows[30].time}));
  });

  it("counts decisions cumulatively: never decreasing, and the classic total equals the choices made", () => {
    for (const [a, b] of rows.slice(1).map((r, i) => [rows[i], r] as const)) {
      for (const s of ["resolution", "flight", "oversight"] as const) expect(b.styles[s]).toBeGreaterThanOrEqual(a.styles[s]);
      for (const s of ["perspective", "participation", "influence", "control"] as const) expect(b.steps![s]).toBeGreaterThanOrEqual(a.steps![s]);
    }
    const last = classicRows[classicRows.length - 1];
    const made = trace.reduce((n, f) => n + f.madeNow.filter((c) => c > 0).length, 0);
    expect(last.styles.resolution + last.styles.flight + last.styles.oversight).toBe(made);
    expect(last.steps).toBeNull();
    expect(last.energyLeft).toBeNull();
  });

  it("grows with the run: more points up to a later time, none after it; no share before the first decision", () => {
    const count = (upTo: number) => runningShares(rows, {document, upTo}).querySelectorAll("[aria-label=line] path").length;
    expect(count(rows[40].time)).toBeGreaterThan(0);
    const early = runningShares(rows, {document, upTo: rows[40].time});
    const late = runningShares(rows, {document, upTo: rows[rows.length - 1].time});
    expect(early.outerHTML).not.toBe(late.outerHTML);
    const first = rows.findIndex((r) => r.styles.resolution + r.styles.flight + r.styles.oversight > 0);
    expect(first).toBeGreaterThan(0);
    // before anything is decided every share is missing: the plot has no last dots
    expect(runningShares(rows, {document, upTo: rows[first - 1].time}).querySelectorAll("[aria-label=dot] circle")).toHaveLength(0);
    expect(runningShares(rows, {document, upTo: rows[first].time}).querySelectorAll("[aria-label=dot] circle").length).toBeGreaterThan(0);
  });

  it("a classic run (styles only) has one panel and no panel label; a participation run labels both panels", () => {
    const classic = texts(runningShares(classicRows, {document}));
    expect(classic).not.toMatch(/Styles|Decision styles/);
    expect(runningShares(classicRows, {document}).querySelectorAll("[aria-label='fy-axis tick label'] text")).toHaveLength(0);
    expect(runningShares(rows, {document}).querySelectorAll("[aria-label='fy-axis tick label'] text")).toHaveLength(2);
  });

  it("no ladder step shares a colour family with a decision style: every pair differs clearly in hue or lightness", () => {
    const rgb = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16) / 255);
    // CIE L* and a crude hue angle are enough to tell a green from a green
    const lightness = (c: string) => { const [r, g, b] = rgb(c).map((x) => (x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4)); const y = 0.2126 * r + 0.7152 * g + 0.0722 * b; return y > 0.008856 ? 116 * Math.cbrt(y) - 16 : 903.3 * y; };
    const hue = (c: string) => { const [r, g, b] = rgb(c); const max = Math.max(r, g, b), min = Math.min(r, g, b), d = max - min; if (d < 0.1) return null; const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4; return (h * 60 + 360) % 360; };
    const steps = ["perspective", "participation", "influence", "control"] as const, styles = ["resolution", "flight", "oversight"] as const;
    for (const s of steps) for (const k of styles) {
      const a = LADDER_COLOURS[s], b = STYLE_COLOURS[k];
      const ha = hue(a), hb = hue(b);
      const hueGap = ha === null || hb === null ? 180 : Math.min(Math.abs(ha - hb), 360 - Math.abs(ha - hb));
      expect(hueGap > 30 || Math.abs(lightness(a) - lightness(b)) > 20, `${s} ${a} against ${k} ${b}`).toBe(true);
    }
    // the check can fail: the former influence green against resolution
    expect(Math.abs((hue("#44BF70") ?? 0) - (hue(STYLE_COLOURS.resolution) ?? 0)) < 30 && Math.abs(lightness("#44BF70") - lightness(STYLE_COLOURS.resolution)) < 20).toBe(true);
  });

  it("labels ladder steps and styles by their declared names and translates", () => {
    expect(texts(runningShares(rows, {document}))).toMatch(/User influence/);
    expect(texts(runningShares(rows, {document, lang: "nb"}))).toMatch(/Brukerinnflytelse/);
    expect(aria(runningShares(rows, {document})).label).toBe("Decisions so far, over time");
    expect(aria(energyLine(rows, {document, lang: "nb"})).label).toBe("Personalenergi igjen, over tid");
  });

  it("fails loudly on bad input", () => {
    expect(() => runningShares([], {document})).toThrow("invalid rows for runningShares");
    expect(() => runningShares(rows, {document, upTo: "x" as never})).toThrow("invalid upTo");
    expect(() => energyLine(classicRows, {document})).toThrow("energyLeft is null");
    expect(() => runningRows("x" as never)).toThrow("invalid frames");
  });
});
