// The compare notebook's verdict, placed near the top of the page: per option
// its headline, one line per measure (reference level → option level, the
// difference with its interval and unit, the judgement), why the influence
// measures disagree when they do, and the trade-off over every cost
// (viz/verdict.ts); the dominated options, the practical thresholds, a copy of
// it all as text (with replications, seed and version), a plain-language note
// on the statistics, and the full table; and the cost-effectiveness figure
// that goes with it, on the same gain and every cost.

import type {ComparisonResult} from "../../sim/experiment/compare.ts";
import {COST_MEASURES, GAIN_MEASURE, dominatedOptions, verdict} from "../../sim/experiment/verdict.ts";
import {COMMIT, VERSION} from "../../sim/version.ts";
import {costEffect} from "../../viz/costEffect.ts";
import {dominatedText, thresholdsText, verdictParts, verdictTable, verdictText} from "../../viz/verdict.ts";
import {figureBlock} from "./figure.ts";
import {t, type Lang} from "./i18n.ts";
import {button, h} from "./ui.ts";

/** Copies the verdict as plain text for a report; says whether it worked. */
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

/** How the comparison was run (replications and seed of the page). */
export interface RunSettings {
  reps: number;
  seed: string;
}

export function verdictBlock(result: ComparisonResult, lang: Lang, method: string, run: RunSettings): HTMLElement {
  const lines = verdict(result);
  const beaten = dominatedOptions(result);
  const dominated = dominatedText(beaten, lang);
  const text = verdictText(lines, lang, {run: {...run, version: VERSION, commit: COMMIT}, dominated: beaten});
  return h("section", {class: "gc-verdict-block", "aria-labelledby": "gc-verdict-heading"},
    h("h2", {id: "gc-verdict-heading"}, t("ui.compare.verdict", lang)),
    lines.map((line) => {
      const p = verdictParts(line, lang);
      return h("div", {class: "gc-verdict", "data-verdict": "", "data-option": line.option},
        h("p", {class: "gc-verdict-head"}, h("strong", {}, p.head)),
        h("ul", {class: "gc-verdict-lines"}, p.lines.map((l) => h("li", {}, l))),
        p.why ? h("p", {"data-why": ""}, p.why) : null,
        h("p", {"data-trade": ""}, p.trade),
        p.also.length ? [h("p", {}, t("verdict.alsoHead", lang)), h("ul", {class: "gc-verdict-lines"}, p.also.map((l) => h("li", {}, l)))] : h("p", {}, t("verdict.noOther", lang)),
        p.missing ? h("p", {class: "gc-small"}, p.missing) : null);
    }),
    dominated ? h("p", {"data-dominated": ""}, dominated) : null,
    h("p", {class: "gc-small", "data-thresholds": ""}, thresholdsText(lang)),
    copyButton(text, lang),
    h("p", {class: "gc-small"}, method),
    h("details", {class: "gc-stats-note"},
      h("summary", {}, t("ui.compare.statsNote.title", lang)),
      h("p", {}, t("ui.compare.statsNote.influence", lang)),
      h("p", {}, t("ui.compare.statsNote.interval", lang)),
      h("p", {}, t("ui.compare.statsNote.threshold", lang))),
    figureBlock({round: true, name: "compare-verdict-table", lang, heading: t("ui.compare.verdictTable", lang), rows: verdictTable(lines, lang)}));
}

/** The verdict's gain against every cost, per option, with its data. */
export function costEffectBlock(result: ComparisonResult, lang: Lang, width: number): HTMLElement {
  const keys = [GAIN_MEASURE, ...COST_MEASURES];
  const rows = result.estimates.filter((e) => keys.includes(e.measure));
  const table = result.options.map((option) => {
    const row: Record<string, string | number> = {option};
    for (const m of keys) {
      const e = rows.find((r) => r.option === option && r.measure === m)!.estimate;
      Object.assign(row, {[m]: e.mean, [`${m}.lo`]: e.lo, [`${m}.hi`]: e.hi});
    }
    return row;
  });
  return figureBlock({round: true, name: "compare-cost-effect", lang, heading: t("ui.compare.costEffect", lang), figure: costEffect(rows, {lang, width: Math.min(width, 760), effect: GAIN_MEASURE, costs: COST_MEASURES}), rows: table});
}
