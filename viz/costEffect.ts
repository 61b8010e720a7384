// Cost-effectiveness of the options: each option as a point of a benefit to
// the user (default: the verdict's gain, cases at user influence or control)
// against each of its costs (default: staff time and paid advocate time per
// case), one panel per cost on a shared hours axis, with both 95% intervals
// as bars. An option is dominated when another is at least as good on the
// benefit and no worse on every cost, and better on one, by the means
// (sim/experiment/dominance.ts); dominated options are drawn hollow and named
// in the description. With one cost the others are joined as the frontier.
// Labels sit beside their point, on the side with room, and wrap, so no label
// is cut at the edge (also in the downloaded SVG).

import * as Plot from "@observablehq/plot";
import {dominated as dominatedPoints} from "../sim/experiment/dominance.ts";
import {t} from "./i18n.ts";
import {measureLabel, measureName} from "./vocabulary.ts";
import {optionLabels, unique} from "./labels.ts";
import {checkEstimate} from "./estimateRows.ts";
import {resolveOptions, type Chart, type ChartOptions} from "./options.ts";
import {formatInterval, formatNumber, tickFormat} from "./format.ts";
import {DARK_GREY, OKABE_ITO} from "./palette.ts";
import type {ComparisonRow, Estimate} from "./types.ts";

export interface CostEffectOptions extends ChartOptions {
  /** The benefit on the y axis (higher is better; default "ladder.influenceOrControl"). */
  effect?: string;
  /** One cost on the x axis (lower is better); `costs` wins when both are given. */
  cost?: string;
  /** Every cost, one panel each on a shared x axis, so they should share a unit (default staff and paid advocate hours per case). */
  costs?: readonly string[];
}

export const DEFAULT_EFFECT = "ladder.influenceOrControl";
export const DEFAULT_COSTS: readonly string[] = ["staffHoursPerCase", "paidHoursPerCase"];
/** Label width in ems before it wraps, and its distance from the point in pixels. */
const LABEL_EMS = 10, LABEL_GAP = 9;

/** Whether each point is dominated on the benefit and its one cost (see sim/experiment/dominance.ts for any number of costs). */
export function dominated(points: readonly {effect: number; cost: number}[]): boolean[] {
  return dominatedPoints(points.map((p) => ({effect: p.effect, costs: [p.cost]})));
}

