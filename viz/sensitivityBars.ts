// Sensitivity indices of one measure as bars with their bootstrap 95%
// intervals: one panel per index (first-order and total Sobol indices, or
// Morris mu* and sigma), parameters as rows, sorted by the first panel's
// estimate so the most influential parameters come first. With a dummy
// parameter, each panel has the noise floor (the dummy's upper bound) as a
// dashed line, and the bars of indices not wholly above it are faint.

import * as Plot from "@observablehq/plot";
import type {IndexRow} from "../sim/experiment/sensitivity/designIndices.ts";
import {t} from "./i18n.ts";
import {measureLabel} from "./vocabulary.ts";
import {unique} from "./labels.ts";
import {pickMeasure} from "./estimateRows.ts";
import {resolveOptions, type Chart, type ChartOptions} from "./options.ts";
import {formatInterval, formatNumber, tickFormat} from "./format.ts";
import {seriesColour} from "./palette.ts";

export type {IndexRow};

/** The indices shown, in panel order; mu (signed) and second-order terms stay in the table. */
const SHOWN = ["S1", "ST", "mu*", "sigma"];

export interface SensitivityBarsOptions extends ChartOptions {
  /** The measure to show; required when the rows hold several. */
  measure?: string;
  /** Labels of the parameters by key (default: the key). */
  labels?: Record<string, string>;
}

export function sensitivityBars(data: readonly IndexRow[], options: SensitivityBarsOptions = {}): Chart {
  const {lang, plot} = resolveOptions("sensitivityBars", options, ["measure", "labels"]);
  if (!Array.isArray(data) || data.length === 0) throw new Error("invalid data for sensitivityBars: expected at least one row");
  const {rows: picked} = pickMeasure("sensitivityBars", data, options.measure);
  const rows = picked.filter((r) => SHOWN.includes(r.index));
  if (rows.length === 0) throw new Error(`invalid data for sensitivityBars: no ${SHOWN.join(", ")} rows`);
  const labels = options.labels ?? {};
  const label = (key: string) => (Object.prototype.hasOwnProperty.call(labels, key) ? labels[key] : key);
  const indices = SHOWN.filter((i) => rows.some((r) => r.index === i));
  const first = new Map(rows.filter((r) => r.index === indices[0]).map((r) => [r.parameter, r.estimate]));
  const size = (p: string) => (Number.isFinite(first.get(p)) ? first.get(p)! : -Infinity);
  const parameters = unique(rows.map((r) => r.parameter)).sort((a, b) => size(b) - size(a));
  const measure = measureLabel(rows[0].measure, lang);
  const marks = rows.map((r) => ({
    ...r, label: label(r.parameter), faint: r.aboveFloor === false,
    title: `${label(r.parameter)}\n${r.index}: ${formatNumber(r.estimate, lang)}\n${t("tip.ci", lang)}: ${formatInterval(r.lo, r.hi, lang)}` +
      (r.floor !== undefined ? `\n${t("tip.floor", lang)}: ${formatNumber(r.floor, lang)}${r.aboveFloor === false ? ` (${t("tip.notAboveFloor", lang)})` : ""}` : "")
  }));
  const floors = indices.flatMap((index) => {
    const f = rows.find((r) => r.index === index && r.floor !== undefined && Number.isFinite(r.floor));
    return f ? [{index, floor: f.floor!}] : [];
  });
  const top = parameters.slice(0, 3).map(label).join(", ");
  return Plot.plot({
    ...plot,
    height: plot.height ?? 60 + 16 * parameters.length,
    marginLeft: Math.min(260, 12 + 6 * Math.max(...parameters.map((p) => label(p).length))),
    ariaLabel: t("chart.sensitivityBars.label", lang, {measure}),
    ariaDescription: t("chart.sensitivityBars.description", lang, {measure, indices: indices.join(", "), n: parameters.length, top}),
    fx: {domain: indices, label: null},
    x: {label: t("axis.index", lang), grid: true, nice: true, tickFormat: tickFormat(lang)},
    y: {domain: parameters.map(label), label: null},
    color: {domain: indices, range: indices.map((_, i) => seriesColour(i))},
    marks: [
      Plot.ruleX([0]),
      Plot.barX(marks, {fx: "index", y: "label", x: "estimate", fill: "index", fillOpacity: marks.some((m) => m.faint) ? (m: {faint: boolean}) => (m.faint ? 0.2 : 0.6) : 0.6}),
      floors.length ? Plot.ruleX(floors, {fx: "index", x: "floor", stroke: "currentColor", strokeDasharray: "4,3", strokeOpacity: 0.7}) : null,
      Plot.ruleY(marks.filter((m) => Number.isFinite(m.lo) && Number.isFinite(m.hi)), {fx: "index", y: "label", x1: "lo", x2: "hi", stroke: "index", strokeWidth: 2}),
      Plot.tip(marks, Plot.pointerY({fx: "index", y: "label", x: "estimate", title: "title"}))
    ]
  });
}
