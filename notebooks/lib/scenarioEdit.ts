// Scenario editing for the notebooks: every declared parameter (sim/participation/parameters.ts)
// expanded over a scenario's collections ("arenas.*.interval" becomes one
// input per arena), edits kept as (key, raw value) pairs so they fit in the
// URL, applied with sim/participation/scenario.ts setParameter (which validates), and
// scenario files read with parseScenario.

import {describeParam} from "./paramHelp.ts";
import {PARAMETERS, type ParamDecl} from "../../sim/participation/parameters.ts";
import {InputError, oneLine, parseJsonText} from "../../sim/input.ts";
import {getParameter, parseScenario, setParameter, type Scenario} from "../../sim/participation/scenario.ts";
import {hasKey, t, type Lang} from "./i18n.ts";
import {checkbox, h, numberInput, select} from "./ui.ts";
import type {StateIssue} from "./urlState.ts";

export type Edit = [key: string, value: string];

export interface ParamEntry {
  key: string;
  decl: ParamDecl;
  value: unknown;
  /** The collection member ("team" in arenas.team.interval), if any. */
  member?: {collection: string; id: string; label: string};
  /** Allowed values for enums (declared values plus referenced ids). */
  values?: string[];
}

type Labelled = {label?: {en: string; nb: string}};

/** Every parameter of a scenario, in declaration order, wildcards expanded over its collections. */
export function paramEntries(s: Scenario, lang: Lang = "en"): ParamEntry[] {
  const out: ParamEntry[] = [];
  const collections = s as unknown as Record<string, Record<string, Labelled>>;
  for (const decl of PARAMETERS) {
    const refIds = decl.ref ? Object.keys(collections[decl.ref] ?? {}) : [];
    const values = decl.type === "enum" ? [...(decl.values ?? []), ...refIds] : undefined;
    if (!decl.key.includes("*")) {
      out.push({key: decl.key, decl, value: getParameter(s, decl.key), values});
      continue;
    }
    const [collection, , field] = decl.key.split(".");
    for (const [id, member] of Object.entries(collections[collection] ?? {})) {
      const key = `${collection}.${id}.${field}`;
      out.push({key, decl, value: getParameter(s, key), values, member: {collection, id, label: member?.label?.[lang] ?? id}});
    }
  }
  return out;
}

/**
 * Applies edits one by one; an edit that fails is reported and skipped.
 * setParameter reads and writes own keys only, so no edit reaches a prototype.
 */
export function applyEdits(base: Scenario, edits: readonly Edit[], where = ""): {scenario: Scenario; issues: StateIssue[]} {
  let scenario = base;
  const issues: StateIssue[] = [];
  for (const [key, value] of edits) {
    try {
      scenario = setParameter(scenario, key, value);
    } catch (e) {
      issues.push({key: oneLine(where + key, 80), value: oneLine(value, 40), message: oneLine((e as Error).message, 600), ...(e instanceof InputError ? {input: e} : {})});
    }
  }
  return {scenario, issues};
}

/** The edits that turn `base` into `edited` (parameters only). */
export function diffEdits(base: Scenario, edited: Scenario): Edit[] {
  const out: Edit[] = [];
  for (const e of paramEntries(edited)) {
    const before = getParameter(base, e.key);
    if (before !== e.value) out.push([e.key, String(e.value)]);
  }
  return out;
}

/** Reads a scenario file (JSON text); throws an Error whose message says what is wrong. */
export function readScenarioFile(text: string): Scenario {
  return parseScenario(parseJsonText(text, "scenario file"));
}

/** base64url of UTF-8 text (for scenarios carried in the URL). */
export function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

export function fromBase64Url(s: string): string {
  let bin: string;
  try {
    bin = atob(s.replaceAll("-", "+").replaceAll("_", "/"));
  } catch {
    throw new InputError("scenario in the link", s, "base64url text (A-Z, a-z, 0-9, - and _)");
  }
  return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}

/** One labelled native input for a parameter entry; calls back with the raw value. */
export function paramInput(entry: ParamEntry, lang: Lang, onChange: (key: string, raw: string) => void): HTMLElement {
  const {decl} = entry;
  const label = (entry.member ? `${entry.member.label}: ` : "") + decl.label[lang];
  let el: HTMLElement;
  if (decl.type === "boolean") el = checkbox(label, entry.value === true, (c) => onChange(entry.key, String(c)), entry.key);
  else if (decl.type === "enum") el = select(label, (entry.values ?? []).map((v) => ({value: v, label: v})), String(entry.value), (v) => onChange(entry.key, v), entry.key);
  else el = numberInput(label, Number(entry.value), {min: decl.min, max: decl.max, step: decl.step ?? (decl.type === "integer" ? 1 : "any"), name: entry.key, unit: decl.unit}, (x) => onChange(entry.key, String(x)));
  describeParam(el, decl, lang);
  el.dataset.key = entry.key;
  return el;
}

/** All parameter inputs of a scenario, grouped by the declarations' groups. */
export function paramInputs(s: Scenario, lang: Lang, onChange: (key: string, raw: string) => void, edited: ReadonlySet<string> = new Set()): HTMLElement {
  const groups = new Map<string, ParamEntry[]>();
  for (const e of paramEntries(s, lang)) {
    let g = groups.get(e.decl.group);
    if (!g) groups.set(e.decl.group, (g = []));
    g.push(e);
  }
  return h("div", {class: "gc-params"}, Array.from(groups, ([group, entries]) =>
    h("fieldset", {}, h("legend", {}, hasKey(`ui.group.${group.replace(/ /g, "")}`) ? t(`ui.group.${group.replace(/ /g, "")}`, lang) : group), entries.map((e) => {
      const input = paramInput(e, lang, onChange);
      if (edited.has(e.key)) input.classList.add("gc-edited");
      return input;
    }))));
}
