// The compare notebook's verdict, placed near the top of the page: per option
// a short paragraph to paste into a report (viz/verdict.ts), the practical
// thresholds, a plain-language note on the statistics, and the full table;
// and the cost-effectiveness figure that goes with it.

import type {ComparisonResult} from "../../sim/experiment/compare.ts";
import {verdict} from "../../sim/experiment/verdict.ts";
import {costEffect} from "../../viz/costEffect.ts";
import {missingText, thresholdsText, verdictSentences, verdictTable, verdictText} from "../../viz/verdict.ts";
import {figureBlock} from "./figure.ts";
import {t, type Lang} from "./i18n.ts";
import {button, h} from "./ui.ts";

/** Copies the verdict as plain text (paragraphs and thresholds) for a report; says whether it worked. */
function copyButton(text: string, lang: Lang): HTMLElement {
  const status = h("span", {class: "gc-small", role: "status"});
  const copy = button(t("ui.compare.copyVerdict", lang), async () => {
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = t("ui.compare.copied", lang);
    } catch {
      status.textContent = t("ui.compare.copyFailed", lang);
    }
  }, {name: "copy-verdict"});
  return h("div", {class: "gc-actions"}, copy, status);
}

export function verdictBlock(result: ComparisonResult, lang: Lang, method: string): HTMLElement {
  const lines = verdict(result);
  return h("section", {class: "gc-verdict-block", "aria-labelledby": "gc-verdict-heading"},
    h("h2", {id: "gc-verdict-heading"}, t("ui.compare.verdict", lang)),
    lines.map((line) => h("p", {class: "gc-verdict", "data-verdict": "", "data-option": line.option}, [...verdictSentences(line, lang), missingText(line, lang) ?? []].flat().join(" "))),
    h("p", {class: "gc-small", "data-thresholds": ""}, thresholdsText(lang)),
    copyButton(verdictText(lines, lang), lang),
    h("p", {class: "gc-small"}, method),
    h("details", {class: "gc-stats-note"},
      h("summary", {}, t("ui.compare.statsNote.title", lang)),
      h("p", {}, t("ui.compare.statsNote.influence", lang)),
      h("p", {}, t("ui.compare.statsNote.interval", lang)),
      h("p", {}, t("ui.compare.statsNote.threshold", lang))),
    figureBlock({name: "compare-verdict-table", lang, heading: t("ui.compare.verdictTable", lang), rows: verdictTable(lines, lang)}));
}

const EFFECT = "influence", COST = "staffHoursPerCase";

/** Counterfactual influence against staff hours per case, per option, with its data. */
export function costEffectBlock(result: ComparisonResult, lang: Lang, width: number): HTMLElement {
  const rows = result.estimates.filter((e) => e.measure === EFFECT || e.measure === COST);
  const table = result.options.map((option) => {
    const get = (m: string) => rows.find((r) => r.option === option && r.measure === m)!.estimate;
    const e = get(EFFECT), c = get(COST);
    return {option, [EFFECT]: e.mean, [`${EFFECT}.lo`]: e.lo, [`${EFFECT}.hi`]: e.hi, [COST]: c.mean, [`${COST}.lo`]: c.lo, [`${COST}.hi`]: c.hi};
  });
  return figureBlock({name: "compare-cost-effect", lang, heading: t("ui.compare.costEffect", lang), figure: costEffect(rows, {lang, width: Math.min(width, 760), effect: EFFECT, cost: COST}), rows: table});
}
