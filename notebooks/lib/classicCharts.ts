// Charts of the 1972 design (viz/ classicMeasures and classicHeatmap).
import type {ClassicMeasure} from "../../sim/classic/measures.ts";
import {classicHeatmap} from "../../viz/classicHeatmap.ts";
import {classicMeasures} from "../../viz/classicMeasures.ts";
import {importanceData} from "../../viz/importanceData.ts";
import {importanceProfile} from "../../viz/importanceProfile.ts";
import type {ClassicRow} from "../../viz/types.ts";
import type {ClassicRun, ClassicVariantRow} from "./classicData.ts";
import {figureBlock} from "./figure.ts";
import {measureLabel} from "../../viz/vocabulary.ts";
import {t, type Lang} from "./i18n.ts";
import {h} from "./ui.ts";

/** One tidy row per run: design point plus summary (viz ClassicRow). */
export function runRows(runs: readonly ClassicRun[]): ClassicRow[] {
  return runs.map(({point, result}) => {
    const {choices: _c, problems: _p, trace: _t, ...summary} = result;
    return {...point, ...summary};
  });
}

export function classicCharts(runs: readonly ClassicRun[], rows: readonly ClassicVariantRow[], m: ClassicMeasure, lang: Lang, width: number, orientation: "index1" | "mirror" = "index1"): HTMLElement {
  const perRun = runRows(runs);
  const variantTable = rows.map((r) => ({load: r.load, access: r.access, decision: r.decision, energy: r.energy, [m]: r[m as keyof ClassicVariantRow]}));
  const results = runs.map((r) => r.result);
  const importance = importanceData(results, {orientation});
  const half = Math.max(320, Math.floor((width - 24) / 2));
  return h("div", {class: "gc-charts"},
    figureBlock({name: `classic-${m}-by-load`, figure: classicMeasures(perRun, {lang, width, measure: m}), rows: variantTable, lang, heading: t("chart.classicMeasures.label", lang, {measure: measureLabel(m, lang)})}),
    figureBlock({name: `classic-${m}-heatmap`, figure: classicHeatmap(perRun, {lang, width, measure: m}), rows: variantTable, lang, heading: t("chart.classicHeatmap.label", lang, {measure: measureLabel(m, lang)})}),
    h("div", {class: "gc-grid"},
      figureBlock({name: "classic-problems-by-importance", figure: importanceProfile(importance, {lang, width: half, entity: "problems"}), rows: importance.filter((r) => r.entity === "problems"), lang, heading: t("chart.importanceProfile.label.problems", lang)}),
      figureBlock({name: "classic-choices-by-importance", figure: importanceProfile(importance, {lang, width: half, entity: "choices"}), rows: importance.filter((r) => r.entity === "choices"), lang, heading: t("chart.importanceProfile.label.choices", lang)})));
}
