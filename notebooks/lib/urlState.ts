// The view state of a notebook lives in the URL's query string, so that a
// copied link reopens the same view. A notebook declares its fields once (a
// small schema); decoding validates every field and reports what it could not
// read, falling back to the field's default, so a bad link never gives a blank
// page. Encoding leaves out fields at their default to keep links short.
// Only the schema's own fields are read; a parameter whose dotted key has a
// part that would reach an object's prototype is refused here already.
// Each issue carries its message as a key of the strings catalogue with its
// values, so the alert reads in the page's language (English in `message`).

import {FORBIDDEN_KEYS, InputError, isForbiddenKey, oneLine, parseDecimal, showValue} from "../../sim/input.ts";
import {t, type Lang} from "./i18n.ts";
import {inputErrorText} from "./inputErrorText.ts";

export type Field =
  | {type: "enum"; values: readonly string[]; default: string}
  | {type: "int"; min: number; max: number; default: number}
  | {type: "number"; min: number; max: number; default: number}
  | {type: "bool"; default: boolean}
  | {type: "string"; pattern?: RegExp; maxLength?: number; default: string}
  /** Repeated values (`?k=a&k=b`), each one of `values` when given. */
  | {type: "list"; values?: readonly string[]; minItems?: number; maxItems?: number; default: readonly string[]};

export type Schema = Record<string, Field>;

type ValueOf<F extends Field> = F extends {type: "enum"} | {type: "string"} ? string
  : F extends {type: "int"} | {type: "number"} ? number
  : F extends {type: "bool"} ? boolean
  : string[];

export type StateOf<S extends Schema> = {[K in keyof S]: ValueOf<S[K]>};

/** A problem found while reading a URL: the parameter, what it held and why it was refused. */
export interface StateIssue {
  key: string;
  value: string;
  /** Why, in English. */
  message: string;
  /** Where the reason is in the strings catalogue (ui.url.*): its key and values, to show it in the page's language. */
  reason?: {key: string; params: Record<string, string>};
  /** A validation error from sim/, shown through the bilingual frame (inputErrorText). */
  input?: InputError;
}

type Reason = {message: string; reason: {key: string; params: Record<string, string>}};

/** A reason from the catalogue: its English text and the key and values to show it in another language. */
function because(key: string, params: Record<string, string | number> = {}): Reason {
  const p = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]));
  return {message: t(key, "en", p), reason: {key, params: p}};
}

export interface Decoded<S extends Schema> {
  state: StateOf<S>;
  /** Parameters of the form `prefix.key=value` (e.g. scenario edits), in order, not validated here. */
  extra: [string, string][];
  issues: StateIssue[];
}

/** The defaults of a schema as a state. */
export function defaults<S extends Schema>(schema: S): StateOf<S> {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema)) out[key] = Array.isArray(field.default) ? [...field.default] : field.default;
  return out as StateOf<S>;
}

function readField(field: Field, raw: string[]): {value?: unknown} & Partial<Reason> {
  if (field.type === "list") {
    if (field.values) {
      const bad = raw.find((x) => !field.values!.includes(x));
      if (bad !== undefined) return because("ui.url.unknownValue", {value: showValue(bad), allowed: field.values.join(", ")});
    }
    if (field.minItems !== undefined && raw.length < field.minItems) return because("ui.url.minItems", {min: field.minItems, n: raw.length});
    if (field.maxItems !== undefined && raw.length > field.maxItems) return because("ui.url.maxItems", {max: field.maxItems, n: raw.length});
    return {value: raw};
  }
  if (raw.length > 1) return because("ui.url.repeated", {n: raw.length});
  const s = raw[0];
  switch (field.type) {
    case "enum":
      return field.values.includes(s) ? {value: s} : because("ui.url.unknownValue", {value: showValue(s), allowed: field.values.join(", ")});
    case "int":
    case "number": {
      const x = parseDecimal(s);
      if (!Number.isFinite(x)) return because("ui.url.notNumber", {value: showValue(s), min: field.min, max: field.max});
      if (field.type === "int" && !Number.isInteger(x)) return because("ui.url.notWhole", {value: showValue(s), min: field.min, max: field.max});
      if (x < field.min || x > field.max) return because("ui.url.outside", {value: x, min: field.min, max: field.max});
      return {value: x};
    }
    case "bool":
      if (s === "1" || s === "true") return {value: true};
      if (s === "0" || s === "false") return {value: false};
      return because("ui.url.notBool", {value: showValue(s)});
    case "string":
      if (field.maxLength !== undefined && s.length > field.maxLength) return because("ui.url.tooLong", {max: field.maxLength});
      if (field.pattern && !field.pattern.test(s)) return because("ui.url.notAllowed", {value: showValue(s)});
      return {value: s};
  }
}

