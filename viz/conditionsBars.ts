// March and Olsen's four conditions from the user's side, per option: the
// share of cases in which the user formulated the problem, knew the
// alternatives, knew the consequences, and took part in the decision routine.
// One panel per condition, one bar per option.

import * as Plot from "@observablehq/plot";
import {t} from "./i18n.ts";
import {conditionLabel} from "./vocabulary.ts";
import {marginFor, optionLabels} from "./labels.ts";
import {resolveOptions, type Chart, type ChartOptions} from "./options.ts";
import {formatPercent} from "./format.ts";
import {OKABE_ITO} from "./palette.ts";
import {CONDITION_KEYS, type ConditionsRow} from "./types.ts";

export type ConditionsBarsOptions = ChartOptions;

/** Share of cases meeting each of the four conditions, per option (rows {option, conditions}). */
export function conditionsBars(data: readonly ConditionsRow[], options: ConditionsBarsOptions = {}): Chart {
  const {lang, plot} = resolveOptions("conditionsBars", options);
  if (!Array.isArray(data) || data.length === 0) throw new Error("invalid data for conditionsBars: expected at least one {option, conditions} row");
  for (const d of data) for (const k of CONDITION_KEYS) {
    const x = d.conditions?.[k];
    if (typeof x !== "number" || !(x >= 0 && x <= 1)) throw new Error(`invalid conditions for ${d.option}: ${k} is ${String(x)} (allowed: a share 0..1)`);
  }
  const labels = optionLabels(data.map((d) => d.option), lang);
  const conditions = CONDITION_KEYS.map((k) => conditionLabel(k, lang));
  const bars = data.flatMap((d, i) => CONDITION_KEYS.map((k, c) => ({
    option: labels[i], condition: conditions[c], share: d.conditions[k],
    title: `${labels[i]}\n${conditions[c]}: ${formatPercent(d.conditions[k], lang)}`
  })));
  return Plot.plot({
    ...plot,
    height: plot.height ?? Math.max(220, 4 * (data.length * 22 + 30) + 60),
    marginLeft: marginFor(labels),
    marginTop: 30,
    ariaLabel: t("chart.conditionsBars.label", lang),
    ariaDescription: t("chart.conditionsBars.description", lang),
    x: {percent: true, domain: [0, 100], label: t("axis.shareOfCases", lang), grid: true},
    y: {domain: labels, label: null},
    fy: {domain: conditions, axis: null, padding: 0.22},
    facet: {marginRight: 10},
    marks: [
      Plot.barX(bars, {x: "share", y: "option", fy: "condition", fill: OKABE_ITO.blue, title: "title", tip: true, inset: 1}),
      Plot.text(bars, {x: "share", y: "option", fy: "condition", text: (d) => formatPercent(d.share, lang), textAnchor: "start", dx: 4}),
      Plot.text(conditions, {fy: (d) => d, frameAnchor: "top-left", dy: -12, dx: -marginFor(labels) + 4, fontWeight: "bold"}),
      Plot.ruleX([0])
    ]
  });
}
