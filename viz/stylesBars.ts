// Decision styles per option: stacked horizontal bars of the share of
// decisions made by resolution, flight and oversight. Reads participation
// summaries ({option, styles}) or classic summaries with an option label
// ({option, resolution, flight, oversight, choicesUnmade?}); for classic rows
// choices not made are a fourth, grey part (shares of all choices).

import * as Plot from "@observablehq/plot";
import {t} from "./i18n.ts";
import {marginFor, optionLabels} from "./labels.ts";
import {outcomeLabel} from "./vocabulary.ts";
import {resolveOptions, type Chart, type ChartOptions} from "./options.ts";
import {formatNumber, formatPercent} from "./format.ts";
import {STYLE_COLOURS} from "./palette.ts";
import {STYLE_KEYS, type StylesRow} from "./types.ts";

export type StylesBarsOptions = ChartOptions;

/** A classic summary labelled with an option. */
export interface ClassicStylesRow {
  option: string;
  resolution: number;
  flight: number;
  oversight: number;
  choicesUnmade?: number;
}

const KEYS = [...STYLE_KEYS, "unmade"] as const;

/** Shares of decisions by style per option; counts are normalised per option. */
export function stylesBars(data: readonly (StylesRow | ClassicStylesRow)[], options: StylesBarsOptions = {}): Chart {
  const {lang, plot} = resolveOptions("stylesBars", options);
  if (!Array.isArray(data) || data.length === 0) throw new Error("invalid data for stylesBars: expected at least one {option, styles} row");
  const counts = data.map((d) => {
    const s: Record<string, unknown> = "styles" in d ? d.styles : d;
    const unmade = "styles" in d ? 0 : (d.choicesUnmade ?? 0);
    const values = [...STYLE_KEYS.map((k) => s[k]), unmade];
    values.forEach((x, k) => {
      if (typeof x !== "number" || !(x >= 0)) throw new Error(`invalid styles for ${d.option}: ${KEYS[k]} is ${String(x)} (allowed: a count or share >= 0)`);
    });
    return values as number[];
  });
  const withUnmade = counts.some((c) => c[3] > 0);
  const keys = withUnmade ? KEYS : STYLE_KEYS;
  const labels = optionLabels(data.map((d) => d.option), lang);
  const names = keys.map((k) => outcomeLabel(k, lang));
  const bars = counts.flatMap((c, i) => {
    const total = c.slice(0, keys.length).reduce((a, b) => a + b, 0);
    return keys.map((_, k) => ({
      option: labels[i], style: names[k], share: total > 0 ? c[k] / total : 0,
      title: `${labels[i]}\n${names[k]}: ${formatPercent(total > 0 ? c[k] / total : 0, lang)} (${formatNumber(c[k], lang)})`
    }));
  });
  return Plot.plot({
    ...plot,
    marginLeft: marginFor(labels),
    ariaLabel: t("chart.stylesBars.label", lang),
    ariaDescription: t("chart.stylesBars.description", lang),
    x: {percent: true, domain: [0, 100], label: t(withUnmade ? "axis.shareOfChoices" : "axis.shareOfDecisions", lang), grid: true},
    y: {domain: labels, label: null},
    color: {type: "ordinal", domain: names, range: keys.map((k) => STYLE_COLOURS[k]), legend: true},
    marks: [
      Plot.barX(bars, {x: "share", y: "option", fill: "style", order: names, title: "title", tip: true, inset: 0.5}),
      Plot.ruleX([0])
    ]
  });
}
