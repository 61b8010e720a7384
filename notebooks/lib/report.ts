// The print-ready report of a comparison (one action on the Compare page;
// the browser's print to PDF makes the file): the options in words, the
// verdict, the charts with their legends, where the verdict holds (the
// robustness panel, when it was asked for), the assumptions (parameters
// that differ from their declared defaults, with their sources or "free"),
// and the seed, replications and version.

import type {ComparisonResult} from "../../sim/experiment/compare.ts";
import type {Scenario} from "../../sim/participation/scenario.ts";
import {COMMIT, VERSION} from "../../sim/version.ts";
import {organisationText} from "../../viz/organisation.ts";
import {t, type Lang} from "./i18n.ts";
import {editsSummary} from "./paramLabel.ts";
import {assumptions} from "./reportData.ts";
import {button, h} from "./ui.ts";

export interface ReportOption {
  name: string;
  scenario: Scenario;
  base: Scenario;
  edits: readonly [string, string][];
}

export interface ReportParts {
  lang: Lang;
  options: readonly ReportOption[];
  result: ComparisonResult;
  reps: number;
  seed: string;
  verdict: HTMLElement;
  figures: HTMLElement;
  /** The robustness panel, or null when it was not run. */
  robust: HTMLElement | null;
  onBack(): void;
}

export function reportView(p: ReportParts): HTMLElement {
  const {lang} = p;
  const run = t("ui.report.run", lang, {reps: p.reps, seed: p.seed, version: VERSION, commit: COMMIT ?? "-"});
  return h("article", {class: "gc-report", "data-report": ""},
    h("div", {class: "gc-actions"},
      button(t("ui.report.print", lang), () => print(), {name: "reportPrint"}),
      button(t("ui.report.back", lang), p.onBack, {name: "reportBack"})),
    h("h1", {}, t("ui.report.title", lang)),
    h("p", {"data-report-run": ""}, run),
    h("h2", {}, t("ui.report.options", lang)),
    p.options.map((o, i) => h("section", {class: "gc-report-option", "data-option": i + 1},
      h("h3", {}, `${i === 0 ? t("ui.compare.reference", lang, {n: 1}) : t("ui.compare.option", lang, {n: i + 1})}: ${o.name}`),
      h("ul", {class: "gc-organisation"}, organisationText(o.scenario, lang).map((line) => h("li", {}, line))),
      o.edits.length ? h("p", {class: "gc-small"}, t("ui.compare.editedList", lang, {list: editsSummary(o.base, o.edits, lang)})) : null)),
    p.verdict,
    h("h2", {}, t("ui.compare.results", lang)),
    p.figures,
    p.robust ?? h("section", {"data-robust-missing": ""}, h("h2", {}, t("ui.robust.title", lang)), h("p", {}, t("ui.report.noRobust", lang))),
    h("h2", {}, t("ui.report.assumptions", lang)),
    h("p", {class: "gc-small"}, t("ui.report.assumptionsIntro", lang)),
    p.options.map((o) => {
      const rows = assumptions(o.scenario, lang, o.edits.map(([k]) => k));
      return h("section", {class: "gc-report-assumptions", "data-assumptions": ""},
        h("h3", {}, o.name),
        rows.length ? h("table", {},
          h("thead", {}, h("tr", {}, [t("ui.report.param", lang), t("ui.report.value", lang), t("ui.report.default", lang), t("ui.report.source", lang)].map((x) => h("th", {}, x)))),
          h("tbody", {}, rows.map((r) => h("tr", {"data-key": r.key}, h("td", {}, r.label, r.edited ? ` (${t("ui.report.edited", lang)})` : ""), h("td", {}, r.value), h("td", {}, r.default), h("td", {}, r.source)))))
          : h("p", {}, t("ui.report.allDefaults", lang)));
    }),
    h("p", {class: "gc-small"}, run));
}
