// Estimates with 95% confidence intervals per option for one measure: a dot
// at the mean and a rule over the interval.

import * as Plot from "@observablehq/plot";
import {t} from "./i18n.ts";
import {measureLabel} from "./vocabulary.ts";
import {marginFor, optionLabels} from "./labels.ts";
import {checkEstimate, pickMeasure} from "./estimateRows.ts";
import {resolveOptions, type Chart, type ChartOptions} from "./options.ts";
import {formatInterval, formatNumber, tickFormat} from "./format.ts";
import {OKABE_ITO} from "./palette.ts";
import type {ComparisonRow} from "./types.ts";

export interface EstimateDotsOptions extends ChartOptions {
  /** The measure to show; required when the rows hold several. */
  measure?: string;
}

/** Mean and 95% CI per option for one measure (rows as sim/experiment/compare.ts's OptionEstimate). */
export function estimateDots(data: readonly ComparisonRow[], options: EstimateDotsOptions = {}): Chart {
  const {lang, plot} = resolveOptions("estimateDots", options, ["measure"]);
  const {measure, rows} = pickMeasure("estimateDots", data, options.measure);
  rows.forEach((r) => checkEstimate("estimateDots", r.estimate, r.option));
  const labels = optionLabels(rows.map((r) => r.option), lang);
  const label = measureLabel(measure, lang);
  const points = rows.map((r, i) => ({
    option: labels[i], ...r.estimate,
    title: `${labels[i]}\n${t("tip.mean", lang)}: ${formatNumber(r.estimate.mean, lang)}\n${t("tip.ci", lang)}: ${formatInterval(r.estimate.lo, r.estimate.hi, lang)}\n${t("tip.n", lang)}: ${r.estimate.n}`
  }));
  const finite = points.filter((p) => Number.isFinite(p.mean));
  const summary = finite.length ? [
    t("summary.highest", lang, {option: hi(finite).option, value: formatNumber(hi(finite).mean, lang)}),
    t("summary.lowest", lang, {option: lo(finite).option, value: formatNumber(lo(finite).mean, lang)})
  ].join(" ") : "";
  return Plot.plot({
    ...plot,
    marginLeft: marginFor(labels),
    ariaLabel: t("chart.estimateDots.label", lang, {measure: label}),
    ariaDescription: t("chart.estimateDots.description", lang, {measure: label, summary}),
    x: {label, grid: true, nice: true, tickFormat: tickFormat(lang)},
    y: {domain: labels, label: null},
    marks: [
      Plot.ruleY(points, {y: "option", x1: "lo", x2: "hi", stroke: OKABE_ITO.blue, strokeWidth: 2}),
      Plot.dot(points, {y: "option", x: "mean", fill: OKABE_ITO.blue, r: 4, title: "title", tip: true})
    ]
  });
}

function hi<T extends {mean: number}>(xs: T[]): T {
  return xs.reduce((a, b) => (b.mean > a.mean ? b : a));
}

function lo<T extends {mean: number}>(xs: T[]): T {
  return xs.reduce((a, b) => (b.mean < a.mean ? b : a));
}
