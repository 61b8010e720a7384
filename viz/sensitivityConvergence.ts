// Convergence of sensitivity indices: each index of one measure recomputed
// from the first n base samples (Saltelli) or trajectories (Morris), one line
// per parameter against n (log scale) with its bootstrap 95% interval as a
// band, one panel per index. The description says which neighbouring
// parameters the full sample still does not order.

import * as Plot from "@observablehq/plot";
import type {ConvergenceRow} from "../sim/experiment/sensitivity/designIndices.ts";
import {unsettledPairs} from "../sim/experiment/sensitivity/separation.ts";
import {t} from "./i18n.ts";
import {measureLabel} from "./vocabulary.ts";
import {unique} from "./labels.ts";
import {pickMeasure} from "./estimateRows.ts";
import {resolveOptions, type Chart, type ChartOptions} from "./options.ts";
import {formatInterval, formatNumber, tickFormat} from "./format.ts";
import {seriesColour} from "./palette.ts";

export type {ConvergenceRow};

/** The indices drawn, in panel order (as sensitivityBars). */
const SHOWN = ["S1", "ST", "mu*", "sigma"];

export interface SensitivityConvergenceOptions extends ChartOptions {
  /** The measure to show; required when the rows hold several. */
  measure?: string;
  /** Labels of the parameters by key (default: the key). */
  labels?: Record<string, string>;
}

export function sensitivityConvergence(data: readonly ConvergenceRow[], options: SensitivityConvergenceOptions = {}): Chart {
  const {lang, plot} = resolveOptions("sensitivityConvergence", options, ["measure", "labels"]);
  if (!Array.isArray(data) || data.length === 0) throw new Error("invalid data for sensitivityConvergence: expected at least one row");
  const {rows: picked} = pickMeasure("sensitivityConvergence", data, options.measure);
  const rows = picked.filter((r) => SHOWN.includes(r.index));
  if (rows.length === 0) throw new Error(`invalid data for sensitivityConvergence: no ${SHOWN.join(", ")} rows`);
  for (const r of rows) if (!Number.isInteger(r.n) || r.n < 1) throw new Error(`invalid data for sensitivityConvergence: n = ${String(r.n)} (allowed: a positive integer)`);
  const labels = options.labels ?? {};
  const label = (key: string) => (Object.prototype.hasOwnProperty.call(labels, key) ? labels[key] : key);
  const indices = SHOWN.filter((i) => rows.some((r) => r.index === i));
  const sizes = unique(rows.map((r) => r.n)).sort((a, b) => a - b);
  const full = sizes[sizes.length - 1];
  const series = unique(rows.map((r) => label(r.parameter)));
  const measure = measureLabel(rows[0].measure, lang);
  const marks = rows.map((r) => ({
    ...r, series: label(r.parameter), lo: Number.isFinite(r.lo) ? r.lo : r.estimate, hi: Number.isFinite(r.hi) ? r.hi : r.estimate,
    title: `${label(r.parameter)}\n${r.index}, n = ${r.n}: ${formatNumber(r.estimate, lang)}\n${t("tip.ci", lang)}: ${formatInterval(r.lo, r.hi, lang)}`
  })).filter((m) => Number.isFinite(m.estimate)).sort((a, b) => a.n - b.n);
  const unsettled = unsettledPairs(rows.filter((r) => r.n === full).map((r) => ({...r, parameter: label(r.parameter)})));
  const pairs = unsettled.flatMap((u) => u.pairs.map(([a, b]) => `${u.index} ${a} / ${b}`));
  const note = pairs.length
    ? t("chart.sensitivityConvergence.unsettled", lang, {n: pairs.length, pairs: pairs.slice(0, 6).join("; ") + (pairs.length > 6 ? " …" : "")})
    : t("chart.sensitivityConvergence.settled", lang);
  return Plot.plot({
    ...plot,
    height: plot.height ?? 80 + 180 * indices.length,
    marginRight: 20,
    ariaLabel: t("chart.sensitivityConvergence.label", lang, {measure}),
    ariaDescription: t("chart.sensitivityConvergence.description", lang, {measure, indices: indices.join(", "), from: sizes[0], to: full, unsettled: note}),
    fy: {domain: indices, label: null},
    x: {type: "log", base: 2, label: t("axis.samples", lang), domain: [sizes[0], full], ticks: sizes, tickFormat: (d: number) => String(d)},
    y: {label: t("axis.index", lang), grid: true, nice: true, tickFormat: tickFormat(lang)},
    color: {type: "ordinal", domain: series, range: series.map((_, i) => seriesColour(i)), legend: series.length > 1},
    marks: [
      Plot.ruleY([0]),
      Plot.areaY(marks, {fy: "index", x: "n", y1: "lo", y2: "hi", z: "series", fill: "series", fillOpacity: 0.12, curve: "linear"}),
      Plot.lineY(marks, {fy: "index", x: "n", y: "estimate", z: "series", stroke: "series", strokeWidth: 2}),
      Plot.dot(marks, {fy: "index", x: "n", y: "estimate", fill: "series", r: 2.5, title: "title", tip: true})
    ]
  });
}
