// Calibration files: which model and base scenario, the free parameters with
// their uniform prior ranges, the target figures (measure key, observed
// value, tolerance, and whether the figure is fitted or held out to be
// predicted), the ABC method and its settings, and the seed. Validation names
// a bad field with its value and what is allowed, in one line; only own keys
// are read.

import {InputError, isForbiddenKey, isPlainObject} from "../../input.ts";
import {PRESET_IDS} from "../../participation/presets.ts";
import {paramByKey} from "../../participation/parameters.ts";
import {MEASURE_KEYS} from "../../participation/measures.ts";
import {COLLECTIVE_PRESET_IDS} from "../../collective/presets.ts";
import {collectiveParamByKey} from "../../collective/parameters.ts";
import {FIGURE_KEYS_TEXT} from "../../collective/figures.ts";
import type {Schedule} from "./abc.ts";

export const ROLES = ["fit", "heldOut"] as const;
export type Role = (typeof ROLES)[number];
export const METHODS = ["smc", "rejection"] as const;

export interface CalibrationParameter {
  key: string;
  min: number;
  max: number;
}

export interface Target {
  measure: string;
  observed: number;
  tolerance: number;
  role: Role;
  /** Where the figure comes from (a source key such as "003:L1453"), or a note on how it is read. */
  source?: string;
}

export interface Calibration {
  id: string;
  description?: string;
  model: "collective" | "participation";
  scenario: string | object;
  base: Record<string, number | string | boolean>;
  parameters: CalibrationParameter[];
  targets: Target[];
  method: (typeof METHODS)[number];
  particles: number;
  schedule: Schedule;
  seed: string | number;
  maxSimulations: number;
}

export class CalibrationError extends InputError {
  constructor(field: string, value: unknown, allowed: string) {
    super(`calibration ${field}`, value, allowed);
    this.name = "CalibrationError";
  }
}

const TOP = ["$schema", "id", "description", "model", "scenario", "base", "parameters", "targets", "method", "particles",
  "generations", "quantile", "minEpsilon", "epsilons", "epsilon", "seed", "maxSimulations"] as const;
const own = (o: object, k: string) => Object.hasOwn(o, k);

function only(obj: Record<string, unknown>, field: string, keys: readonly string[]): void {
  for (const k of Object.keys(obj)) if (!keys.includes(k)) throw new CalibrationError(field ? `${field}.${k}` : k, obj[k], `no such field; fields: ${keys.join(", ")}`);
}

function int(obj: Record<string, unknown>, key: string, min: number, max: number, fallback?: number): number {
  const x = own(obj, key) ? obj[key] : fallback;
  if (typeof x !== "number" || !Number.isInteger(x) || x < min || x > max) throw new CalibrationError(key, x, `an integer in [${min}, ${max}]`);
  return x;
}

function num(obj: Record<string, unknown>, field: string, key: string, min: number, max: number, fallback?: number, open = false): number {
  const x = own(obj, key) ? obj[key] : fallback;
  const ok = typeof x === "number" && Number.isFinite(x) && (open ? x > min : x >= min) && x <= max;
  if (!ok) throw new CalibrationError(field ? `${field}.${key}` : key, x, `a number in ${open ? "(" : "["}${min}, ${max}]`);
  return x as number;
}

