// The view state of a notebook lives in the URL's query string, so that a
// copied link reopens the same view. A notebook declares its fields once (a
// small schema); decoding validates every field and reports what it could not
// read, falling back to the field's default, so a bad link never gives a blank
// page. Encoding leaves out fields at their default to keep links short.
// Only the schema's own fields are read; a parameter whose dotted key has a
// part that would reach an object's prototype is refused here already.

import {FORBIDDEN_KEYS, isForbiddenKey, oneLine, parseDecimal, showValue} from "../../sim/input.ts";

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
  message: string;
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

function readField(field: Field, raw: string[]): {value?: unknown; message?: string} {
  if (field.type === "list") {
    if (field.values) {
      const bad = raw.find((x) => !field.values!.includes(x));
      if (bad !== undefined) return {message: `unknown value ${showValue(bad)} (allowed: ${field.values.join(", ")})`};
    }
    if (field.minItems !== undefined && raw.length < field.minItems) return {message: `needs at least ${field.minItems} values, got ${raw.length}`};
    if (field.maxItems !== undefined && raw.length > field.maxItems) return {message: `allows at most ${field.maxItems} values, got ${raw.length}`};
    return {value: raw};
  }
  if (raw.length > 1) return {message: `given ${raw.length} times; give it once`};
  const s = raw[0];
  switch (field.type) {
    case "enum":
      return field.values.includes(s) ? {value: s} : {message: `unknown value ${showValue(s)} (allowed: ${field.values.join(", ")})`};
    case "int":
    case "number": {
      const x = parseDecimal(s);
      if (!Number.isFinite(x)) return {message: `${showValue(s)} is not a number (allowed: ${field.min}–${field.max})`};
      if (field.type === "int" && !Number.isInteger(x)) return {message: `${showValue(s)} is not a whole number (allowed: ${field.min}–${field.max})`};
      if (x < field.min || x > field.max) return {message: `${x} is outside ${field.min}–${field.max}`};
      return {value: x};
    }
    case "bool":
      if (s === "1" || s === "true") return {value: true};
      if (s === "0" || s === "false") return {value: false};
      return {message: `${showValue(s)} is not 0 or 1`};
    case "string":
      if (field.maxLength !== undefined && s.length > field.maxLength) return {message: `longer than ${field.maxLength} characters`};
      if (field.pattern && !field.pattern.test(s)) return {message: `${showValue(s)} is not allowed here`};
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
      issues.push({key: short(key), value: short(value), message: `no part of a parameter name may be ${FORBIDDEN_KEYS.join(", ")}`});
    } else if (Object.hasOwn(schema, key)) {
      const list = seen.get(key) ?? [];
      list.push(value);
      seen.set(key, list);
    } else if (prefixes.some((p) => key.startsWith(p + "."))) {
      extra.push([key, value]);
    } else {
      issues.push({key: short(key), value: short(value), message: `unknown parameter (allowed: ${[...Object.keys(schema), ...prefixes.map((p) => `${p}.<key>`)].join(", ")})`});
    }
  }
  for (const [key, raw] of seen) {
    const {value, message} = readField(schema[key], raw);
    if (message !== undefined) issues.push({key, value: short(raw.join(", ")), message});
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

/** Text for a list of issues, one per line. */
export function describeIssues(issues: readonly StateIssue[]): string {
  return issues.map((i) => `${i.key}=${i.value}: ${i.message}`).join("\n");
}
