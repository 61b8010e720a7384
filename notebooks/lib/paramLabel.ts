// A parameter named for people: its member and label, with its unit in the
// page's language unless the label already says it ("Users", not
// "Users (users)"); and a list of edits in words (for print-outs).

import {paramUnit, paramValue} from "../../sim/participation/paramVocabulary.ts";
import type {Scenario} from "../../sim/participation/scenario.ts";
import {formatNumber} from "../../viz/format.ts";
import type {Lang} from "./i18n.ts";
import {paramEntries, type ParamEntry} from "./scenarioEdit.ts";

/** "Team: Weeks between meetings (weeks)" → without repeating a unit the label already names. */
export function paramLabel(entry: ParamEntry, lang: Lang, withUnit = true): string {
  const label = `${entry.member ? entry.member.label + ": " : ""}${entry.decl.label[lang]}`;
  const unit = entry.decl.unit ? paramUnit(entry.decl.unit, lang) : "";
  const said = unit && label.toLowerCase().includes(unit.toLowerCase());
  return withUnit && unit && !said ? `${label} (${unit})` : label;
}

/** A parameter's label by key in a scenario, or the key when it has no such parameter. */
export function paramLabelOf(key: string, s: Scenario, lang: Lang): string {
  const e = paramEntries(s, lang).find((x) => x.key === key);
  return e ? paramLabel(e, lang) : key;
}

/** The edits in words: "Time pressure (multiplier) = 2; Team: Decision rule = user decides". */
export function editsSummary(s: Scenario, edits: readonly (readonly [string, string])[], lang: Lang): string {
  const entries = paramEntries(s, lang);
  return edits.map(([key, raw]) => {
    const e = entries.find((x) => x.key === key);
    const n = Number(raw);
    const value = e && (e.decl.type === "number" || e.decl.type === "integer") && Number.isFinite(n) ? formatNumber(n, lang, 4) : paramValue(raw, lang);
    return `${e ? paramLabel(e, lang) : key} = ${value}`;
  }).join("; ");
}
