// A loaded result named in words from its own experiment, not the page's
// scenario: the model it ran (classic, participation or collective), its base
// scenario's members ("Team: Weeks between meetings") and the declared labels
// and units of its parameters and measures. A key no declaration knows is
// shown as it is.

import {CLASSIC_FACTOR_LABELS, classicFactorLabel} from "../../sim/classic/factorLabels.ts";
import {collectiveParamByKey} from "../../sim/collective/parameters.ts";
import {COLLECTIVE_PRESET_IDS, collectivePreset} from "../../sim/collective/presets.ts";
import {parseCollective} from "../../sim/collective/scenario.ts";
import {DUMMY_KEY, type Experiment} from "../../sim/experiment/experimentFile.ts";
import {CLASSIC_FACTORS} from "../../sim/experiment/runPoint.ts";
import {paramUnit} from "../../sim/participation/paramVocabulary.ts";
import {paramByKey, type Bilingual} from "../../sim/participation/parameters.ts";
import {PRESET_IDS, preset} from "../../sim/participation/presets.ts";
import {parseScenario} from "../../sim/participation/scenario.ts";
import type {RegionColumn} from "../../viz/discovery.ts";
import {measureLabel} from "../../viz/vocabulary.ts";
import {t, type Lang} from "./i18n.ts";
import type {LoadedSummary} from "./sweepResult.ts";

export type Model = "classic" | "participation" | "collective";

export interface ResultLabels {
  model: Model;
  /** A parameter's label with its unit (unless the label names it). */
  param(key: string): string;
  /** A measure's label with its unit. */
  measure(key: string): string;
  /** A parameter as scenario discovery words it (viz/discovery.ts). */
  column(key: string): RegionColumn;
}

type Members = Record<string, Record<string, {label?: Partial<Bilingual>}>>;

/** The base scenario of the result's experiment (or of this page's design file), as plain data; null when there is none. */
function baseScenario(result: Pick<LoadedSummary, "experiment" | "meta">, model: Model): Members | null {
  if (result.meta?.scenario) return result.meta.scenario as unknown as Members;
  const ref = result.experiment?.scenario;
  try {
    if (model === "participation") {
      if (typeof ref === "string") return PRESET_IDS.includes(ref) ? preset(ref) as unknown as Members : null;
      return ref ? parseScenario(ref) as unknown as Members : null;
    }
    if (model === "collective") {
      if (typeof ref === "string") return COLLECTIVE_PRESET_IDS.includes(ref) ? collectivePreset(ref) as unknown as Members : null;
      return ref ? parseCollective(ref) as unknown as Members : null;
    }
  } catch {
    // a recorded scenario that no longer parses: members are named by id
  }
  return null;
}

function withUnit(label: string, unit: string): string {
  return unit && !label.toLowerCase().includes(unit.toLowerCase()) ? `${label} (${unit})` : label;
}

/** The labels of a loaded result in a language, from its own model and scenario. */
export function resultLabels(result: Pick<LoadedSummary, "experiment" | "meta">, lang: Lang): ResultLabels {
  const model: Model = (result.experiment as Experiment | undefined)?.model ?? "participation";
  const scenario = baseScenario(result, model);
  const declOf = model === "collective" ? collectiveParamByKey : paramByKey;
  const column = (key: string): RegionColumn => {
    if (key === DUMMY_KEY) return {label: {en: t("ui.explore.dummy", "en"), nb: t("ui.explore.dummy", "nb")}, unit: "", integer: false};
    if (model === "classic") {
      const label = classicFactorLabel(key), decl = CLASSIC_FACTORS.find((f) => f.key === key);
      return {label: label ?? {en: key, nb: key}, unit: "", integer: decl?.type === "integer"};
    }
    const decl = declOf(key);
    if (!decl) return {label: {en: key, nb: key}, unit: "", integer: false};
    const parts = key.split(".");
    const member = parts.length === 3 && decl.key.includes("*") ? scenario?.[parts[0]]?.[parts[1]]?.label : undefined;
    const prefix = (l: Lang) => (parts.length === 3 && decl.key.includes("*") ? `${member?.[l] ?? parts[1]}: ` : "");
    return {label: {en: prefix("en") + decl.label.en, nb: prefix("nb") + decl.label.nb}, unit: decl.unit, integer: decl.type === "integer"};
  };
  return {
    model,
    column,
    param: (key) => {
      const c = column(key);
      return withUnit(c.label[lang], c.unit ? paramUnit(c.unit, lang) : "");
    },
    // the three models' measures are declared under distinct keys (viz/vocabulary.ts)
    measure: (key) => measureLabel(key, lang)
  };
}

/** Keys declared for the classic model's parameters (for tests: every one has a label). */
export const CLASSIC_LABELLED = Object.keys(CLASSIC_FACTOR_LABELS);