/** Validates a calibration file's parsed JSON (the model's keys and scenario are checked when it is built: model.ts). */
export function parseCalibration(input: unknown): Calibration {
  if (!isPlainObject(input)) throw new CalibrationError("(file)", input, "a JSON object");
  only(input, "", TOP);
  const id = input.id;
  if (typeof id !== "string" || !/^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/.test(id)) throw new CalibrationError("id", id, "letters, digits, '.', '_' and '-' (up to 80)");
  if (own(input, "description") && typeof input.description !== "string") throw new CalibrationError("description", input.description, "a string");
  const model = input.model;
  if (model !== "collective" && model !== "participation") throw new CalibrationError("model", model, "collective or participation");
  const presets = model === "collective" ? COLLECTIVE_PRESET_IDS : PRESET_IDS;
  const scenario = input.scenario;
  if (!((typeof scenario === "string" && presets.includes(scenario)) || isPlainObject(scenario)))
    throw new CalibrationError("scenario", scenario, `a ${model} preset id (${presets.join(", ")}) or a ${model} scenario object`);
  const declOf = model === "collective" ? collectiveParamByKey : paramByKey;
  const rawBase = own(input, "base") ? input.base : {};
  if (!isPlainObject(rawBase)) throw new CalibrationError("base", rawBase, "an object of parameter values by key");
  const base: Record<string, number | string | boolean> = {};
  for (const [k, v] of Object.entries(rawBase)) {
    if (isForbiddenKey(k) || !declOf(k)) throw new CalibrationError(`base.${k}`, v, `a declared ${model} parameter key`);
    if (!(typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v)))) throw new CalibrationError(`base.${k}`, v, "a number, string or boolean");
    base[k] = v;
  }
  const rawParams = input.parameters;
  if (!Array.isArray(rawParams) || rawParams.length === 0 || rawParams.length > 50) throw new CalibrationError("parameters", rawParams, "a list of 1 to 50 free parameters, each {key, min, max}");
  const parameters = rawParams.map((p, i): CalibrationParameter => {
    const field = `parameters[${i}]`;
    if (!isPlainObject(p)) throw new CalibrationError(field, p, "an object {key, min, max}: a uniform prior on [min, max]");
    only(p, field, ["key", "min", "max"]);
    const key = p.key, decl = typeof key === "string" && !isForbiddenKey(key) ? declOf(key) : undefined;
    if (!decl || (decl.type !== "number" && decl.type !== "integer")) throw new CalibrationError(`${field}.key`, key, `a declared numeric ${model} parameter key (see sim/${model}/parameters.ts)`);
    if (rawParams.findIndex((q) => isPlainObject(q) && q.key === key) !== i) throw new CalibrationError(`${field}.key`, key, "each parameter once");
    const min = num(p, field, "min", decl.min!, decl.max!);
    const max = num(p, field, "max", min, decl.max!, undefined, true);
    return {key: key as string, min, max};
  });
  for (const k of Object.keys(base)) if (parameters.some((p) => p.key === k)) throw new CalibrationError(`base.${k}`, base[k], "a key not also among the free parameters");
  const rawTargets = input.targets;
  if (!Array.isArray(rawTargets) || rawTargets.length === 0 || rawTargets.length > 200) throw new CalibrationError("targets", rawTargets, "a list of 1 to 200 targets, each {measure, observed, tolerance, role}");
  const targets = rawTargets.map((t, i): Target => {
    const field = `targets[${i}]`;
    if (!isPlainObject(t)) throw new CalibrationError(field, t, "an object {measure, observed, tolerance, role, source}");
    only(t, field, ["measure", "observed", "tolerance", "role", "source"]);
    const measure = t.measure;
    const known = typeof measure === "string" && !isForbiddenKey(measure) && (model === "participation" ? MEASURE_KEYS.includes(measure) : /^[A-Za-z0-9_.-]{1,200}$/.test(measure));
    if (!known) throw new CalibrationError(`${field}.measure`, measure, model === "participation" ? MEASURE_KEYS.join(", ") : FIGURE_KEYS_TEXT);
    if (rawTargets.findIndex((q) => isPlainObject(q) && q.measure === measure) !== i) throw new CalibrationError(`${field}.measure`, measure, "each measure once");
    const observed = num(t, field, "observed", -1e15, 1e15);
    const tolerance = num(t, field, "tolerance", 0, 1e15, undefined, true);
    const role = t.role;
    if (role !== "fit" && role !== "heldOut") throw new CalibrationError(`${field}.role`, role, ROLES.join(" or "));
    const target: Target = {measure: measure as string, observed, tolerance, role};
    if (own(t, "source")) {
      if (typeof t.source !== "string" || t.source.length > 400) throw new CalibrationError(`${field}.source`, t.source, "a string of up to 400 characters");
      target.source = t.source;
    }
    return target;
  });
  if (!targets.some((t) => t.role === "fit")) throw new CalibrationError("targets", "no fit target", "at least one target with role fit");
  const method = own(input, "method") ? input.method : "smc";
  if (method !== "smc" && method !== "rejection") throw new CalibrationError("method", method, METHODS.join(" or "));
  const particles = int(input, "particles", 2, 100_000);
  let schedule: Schedule;
  const smcOnly = ["generations", "quantile", "minEpsilon", "epsilons"];
  if (method === "rejection") {
    for (const k of smcOnly) if (own(input, k)) throw new CalibrationError(k, input[k], "nothing for method rejection (it takes epsilon)");
    schedule = {kind: "list", epsilons: [num(input, "", "epsilon", 0, 1e15)]};
  } else if (own(input, "epsilon")) {
    throw new CalibrationError("epsilon", input.epsilon, "nothing for method smc (it takes epsilons, or generations with quantile and minEpsilon)");
  } else if (own(input, "epsilons")) {
    for (const k of ["generations", "quantile", "minEpsilon"]) if (own(input, k)) throw new CalibrationError(k, input[k], "nothing beside epsilons (an explicit schedule)");
    const e = input.epsilons;
    if (!Array.isArray(e) || e.length === 0 || e.length > 100) throw new CalibrationError("epsilons", e, "a list of 1 to 100 decreasing numbers >= 0");
    e.forEach((x, j) => {
      if (typeof x !== "number" || !Number.isFinite(x) || x < 0 || (j > 0 && x >= e[j - 1])) throw new CalibrationError(`epsilons[${j}]`, x, `a number >= 0${j > 0 ? ` below ${e[j - 1]}` : ""}`);
    });
    schedule = {kind: "list", epsilons: e as number[]};
  } else {
    schedule = {kind: "quantile", generations: int(input, "generations", 1, 100), quantile: num(input, "", "quantile", 0, 1, 0.5, true), minEpsilon: num(input, "", "minEpsilon", 0, 1e15, 0)};
  }
  const seed = input.seed;
  if (!((typeof seed === "string" && seed.length > 0 && seed.length <= 200) || (typeof seed === "number" && Number.isFinite(seed)))) throw new CalibrationError("seed", seed, "a number or a non-empty string (up to 200 characters)");
  const maxSimulations = int(input, "maxSimulations", particles, 1e9, Math.max(particles, 1_000_000));
  const c: Calibration = {id, model, scenario: scenario as string | object, base, parameters, targets, method, particles, schedule, seed: seed as string | number, maxSimulations};
  if (typeof input.description === "string") c.description = input.description;
  return c;
}

