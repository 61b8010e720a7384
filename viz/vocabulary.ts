// Labels for the model's vocabularies (measures, ladder steps, decision
// styles, conditions), read from their one declaration in sim/. The chart
// catalogue (i18n.ts) holds no labels for these.

import {CLASSIC_MEASURE_DECLS} from "../sim/classic/measures.ts";
import {COLLECTIVE_MEASURES} from "../sim/collective/measures.ts";
import {LADDER_LABELS, LADDER_WORDS, type LadderOutcome, type LadderStep} from "../sim/participation/ladder.ts";
import {CONDITION_LABELS, MEASURES, USER_TYPE_MEASURES, type Condition} from "../sim/participation/measures.ts";
import {NOT_MADE_LABEL, STYLE_LABELS, type DecisionStyle} from "../sim/streams.ts";
import {UNITS, type MeasureDecl} from "../sim/vocabulary.ts";
import {checkLang, type Lang} from "./i18n.ts";

// the three models' measure keys never collide (the vocabulary test checks), so a key has one label
const DECLS = new Map<string, MeasureDecl>([...MEASURES, ...USER_TYPE_MEASURES, ...CLASSIC_MEASURE_DECLS, ...COLLECTIVE_MEASURES].map((m) => [m.key, m]));

function own<T extends object>(table: T, key: string, what: string): T[keyof T] {
  if (!Object.prototype.hasOwnProperty.call(table, key)) throw new Error(`invalid ${what}: ${JSON.stringify(key)} (allowed: ${Object.keys(table).join(", ")})`);
  return table[key as keyof T];
}

/** Whether `key` is a declared measure (participation, per user type, classic or collective). */
export function isMeasure(key: string): boolean {
  return DECLS.has(key);
}

/** A measure's name without its unit ("Time to decision"), or the key itself when undeclared. */
export function measureName(key: string, lang: Lang = "en"): string {
  checkLang(lang);
  return DECLS.get(key)?.label[lang] ?? key;
}

/** A measure's label with its unit ("Time to decision (weeks)"), or the key itself when undeclared. */
export function measureLabel(key: string, lang: Lang = "en"): string {
  checkLang(lang);
  const m = DECLS.get(key);
  return m ? `${m.label[lang]} (${UNITS[m.unit][lang]})` : key;
}

/** Which direction of a measure is better for the user ("neither" when undeclared). */
export function measureBetter(key: string): MeasureDecl["better"] {
  return DECLS.get(key)?.better ?? "neither";
}

export function stepLabel(step: LadderOutcome | string, lang: Lang = "en"): string {
  return own(LADDER_LABELS, step, "ladder step")[checkLang(lang)];
}

/** A ladder step as one short word ("influence", "innflytelse"), for the label beside a decided case. */
export function stepWord(step: LadderStep | string, lang: Lang = "en"): string {
  return own(LADDER_WORDS, step, "ladder step")[checkLang(lang)];
}

export function styleLabel(style: DecisionStyle | string, lang: Lang = "en"): string {
  return own(STYLE_LABELS, style, "decision style")[checkLang(lang)];
}

/** A style's label, or "Not made" for a choice without one. */
export function outcomeLabel(style: DecisionStyle | "unmade" | string, lang: Lang = "en"): string {
  return style === "unmade" ? NOT_MADE_LABEL[checkLang(lang)] : styleLabel(style, lang);
}

export function conditionLabel(condition: Condition | string, lang: Lang = "en"): string {
  return own(CONDITION_LABELS, condition, "condition")[checkLang(lang)];
}
