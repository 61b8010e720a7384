// A loaded sample (LHS, Saltelli, Morris or any design with varied
// parameters) as charts: a measure's mean at each design point against each
// varied parameter in small multiples, and the design points on two
// parameters coloured by whether they are of interest, with the PRIM box
// drawn over them. Panels share one measure axis; each parameter is placed
// along its own sampled range (its ends written under the panel), since
// facets of one figure share their x scale.

import * as Plot from "@observablehq/plot";
import {formatNumber, tickFormat} from "./format.ts";
import {t} from "./i18n.ts";
import {resolveOptions, type Chart, type ChartOptions} from "./options.ts";
import {DARK_GREY, GREY, OKABE_ITO} from "./palette.ts";

/** One varied parameter: its label (with unit) and its value at each design point. */
export interface SampleColumn {
  label: string;
  values: readonly number[];
}

export interface SampleScatterOptions extends ChartOptions {
  /** The measure's label with its unit (the y axis). */
  measure: string;
  /** Whether each design point is of interest (colours the dots; default: all one colour). */
  interest?: readonly boolean[];
  /** Panels per row (default 4). */
  columns?: number;
}

function checkColumns(chart: string, columns: readonly SampleColumn[], n: number): void {
  if (!Array.isArray(columns) || columns.length === 0) throw new Error(`invalid data for ${chart}: expected at least one parameter`);
  for (const c of columns) {
    if (typeof c?.label !== "string" || !Array.isArray(c.values) || c.values.length !== n) throw new Error(`invalid data for ${chart}: parameter ${String(c?.label)} needs ${n} values`);
  }
}

/** A measure's mean at each design point (y) against each varied parameter, one small panel per parameter. */
export function sampleScatter(columns: readonly SampleColumn[], y: readonly number[], options: SampleScatterOptions): Chart {
  const {lang, plot} = resolveOptions("sampleScatter", options, ["measure", "interest", "columns"]);
  if (!Array.isArray(y) || y.length === 0) throw new Error("invalid data for sampleScatter: expected at least one design point");
  checkColumns("sampleScatter", columns, y.length);
  if (typeof options.measure !== "string") throw new Error(`invalid measure for sampleScatter: ${String(options.measure)}`);
  if (options.interest !== undefined && (!Array.isArray(options.interest) || options.interest.length !== y.length)) throw new Error(`invalid interest for sampleScatter: expected ${y.length} flags`);
  const perRow = Math.max(1, Math.min(options.columns ?? 4, columns.length));
  const yes = t("chart.sampleScatter.interest", lang), no = t("chart.sampleScatter.other", lang);
  const points: {col: number; row: number; pos: number; y: number; kind: string; title: string}[] = [];
  const panels = columns.map((c, j) => {
    const finite = c.values.filter(Number.isFinite);
    const lo = Math.min(...finite), hi = Math.max(...finite);
    return {col: j % perRow, row: Math.floor(j / perRow), label: c.label, lo: formatNumber(lo, lang, 3), hi: formatNumber(hi, lang, 3), min: lo, span: hi - lo};
  });
  columns.forEach((c, j) => {
    const p = panels[j];
    c.values.forEach((v, i) => {
      if (!Number.isFinite(v) || !Number.isFinite(y[i])) return;
      const kind = options.interest ? (options.interest[i] ? yes : no) : yes;
      points.push({col: p.col, row: p.row, pos: p.span > 0 ? (v - p.min) / p.span : 0.5, y: y[i], kind,
        title: `${c.label}: ${formatNumber(v, lang, 3)}\n${options.measure}: ${formatNumber(y[i], lang, 3)}`});
    });
  });
  const rows = Math.ceil(columns.length / perRow);
  return Plot.plot({
    ...plot,
    height: plot.height ?? 60 + rows * 150,
    marginTop: 30,
    marginBottom: 40,
    ariaLabel: t("chart.sampleScatter.label", lang, {measure: options.measure}),
    ariaDescription: t("chart.sampleScatter.description", lang, {n: columns.length, measure: options.measure, points: y.length}),
    fx: {axis: null, padding: 0.12},
    fy: {axis: null, padding: 0.25},
    x: {domain: [0, 1], ticks: 0, label: t("chart.sampleScatter.position", lang), labelAnchor: "center"},
    y: {label: options.measure, grid: true, nice: true, tickFormat: tickFormat(lang)},
    color: {type: "ordinal", domain: options.interest ? [yes, no] : [yes], range: options.interest ? [OKABE_ITO.vermillion, GREY] : [OKABE_ITO.blue], legend: options.interest !== undefined},
    marks: [
      Plot.frame({stroke: GREY}),
      Plot.text(panels, {fx: "col", fy: "row", text: "label", frameAnchor: "top-left", dy: -14, fontWeight: "bold", lineWidth: 22}),
      Plot.text(panels, {fx: "col", fy: "row", text: "lo", frameAnchor: "bottom-left", dy: 12}),
      Plot.text(panels, {fx: "col", fy: "row", text: "hi", frameAnchor: "bottom-right", dy: 12}),
      Plot.dot(points, {fx: "col", fy: "row", x: "pos", y: "y", fill: "kind", r: 2.5, fillOpacity: 0.8, title: "title", tip: true})
    ]
  });
}

