// Differences from a reference option with 95% confidence intervals, one
// measure, and a rule at zero. An interval that excludes zero is drawn in
// colour (blue above, vermillion below), one that includes it in grey.

import * as Plot from "@observablehq/plot";
import {t} from "./i18n.ts";
import {measureLabel} from "./vocabulary.ts";
import {marginFor, optionLabel, optionLabels, unique} from "./labels.ts";
import {checkEstimate, pickMeasure} from "./estimateRows.ts";
import {resolveOptions, type Chart, type ChartOptions} from "./options.ts";
import {formatInterval, formatNumber, tickFormat} from "./format.ts";
import {DARK_GREY, OKABE_ITO} from "./palette.ts";
import type {DifferenceRow} from "./types.ts";

export interface DifferenceDotsOptions extends ChartOptions {
  /** The measure to show; required when the rows hold several. */
  measure?: string;
}

/** Differences b - a (a = the reference option) per option for one measure (rows as sim/experiment/compare.ts's OptionDifference). */
export function differenceDots(data: readonly DifferenceRow[], options: DifferenceDotsOptions = {}): Chart {
  const {lang, plot} = resolveOptions("differenceDots", options, ["measure"]);
  const {measure, rows} = pickMeasure("differenceDots", data, options.measure);
  const refs = unique(rows.map((r) => r.a));
  if (refs.length !== 1) throw new Error(`invalid data for differenceDots: expected one reference option, got ${refs.join(", ")}`);
  rows.forEach((r) => checkEstimate("differenceDots", r.estimate, r.b));
  const reference = optionLabel(refs[0], lang);
  const labels = optionLabels(rows.map((r) => r.b), lang);
  const label = measureLabel(measure, lang);
  const points = rows.map((r, i) => {
    const e = r.estimate;
    const sign = e.n > 1 && e.lo > 0 ? "above" : e.n > 1 && e.hi < 0 ? "below" : "zero";
    return {
      option: labels[i], ...e, sign,
      title: `${labels[i]} − ${reference}\n${t("tip.mean", lang)}: ${formatNumber(e.mean, lang)}\n${t("tip.ci", lang)}: ${formatInterval(e.lo, e.hi, lang)}\n${t("tip.n", lang)}: ${e.n}`
    };
  });
  const colour = (s: string) => (s === "above" ? OKABE_ITO.blue : s === "below" ? OKABE_ITO.vermillion : DARK_GREY);
  const clear = points.filter((p) => p.sign !== "zero");
  const summary = t("chart.differenceDots.summary", lang, {
    clear: clear.length ? clear.map((p) => `${p.option} (${formatNumber(p.mean, lang)})`).join(", ") : "–",
    unclear: points.length - clear.length
  });
  return Plot.plot({
    ...plot,
    marginLeft: marginFor(labels),
    ariaLabel: t("chart.differenceDots.label", lang, {measure: label, reference}),
    ariaDescription: t("chart.differenceDots.description", lang, {measure: label, reference, summary}),
    x: {label: t("axis.difference", lang, {measure: label, reference}), grid: true, nice: true, tickFormat: tickFormat(lang)},
    y: {domain: labels, label: null},
    marks: [
      Plot.ruleX([0], {stroke: "black", strokeDasharray: "3,3"}),
      Plot.ruleY(points, {y: "option", x1: "lo", x2: "hi", stroke: (d) => colour(d.sign), strokeWidth: 2}),
      Plot.dot(points, {y: "option", x: "mean", fill: (d) => colour(d.sign), r: 4, title: "title", tip: true})
    ]
  });
}
