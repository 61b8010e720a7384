// The result of a design search (sim/experiment/search/): every design run
// as a point, user gain against cost, the Pareto front joined by a line, and
// the planner's own options placed on the same axes.

import * as Plot from "@observablehq/plot";
import {formatNumber, tickFormat} from "./format.ts";
import {t} from "./i18n.ts";
import {resolveOptions, type Chart, type ChartOptions} from "./options.ts";
import {DARK_GREY, GREY, OKABE_ITO} from "./palette.ts";
import {measureLabel} from "./vocabulary.ts";

export interface FrontPoint {
  /** A label for the point (the design in words, or the option's name). */
  label: string;
  gain: number;
  cost: number;
  front?: boolean;
}

export interface SearchFrontOptions extends ChartOptions {
  gain: string;
  cost: string;
  /** The planner's options, placed on the same axes. */
  placed?: readonly FrontPoint[];
}

/** Designs of a search (gain up, cost right), the front as a line; the options as labelled diamonds. */
export function searchFront(designs: readonly FrontPoint[], options: SearchFrontOptions): Chart {
  const {lang, plot} = resolveOptions("searchFront", options, ["gain", "cost", "placed"]);
  if (!Array.isArray(designs) || designs.length === 0) throw new Error("invalid data for searchFront: expected at least one design");
  const ok = (p: FrontPoint) => Number.isFinite(p.gain) && Number.isFinite(p.cost);
  const front = t("chart.searchFront.front", lang), other = t("chart.searchFront.other", lang), yours = t("chart.searchFront.yours", lang);
  const points = designs.filter(ok).map((d) => ({...d, kind: d.front ? front : other,
    title: `${d.label}\n${measureLabel(options.gain, lang)}: ${formatNumber(d.gain, lang, 3)}\n${measureLabel(options.cost, lang)}: ${formatNumber(d.cost, lang, 3)}`}));
  const line = points.filter((p) => p.front).sort((a, b) => a.cost - b.cost);
  const placed = (options.placed ?? []).filter(ok).map((p) => ({...p, kind: yours}));
  return Plot.plot({
    ...plot,
    marginRight: 90,
    ariaLabel: t("chart.searchFront.label", lang),
    ariaDescription: t("chart.searchFront.description", lang, {designs: points.length, front: line.length, gain: measureLabel(options.gain, lang), cost: measureLabel(options.cost, lang), options: placed.map((p) => p.label).join("; ") || "-"}),
    x: {label: measureLabel(options.cost, lang), grid: true, nice: true, tickFormat: tickFormat(lang)},
    y: {label: measureLabel(options.gain, lang), grid: true, nice: true, tickFormat: tickFormat(lang)},
    color: {type: "ordinal", domain: [front, other, yours], range: [OKABE_ITO.blue, GREY, OKABE_ITO.vermillion], legend: true},
    marks: [
      Plot.line(line, {x: "cost", y: "gain", stroke: OKABE_ITO.blue, strokeWidth: 1.5}),
      Plot.dot(points, {x: "cost", y: "gain", fill: "kind", r: 3.5, title: "title", tip: true}),
      Plot.dot(placed, {x: "cost", y: "gain", symbol: "diamond", fill: "kind", stroke: DARK_GREY, r: 6}),
      Plot.text(placed, {x: "cost", y: "gain", text: "label", dx: 8, textAnchor: "start", lineWidth: 10, fill: DARK_GREY})
    ]
  });
}
