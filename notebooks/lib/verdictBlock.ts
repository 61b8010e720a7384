// The compare notebook's verdict, placed near the top of the page: per option
// a short paragraph to paste into a report (viz/verdict.ts), the practical
// thresholds, a plain-language note on the statistics, and the full table.

import type {ComparisonResult} from "../../sim/experiment/compare.ts";
import {verdict} from "../../sim/experiment/verdict.ts";
import {thresholdsText, verdictSentences, verdictTable} from "../../viz/verdict.ts";
import {figureBlock} from "./figure.ts";
import {t, type Lang} from "./i18n.ts";
import {h} from "./ui.ts";

export function verdictBlock(result: ComparisonResult, lang: Lang, method: string): HTMLElement {
  const lines = verdict(result);
  return h("section", {class: "gc-verdict-block", "aria-labelledby": "gc-verdict-heading"},
    h("h2", {id: "gc-verdict-heading"}, t("ui.compare.verdict", lang)),
    lines.map((line) => h("p", {class: "gc-verdict", "data-verdict": "", "data-option": line.option}, verdictSentences(line, lang).join(" "))),
    h("p", {class: "gc-small", "data-thresholds": ""}, thresholdsText(lang)),
    h("p", {class: "gc-small"}, method),
    h("details", {class: "gc-stats-note"},
      h("summary", {}, t("ui.compare.statsNote.title", lang)),
      h("p", {}, t("ui.compare.statsNote.influence", lang)),
      h("p", {}, t("ui.compare.statsNote.interval", lang)),
      h("p", {}, t("ui.compare.statsNote.threshold", lang))),
    figureBlock({name: "compare-verdict-table", lang, heading: t("ui.compare.verdictTable", lang), rows: verdictTable(lines, lang)}));
}
