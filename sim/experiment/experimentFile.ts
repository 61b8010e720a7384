// Experiment files: what to run (model, base scenario and its overrides), what
// to vary (values, or a range with a scale), the design, replications, base
// seed and the measures to keep. Validation names every bad field with its
// value and what is allowed, in one line; only own keys are read.

import {preset, PRESET_IDS} from "../participation/presets.ts";
import {parseScenario, setParameter, type Scenario} from "../participation/scenario.ts";
import {designSize, DESIGN_TYPES, makeDesign, type DesignSpec} from "./design/build.ts";
import type {Factor, Value} from "./design/factors.ts";
import {allPoints, pointKey, type Design, type DesignPoint} from "./design/point.ts";
import {classicAdapter, collectiveAdapter, jsonTypeCheck, participationAdapter, seedOf, type ModelAdapter} from "./runPoint.ts";
import {paramByKey} from "../participation/parameters.ts";
import {collectiveParamByKey} from "../collective/parameters.ts";
import {COLLECTIVE_PRESET_IDS, collectivePreset} from "../collective/presets.ts";
import {parseCollective, setCollectiveParameter, type CollectiveScenario} from "../collective/scenario.ts";
import {FORBIDDEN_KEYS, isForbiddenKey, showValue} from "../input.ts";
import {SHARED_KEY} from "../seeds.ts";
import {SALTELLI_BASES, SALTELLI_SOBOL_MAX_FACTORS, type SaltelliBase} from "./design/saltelli.ts";
import {SOBOL_MAX_DIMENSION} from "./design/sobolSequence.ts";

export interface ParameterSpec {
  key: string;
  values?: Value[];
  min?: number;
  max?: number;
  scale?: "linear" | "log";
  levels?: number;
}

export interface Experiment {
  id: string;
  description?: string;
  model: "classic" | "participation" | "collective";
  /** Participation: a preset id or a whole scenario object. */
  scenario?: string | object;
  /** Overrides of the base scenario (classic: CLASSIC_FACTORS keys; participation: dotted parameter keys). */
  base: Record<string, Value>;
  parameters: ParameterSpec[];
  design: DesignSpec;
  replications: number;
  seed: string | number;
  /**
   * Common random numbers: replication r of every design point runs on the
   * same seed ("<seed>/<r>"), instead of a seed of its own per point.
   */
  commonRandomNumbers?: boolean;
  measures: string[];
}

/** The dummy parameter's key (no model declares it). */
export const DUMMY_KEY = "dummy";

/**
 * A sampled design holds a table of numbers in memory (a Latin hypercube 8
 * bytes per point and factor; points are made from it by index): designs of
 * more points than this are refused up front.
 */
export const MAX_POINTS = 5_000_000;
/** Runs (points x replications) beyond this are refused: they cannot finish on any machine we know of. */
export const MAX_RUNS = 1e10;

export class ExperimentError extends Error {
  constructor(field: string, value: unknown, allowed: string) {
    super(`invalid experiment: ${field} = ${showValue(value)} (allowed: ${allowed})`);
    this.name = "ExperimentError";
  }
}

const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);
const isValue = (x: unknown): x is Value => typeof x === "string" || typeof x === "boolean" || (typeof x === "number" && Number.isFinite(x));

function only(obj: Record<string, unknown>, field: string, keys: readonly string[]): void {
  for (const k of Object.keys(obj)) if (!keys.includes(k)) throw new ExperimentError(field ? `${field}.${k}` : k, obj[k], `no such field; fields: ${keys.join(", ")}`);
}

function int(obj: Record<string, unknown>, field: string, key: string, min: number, max: number, fallback?: number): number {
  const x = own(obj, key) ? obj[key] : fallback;
  if (typeof x !== "number" || !Number.isInteger(x) || x < min || x > max) throw new ExperimentError(field ? `${field}.${key}` : key, x, `an integer in [${min}, ${max}]`);
  return x;
}

const TOP = ["$schema", "id", "description", "model", "scenario", "base", "parameters", "design", "replications", "seed", "commonRandomNumbers", "measures"] as const;

