// Charts of the 1972 design (viz/ classicMeasures and classicHeatmap).
import type {Lang} from "./i18n.ts";
import type {ClassicRun, ClassicVariantRow} from "./classicData.ts";
import {h} from "./ui.ts";

export function classicCharts(runs: readonly ClassicRun[], rows: readonly ClassicVariantRow[], measure: string, lang: Lang, width: number): HTMLElement {
  void runs; void rows; void measure; void lang; void width;
  return h("div", {class: "gc-grid"});
}