/** Benefit against each cost per option, with intervals (rows as sim/experiment/compare.ts's OptionEstimate). */
export function costEffect(data: readonly ComparisonRow[], options: CostEffectOptions = {}): Chart {
  const {lang, plot} = resolveOptions("costEffect", options, ["effect", "cost", "costs"]);
  const effectKey = options.effect ?? DEFAULT_EFFECT;
  const costKeys = options.costs ?? (options.cost ? [options.cost] : DEFAULT_COSTS);
  if (!Array.isArray(costKeys) || costKeys.length === 0) throw new Error("invalid costs for costEffect: expected at least one measure");
  if (!Array.isArray(data) || data.length === 0) throw new Error("invalid data for costEffect: expected at least one row");
  const names = unique(data.map((r) => r.option));
  const get = (option: string, m: string): Estimate => {
    const r = data.find((x) => x.option === option && x.measure === m);
    if (!r) throw new Error(`invalid data for costEffect: no ${m} for option ${option}`);
    return checkEstimate("costEffect", r.estimate, `${option} ${m}`);
  };
  const labels = optionLabels(names, lang);
  const effectLabel = measureLabel(effectKey, lang);
  const costLabels = costKeys.map((c) => measureLabel(c, lang));
  // a panel is headed by the cost's name alone (its unit is the shared axis's)
  const panels = costKeys.map((c) => measureName(c, lang));
  const raw = names.map((o, i) => ({option: labels[i], e: get(o, effectKey), c: costKeys.map((k) => get(o, k))}))
    .filter((p) => Number.isFinite(p.e.mean) && p.c.every((c) => Number.isFinite(c.mean)));
  const flags = dominatedPoints(raw.map((p) => ({effect: p.e.mean, costs: p.c.map((c) => c.mean)})));
  const kinds = [t("chart.costEffect.frontier", lang), t("chart.costEffect.dominated", lang)];
  // A label goes right of its point in the left half of the cost axis, left of it in the right half.
  const all = raw.flatMap((p) => p.c.flatMap((c) => [c.lo, c.hi, c.mean])).filter(Number.isFinite);
  const mid = all.length ? (Math.min(...all) + Math.max(...all)) / 2 : 0;
  const points = raw.flatMap((p, i) => p.c.map((c, k) => ({
    option: p.option, panel: panels[k], effect: p.e.mean, effectLo: p.e.lo, effectHi: p.e.hi, cost: c.mean, costLo: c.lo, costHi: c.hi,
    kind: kinds[flags[i] ? 1 : 0], right: c.mean <= mid,
    title: `${p.option}${flags[i] ? ` (${kinds[1].toLowerCase()})` : ""}\n${effectLabel}: ${formatNumber(p.e.mean, lang)} ${formatInterval(p.e.lo, p.e.hi, lang)}\n`
      + p.c.map((x, j) => `${costLabels[j]}: ${formatNumber(x.mean, lang)} ${formatInterval(x.lo, x.hi, lang)}`).join("\n")
  })));
  const facet = costKeys.length > 1;
  const frontier = facet ? [] : points.filter((_, i) => !flags[i]).sort((a, b) => a.cost - b.cost);
  const dominatedNames = raw.filter((_, i) => flags[i]).map((p) => p.option);
  const costWords = costLabels.join(lang === "nb" ? " og " : " and ");
  const label = (anchor: "start" | "end") => Plot.text(points.filter((p) => p.right === (anchor === "start")), {
    x: "cost", y: "effect", ...(facet ? {fx: "panel"} : {}), text: "option", textAnchor: anchor, dx: anchor === "start" ? LABEL_GAP : -LABEL_GAP,
    lineWidth: LABEL_EMS, fontSize: 12, stroke: "white", strokeWidth: 3, paintOrder: "stroke", fill: "currentColor"
  });
  const fx = facet ? {fx: "panel"} : {};
  return Plot.plot({
    ...plot,
    marginLeft: 56, marginRight: 24, marginTop: facet ? 40 : 24, marginBottom: 44,
    insetTop: 16, insetBottom: 16,
    ariaLabel: t("chart.costEffect.label", lang, {effect: effectLabel, cost: costWords}),
    ariaDescription: t("chart.costEffect.description", lang, {effect: effectLabel, cost: costWords, dominated: dominatedNames.length ? dominatedNames.join(", ") : "–"}),
    x: {label: facet ? t("chart.costEffect.hours", lang) : costLabels[0], grid: true, nice: true, tickFormat: tickFormat(lang)},
    y: {label: effectLabel, grid: true, nice: true, tickFormat: tickFormat(lang)},
    ...(facet ? {fx: {label: null, domain: panels}} : {}),
    color: {type: "ordinal", domain: kinds, range: [OKABE_ITO.blue, DARK_GREY], legend: true},
    marks: [
      Plot.line(frontier, {x: "cost", y: "effect", stroke: OKABE_ITO.blue, strokeDasharray: "4,3", strokeOpacity: 0.7}),
      Plot.ruleY(points, {y: "effect", x1: "costLo", x2: "costHi", ...fx, stroke: "kind", strokeWidth: 2}),
      Plot.ruleX(points, {x: "cost", y1: "effectLo", y2: "effectHi", ...fx, stroke: "kind", strokeWidth: 2}),
      Plot.dot(points, {x: "cost", y: "effect", ...fx, r: 5, stroke: "kind", strokeWidth: 2, fill: (d) => (d.kind === kinds[1] ? "white" : OKABE_ITO.blue), title: "title", tip: true}),
      label("start"),
      label("end")
    ]
  });
}
