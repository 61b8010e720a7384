// Outcomes by importance over many classic runs: problems solved by problem
// importance, or choice outcomes (resolution, flight, oversight, not made)
// by choice importance; stacked bars of shares, rank 1 = most important.

import * as Plot from "@observablehq/plot";
import type {ClassicResult} from "../sim/classic/engine.ts";
import {t} from "./i18n.ts";
import {outcomeLabel} from "./vocabulary.ts";
import {CHOICE_OUTCOMES, PROBLEM_OUTCOMES, importanceData, type ImportanceEntity, type ImportanceRow} from "./importanceData.ts";
import {oneOf, resolveOptions, type Chart, type ChartOptions} from "./options.ts";
import {formatPercent} from "./format.ts";
import {GREY, STYLE_COLOURS, OKABE_ITO} from "./palette.ts";

export interface ImportanceProfileOptions extends ChartOptions {
  /** "problems" (share solved; default) or "choices" (outcome shares). */
  entity?: ImportanceEntity;
}

// Problem outcomes are chart strings; choice outcomes are the decision styles.
const outcomeName = (o: string, lang: "en" | "nb") => (o === "solved" || o === "unsolved" ? t(`outcome.${o}`, lang) : outcomeLabel(o, lang));
const OUTCOME_COLOUR: Record<string, string> = {
  solved: OKABE_ITO.bluishGreen, unsolved: GREY, ...STYLE_COLOURS
};

/** Outcome shares by importance rank, from classic results (with details) or rows from importanceData. */
export function importanceProfile(data: readonly Pick<ClassicResult, "choices" | "problems">[] | readonly ImportanceRow[], options: ImportanceProfileOptions = {}): Chart {
  const {lang, plot} = resolveOptions("importanceProfile", options, ["entity"]);
  const entity = oneOf("entity", options.entity ?? "problems", ["problems", "choices"] as const);
  if (!Array.isArray(data) || data.length === 0) throw new Error("invalid data for importanceProfile: expected classic results or importance rows");
  const all: ImportanceRow[] = "outcome" in data[0] ? (data as ImportanceRow[]) : importanceData(data as Pick<ClassicResult, "choices" | "problems">[]);
  const outcomes = entity === "problems" ? PROBLEM_OUTCOMES : CHOICE_OUTCOMES;
  const labels = outcomes.map((o) => outcomeName(o, lang));
  const rows = all.filter((r) => r.entity === entity).map((r) => {
    const outcome = labels[outcomes.indexOf(r.outcome)];
    return {...r, outcome, title: `${t(`axis.importance.${entity}`, lang)}: ${r.rank}\n${outcome}: ${formatPercent(r.share, lang)} (${r.count}/${r.n})`};
  });
  if (rows.length === 0) throw new Error(`invalid data for importanceProfile: no ${entity} in the data`);
  const ranks = [...new Set(rows.map((r) => r.rank))].sort((a, b) => a - b);
  const runs = Math.max(...rows.map((r) => r.n));
  return Plot.plot({
    ...plot,
    ariaLabel: t(`chart.importanceProfile.label.${entity}`, lang),
    ariaDescription: t(`chart.importanceProfile.description.${entity}`, lang, {runs}),
    x: {domain: ranks, label: t(`axis.importance.${entity}`, lang)},
    y: {percent: true, domain: [0, 100], label: t(entity === "problems" ? "axis.shareSolved" : "axis.shareOfChoices", lang), grid: true},
    color: {type: "ordinal", domain: labels, range: outcomes.map((o) => OUTCOME_COLOUR[o]), legend: true},
    marks: [
      Plot.barY(rows, {x: "rank", y: "share", fill: "outcome", order: labels, title: "title", tip: true, inset: 0.5}),
      Plot.ruleY([0])
    ]
  });
}
