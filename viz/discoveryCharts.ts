// Scenario discovery as charts: the coverage/density trade-off of a PRIM
// box's trajectory (the step chosen ringed), and the draws of a robustness
// run on two parameters, coloured by whether the verdict held, with the box
// reported for that verdict drawn over them (its projection on the two).

import * as Plot from "@observablehq/plot";
import type {PrimRegion} from "../sim/experiment/discovery/region.ts";
import type {RobustFinding, RobustResult} from "../sim/experiment/robust.ts";
import {columnLabel} from "./discovery.ts";
import {formatNumber, formatPercent, tickFormat} from "./format.ts";
import {t} from "./i18n.ts";
import {resolveOptions, type Chart, type ChartOptions} from "./options.ts";
import {DARK_GREY, GREY, OKABE_ITO} from "./palette.ts";
import {measureName} from "./vocabulary.ts";

export interface PrimTradeOffOptions extends ChartOptions {
  /** The id of the step to ring (default: none). */
  chosen?: number;
}

/** Coverage against density of each step of a box (PrimRegion.tradeOff), Pareto-efficient steps in blue. */
export function primTradeOff(steps: PrimRegion["tradeOff"], options: PrimTradeOffOptions = {}): Chart {
  const {lang, plot} = resolveOptions("primTradeOff", options, ["chosen"]);
  if (!Array.isArray(steps) || steps.length === 0) throw new Error("invalid data for primTradeOff: expected at least one step");
  const chosen = options.chosen === undefined ? undefined : steps.find((s) => s.id === options.chosen);
  if (options.chosen !== undefined && !chosen) throw new Error(`invalid chosen for primTradeOff: ${String(options.chosen)} (allowed: a step id of the trajectory)`);
  const front = t("chart.primTradeOff.front", lang), other = t("chart.primTradeOff.dominated", lang);
  const points = steps.map((s) => ({
    ...s, kind: s.paretoEfficient ? front : other,
    title: `${t("chart.primTradeOff.step", lang, {id: s.id})}\n${t("axis.coverage", lang)}: ${formatPercent(s.coverage, lang)}\n${t("axis.density", lang)}: ${formatPercent(s.density, lang)}\n${t("chart.primTradeOff.restricted", lang)}: ${s.restricted}`
  }));
  const summary = t("chart.primTradeOff.summary", lang, {steps: steps.length, front: steps.filter((s) => s.paretoEfficient).length}) +
    (chosen ? " " + t("chart.primTradeOff.chosen", lang, {id: chosen.id, coverage: formatPercent(chosen.coverage, lang), density: formatPercent(chosen.density, lang)}) : "");
  return Plot.plot({
    ...plot,
    ariaLabel: t("chart.primTradeOff.label", lang),
    ariaDescription: t("chart.primTradeOff.description", lang, {summary}),
    x: {label: t("axis.coverage", lang), domain: [0, 1], grid: true, tickFormat: (x: number) => formatPercent(x, lang)},
    y: {label: t("axis.density", lang), domain: [0, 1], grid: true, tickFormat: (x: number) => formatPercent(x, lang)},
    color: {type: "ordinal", domain: [front, other], range: [OKABE_ITO.blue, GREY], legend: true},
    marks: [
      Plot.line(points, {x: "coverage", y: "density", stroke: GREY, strokeWidth: 1}),
      Plot.dot(points, {x: "coverage", y: "density", fill: "kind", r: 3.5, title: "title", tip: true}),
      ...(chosen ? [Plot.dot([chosen], {x: "coverage", y: "density", r: 8, stroke: "black", strokeWidth: 1.5})] : [])
    ]
  });
}

export interface RobustDrawsOptions extends ChartOptions {
  /** The parameters (column keys) on the axes; default: the first two the reported box (or else the tree's first rule) restricts. */
  x?: string;
  y?: string;
}

/** The draws of a robustness run for one finding (an option and a headline measure) on two parameters. */
export function robustDraws(result: RobustResult, finding: RobustFinding, options: RobustDrawsOptions = {}): Chart {
  const {lang, plot} = resolveOptions("robustDraws", options, ["x", "y"]);
  const cols = result.columns;
  if (cols.length < 2) throw new Error("invalid data for robustDraws: fewer than two parameters were drawn");
  const o = result.options.indexOf(finding.option) - 1, m = result.measures.indexOf(finding.measure);
  if (o < 0 || m < 0) throw new Error(`invalid finding for robustDraws: ${finding.option} / ${finding.measure} is not in the result`);
  const box = finding.discovery?.boxes[0];
  const suggested = [...(box?.bounds ?? finding.discovery?.rules[0]?.bounds ?? []).map((b) => b.column), 0, 1].filter((c, i, a) => a.indexOf(c) === i);
  const pick = (key: string | undefined, fallback: number, axis: string) => {
    if (key === undefined) return fallback;
    const j = cols.findIndex((c) => c.key === key);
    if (j < 0) throw new Error(`invalid ${axis} for robustDraws: ${key} (allowed: a drawn parameter, e.g. ${cols[0].key})`);
    return j;
  };
  const xj = pick(options.x, suggested[0], "x"), yj = pick(options.y, suggested.find((c) => c !== xj)!, "y");
  const holds = t("chart.robustDraws.holds", lang), fails = t("chart.robustDraws.fails", lang);
  const xl = columnLabel(cols[xj], lang), yl = columnLabel(cols[yj], lang);
  const points = result.draws.map((d, i) => {
    const ok = d.judgement[o][m] === result.baseJudgement[o][m];
    return {x: d.values[xj], y: d.values[yj], kind: ok ? holds : fails, title: `${t("chart.robustDraws.draw", lang, {n: i + 1})}: ${ok ? holds : fails}\n${xl}: ${formatNumber(d.values[xj], lang, 3)}\n${yl}: ${formatNumber(d.values[yj], lang, 3)}`};
  });
  // The box on these two parameters; a side it leaves open reaches the range drawn.
  const bound = (j: number) => box?.bounds.find((b) => b.column === j);
  const rect = box && (bound(xj) || bound(yj)) ? [{
    x1: bound(xj)?.lower ?? cols[xj].range[0], x2: bound(xj)?.upper ?? cols[xj].range[1],
    y1: bound(yj)?.lower ?? cols[yj].range[0], y2: bound(yj)?.upper ?? cols[yj].range[1]
  }] : [];
  const n = points.filter((p) => p.kind === holds).length;
  const description = t("chart.robustDraws.description", lang, {measure: measureName(finding.measure, lang), option: finding.option, reference: result.options[0], holds: n, draws: points.length, x: xl, y: yl}) +
    (rect.length ? " " + t("chart.robustDraws.box", lang) : "");
  return Plot.plot({
    ...plot,
    ariaLabel: t("chart.robustDraws.label", lang, {measure: measureName(finding.measure, lang), option: finding.option, reference: result.options[0]}),
    ariaDescription: description,
    x: {label: xl, grid: true, nice: true, tickFormat: tickFormat(lang)},
    y: {label: yl, grid: true, nice: true, tickFormat: tickFormat(lang)},
    color: {type: "ordinal", domain: [holds, fails], range: [OKABE_ITO.blue, OKABE_ITO.vermillion], legend: true},
    marks: [
      Plot.rect(rect, {x1: "x1", x2: "x2", y1: "y1", y2: "y2", fill: "none", stroke: DARK_GREY, strokeWidth: 1.5, strokeDasharray: "4,3"}),
      Plot.dot(points, {x: "x", y: "y", fill: "kind", r: 3, title: "title", tip: true})
    ]
  });
}