function bool(obj: Record<string, unknown>, field: string, key: string, fallback: boolean): boolean {
  const x = own(obj, key) ? obj[key] : fallback;
  if (typeof x !== "boolean") throw new ExperimentError(`${field}.${key}`, x, "true or false");
  return x;
}

/**
 * `k` counts the varied parameters; sensitivity designs add the dummy
 * parameter by default (`dummyDefault`: not under common random numbers,
 * where it could only show 0).
 */
function parseDesign(x: unknown, k: number, dummyDefault: boolean): DesignSpec {
  if (!isObject(x)) throw new ExperimentError("design", x, `an object with a type: ${DESIGN_TYPES.join(", ")}`);
  const type = x.type;
  switch (type) {
    case "factorial":
    case "oat":
      only(x, "design", ["type"]);
      return {type};
    case "lhs":
      only(x, "design", ["type", "n"]);
      return {type, n: int(x, "design", "n", 2, MAX_POINTS)};
    case "saltelli": {
      only(x, "design", ["type", "n", "secondOrder", "base", "dummy"]);
      const secondOrder = bool(x, "design", "secondOrder", false);
      const dummy = bool(x, "design", "dummy", dummyDefault);
      const base = own(x, "base") ? x.base : "sobol";
      if (!SALTELLI_BASES.includes(base as SaltelliBase)) throw new ExperimentError("design.base", base, SALTELLI_BASES.join(", "));
      const factors = k + (dummy ? 1 : 0);
      if (base === "sobol" && factors > SALTELLI_SOBOL_MAX_FACTORS) throw new ExperimentError("design.base", base, `lhs or random for more than ${SALTELLI_SOBOL_MAX_FACTORS} parameters (the dummy included): the Sobol' sequence here has ${SOBOL_MAX_DIMENSION} dimensions, two per parameter`);
      return {type, n: int(x, "design", "n", 2, Math.floor(MAX_POINTS / (factors + 2))), secondOrder, base: base as SaltelliBase, dummy};
    }
    case "morris": {
      only(x, "design", ["type", "r", "levels", "dummy"]);
      const levels = int(x, "design", "levels", 2, 1000, 4);
      if (levels % 2) throw new ExperimentError("design.levels", levels, "an even integer in [2, 1000]");
      const dummy = bool(x, "design", "dummy", dummyDefault);
      return {type, r: int(x, "design", "r", 2, Math.floor(MAX_POINTS / (k + (dummy ? 2 : 1)))), levels, dummy};
    }
    default:
      throw new ExperimentError("design.type", type, DESIGN_TYPES.join(", "));
  }
}

/** The base scenario of a collective experiment (a collective preset id or scenario object), overrides applied. */
function collectiveBaseScenario(x: Record<string, unknown>, base: Record<string, Value>): CollectiveScenario {
  const ref = x.scenario;
  const allowed = `a collective preset id (${COLLECTIVE_PRESET_IDS.join(", ")}) or a collective scenario object`;
  let s: CollectiveScenario;
  if (typeof ref === "string") {
    if (!COLLECTIVE_PRESET_IDS.includes(ref)) throw new ExperimentError("scenario", ref, allowed);
    s = collectivePreset(ref);
  } else if (isObject(ref)) {
    try {
      s = parseCollective(ref);
    } catch (e) {
      throw new ExperimentError("scenario", "(object)", `a valid collective scenario: ${(e as Error).message}`);
    }
  } else throw new ExperimentError("scenario", ref, allowed);
  for (const [key, value] of Object.entries(base)) {
    const d = collectiveParamByKey(key), wrongType = d && jsonTypeCheck(d, value);
    if (wrongType) throw new ExperimentError(`base.${key}`, value, wrongType);
    try {
      s = setCollectiveParameter(s, key, value);
    } catch (e) {
      throw new ExperimentError(`base.${key}`, value, (e as Error).message);
    }
  }
  return s;
}

