// The classic notebook: the 81-variant design of 1972 under the readings the
// project pins (tie-break, comparison, deficit timing, arithmetic,
// orientation), each a switch; the variants as a table and as charts by load
// and structure; the paper's qualitative properties checked on the runs.

import {ARITHMETICS, DEFICIT_TIMINGS} from "../../sim/classic/engine.ts";
import {readReadingsFile} from "../../sim/classic/readings.ts";
import {ORIENTATIONS} from "../../sim/classic/gcm1972.ts";
import {COMPARISONS, TIE_BREAKS} from "../../sim/streams.ts";
import {fillNumbers} from "../../viz/format.ts";
import {measureLabel} from "../../viz/vocabulary.ts";
import {classicCharts} from "./classicCharts.ts";
import {classroomLink} from "./classicToClassroom.ts";
import {CLASSIC_MEASURES, checkProperties, runDesign, variantRows, type ClassicRun} from "./classicData.ts";
import type {ClassicMeasure} from "../../sim/classic/measures.ts";
import {figureBlock} from "./figure.ts";
import {t} from "./i18n.ts";
import {LANG_FIELD, mountPage} from "./page.ts";
import {downloadButton, fileInput, h, pageWidth, select, textInput} from "./ui.ts";
import {inputErrorText} from "./inputErrorText.ts";

export const CLASSIC_SCHEMA = {
  lang: LANG_FIELD,
  tieBreak: {type: "enum", values: TIE_BREAKS, default: "lowest"},
  comparison: {type: "enum", values: COMPARISONS, default: "<="},
  deficits: {type: "enum", values: DEFICIT_TIMINGS, default: "previous"},
  arithmetic: {type: "enum", values: ARITHMETICS, default: "integer"},
  orientation: {type: "enum", values: ORIENTATIONS, default: "index1"},
  seed: {type: "string", pattern: /^[\w.-]{1,40}$/, default: "1"},
  measure: {type: "enum", values: CLASSIC_MEASURES, default: "problemsUnsolved"}
} as const;

const cache = new Map<string, ClassicRun[]>();

export function classicPage(search?: string): HTMLElement {
  return mountPage({
    name: "classic",
    schema: CLASSIC_SCHEMA,
    search,
    render(ctx, body) {
      const {lang, state} = ctx;
      const readings = {
        tieBreak: state.tieBreak as (typeof TIE_BREAKS)[number],
        comparison: state.comparison as (typeof COMPARISONS)[number],
        deficits: state.deficits as (typeof DEFICIT_TIMINGS)[number],
        arithmetic: state.arithmetic as (typeof ARITHMETICS)[number],
        orientation: state.orientation as (typeof ORIENTATIONS)[number],
        seed: state.seed
      };
      const key = JSON.stringify(readings);
      let runs = cache.get(key);
      if (!runs) cache.set(key, (runs = runDesign(readings)));
      const rows = variantRows(runs);
      const props = checkProperties(runs);
      const pinned = (k: keyof typeof CLASSIC_SCHEMA, v: string) => v === CLASSIC_SCHEMA[k].default;
      const reading = (k: "tieBreak" | "comparison" | "deficits" | "arithmetic" | "orientation", values: readonly string[]) =>
        select(t(`ui.classic.reading.${k}`, lang), values.map((v) => ({value: v, label: t(`ui.classic.reading.${k}.${v.replace("<=", "le").replace("<", "lt")}`, lang) + (pinned(k, v) ? ` (${t("ui.classic.pinned", lang)})` : "")})), state[k], (v) => ctx.set({[k]: v}), k);

      const width = pageWidth();
      const measure = state.measure as ClassicMeasure; // the schema admits only CLASSIC_MEASURES
      body.append(
        h("h1", {}, t("ui.classic.title", lang)),
        h("p", {}, t("ui.classic.intro", lang)),
        h("fieldset", {class: "gc-controls"}, h("legend", {}, t("ui.classic.readings", lang)),
          reading("tieBreak", TIE_BREAKS), reading("comparison", COMPARISONS), reading("deficits", DEFICIT_TIMINGS),
          reading("arithmetic", ARITHMETICS), reading("orientation", ORIENTATIONS),
          state.tieBreak === "random" ? textInput(t("ui.seed", lang), state.seed, {name: "seed", pattern: "[\\w.\\-]{1,40}"}, (v) => ctx.set({seed: v})) : null,
          // The readings are this notebook's scenario: saved and loaded as a small JSON file.
          downloadButton(t("ui.classic.save", lang), "classic-readings.json",
            () => new Blob([JSON.stringify({kind: "classic-readings", ...readings}, null, 2) + "\n"], {type: "application/json"})),
          fileInput(t("ui.classic.load", lang), "application/json,.json", (text, file) => {
            try {
              const {kind: _kind, ...loaded} = readReadingsFile(text);
              ctx.set(loaded);
            } catch (e) {
              ctx.error(t("ui.error.file", lang, {file}), inputErrorText(e, lang));
            }
          })),
        h("h2", {}, t("ui.classic.properties", lang)),
        h("ul", {class: "gc-props", "aria-live": "polite"}, props.map((p) =>
          h("li", {"data-property": p.id, "data-holds": String(p.holds)},
            h("span", {class: p.holds ? "ok" : "no"}, p.holds ? `✓ ${t("ui.classic.holds", lang)}` : `✗ ${t("ui.classic.fails", lang)}`), " ",
            p.statement[lang], " ", h("span", {class: "gc-evidence"}, `(${fillNumbers(p.evidence.text[lang], p.evidence.values, lang)})`)))),
        h("h2", {}, t("ui.classic.charts", lang)),
        h("div", {class: "gc-controls"}, select(t("ui.measure", lang), CLASSIC_MEASURES.map((m) => ({value: m, label: measureLabel(m, lang)})), measure, (v) => ctx.set({measure: v}), "measure")),
        classicCharts(runs, rows, measure, lang, width, state.orientation as (typeof ORIENTATIONS)[number]),
        classroomLink(lang),
        h("h2", {}, t("ui.classic.table", lang)),
        figureBlock({name: "classic-variants", rows, lang, heading: t("ui.classic.table.caption", lang), open: true})
      );
    }
  });
}