/** A box's bounds on the parameters drawn: lower and upper (null: open). */
export interface SampleBoxBounds {
  x?: {lower: number | null; upper: number | null};
  y?: {lower: number | null; upper: number | null};
}

export interface SampleBoxOptions extends ChartOptions {
  /** The measure's label (for the description). */
  measure: string;
  /** Whether each design point is of interest. */
  interest: readonly boolean[];
  /** The PRIM box on these two parameters (omitted: no box drawn). */
  box?: SampleBoxBounds;
}

/** The design points on two parameters, coloured by whether they are of interest, with the PRIM box over them (its projection on the two). */
export function sampleBox(x: SampleColumn, y: SampleColumn, options: SampleBoxOptions): Chart {
  const {lang, plot} = resolveOptions("sampleBox", options, ["measure", "interest", "box"]);
  const n = x?.values?.length ?? 0;
  if (n === 0) throw new Error("invalid data for sampleBox: expected at least one design point");
  checkColumns("sampleBox", [x, y], n);
  if (!Array.isArray(options.interest) || options.interest.length !== n) throw new Error(`invalid interest for sampleBox: expected ${n} flags`);
  const yes = t("chart.sampleScatter.interest", lang), no = t("chart.sampleScatter.other", lang);
  const points = x.values.map((v, i) => ({x: v, y: y.values[i], kind: options.interest[i] ? yes : no,
    title: `${options.interest[i] ? yes : no}\n${x.label}: ${formatNumber(v, lang, 3)}\n${y.label}: ${formatNumber(y.values[i], lang, 3)}`}))
    .filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
  const range = (c: SampleColumn) => [Math.min(...c.values.filter(Number.isFinite)), Math.max(...c.values.filter(Number.isFinite))];
  const [x0, x1] = range(x), [y0, y1] = range(y);
  const b = options.box;
  // a side the box leaves open reaches the sampled range
  const rect = b && (b.x || b.y) ? [{x1: b.x?.lower ?? x0, x2: b.x?.upper ?? x1, y1: b.y?.lower ?? y0, y2: b.y?.upper ?? y1}] : [];
  const k = options.interest.filter(Boolean).length;
  return Plot.plot({
    ...plot,
    ariaLabel: t("chart.sampleBox.label", lang, {x: x.label, y: y.label}),
    ariaDescription: t("chart.sampleBox.description", lang, {x: x.label, y: y.label, measure: options.measure, k, n}) + (rect.length ? " " + t("chart.sampleBox.box", lang) : ""),
    x: {label: x.label, grid: true, nice: true, tickFormat: tickFormat(lang)},
    y: {label: y.label, grid: true, nice: true, tickFormat: tickFormat(lang)},
    color: {type: "ordinal", domain: [yes, no], range: [OKABE_ITO.vermillion, GREY], legend: true},
    marks: [
      Plot.dot(points, {x: "x", y: "y", fill: "kind", r: 3, title: "title", tip: true}),
      Plot.rect(rect, {x1: "x1", x2: "x2", y1: "y1", y2: "y2", fill: "none", stroke: DARK_GREY, strokeWidth: 1.5, strokeDasharray: "4,3"})
    ]
  });
}