/** JSON Schema of a calibration file (also published as data/calibration.schema.json). */
export const CALIBRATION_SCHEMA: object = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "calibration.schema.json",
  title: "garbage-can lab calibration",
  description: "Approximate Bayesian computation of free parameters against target figures (npx tsx sim/cli.ts calibrate <file> --out <dir>). Generated from sim/experiment/calibration/calibrationFile.ts; do not edit by hand.",
  type: "object",
  additionalProperties: false,
  required: ["id", "model", "scenario", "parameters", "targets", "particles", "seed"],
  properties: {
    $schema: {type: "string"},
    id: {type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$"},
    description: {type: "string"},
    model: {enum: ["collective", "participation"]},
    scenario: {description: "a preset id of the model, or a whole scenario (see scenario.schema.json, collective.schema.json)", oneOf: [{type: "string"}, {$ref: "scenario.schema.json"}, {$ref: "collective.schema.json"}]},
    base: {type: "object", description: "overrides of the base scenario by parameter key (inputs held fixed)", additionalProperties: {type: ["number", "string", "boolean"]}},
    parameters: {
      type: "array", minItems: 1, maxItems: 50, description: "the free parameters, each with a uniform prior on [min, max] within its declared range",
      items: {type: "object", additionalProperties: false, required: ["key", "min", "max"], properties: {key: {type: "string"}, min: {type: "number"}, max: {type: "number"}}}
    },
    targets: {
      type: "array", minItems: 1, maxItems: 200, description: "figures: fitted ones define the distance (the largest |simulated - observed| / tolerance), held-out ones are only predicted",
      items: {
        type: "object", additionalProperties: false, required: ["measure", "observed", "tolerance", "role"],
        properties: {
          measure: {type: "string", description: "participation: a measure key; collective: a measure key or a figure (listed, organisers, organisersCame, meetingTurnout, campaigns.<id>.<invited|signedUp|came|hours>, arenas.<id>.<meetings|turnout|staffPerMeeting>)"},
          observed: {type: "number"}, tolerance: {type: "number", exclusiveMinimum: 0},
          role: {enum: ["fit", "heldOut"]}, source: {type: "string", maxLength: 400}
        }
      }
    },
    method: {enum: ["smc", "rejection"], default: "smc"},
    particles: {type: "integer", minimum: 2, maximum: 100000},
    generations: {type: "integer", minimum: 1, maximum: 100, description: "smc: generations, each epsilon a quantile of the last generation's distances (the first from the prior)"},
    quantile: {type: "number", exclusiveMinimum: 0, maximum: 1, default: 0.5},
    minEpsilon: {type: "number", minimum: 0, default: 0, description: "smc: stop after the generation that reaches this epsilon"},
    epsilons: {type: "array", minItems: 1, maxItems: 100, items: {type: "number", minimum: 0}, description: "smc: an explicit decreasing schedule instead of generations"},
    epsilon: {type: "number", minimum: 0, description: "rejection: accept a draw from the prior when its distance is at most this"},
    seed: {type: ["string", "number"]},
    maxSimulations: {type: "integer", minimum: 2, description: "stop when the next generation would need more model runs in all (default 1000000)"}
  }
};
