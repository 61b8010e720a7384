// Shared rules for plain data that comes from a user (files, flags, URL
// parameters): only own keys are read, path segments that would reach an
// object's prototype are refused, JSON text may start with a byte-order mark
// (as a browser's fetch accepts it), and every error is one line naming the
// field, the value (shown short) and what is allowed.

/** Path segments that reach the prototype chain; never accepted as a key or id. */
export const FORBIDDEN_KEYS: readonly string[] = ["__proto__", "constructor", "prototype"];

const MAX_VALUE = 40;
const MAX_FIELD = 80;

/**
 * What is allowed, in machine-readable form, beside the English `allowed`
 * text, so an interface can say it in its own language. Optional: an error
 * without it keeps only the English text.
 */
export type AllowedKind =
  | {kind: "boolean"}
  | {kind: "integer" | "number"; min: number; max: number; asString?: boolean}
  | {kind: "values"; values: readonly string[]; ref?: string}
  | {kind: "string"; pattern?: string}
  | {kind: "text"}
  | {kind: "texts"}
  | {kind: "strings"}
  | {kind: "ids"; ref: string}
  | {kind: "list"; of: string}
  | {kind: "record"; of?: string}
  | {kind: "object"}
  | {kind: "knownFields"; fields: readonly string[]}
  /** A collective scenario file where a case (participation) scenario belongs. */
  | {kind: "collectiveScenario"}
  | {kind: "minEntries"; min: number}
  | {kind: "positiveShares"}
  | {kind: "json"; detail: string};

/** Bad input: `invalid <field>: <value> (allowed: <allowed>)`, always one line. */
export class InputError extends Error {
  field: string;
  value: unknown;
  allowed: string;
  allowedKind?: AllowedKind;
  constructor(field: string, value: unknown, allowed: string, allowedKind?: AllowedKind) {
    super(`invalid ${oneLine(field, MAX_FIELD)}: ${showValue(value)} (allowed: ${oneLine(allowed, 400)})`);
    this.name = "InputError";
    this.field = field;
    this.value = value;
    this.allowed = allowed;
    if (allowedKind) this.allowedKind = allowedKind;
  }
}

/** The value of an own property, or undefined (never one inherited from a prototype). */
export function own(obj: unknown, key: string): unknown {
  return typeof obj === "object" && obj !== null && Object.hasOwn(obj, key) ? (obj as Record<string, unknown>)[key] : undefined;
}

export function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

export function isForbiddenKey(key: string): boolean {
  return FORBIDDEN_KEYS.includes(key);
}

/** Cuts text to `max` characters (ending in "…") and escapes line breaks and other control characters. */
export function oneLine(text: string, max: number): string {
  // eslint-disable-next-line no-control-regex
  const s = (text.length > max ? text.slice(0, max) : text).replace(/[\u0000-\u001f\u2028\u2029]/g, (c) => JSON.stringify(c).slice(1, -1));
  return s.length > max || text.length > max ? s.slice(0, max - 1) + "…" : s;
}

/** A value as a short, one-line text: strings quoted, long values cut to 40 characters with "…", "missing" for undefined. */
export function showValue(value: unknown, max = MAX_VALUE): string {
  if (value === undefined) return "missing";
  const s = preview(value, max + 1, 0);
  return s.length > max ? s.slice(0, max - 1) + "…" : s;
}

// Writes at most about `budget` characters, so huge or deeply nested values cost little.
function preview(value: unknown, budget: number, depth: number): string {
  switch (typeof value) {
    case "string":
      // a cut string loses its closing quote; showValue then ends it with "…"
      return value.length > budget ? JSON.stringify(value.slice(0, budget)).slice(0, -1) : JSON.stringify(value);
    case "number":
      return Object.is(value, -0) ? "-0" : String(value);
    case "undefined":
      return "undefined";
    case "object": {
      if (value === null) return "null";
      if (depth > 8) return "…";
      const array = Array.isArray(value);
      let out = array ? "[" : "{";
      for (const key of array ? [] : Object.keys(value)) {
        if (out.length > budget) break;
        out += (out.length > 1 ? "," : "") + JSON.stringify(key.slice(0, budget)) + ":" + preview((value as Record<string, unknown>)[key], budget - out.length, depth + 1);
      }
      if (array) for (let i = 0; i < value.length && out.length <= budget; ++i)
        out += (i ? "," : "") + preview(value[i], budget - out.length, depth + 1);
      return out + (array ? "]" : "}");
    }
    default:
      return oneLine(String(value), budget);
  }
}

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * A number written in decimal, as in JSON ("2", "-0.5", "1e3"; surrounding
 * spaces allowed), else NaN: no hex, binary, "Infinity" or empty text, which
 * Number() would take. -0 is read as 0.
 */
export function parseDecimal(text: string): number {
  const t = text.trim();
  if (!DECIMAL.test(t)) return NaN;
  const n = Number(t);
  return n === 0 ? 0 : n;
}

/**
 * Parses JSON text from a file (a leading byte-order mark is dropped, as a
 * browser's fetch does). A syntax error becomes one line naming the file.
 */
export function parseJsonText(text: string, what: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (e) {
    throw new InputError(what, body.length > MAX_VALUE ? body.slice(0, MAX_VALUE) : body, `JSON text; this file is not valid JSON: ${oneLine((e as Error).message, 120)}`,
      {kind: "json", detail: oneLine((e as Error).message, 120)});
  }
}
