// The fuzz corpus: bad inputs of every kind (test/fuzz/*.json), each of which
// must be refused with one clear line, and a few odd but legal ones that must
// be accepted. Long or deep inputs are written as {{repeat:S:N}} (S repeated N
// times) so the corpus stays small.
import {mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {expect} from "vitest";

export interface Case {
  /** Where the error must point: the message contains this text. */
  field?: string;
  /** A legal input: it must be accepted. */
  ok?: boolean;
  [key: string]: unknown;
}

export function corpus<C extends Case>(kind: string): {about: string; base?: unknown; cases: C[]} {
  return JSON.parse(readFileSync(new URL(`./${kind}.json`, import.meta.url), "utf8"));
}

/** Expands {{repeat:S:N}} (S may not contain ":" followed by digits and "}}"). */
export function expand(text: string): string {
  return text.replace(/\{\{repeat:(.*?):(\d+)\}\}/gs, (_, s: string, n: string) => s.repeat(Number(n)));
}

/** The text of a file case: a whole `text`, or `base` as JSON with the JSON text `json` set as an own key at `path`. */
export function caseText(c: Case, base: unknown): string {
  if (typeof c.text === "string") return expand(c.text);
  if (c.bom) return "\uFEFF" + JSON.stringify(base, null, 2);
  const copy = JSON.parse(JSON.stringify(base));
  const path = (c.path as string[]).map(expand);
  let node = copy;
  for (const part of path.slice(0, -1)) node = node[part];
  // defineProperty, so that "__proto__" becomes an own key as JSON.parse makes it
  Object.defineProperty(node, path[path.length - 1], {value: "\u0000PLACEHOLDER\u0000", enumerable: true, configurable: true, writable: true});
  return JSON.stringify(copy).replace('"\\u0000PLACEHOLDER\\u0000"', () => expand(c.json as string));
}

let dir: string | undefined;
let fileCount = 0;

/** Writes a case's text to a fresh temporary file (for the command line) and returns its path. */
export function caseFile(text: string): string {
  dir ??= mkdtempSync(join(tmpdir(), "gcl-fuzz-"));
  const file = join(dir, `case-${fileCount++}.json`);
  writeFileSync(file, text);
  return file;
}

/** A short name for a case in test titles. */
export function title(c: Case): string {
  const s = JSON.stringify(c.args ?? c.query ?? c.text ?? [c.path, c.json]);
  return (c.ok ? "accepts " : "") + (s.length > 90 ? s.slice(0, 89) + "…" : s);
}

/** The message of what `f` throws ("" when it does not throw, which expectClearError refuses). */
export function messageOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  return "";
}

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();

/** A clear error: one non-empty line that names the field, with no stack frames and no raw JavaScript error. */
export function expectClearError(message: string, field: string | undefined): void {
  const line = message.replace(/\n$/, "");
  expect(line.length).toBeGreaterThan(0);
  expect(line).not.toContain("\n");
  expect(line.length).toBeLessThan(1000);
  if (field !== undefined) expect(line).toContain(field);
  expect(line).not.toMatch(/^\s*at |\bat .*:\d+:\d+\)?$/m);
  expect(line).not.toMatch(/TypeError|RangeError|ReferenceError|is not a function|Cannot read propert|undefined is not|Maximum call stack/);
}

/** Object.prototype has no new properties (nothing was polluted). */
export function expectCleanPrototype(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_NAMES);
  expect(Object.getOwnPropertyNames(Object.prototype.toString)).not.toContain("rule");
  const probe: Record<string, unknown> = {};
  for (const k of ["rule", "x", "periods", "tieBreak", "id", "reps"]) expect(probe[k]).toBeUndefined();
}