/** The base scenario of a participation experiment, overrides applied. */
function baseScenario(x: Record<string, unknown>, base: Record<string, Value>): Scenario {
  const ref = x.scenario;
  let s: Scenario;
  if (typeof ref === "string") {
    if (!PRESET_IDS.includes(ref)) throw new ExperimentError("scenario", ref, `a preset id (${PRESET_IDS.join(", ")}) or a scenario object`);
    s = preset(ref);
  } else if (isObject(ref)) {
    try {
      s = parseScenario(ref);
    } catch (e) {
      throw new ExperimentError("scenario", "(object)", `a valid scenario: ${(e as Error).message}`);
    }
  } else throw new ExperimentError("scenario", ref, `a preset id (${PRESET_IDS.join(", ")}) or a scenario object`);
  for (const [key, value] of Object.entries(base)) {
    const d = paramByKey(key), wrongType = d && jsonTypeCheck(d, value);
    if (wrongType) throw new ExperimentError(`base.${key}`, value, wrongType);
    try {
      s = setParameter(s, key, value);
    } catch (e) {
      throw new ExperimentError(`base.${key}`, value, (e as Error).message);
    }
  }
  return s;
}

function parseParameter(x: unknown, i: number, adapter: ModelAdapter, design: unknown): ParameterSpec {
  const field = `parameters[${i}]`;
  if (!isObject(x)) throw new ExperimentError(field, x, "an object with a key and values, or a key and a range (min, max, scale)");
  only(x, field, ["key", "values", "min", "max", "scale", "levels"]);
  const key = x.key;
  const decl = typeof key === "string" ? adapter.decl(key) : undefined;
  if (!decl) throw new ExperimentError(`${field}.key`, key, adapter.keysText);
  const spec: ParameterSpec = {key: key as string};
  if (own(x, "values")) {
    const values = x.values;
    if (!Array.isArray(values) || values.length === 0) throw new ExperimentError(`${field}.values`, values, "a non-empty list of values");
    values.forEach((v, j) => {
      const why = isValue(v) ? adapter.check(spec.key, v) : "a number, string or boolean";
      if (why) throw new ExperimentError(`${field}.values[${j}]`, v, why);
      if (values.indexOf(v) !== j) throw new ExperimentError(`${field}.values[${j}]`, v, "each value once");
    });
    if (own(x, "min") || own(x, "max") || own(x, "scale") || own(x, "levels")) throw new ExperimentError(field, "values and a range", "either values or a range (min, max, scale, levels)");
    spec.values = values as Value[];
    return spec;
  }
  if (decl.type === "enum" || decl.type === "boolean") {
    if (decl.type === "enum" && (decl as {ref?: string}).ref) throw new ExperimentError(`${field}.values`, undefined, `a list of values (${spec.key} may name ids of the scenario)`);
    if (own(x, "min") || own(x, "max") || own(x, "scale") || own(x, "levels")) throw new ExperimentError(field, "a range", `values (${spec.key} is not numeric)`);
    spec.values = decl.type === "boolean" ? [false, true] : [...decl.values!];
    return spec;
  }
  const min = own(x, "min") ? x.min : decl.min, max = own(x, "max") ? x.max : decl.max;
  const inRange = (v: unknown) => typeof v === "number" && Number.isFinite(v) && v >= decl.min! && v <= decl.max!;
  if (!inRange(min)) throw new ExperimentError(`${field}.min`, min, `a number in [${decl.min}, ${decl.max}]`);
  if (!inRange(max) || (max as number) <= (min as number)) throw new ExperimentError(`${field}.max`, max, `a number in (${min}, ${decl.max}]`);
  const scale = own(x, "scale") ? x.scale : "linear";
  if (scale !== "linear" && scale !== "log") throw new ExperimentError(`${field}.scale`, scale, "linear or log");
  if (scale === "log" && (min as number) <= 0) throw new ExperimentError(`${field}.min`, min, "a number > 0 on a log scale");
  Object.assign(spec, {min, max, scale});
  const type = isObject(design) ? design.type : undefined;
  if (own(x, "levels") || type === "factorial" || type === "oat") spec.levels = int(x, field, "levels", 2, 100000);
  return spec;
}

