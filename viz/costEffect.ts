// Cost-effectiveness of the options: each option as a point of a benefit to
// the user (default: counterfactual influence) against the cost in staff time
// (default: staff hours per case), with both 95% intervals as bars. An option
// is dominated when another is at least as good on both (higher benefit, lower
// cost) and better on one, by the means; dominated options are drawn hollow
// and named in the legend, and the others are joined as the frontier.

import * as Plot from "@observablehq/plot";
import {t} from "./i18n.ts";
import {measureLabel} from "./vocabulary.ts";
import {optionLabels, unique} from "./labels.ts";
import {checkEstimate} from "./estimateRows.ts";
import {resolveOptions, type Chart, type ChartOptions} from "./options.ts";
import {formatInterval, formatNumber, tickFormat} from "./format.ts";
import {DARK_GREY, OKABE_ITO} from "./palette.ts";
import type {ComparisonRow, Estimate} from "./types.ts";

export interface CostEffectOptions extends ChartOptions {
  /** The benefit on the y axis (higher is better; default "influence"). */
  effect?: string;
  /** The cost on the x axis (lower is better; default "staffHoursPerCase"). */
  cost?: string;
}

/** Whether each point is dominated: another point has benefit >= and cost <=, one of them strictly. */
export function dominated(points: readonly {effect: number; cost: number}[]): boolean[] {
  return points.map((p, i) => points.some((q, j) => j !== i && q.effect >= p.effect && q.cost <= p.cost && (q.effect > p.effect || q.cost < p.cost)));
}

/** Benefit against cost per option, with intervals (rows as sim/experiment/compare.ts's OptionEstimate). */
export function costEffect(data: readonly ComparisonRow[], options: CostEffectOptions = {}): Chart {
  const {lang, plot} = resolveOptions("costEffect", options, ["effect", "cost"]);
  const effectKey = options.effect ?? "influence", costKey = options.cost ?? "staffHoursPerCase";
  if (!Array.isArray(data) || data.length === 0) throw new Error("invalid data for costEffect: expected at least one row");
  const names = unique(data.map((r) => r.option));
  const get = (option: string, m: string): Estimate => {
    const r = data.find((x) => x.option === option && x.measure === m);
    if (!r) throw new Error(`invalid data for costEffect: no ${m} for option ${option}`);
    return checkEstimate("costEffect", r.estimate, `${option} ${m}`);
  };
  const labels = optionLabels(names, lang);
  const effectLabel = measureLabel(effectKey, lang), costLabel = measureLabel(costKey, lang);
  const raw = names.map((o, i) => ({option: labels[i], e: get(o, effectKey), c: get(o, costKey)}))
    .filter((p) => Number.isFinite(p.e.mean) && Number.isFinite(p.c.mean));
  const flags = dominated(raw.map((p) => ({effect: p.e.mean, cost: p.c.mean})));
  const kinds = [t("chart.costEffect.frontier", lang), t("chart.costEffect.dominated", lang)];
  const points = raw.map((p, i) => ({
    option: p.option, effect: p.e.mean, effectLo: p.e.lo, effectHi: p.e.hi, cost: p.c.mean, costLo: p.c.lo, costHi: p.c.hi,
    kind: kinds[flags[i] ? 1 : 0],
    title: `${p.option}${flags[i] ? ` (${kinds[1].toLowerCase()})` : ""}\n${effectLabel}: ${formatNumber(p.e.mean, lang)} ${formatInterval(p.e.lo, p.e.hi, lang)}\n${costLabel}: ${formatNumber(p.c.mean, lang)} ${formatInterval(p.c.lo, p.c.hi, lang)}`
  }));
  const frontier = points.filter((_, i) => !flags[i]).sort((a, b) => a.cost - b.cost);
  const dominatedNames = points.filter((_, i) => flags[i]).map((p) => p.option);
  return Plot.plot({
    ...plot,
    marginRight: 40,
    ariaLabel: t("chart.costEffect.label", lang, {effect: effectLabel, cost: costLabel}),
    ariaDescription: t("chart.costEffect.description", lang, {effect: effectLabel, cost: costLabel, dominated: dominatedNames.length ? dominatedNames.join(", ") : "–"}),
    x: {label: costLabel, grid: true, nice: true, tickFormat: tickFormat(lang)},
    y: {label: effectLabel, grid: true, nice: true, tickFormat: tickFormat(lang)},
    color: {type: "ordinal", domain: kinds, range: [OKABE_ITO.blue, DARK_GREY], legend: true},
    marks: [
      Plot.line(frontier, {x: "cost", y: "effect", stroke: OKABE_ITO.blue, strokeDasharray: "4,3", strokeOpacity: 0.7}),
      Plot.ruleY(points, {y: "effect", x1: "costLo", x2: "costHi", stroke: "kind", strokeWidth: 2}),
      Plot.ruleX(points, {x: "cost", y1: "effectLo", y2: "effectHi", stroke: "kind", strokeWidth: 2}),
      Plot.dot(points, {x: "cost", y: "effect", r: 5, stroke: "kind", strokeWidth: 2, fill: (d) => (d.kind === kinds[1] ? "white" : OKABE_ITO.blue), title: "title", tip: true}),
      Plot.text(points, {x: "cost", y: "effect", text: "option", dy: -12, fontSize: 12})
    ]
  });
}