/**
 * Reads a query string (with or without the leading "?") against a schema.
 * Unknown parameters are reported; `prefixes` lists the prefixes (before a
 * dot) of parameters passed through unvalidated in `extra`.
 */
export function decode<S extends Schema>(schema: S, search: string, prefixes: readonly string[] = []): Decoded<S> {
  const params = new URLSearchParams(search);
  const state = defaults(schema) as Record<string, unknown>;
  const issues: StateIssue[] = [];
  const extra: [string, string][] = [];
  const seen = new Map<string, string[]>();
  for (const [key, value] of params) {
    if (key.split(".").some(isForbiddenKey)) {
      issues.push({key: short(key), value: short(value), ...because("ui.url.forbidden", {keys: FORBIDDEN_KEYS.join(", ")})});
    } else if (Object.hasOwn(schema, key)) {
      const list = seen.get(key) ?? [];
      list.push(value);
      seen.set(key, list);
    } else if (prefixes.some((p) => key.startsWith(p + "."))) {
      extra.push([key, value]);
    } else {
      issues.push({key: short(key), value: short(value), ...because("ui.url.unknownParameter", {allowed: [...Object.keys(schema), ...prefixes.map((p) => `${p}.<key>`)].join(", ")})});
    }
  }
  for (const [key, raw] of seen) {
    const {value, message, reason} = readField(schema[key], raw);
    if (message !== undefined) issues.push({key, value: short(raw.join(", ")), message, ...(reason ? {reason} : {})});
    else state[key] = value;
  }
  return {state: state as StateOf<S>, extra, issues};
}

// Issues are shown one per line: keys and values cut short, line breaks escaped.
function short(text: string): string {
  return oneLine(text, 40);
}

function same(a: unknown, b: unknown): boolean {
  return Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((x, i) => x === b[i]) : a === b;
}

/** Writes a state (and extra parameters) as a query string starting with "?" (or "" when all is default). */
export function encode<S extends Schema>(schema: S, state: StateOf<S>, extra: readonly [string, string][] = []): string {
  const params = new URLSearchParams();
  for (const [key, field] of Object.entries(schema)) {
    const value = (state as Record<string, unknown>)[key];
    if (same(value, field.default)) continue;
    if (Array.isArray(value)) for (const x of value) params.append(key, String(x));
    else params.set(key, field.type === "bool" ? (value ? "1" : "0") : String(value));
  }
  for (const [key, value] of extra) params.append(key, value);
  const s = params.toString();
  return s ? "?" + s : "";
}

/** Replaces the page URL's query with the state, keeping the path and hash (no new history entry). */
export function writeLocation<S extends Schema>(schema: S, state: StateOf<S>, extra: readonly [string, string][] = [], loc: Location = location, hist: History = history): void {
  const query = encode(schema, state, extra);
  if (query === loc.search || (query === "" && loc.search === "")) return;
  hist.replaceState(hist.state, "", loc.pathname + query + loc.hash);
}

/** An error whose reason is in the strings catalogue, so a page can show it in its language. */
export class LinkError extends Error {
  readonly reason: {key: string; params: Record<string, string>};
  constructor(key: string, params: Record<string, string | number> = {}) {
    const r = because(key, params);
    super(r.message);
    this.name = "LinkError";
    this.reason = r.reason;
  }
}

/** The issue for a parameter whose value could not be used (its reason kept where it has one); `suffix` adds to the English text. */
export function issueFrom(key: string, value: string, error: unknown): StateIssue {
  const shown = value.length > 40 ? value.slice(0, 37) + "..." : value;
  const message = error instanceof Error ? error.message : String(error);
  return {key, value: shown, message, ...(error instanceof LinkError ? {reason: error.reason} : {}), ...(error instanceof InputError ? {input: error} : {})};
}

/** The most problems of a link an alert lists; the rest are counted (a link with thousands of bad keys stays a short alert). */
export const MAX_SHOWN_ISSUES = 8;

/** Lines for an alert: the first MAX_SHOWN_ISSUES of `total` problems, then one line counting the rest ("… and 2992 more (3000 in all)"). */
export function cappedLines(first: readonly string[], total: number, lang: Lang = "en"): string {
  const shown = first.slice(0, MAX_SHOWN_ISSUES);
  return (total > shown.length ? [...shown, t("ui.url.moreIssues", lang, {n: total - shown.length, total})] : shown).join("\n");
}

/** Text for a list of issues, one per line (the first MAX_SHOWN_ISSUES, then a count), in the given language where the reason is in the catalogue. */
export function describeIssues(issues: readonly StateIssue[], lang: Lang = "en"): string {
  const first = issues.slice(0, MAX_SHOWN_ISSUES).map((i) => `${i.key}=${i.value}: ${i.reason ? t(i.reason.key, lang, i.reason.params) : i.input ? inputErrorText(i.input, lang) : i.message}`);
  return cappedLines(first, issues.length, lang);
}
