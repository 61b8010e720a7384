// Perceived against experienced participation per option: a dumbbell from
// the share of cases staff perceive as user participation to the share the
// user experienced as influence or control, with the share at least at
// participation as a third, hollow mark.

import * as Plot from "@observablehq/plot";
import {t} from "./i18n.ts";
import {marginFor, optionLabels} from "./labels.ts";
import {resolveOptions, type Chart, type ChartOptions} from "./options.ts";
import {formatPercent} from "./format.ts";
import {DARK_GREY, OKABE_ITO} from "./palette.ts";
import type {PerceivedRow} from "./types.ts";

export type PerceivedGapOptions = ChartOptions;

const SERIES = ["perceived.staff", "perceived.atLeastParticipation", "perceived.influenceOrControl"] as const;
const COLOURS = [OKABE_ITO.orange, OKABE_ITO.skyBlue, OKABE_ITO.blue];
const SYMBOLS = ["diamond", "circle", "square"];

/** Staff-perceived participation vs the experienced ladder step, per option (rows {option, perceived, ladder}). */
export function perceivedGap(data: readonly PerceivedRow[], options: PerceivedGapOptions = {}): Chart {
  const {lang, plot} = resolveOptions("perceivedGap", options);
  if (!Array.isArray(data) || data.length === 0) throw new Error("invalid data for perceivedGap: expected at least one {option, perceived, ladder} row");
  for (const d of data) {
    if (typeof d.perceived !== "number" || !(d.perceived >= 0 && d.perceived <= 1)) throw new Error(`invalid perceived for ${d.option}: ${String(d.perceived)} (allowed: a share 0..1)`);
    for (const k of ["participation", "influence", "control"] as const)
      if (typeof d.ladder?.[k] !== "number") throw new Error(`invalid ladder for ${d.option}: ${k} is ${String(d.ladder?.[k])}`);
  }
  const labels = optionLabels(data.map((d) => d.option), lang);
  const names = SERIES.map((k) => t(k, lang));
  const points = data.flatMap((d, i) => {
    const values = [d.perceived, d.ladder.participation + d.ladder.influence + d.ladder.control, d.ladder.influence + d.ladder.control];
    return values.map((share, k) => ({option: labels[i], series: names[k], share, title: `${labels[i]}\n${names[k]}: ${formatPercent(share, lang)}`}));
  });
  const gaps = data.map((d, i) => ({option: labels[i], from: d.perceived, to: d.ladder.influence + d.ladder.control}));
  const widest = gaps.reduce((a, b) => (b.from - b.to > a.from - a.to ? b : a));
  return Plot.plot({
    ...plot,
    marginLeft: marginFor(labels),
    ariaLabel: t("chart.perceivedGap.label", lang),
    ariaDescription: t("chart.perceivedGap.description", lang, {
      summary: t("chart.perceivedGap.summary", lang, {option: widest.option, perceived: formatPercent(widest.from, lang), experienced: formatPercent(widest.to, lang)})
    }),
    x: {percent: true, domain: [0, 100], label: t("axis.shareOfCases", lang), grid: true},
    y: {domain: labels, label: null},
    color: {type: "ordinal", domain: names, range: COLOURS},
    symbol: {domain: names, range: SYMBOLS, legend: true},
    marks: [
      Plot.link(gaps, {y1: "option", y2: "option", x1: "from", x2: "to", stroke: DARK_GREY, strokeWidth: 2}),
      Plot.dot(points, {y: "option", x: "share", fill: "series", symbol: "series", r: 5, stroke: "white", title: "title", tip: true})
    ]
  });
}
