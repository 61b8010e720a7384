// A classic model file (`classic --config file.json`): a full ClassicConfig as
// plain data, validated in full before the engine sees it. Every error is one
// line naming the field (with its 1-based row and column, as the engine lists
// entities), the value and what is allowed; unknown fields are errors; only
// own keys are read. The sizes are those the command line allows.

import {InputError, isPlainObject, own, parseDecimal, parseJsonText} from "../input.ts";
import {COMPARISONS, TIE_BREAKS} from "../streams.ts";
import {ARITHMETICS, DEFAULT_RULES, DEFICIT_TIMINGS, type ClassicConfig} from "./engine.ts";

/** Largest sizes a config may have (the same bounds as the command-line size flags). */
export const CONFIG_LIMITS = {periods: 10000, choices: 10000, decisionMakers: 10000, problems: 100000} as const;
const MAX_LOAD = 1e6;
const MAX_ENERGY = 1e6;

const RULES: Record<"tieBreak" | "comparison" | "deficits" | "arithmetic", readonly string[]> = {
  tieBreak: TIE_BREAKS, comparison: COMPARISONS, deficits: DEFICIT_TIMINGS, arithmetic: ARITHMETICS
};
const REQUIRED = ["periods", "load", "solutionCoefficient", "energies", "access", "decision", "choiceEntry", "problemEntry"] as const;
/** The fields of a config file; the four rules are optional (default: the pinned readings). */
export const CONFIG_FIELDS: readonly string[] = [...REQUIRED, ...Object.keys(RULES)];

function hint(value: unknown): string {
  return typeof value === "string" && Number.isFinite(parseDecimal(value)) ? " written as a number, not a string" : "";
}

function num(value: unknown, field: string, min: number, max: number, integer: boolean, allowed: string): number {
  const ok = typeof value === "number" && Number.isFinite(value) && value >= min && value <= max && (!integer || Number.isInteger(value));
  if (!ok) throw new InputError(field, value, allowed + hint(value));
  return value === 0 ? 0 : (value as number); // -0 is read as 0
}

function list(value: unknown, field: string, min: number, max: number, what: string): unknown[] {
  if (!Array.isArray(value) || value.length < min || value.length > max)
    throw new InputError(field, value, `an array of ${min === max ? min : `${min} to ${max}`} ${what}${Array.isArray(value) ? `; got ${value.length}` : ""}`);
  return value;
}

function matrix(value: unknown, field: string, rows: number, cols: number, rowName: string): number[][] {
  const m = list(value, field, rows, rows, `rows (one per ${rowName}, as in ${rowName === "problem" ? "problemEntry" : "energies"})`);
  return m.map((row, i) => {
    const r = list(row, `${field}[${i + 1}]`, cols, cols, "entries (one per choice, as in choiceEntry)");
    return r.map((x, j) => {
      if (x !== 0 && x !== 1) throw new InputError(`${field}[${i + 1}][${j + 1}]`, x, "0 or 1");
      return x;
    });
  });
}

/** Validates a classic model (parsed JSON) and returns a clean copy. Throws InputError. */
export function parseClassicConfig(input: unknown): ClassicConfig {
  if (!isPlainObject(input)) throw new InputError("config", input, "a JSON object with the fields " + CONFIG_FIELDS.join(", "));
  for (const k of Object.keys(input)) if (!CONFIG_FIELDS.includes(k)) throw new InputError(k, input[k], `known fields: ${CONFIG_FIELDS.join(", ")}`, {kind: "knownFields", fields: CONFIG_FIELDS});
  for (const k of REQUIRED) if (own(input, k) === undefined) throw new InputError(k, undefined, "a required field of a classic config");
  const periods = num(own(input, "periods"), "periods", 1, CONFIG_LIMITS.periods, true, `an integer in [1, ${CONFIG_LIMITS.periods}]`);
  const load = num(own(input, "load"), "load", 0, MAX_LOAD, false, `a number in [0, ${MAX_LOAD}] (energy per problem)`);
  const solutionCoefficient = num(own(input, "solutionCoefficient"), "solutionCoefficient", Number.MIN_VALUE, 1, false, "a number above 0, at most 1");
  const energies = list(own(input, "energies"), "energies", 1, CONFIG_LIMITS.decisionMakers, "numbers (one per decision maker)")
    .map((e, k) => num(e, `energies[${k + 1}]`, 0, MAX_ENERGY, false, `a number in [0, ${MAX_ENERGY}]`));
  const entry = (name: "choiceEntry" | "problemEntry", min: number, max: number, what: string) =>
    list(own(input, name), name, min, max, `entry periods (one per ${what})`)
      .map((p, k) => num(p, `${name}[${k + 1}]`, 0, periods, true, `an integer in [0, ${periods}] (a period of the run; 0 = never enters)`));
  const choiceEntry = entry("choiceEntry", 1, CONFIG_LIMITS.choices, "choice");
  const problemEntry = entry("problemEntry", 0, CONFIG_LIMITS.problems, "problem");
  const access = matrix(own(input, "access"), "access", problemEntry.length, choiceEntry.length, "problem");
  const decision = matrix(own(input, "decision"), "decision", energies.length, choiceEntry.length, "decision maker");
  const rules = {...DEFAULT_RULES};
  for (const [k, allowed] of Object.entries(RULES) as [keyof typeof RULES, readonly string[]][]) {
    const v = own(input, k);
    if (v === undefined) continue;
    if (typeof v !== "string" || !allowed.includes(v)) throw new InputError(k, v, allowed.join(", "));
    (rules as Record<string, string>)[k] = v;
  }
  return {...rules, periods, load, solutionCoefficient, energies, access, decision, choiceEntry, problemEntry};
}

/** Reads a classic model file from its text (a leading byte-order mark is accepted). */
export function readClassicConfig(text: string, name = "config file"): ClassicConfig {
  return parseClassicConfig(parseJsonText(text, name));
}