/** The first key anywhere in a JSON value that would reach an object's prototype (as JSON.parse keeps it: an own key), with its path. */
function forbiddenKeyPath(x: unknown, path: string, depth = 0): {path: string; value: unknown} | undefined {
  if (typeof x !== "object" || x === null || depth > 64) return undefined;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; ++i) {
      const found = forbiddenKeyPath(x[i], `${path}[${i}]`, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  for (const k of Object.keys(x)) {
    const at = path ? `${path}.${k}` : k;
    const v = (x as Record<string, unknown>)[k];
    if (isForbiddenKey(k)) return {path: at, value: v};
    const found = forbiddenKeyPath(v, at, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** Validates an experiment file's parsed JSON. */
export function parseExperiment(input: unknown): Experiment {
  if (!isObject(input)) throw new ExperimentError("(file)", input, "a JSON object");
  const forbidden = forbiddenKeyPath(input, "");
  if (forbidden) throw new ExperimentError(forbidden.path, forbidden.value, `no such field; ${FORBIDDEN_KEYS.join(", ")} are never keys`);
  only(input, "", TOP);
  const id = input.id;
  if (typeof id !== "string" || !/^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/.test(id)) throw new ExperimentError("id", id, "letters, digits, '.', '_' and '-' (up to 80)");
  if (own(input, "description") && typeof input.description !== "string") throw new ExperimentError("description", input.description, "a string");
  const model = input.model;
  if (model !== "classic" && model !== "participation" && model !== "collective") throw new ExperimentError("model", model, "classic, participation or collective");
  const rawBase = own(input, "base") ? input.base : {};
  if (!isObject(rawBase)) throw new ExperimentError("base", rawBase, "an object of parameter values by key");
  const base: Record<string, Value> = {};
  for (const [k, v] of Object.entries(rawBase)) {
    if (!isValue(v)) throw new ExperimentError(`base.${k}`, v, "a number, string or boolean");
    base[k] = v;
  }
  let adapter: ModelAdapter;
  if (model === "classic") {
    if (own(input, "scenario")) throw new ExperimentError("scenario", input.scenario, "nothing for the classic model");
    const probe = classicAdapter();
    for (const [k, v] of Object.entries(base)) {
      if (!probe.decl(k)) throw new ExperimentError(`base.${k}`, v, `no such classic parameter; keys: ${probe.keysText}`);
      const why = probe.check(k, v);
      if (why) throw new ExperimentError(`base.${k}`, v, why);
    }
    adapter = classicAdapter(base);
  } else adapter = model === "collective" ? collectiveAdapter(collectiveBaseScenario(input, base)) : participationAdapter(baseScenario(input, base));
  const rawParams = input.parameters;
  if (!Array.isArray(rawParams) || rawParams.length === 0) throw new ExperimentError("parameters", rawParams, "a non-empty list of parameters to vary");
  const parameters = rawParams.map((p, i) => parseParameter(p, i, adapter, input.design));
  parameters.forEach((p, i) => {
    if (parameters.findIndex((q) => q.key === p.key) !== i) throw new ExperimentError(`parameters[${i}].key`, p.key, "each parameter once");
  });
  const commonRandomNumbers = own(input, "commonRandomNumbers") ? input.commonRandomNumbers : false;
  if (typeof commonRandomNumbers !== "boolean") throw new ExperimentError("commonRandomNumbers", commonRandomNumbers, "true or false");
  const design = parseDesign(input.design, parameters.length, !commonRandomNumbers);
  const replications = int(input, "", "replications", 1, 1_000_000_000);
  const seed = own(input, "seed") ? input.seed : undefined;
  if (!((typeof seed === "string" && seed.length > 0 && seed.length <= 200) || (typeof seed === "number" && Number.isFinite(seed)))) throw new ExperimentError("seed", seed, "a number or a non-empty string (up to 200 characters)");
  const rawMeasures = own(input, "measures") ? input.measures : [...adapter.measures];
  if (!Array.isArray(rawMeasures) || rawMeasures.length === 0) throw new ExperimentError("measures", rawMeasures, `a non-empty list of: ${adapter.measures.join(", ")}`);
  rawMeasures.forEach((m, j) => {
    if (typeof m !== "string" || !adapter.measures.includes(m)) throw new ExperimentError(`measures[${j}]`, m, adapter.measures.join(", "));
    if (rawMeasures.indexOf(m) !== j) throw new ExperimentError(`measures[${j}]`, m, "each measure once");
  });
  const e: Experiment = {id, model, base, parameters, design, replications, seed: seed as string | number, measures: rawMeasures as string[]};
  if (typeof input.description === "string") e.description = input.description;
  if (commonRandomNumbers) e.commonRandomNumbers = true;
  if (model !== "classic") e.scenario = input.scenario as string | object;
  const points = designSize(design, factorsOf(e, adapter));
  if (points > MAX_POINTS) throw new ExperimentError("design", design, `at most ${MAX_POINTS} design points (this one has ${points}): a design's table of numbers is held in memory`);
  if (points * replications > MAX_RUNS) throw new ExperimentError("replications", replications, `at most ${MAX_RUNS} runs in all (points x replications)`);
  return e;
}

/** The varied parameters as factors, and the dummy last when the design has one (a number in [0, 1] the model never reads). */
function factorsOf(e: Experiment, adapter: ModelAdapter): Factor[] {
  const factors: Factor[] = e.parameters.map((p) => {
    const decl = adapter.decl(p.key)!;
    return {...p, integer: decl.type === "integer"};
  });
  if ((e.design.type === "saltelli" || e.design.type === "morris") && e.design.dummy) factors.push({key: DUMMY_KEY, min: 0, max: 1, scale: "linear", dummy: true});
  return factors;
}

/**
 * A validated experiment, ready to run points: its model, factors and column
 * names, without its design (a sweep's workers are given their points).
 */
export interface Setup {
  experiment: Experiment;
  adapter: ModelAdapter;
  factors: Factor[];
  /** The columns of every row, in order. */
  columns: string[];
}

/** A set-up experiment with its design. */
export interface Plan extends Setup {
  /** The design: points made by index, so a large design is never held as objects (the command line reads it so). */
  design: Design;
  /** Every point, made at the first read and then kept: for small designs (tests, notebooks). */
  readonly points: DesignPoint[];
}

/** Validates an experiment and sets up its model and factors, without planning its design. */
export function setUpExperiment(input: unknown): Setup {
  const experiment = parseExperiment(input);
  const x = experiment as unknown as Record<string, unknown>;
  const adapter = experiment.model === "classic" ? classicAdapter(experiment.base)
    : experiment.model === "collective" ? collectiveAdapter(collectiveBaseScenario(x, experiment.base)) : participationAdapter(baseScenario(x, experiment.base));
  const factors = factorsOf(experiment, adapter);
  const columns = ["point", ...factors.map((f) => f.key), "replication", "seed", ...experiment.measures];
  return {experiment, adapter, factors, columns};
}

export function planExperiment(input: unknown): Plan {
  const setup = setUpExperiment(input);
  const base: Record<string, Value> = {};
  for (const f of setup.factors) base[f.key] = f.dummy ? 0 : setup.adapter.base(f.key);
  const design = makeDesign(setup.experiment.design, setup.factors, base, setup.experiment.seed);
  let points: DesignPoint[] | undefined;
  return {...setup, design, get points() { return (points ??= allPoints(design)); }};
}

/**
 * The key a point's runs are seeded with (seedOf): the point's values, or
 * one key shared by every point under common random numbers. The dummy is
 * part of the key: its points get seeds of their own, as a real parameter's do.
 */
export function seedKey(plan: Setup, values: Record<string, Value>): string {
  return plan.experiment.commonRandomNumbers ? SHARED_KEY : pointKey(plan.factors, values);
}

/** One tidy row: point id, every varied parameter by key, replication, seed and the kept measures (NaN = missing). */
export type Row = Record<string, Value>;

/** Runs replications [from, to) of one design point, calling `onRow` for each. */
export function runPointRows(plan: Setup, point: DesignPoint, from: number, to: number, onRow: (row: Row) => void): void {
  runPointRuns(plan, point, from, to, (r, seed, measures) => {
    const row: Row = {point: point.id};
    for (const f of plan.factors) row[f.key] = point.values[f.key];
    row.replication = r;
    row.seed = seed;
    for (const m of plan.experiment.measures) row[m] = measures[m];
    onRow(row);
  });
}

/**
 * Runs replications [from, to) of one design point, calling `onRun` with each
 * run's replication, seed and measures: the rows' parts without a row object
 * (the sweep's workers write them straight into column buffers).
 */
export function runPointRuns(plan: Setup, point: DesignPoint, from: number, to: number, onRun: (replication: number, seed: string, measures: Record<string, number>) => void): void {
  const values: Record<string, Value> = {};
  for (const f of plan.factors) if (!f.dummy) values[f.key] = point.values[f.key];
  const prepared = plan.adapter.prepare(values);
  const key = seedKey(plan, point.values);
  for (let r = from; r < to; ++r) {
    const seed = seedOf(plan.experiment.seed, key, r);
    onRun(r, seed, prepared.run(seed));
  }
}

const value = {type: ["number", "string", "boolean"]};

/** JSON Schema of an experiment file (also published as data/experiment.schema.json). */
export const EXPERIMENT_SCHEMA: object = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "experiment.schema.json",
  title: "garbage-can lab experiment",
  type: "object",
  additionalProperties: false,
  required: ["id", "model", "parameters", "design", "replications", "seed"],
  properties: {
    $schema: {type: "string"},
    id: {type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$"},
    description: {type: "string"},
    model: {enum: ["classic", "participation", "collective"]},
    scenario: {description: "participation: a preset id or a whole scenario (see scenario.schema.json); collective: a collective preset id or a whole collective scenario (see collective.schema.json)", oneOf: [{type: "string"}, {$ref: "scenario.schema.json"}, {$ref: "collective.schema.json"}]},
    base: {type: "object", description: "overrides of the base scenario by parameter key", additionalProperties: value},
    parameters: {
      type: "array", minItems: 1, description: "the parameters to vary",
      items: {
        type: "object", additionalProperties: false, required: ["key"],
        properties: {
          key: {type: "string"},
          values: {type: "array", minItems: 1, uniqueItems: true, items: value},
          min: {type: "number"}, max: {type: "number"},
          scale: {enum: ["linear", "log"]},
          levels: {type: "integer", minimum: 2, description: "evenly spaced values of a range (factorial and oat designs)"}
        }
      }
    },
    design: {
      oneOf: [
        {type: "object", additionalProperties: false, required: ["type"], properties: {type: {const: "factorial"}}},
        {type: "object", additionalProperties: false, required: ["type"], properties: {type: {const: "oat"}}},
        {type: "object", additionalProperties: false, required: ["type", "n"], properties: {type: {const: "lhs"}, n: {type: "integer", minimum: 2}}},
        {type: "object", additionalProperties: false, required: ["type", "n"], properties: {
          type: {const: "saltelli"}, n: {type: "integer", minimum: 2, description: "base samples (a power of two suits the Sobol' sequence)"}, secondOrder: {type: "boolean"},
          base: {enum: [...SALTELLI_BASES], default: "sobol", description: "base sample: the unscrambled Sobol' sequence (bootstrap intervals conservative), a Latin hypercube or plain Monte Carlo draws from the seed"},
          dummy: {type: "boolean", description: "add a dummy parameter the model never reads, as the noise floor of the indices (default: true, false under common random numbers)"}
        }},
        {type: "object", additionalProperties: false, required: ["type", "r"], properties: {
          type: {const: "morris"}, r: {type: "integer", minimum: 2}, levels: {type: "integer", minimum: 2, multipleOf: 2, default: 4},
          dummy: {type: "boolean", description: "add a dummy parameter the model never reads, as the noise floor of the indices (default: true, false under common random numbers)"}
        }}
      ]
    },
    replications: {type: "integer", minimum: 1},
    seed: {type: ["string", "number"]},
    commonRandomNumbers: {type: "boolean", default: false, description: "replication r of every design point runs on the same seed: less noise between points, but every result rests on the same random streams"},
    measures: {type: "array", minItems: 1, uniqueItems: true, items: {type: "string"}}
  }
};
