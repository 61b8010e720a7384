// Hansen's ladder per organisational option: stacked horizontal bars of the
// share of cases at each step, perspective -> control in an ordered
// (viridis) scale, undecided in grey.

import * as Plot from "@observablehq/plot";
import {t} from "./i18n.ts";
import {marginFor, optionLabels} from "./labels.ts";
import {stepLabel} from "./vocabulary.ts";
import {resolveOptions, type Chart, type ChartOptions} from "./options.ts";
import {formatPercent} from "./format.ts";
import {LADDER_COLOURS} from "./palette.ts";
import {LADDER_KEYS, type LadderRow} from "./types.ts";

export type LadderBarsOptions = ChartOptions;

/** Ladder distribution per option; each row's ladder shares must sum to 1. */
export function ladderBars(data: readonly LadderRow[], options: LadderBarsOptions = {}): Chart {
  const {lang, plot} = resolveOptions("ladderBars", options);
  if (!Array.isArray(data) || data.length === 0) throw new Error("invalid data for ladderBars: expected at least one {option, ladder} row");
  for (const d of data) {
    let sum = 0;
    for (const k of LADDER_KEYS) {
      const x = d.ladder?.[k];
      if (typeof x !== "number" || !(x >= 0 && x <= 1)) throw new Error(`invalid ladder for ${d.option}: ${k} is ${String(x)} (allowed: a share 0..1)`);
      sum += x;
    }
    if (Math.abs(sum - 1) > 0.01) throw new Error(`invalid ladder for ${d.option}: shares sum to ${sum}, expected 1`);
  }
  const labels = optionLabels(data.map((d) => d.option), lang);
  const steps = LADDER_KEYS.map((k) => stepLabel(k, lang));
  const long = data.flatMap((d, i) => LADDER_KEYS.map((k, s) => ({
    option: labels[i], step: steps[s], share: d.ladder[k],
    title: `${labels[i]}\n${steps[s]}: ${formatPercent(d.ladder[k], lang)}`
  })));
  const high = data.map((d, i) => ({label: labels[i], x: d.ladder.influence + d.ladder.control}));
  const best = high.reduce((a, b) => (b.x > a.x ? b : a));
  const worst = high.reduce((a, b) => (b.x < a.x ? b : a));
  return Plot.plot({
    ...plot,
    marginLeft: marginFor(labels),
    ariaLabel: t("chart.ladderBars.label", lang),
    ariaDescription: t("chart.ladderBars.description", lang, {
      summary: t("chart.ladderBars.summary", lang, {best: best.label, bestValue: formatPercent(best.x, lang), worst: worst.label, worstValue: formatPercent(worst.x, lang)})
    }),
    x: {percent: true, domain: [0, 100], label: t("axis.shareOfCases", lang), grid: true},
    y: {domain: labels, label: null},
    color: {type: "ordinal", domain: steps, range: LADDER_KEYS.map((k) => LADDER_COLOURS[k]), legend: true},
    marks: [
      Plot.barX(long, {x: "share", y: "option", fill: "step", order: steps, title: "title", tip: true, inset: 0.5}),
      Plot.ruleX([0])
    ]
  });
}
