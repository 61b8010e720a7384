// Search files: which organisations to start from (presets or scenario
// objects), which levers a planner can pull (declared parameters, each with
// its values or a stepped range), what to maximise for the user and what to
// minimise as cost, replications, seed, and how to search. Validation names
// every bad field with its value and what is allowed, in one line; only own
// keys are read.

import {showValue} from "../../input.ts";
import {MEASURE_KEYS} from "../../participation/measures.ts";
import {PRESET_IDS, preset} from "../../participation/presets.ts";
import {getParameter, parseScenario, setParameter, type Scenario} from "../../participation/scenario.ts";

export type LeverValue = number | string | boolean;

export interface Lever {
  key: string;
  /** Every value the lever can take (a range is expanded to its steps). */
  values: LeverValue[];
}

export interface SearchSpec {
  id: string;
  description?: string;
  /** The organisations to start from, and their names (a preset id, or the scenario's id). */
  scenarios: Scenario[];
  names: string[];
  levers: Lever[];
  /** The measure to maximise (better for the user) and the cost to minimise. */
  maximise: string;
  minimise: string;
  replications: number;
  seed: string;
  /** Search every design when there are at most this many; otherwise NSGA-II with this population and generations. */
  exhaustiveUpTo: number;
  population: number;
  generations: number;
}

/** Most values one lever may take, most replications, most designs run (exhaustive, or population x generations). */
export const MAX_LEVER_VALUES = 1000;
export const MAX_REPLICATIONS = 10000;
export const MAX_EXHAUSTIVE = 100000;

export class SearchError extends Error {
  constructor(field: string, value: unknown, allowed: string) {
    super(`invalid search: ${field} = ${showValue(value)} (allowed: ${allowed})`);
    this.name = "SearchError";
  }
}

const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);
const isValue = (x: unknown): x is LeverValue => typeof x === "string" || typeof x === "boolean" || (typeof x === "number" && Number.isFinite(x));

function only(obj: Record<string, unknown>, field: string, keys: readonly string[]): void {
  for (const k of Object.keys(obj)) if (!keys.includes(k)) throw new SearchError(field ? `${field}.${k}` : k, obj[k], `no such field; fields: ${keys.join(", ")}`);
}

function int(obj: Record<string, unknown>, field: string, min: number, max: number, fallback?: number): number {
  const x = own(obj, field.split(".").at(-1)!) ? obj[field.split(".").at(-1)!] : fallback;
  if (typeof x !== "number" || !Number.isInteger(x) || x < min || x > max) throw new SearchError(field, x, `an integer in [${min}, ${max}]`);
  return x;
}

const TOP = ["$schema", "id", "description", "scenarios", "levers", "maximise", "minimise", "replications", "seed", "search"] as const;

function scenarioOf(ref: unknown, i: number): {scenario: Scenario; name: string} {
  const allowed = `a preset id (${PRESET_IDS.join(", ")}) or a scenario object`;
  if (typeof ref === "string") {
    if (!PRESET_IDS.includes(ref)) throw new SearchError(`scenarios[${i}]`, ref, allowed);
    return {scenario: preset(ref), name: ref};
  }
  if (!isObject(ref)) throw new SearchError(`scenarios[${i}]`, ref, allowed);
  try {
    const scenario = parseScenario(ref);
    return {scenario, name: scenario.id};
  } catch (e) {
    throw new SearchError(`scenarios[${i}]`, "(object)", `a valid scenario: ${(e as Error).message}`);
  }
}

/** The values of a stepped range min, min + step, ..., max (rounded to the step's decimals: no float noise). */
function stepped(x: Record<string, unknown>, field: string): number[] {
  for (const k of ["min", "max", "step"]) if (typeof x[k] !== "number" || !Number.isFinite(x[k] as number)) throw new SearchError(`${field}.${k}`, x[k], "a finite number (a range needs min, max and step)");
  const min = x.min as number, max = x.max as number, step = x.step as number;
  if (!(step > 0)) throw new SearchError(`${field}.step`, step, "a number above 0");
  if (!(max >= min)) throw new SearchError(`${field}.max`, max, `a number at least min (${min})`);
  const count = Math.floor((max - min) / step + 1e-9) + 1;
  if (count > MAX_LEVER_VALUES) throw new SearchError(`${field}.step`, step, `a step giving at most ${MAX_LEVER_VALUES} values from min to max`);
  // an integer over a power of ten is the nearest double of the decimal: 0.1 steps give 0.3, not 0.30000000000000004
  const scale = 10 ** Math.min(12, Math.max(0, -Math.floor(Math.log10(step)) + 3));
  return Array.from({length: count}, (_, i) => Math.round((min + i * step) * scale) / scale);
}

