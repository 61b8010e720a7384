// Inequality between user types: per option, one dot (mean) and rule (95% CI)
// per user type for one measure (e.g. influence of resourceful vs vulnerable
// users), so the spread within each option is visible at a glance.

import * as Plot from "@observablehq/plot";
import {t} from "./i18n.ts";
import {measureLabel} from "./vocabulary.ts";
import {marginFor, optionLabels, unique} from "./labels.ts";
import {checkEstimate, pickMeasure} from "./estimateRows.ts";
import {resolveOptions, type Chart, type ChartOptions} from "./options.ts";
import {formatInterval, formatNumber, tickFormat} from "./format.ts";
import {seriesColour} from "./palette.ts";
import type {UserTypeRow} from "./types.ts";

export interface UserTypeDotsOptions extends ChartOptions {
  /** The measure to show (influence, preferenceRealised, meanStep, ...); required when the rows hold several. */
  measure?: string;
  /** Display names of the user types by id (e.g. the scenario's labels); default: the ids. */
  labels?: Readonly<Record<string, string>>;
}

const SYMBOLS = ["circle", "square", "triangle", "diamond", "star"];

/** Mean and 95% CI of a measure per option and user type (rows {option, userType, measure, estimate}). */
export function userTypeDots(data: readonly UserTypeRow[], options: UserTypeDotsOptions = {}): Chart {
  const {lang, plot} = resolveOptions("userTypeDots", options, ["measure", "labels"]);
  const {measure, rows} = pickMeasure("userTypeDots", data, options.measure);
  const names = options.labels ?? {};
  if (typeof names !== "object") throw new Error(`invalid labels: ${String(names)}`);
  rows.forEach((r) => {
    if (typeof r.userType !== "string") throw new Error(`invalid data for userTypeDots: userType is ${String(r.userType)}`);
    checkEstimate("userTypeDots", r.estimate, `${r.option}/${r.userType}`);
  });
  const optionIds = unique(rows.map((r) => r.option));
  const labels = optionLabels(optionIds, lang);
  const typeName = (id: string) => (Object.prototype.hasOwnProperty.call(names, id) ? String(names[id]) : id);
  const types = unique(rows.map((r) => typeName(r.userType)));
  const label = measureLabel(measure, lang);
  const points = rows.map((r) => {
    const option = labels[optionIds.indexOf(r.option)], type = typeName(r.userType), e = r.estimate;
    return {option, type, ...e, title: `${option}\n${type}\n${t("tip.mean", lang)}: ${formatNumber(e.mean, lang)}\n${t("tip.ci", lang)}: ${formatInterval(e.lo, e.hi, lang)}\n${t("tip.n", lang)}: ${e.n}`};
  });
  // the widest gap between user types within an option
  let widest = {option: "–", gap: 0};
  for (const option of labels) {
    const means = points.filter((p) => p.option === option && Number.isFinite(p.mean)).map((p) => p.mean);
    if (means.length > 1 && Math.max(...means) - Math.min(...means) > widest.gap) widest = {option, gap: Math.max(...means) - Math.min(...means)};
  }
  return Plot.plot({
    ...plot,
    marginLeft: marginFor(labels),
    height: plot.height ?? Math.max(160, 60 + labels.length * 18 * Math.max(2, types.length)),
    ariaLabel: t("chart.userTypeDots.label", lang, {measure: label}),
    ariaDescription: t("chart.userTypeDots.description", lang, {measure: label, types: types.join(", "), option: widest.option, gap: formatNumber(widest.gap, lang)}),
    x: {label, grid: true, nice: true, tickFormat: tickFormat(lang)},
    // one small panel per option (fy), one row per user type inside it (y, named by the legend)
    fy: {domain: labels, label: null, axis: "left", padding: 0.1},
    y: {domain: types, axis: null, padding: 0.3},
    color: {type: "ordinal", domain: types, range: types.map((_, i) => seriesColour(i))},
    symbol: {domain: types, range: types.map((_, i) => SYMBOLS[i % SYMBOLS.length]), legend: true},
    marks: [
      Plot.frame({stroke: "#EEEEEE", anchor: "bottom"}),
      Plot.ruleY(points, {fy: "option", y: "type", x1: "lo", x2: "hi", stroke: "type", strokeWidth: 2}),
      Plot.dot(points, {fy: "option", y: "type", x: "mean", fill: "type", symbol: "type", r: 4, title: "title", tip: true})
    ]
  });
}
