// A one-parameter sweep: the mean of a measure against the parameter's value,
// one line per option (or per measure when the rows carry no option), with a
// shaded 95% confidence band (areaY from lo to hi).

import * as Plot from "@observablehq/plot";
import {t} from "./i18n.ts";
import {measureLabel} from "./vocabulary.ts";
import {optionLabel, unique} from "./labels.ts";
import {checkEstimate, pickMeasure} from "./estimateRows.ts";
import {resolveOptions, type Chart, type ChartOptions} from "./options.ts";
import {formatInterval, formatNumber, tickFormat} from "./format.ts";
import {seriesColour} from "./palette.ts";
import type {SweepPoint} from "./types.ts";

const FILLED_SYMBOLS = ["circle", "square", "triangle", "diamond", "star", "wye", "cross"];

export interface SweepLineOptions extends ChartOptions {
  /** The measure to show; required when the rows hold several measures and several options. */
  measure?: string;
  /** Label of the swept parameter, with its unit (default "Parameter"). */
  parameter?: string;
}

/** Mean and 95% band of a measure along a one-parameter sweep (rows {x, measure, option?, estimate}). */
export function sweepLine(data: readonly SweepPoint[], options: SweepLineOptions = {}): Chart {
  const {lang, plot} = resolveOptions("sweepLine", options, ["measure", "parameter"]);
  if (!Array.isArray(data) || data.length === 0) throw new Error("invalid data for sweepLine: expected at least one row");
  if (options.parameter !== undefined && typeof options.parameter !== "string") throw new Error(`invalid parameter: ${String(options.parameter)}`);
  const byOption = data.some((r) => r.option !== undefined);
  const several = unique(data.map((r) => r.measure)).length > 1;
  // Lines per measure (no options in the rows, no measure chosen) or per option for one measure.
  const perMeasure = !byOption && several && options.measure === undefined;
  const rows = perMeasure ? [...data] : pickMeasure("sweepLine", data, options.measure).rows;
  rows.forEach((r) => checkEstimate("sweepLine", r.estimate, `x = ${String(r.x)}`));
  const numeric = rows.every((r) => typeof r.x === "number");
  const seriesOf = (r: SweepPoint) => (perMeasure ? measureLabel(r.measure, lang) : r.option !== undefined ? optionLabel(r.option, lang) : measureLabel(r.measure, lang));
  const series = unique(rows.map(seriesOf));
  const measure = perMeasure ? null : rows[0].measure;
  const yLabel = measure === null ? t("tip.value", lang) : measureLabel(measure, lang);
  const xLabel = options.parameter ?? t("axis.parameter", lang);
  const points = rows.map((r) => ({
    x: numeric ? (r.x as number) : String(r.x), series: seriesOf(r), ...r.estimate,
    title: `${seriesOf(r)}\n${xLabel}: ${numeric ? formatNumber(r.x as number, lang, 3) : String(r.x)}\n${t("tip.mean", lang)}: ${formatNumber(r.estimate.mean, lang)}\n${t("tip.ci", lang)}: ${formatInterval(r.estimate.lo, r.estimate.hi, lang)}\n${t("tip.n", lang)}: ${r.estimate.n}`
  }));
  const xs = unique(points.map((p) => p.x));
  if (numeric) points.sort((a, b) => (a.x as number) - (b.x as number));
  const from = numeric ? formatNumber(Math.min(...(xs as number[])), lang, 3) : String(xs[0]);
  const to = numeric ? formatNumber(Math.max(...(xs as number[])), lang, 3) : String(xs[xs.length - 1]);
  const colours = series.map((_, i) => seriesColour(i));
  return Plot.plot({
    ...plot,
    marginRight: 20,
    ariaLabel: t("chart.sweepLine.label", lang, {x: xLabel, measure: yLabel}),
    ariaDescription: t("chart.sweepLine.description", lang, {measure: yLabel, x: xLabel, from, to, series: t(byOption ? "axis.option" : "axis.series", lang).toLowerCase()}),
    x: numeric ? {label: xLabel, tickFormat: tickFormat(lang), nice: true} : {type: "point", domain: xs as string[], label: xLabel, padding: 0.3},
    y: {label: yLabel, grid: true, nice: true, tickFormat: tickFormat(lang)},
    color: {type: "ordinal", domain: series, range: colours},
    symbol: {domain: series, range: series.map((_, i) => FILLED_SYMBOLS[i % FILLED_SYMBOLS.length]), legend: series.length > 1},
    marks: [
      Plot.areaY(points, {x: "x", y1: "lo", y2: "hi", fill: "series", fillOpacity: 0.18, curve: "linear"}),
      Plot.lineY(points, {x: "x", y: "mean", stroke: "series", strokeWidth: 2}),
      Plot.dot(points, {x: "x", y: "mean", fill: "series", symbol: "series", r: 3, title: "title", tip: true})
    ]
  });
}