function lever(x: unknown, i: number, scenarios: readonly Scenario[]): Lever {
  const field = `levers[${i}]`;
  if (!isObject(x)) throw new SearchError(field, x, "an object with a key and values, or a key with min, max and step");
  only(x, field, ["key", "values", "min", "max", "step"]);
  const key = x.key;
  if (typeof key !== "string" || key === "") throw new SearchError(`${field}.key`, key, "a declared parameter key, e.g. arenas.rg.interval");
  let values: LeverValue[];
  if (own(x, "values")) {
    if (own(x, "min") || own(x, "max") || own(x, "step")) throw new SearchError(field, "(values and a range)", "either values or min, max and step");
    if (!Array.isArray(x.values) || x.values.length === 0 || x.values.length > MAX_LEVER_VALUES) throw new SearchError(`${field}.values`, x.values, `a list of 1 to ${MAX_LEVER_VALUES} values`);
    values = x.values.map((v, j) => {
      if (!isValue(v)) throw new SearchError(`${field}.values[${j}]`, v, "a number, string or boolean");
      return v;
    });
    if (new Set(values.map((v) => JSON.stringify(v))).size !== values.length) throw new SearchError(`${field}.values`, x.values, "distinct values");
  } else values = stepped(x, field);
  // Each value must be valid in every organisation that has the lever, and some organisation must have it.
  let used = false;
  for (const s of scenarios) {
    if (getParameter(s, key) === undefined) continue;
    used = true;
    values.forEach((v, j) => {
      try { setParameter(s, key, v); } catch (e) { throw new SearchError(`${field}.values[${j}]`, v, (e as Error).message.replace(/^invalid [^(]*\(allowed: /, "").replace(/\)$/, "")); }
    });
  }
  if (!used) {
    try { setParameter(scenarios[0], key, values[0]); } catch (e) { throw new SearchError(`${field}.key`, key, (e as Error).message.replace(/^invalid [^(]*\(allowed: /, "").replace(/\)$/, "")); }
    throw new SearchError(`${field}.key`, key, "a parameter of at least one of the scenarios");
  }
  return {key, values};
}

function measureOf(x: Record<string, unknown>, field: string, fallback: string): string {
  const m = own(x, field) ? x[field] : fallback;
  if (typeof m !== "string" || !MEASURE_KEYS.includes(m)) throw new SearchError(field, m, `a measure key (${MEASURE_KEYS.join(", ")})`);
  return m;
}

/** The number of designs: organisations times every lever's values. */
export function spaceSize(spec: Pick<SearchSpec, "scenarios" | "levers">): number {
  return spec.levers.reduce((n, l) => n * l.values.length, spec.scenarios.length);
}

export function parseSearch(input: unknown): SearchSpec {
  if (!isObject(input)) throw new SearchError("(file)", input, "a JSON object (see data/search.schema.json)");
  only(input, "", TOP);
  const id = input.id;
  if (typeof id !== "string" || !/^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/.test(id)) throw new SearchError("id", id, "1-80 letters, digits, '.', '_' or '-', starting with a letter or digit");
  const description = input.description;
  if (description !== undefined && typeof description !== "string") throw new SearchError("description", description, "a string");
  const refs = input.scenarios;
  if (!Array.isArray(refs) || refs.length === 0 || refs.length > 100) throw new SearchError("scenarios", refs, "a list of 1 to 100 preset ids or scenario objects");
  const parsed = refs.map(scenarioOf);
  const names = parsed.map((p, i) => (parsed.findIndex((q) => q.name === p.name) === i ? p.name : `${p.name}#${i + 1}`));
  const scenarios = parsed.map((p) => p.scenario);
  if (!Array.isArray(input.levers) || input.levers.length > 50) throw new SearchError("levers", input.levers, "a list of up to 50 levers");
  const levers = input.levers.map((l, i) => lever(l, i, scenarios));
  const seen = new Set<string>();
  levers.forEach((l, i) => {
    if (seen.has(l.key)) throw new SearchError(`levers[${i}].key`, l.key, "a key not already listed");
    seen.add(l.key);
  });
  const maximise = measureOf(input, "maximise", "influence"), minimise = measureOf(input, "minimise", "staffHoursPerCase");
  if (maximise === minimise) throw new SearchError("minimise", minimise, "a measure other than the one maximised");
  const replications = int(input, "replications", 2, MAX_REPLICATIONS, 20);
  const seed = own(input, "seed") ? input.seed : "1";
  if (!(typeof seed === "string" && seed !== "") && !(typeof seed === "number" && Number.isFinite(seed))) throw new SearchError("seed", seed, "a non-empty string or a number");
  const search = own(input, "search") ? input.search : {};
  if (!isObject(search)) throw new SearchError("search", search, "an object with exhaustiveUpTo, population and generations");
  only(search, "search", ["exhaustiveUpTo", "population", "generations"]);
  const exhaustiveUpTo = int(search, "search.exhaustiveUpTo", 0, MAX_EXHAUSTIVE, 500);
  const population = int(search, "search.population", 4, 1000, 40);
  const generations = int(search, "search.generations", 1, 10000, 30);
  // Every design run is kept (with its estimates) to find the front: their number is bounded up front.
  if (population * generations > MAX_EXHAUSTIVE) throw new SearchError("search.generations", generations, `at most ${Math.floor(MAX_EXHAUSTIVE / population)} with population ${population} (population x generations at most ${MAX_EXHAUSTIVE})`);
  const spec: SearchSpec = {id, description, scenarios, names, levers, maximise, minimise, replications, seed: String(seed), exhaustiveUpTo, population, generations};
  if (spaceSize(spec) <= 1) throw new SearchError("levers", "(one design)", "levers and scenarios giving at least two designs");
  return spec;
}

const value = {oneOf: [{type: "number"}, {type: "string"}, {type: "boolean"}]};

/** JSON Schema of a search file (also in data/search.schema.json). */
export const SEARCH_SCHEMA: object = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "search.schema.json",
  title: "garbage-can lab design search",
  description: "A search over organisational levers for the Pareto front of what the user gains against what it costs (npx tsx sim/cli.ts search <file>).",
  type: "object",
  additionalProperties: false,
  required: ["id", "scenarios", "levers"],
  properties: {
    $schema: {type: "string"},
    id: {type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$"},
    description: {type: "string"},
    scenarios: {
      type: "array", minItems: 1, maxItems: 100, description: "the organisations to start from: preset ids or whole scenarios (see scenario.schema.json); which one is itself a lever",
      items: {oneOf: [{type: "string"}, {$ref: "scenario.schema.json"}]}
    },
    levers: {
      type: "array", maxItems: 50, description: "declared parameters a planner can set, each with its values or a stepped range; set in every scenario that has it",
      items: {
        oneOf: [
          {type: "object", additionalProperties: false, required: ["key", "values"], properties: {key: {type: "string"}, values: {type: "array", minItems: 1, maxItems: MAX_LEVER_VALUES, uniqueItems: true, items: value}}},
          {type: "object", additionalProperties: false, required: ["key", "min", "max", "step"], properties: {key: {type: "string"}, min: {type: "number"}, max: {type: "number"}, step: {type: "number", exclusiveMinimum: 0}}}
        ]
      }
    },
    maximise: {type: "string", enum: [...MEASURE_KEYS], default: "influence", description: "the measure to maximise"},
    minimise: {type: "string", enum: [...MEASURE_KEYS], default: "staffHoursPerCase", description: "the cost to minimise"},
    replications: {type: "integer", minimum: 2, maximum: MAX_REPLICATIONS, default: 20, description: "replications per design, on common random numbers (replication r has the same seed in every design)"},
    seed: {oneOf: [{type: "string", minLength: 1}, {type: "number"}], default: "1"},
    search: {
      type: "object", additionalProperties: false,
      properties: {
        exhaustiveUpTo: {type: "integer", minimum: 0, maximum: MAX_EXHAUSTIVE, default: 500, description: "run every design when there are at most this many"},
        population: {type: "integer", minimum: 4, maximum: 1000, default: 40, description: "NSGA-II population"},
        generations: {type: "integer", minimum: 1, maximum: 10000, default: 30, description: "NSGA-II generations"}
      }
    }
  }
};
