// A two-parameter sweep as a heatmap: one cell per (x, y) combination, filled
// by the mean of one measure (sequential viridis); the tooltip gives the 95%
// confidence interval.

import * as Plot from "@observablehq/plot";
import {t} from "./i18n.ts";
import {measureLabel} from "./vocabulary.ts";
import {unique} from "./labels.ts";
import {checkEstimate, pickMeasure} from "./estimateRows.ts";
import {resolveOptions, type Chart, type ChartOptions} from "./options.ts";
import {formatInterval, formatNumber, tickFormat} from "./format.ts";
import {SEQUENTIAL_SCHEME} from "./palette.ts";
import type {SweepPoint} from "./types.ts";

export interface SweepHeatmapOptions extends ChartOptions {
  /** The measure to show; required when the rows hold several. */
  measure?: string;
  /** Labels of the two swept parameters, with units. */
  xParameter?: string;
  yParameter?: string;
}

/** Heatmap of a measure's mean over a two-parameter sweep (rows {x, y, measure, estimate}). */
export function sweepHeatmap(data: readonly SweepPoint[], options: SweepHeatmapOptions = {}): Chart {
  const {lang, plot} = resolveOptions("sweepHeatmap", options, ["measure", "xParameter", "yParameter"]);
  const {measure, rows} = pickMeasure("sweepHeatmap", data, options.measure);
  for (const key of ["xParameter", "yParameter"] as const)
    if (options[key] !== undefined && typeof options[key] !== "string") throw new Error(`invalid ${key}: ${String(options[key])}`);
  rows.forEach((r) => {
    if (r.y === undefined) throw new Error(`invalid data for sweepHeatmap: row at x = ${String(r.x)} has no y`);
    checkEstimate("sweepHeatmap", r.estimate, `(${String(r.x)}, ${String(r.y)})`);
  });
  const options2 = unique(rows.map((r) => r.option).filter((o) => o !== undefined));
  if (options2.length > 1) throw new Error(`invalid data for sweepHeatmap: rows hold several options (${options2.join(", ")}); pass one option's rows`);
  const label = measureLabel(measure, lang);
  const xLabel = options.xParameter ?? t("axis.parameter", lang) + " x";
  const yLabel = options.yParameter ?? t("axis.parameter", lang) + " y";
  const show = (v: SweepPoint["x"]) => (typeof v === "number" ? formatNumber(v, lang, 3) : String(v));
  const sortValues = (vs: SweepPoint["x"][]) => (vs.every((v) => typeof v === "number") ? [...vs].sort((a, b) => (a as number) - (b as number)) : vs);
  const xs = sortValues(unique(rows.map((r) => r.x))).map(show);
  const ys = sortValues(unique(rows.map((r) => r.y!))).map(show);
  const cells = rows.map((r) => ({
    x: show(r.x), y: show(r.y!), ...r.estimate,
    title: `${xLabel}: ${show(r.x)}\n${yLabel}: ${show(r.y!)}\n${t("tip.mean", lang)}: ${formatNumber(r.estimate.mean, lang)}\n${t("tip.ci", lang)}: ${formatInterval(r.estimate.lo, r.estimate.hi, lang)}\n${t("tip.n", lang)}: ${r.estimate.n}`
  }));
  const means = cells.map((c) => c.mean).filter(Number.isFinite);
  const min = Math.min(...means), max = Math.max(...means);
  const mid = min + 0.45 * (max - min);
  return Plot.plot({
    ...plot,
    height: plot.height ?? Math.max(240, ys.length * 44 + 110),
    marginLeft: 60,
    marginBottom: 45,
    ariaLabel: t("chart.sweepHeatmap.label", lang, {measure: label}),
    ariaDescription: t("chart.sweepHeatmap.description", lang, {measure: label, x: xLabel, y: yLabel, min: formatNumber(min, lang), max: formatNumber(max, lang)}),
    x: {type: "band", domain: xs, label: xLabel},
    y: {type: "band", domain: ys, label: yLabel, reverse: true},
    // quantized: discrete bins are easier to read, and the legend needs no canvas (renders in Node)
    color: {type: "quantize", n: 6, scheme: SEQUENTIAL_SCHEME, domain: [min, max === min ? min + 1 : max], legend: true, label, tickFormat: tickFormat(lang, 2)},
    marks: [
      Plot.cell(cells, {x: "x", y: "y", fill: "mean", inset: 0.5, title: "title", tip: true}),
      Plot.text(cells, {x: "x", y: "y", text: (d) => formatNumber(d.mean, lang, 2), fill: (d) => (d.mean > mid ? "black" : "white")})
    ]
  });
}
