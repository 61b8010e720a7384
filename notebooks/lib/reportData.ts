// What a printed comparison report states as its assumptions: per option,
// every parameter whose value differs from its declared default, with the
// declaration's source (as a reader can follow it) or "free" when the texts
// give none. Read from the declarations (sim/participation/parameters.ts),
// never restated here.

import type {Scenario} from "../../sim/participation/scenario.ts";
import {cite} from "../../sim/sources.ts";
import {paramValue} from "../../sim/participation/paramVocabulary.ts";
import {formatNumber} from "../../viz/format.ts";
import {t, type Lang} from "./i18n.ts";
import {paramLabel} from "./paramLabel.ts";
import {paramEntries} from "./scenarioEdit.ts";

export interface Assumption {
  key: string;
  label: string;
  value: string;
  default: string;
  /** The source key with its author and section, or "free" in the page's language. */
  source: string;
  /** True when the planner edited it in this option (not the preset's own value). */
  edited: boolean;
}

function shown(x: unknown, lang: Lang): string {
  if (typeof x === "number") return formatNumber(x, lang, Number.isInteger(x) ? 0 : 3);
  if (typeof x === "string") return paramValue(x, lang);
  return String(x);
}

/** The parameters of a scenario that differ from their declared defaults (a collection member's from the member field's default). */
export function assumptions(s: Scenario, lang: Lang, edited: readonly string[] = []): Assumption[] {
  return paramEntries(s, lang)
    .filter((e) => e.value !== undefined && e.value !== e.decl.default)
    .map((e) => ({
      key: e.key, label: paramLabel(e, lang), value: shown(e.value, lang), default: shown(e.decl.default, lang),
      source: e.decl.source ? cite(e.decl.source) : t("ui.report.free", lang), edited: edited.includes(e.key)
    }));
}
