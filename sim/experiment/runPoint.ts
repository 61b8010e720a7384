// Stage two of an experiment: run one design point of the classic, the
// participation or the collective model. This is the one module that calls the engines, so a
// change to their entry points is made here only.
//
// Seeds: `seedOf(base, key, replication)` derives a run's seed from the base
// seed, the design point's key (its varied values) and the replication, never
// from run order. It is written into every row.

import {classicSimulator, ARITHMETICS, DEFICIT_TIMINGS, type ClassicSimulator} from "../classic/engine.ts";
import {randomEntry, variantConfig, type BuildOptions, type ClassicVariant} from "../classic/design.ts";
import {ENERGIES, LOADS, LOAD_VALUE, ORIENTATIONS, STRUCTURES} from "../classic/gcm1972.ts";
import {ParticipationSimulator} from "../participation/engine.ts";
import {paramByKey, type ParamType} from "../participation/parameters.ts";
import {getParameter, setParameter, type Scenario} from "../participation/scenario.ts";
import {rng} from "../rng.ts";
import {runSeed} from "../seeds.ts";
import {COMPARISONS, TIE_BREAKS} from "../streams.ts";
import {MEASURE_KEYS} from "../participation/measures.ts";
import {CLASSIC_MEASURES} from "../classic/measures.ts";
import {summaryRow} from "./run.ts";
import {CollectiveSimulator} from "../collective/engine.ts";
import {COLLECTIVE_MEASURE_KEYS, collectiveValue} from "../collective/measures.ts";
import {collectiveParamByKey} from "../collective/parameters.ts";
import {getCollectiveParameter, setCollectiveParameter, type CollectiveScenario} from "../collective/scenario.ts";
import type {Value} from "./design/factors.ts";

/** A run's seed from (base seed, design point key, replication): "<seed>/<point key>/<replication>" (sim/seeds.ts). */
export function seedOf(base: string | number, key: string, replication: number): string {
  return runSeed(base, key, replication);
}

/** What an experiment file may vary: the shape shared with the participation declarations. */
export interface FactorDecl {
  key: string;
  type: ParamType;
  min?: number;
  max?: number;
  values?: readonly string[];
  default: number | boolean | string;
}

/**
 * The classic model's parameters an experiment may vary. Entry orders are
 * always seeded random orders at the given rates (the fixed 1972 sequences
 * are the `classic` command's design).
 */
export const CLASSIC_FACTORS: readonly FactorDecl[] = [
  {key: "load", type: "enum", values: LOADS, default: "light"},
  {key: "access", type: "enum", values: STRUCTURES, default: "unsegmented"},
  {key: "decision", type: "enum", values: STRUCTURES, default: "unsegmented"},
  {key: "energy", type: "enum", values: ENERGIES, default: "equal"},
  {key: "orientation", type: "enum", values: ORIENTATIONS, default: "index1"},
  {key: "tieBreak", type: "enum", values: TIE_BREAKS, default: "lowest"},
  {key: "comparison", type: "enum", values: COMPARISONS, default: "<="},
  {key: "deficits", type: "enum", values: DEFICIT_TIMINGS, default: "previous"},
  {key: "arithmetic", type: "enum", values: ARITHMETICS, default: "integer"},
  // 0 = the load's own value (1.1, 2.2 or 3.3 energy units per problem).
  {key: "loadValue", type: "number", min: 0, max: 100, default: 0},
  {key: "solutionCoefficient", type: "number", min: 0.01, max: 1, default: 0.6},
  {key: "periods", type: "integer", min: 1, max: 10000, default: 20},
  {key: "choices", type: "integer", min: 1, max: 10000, default: 10},
  {key: "decisionMakers", type: "integer", min: 1, max: 10000, default: 10},
  {key: "problems", type: "integer", min: 0, max: 100000, default: 20},
  {key: "choicesPerPeriod", type: "integer", min: 1, max: 10000, default: 1},
  {key: "problemsPerPeriod", type: "integer", min: 1, max: 10000, default: 2}
];

/** The classic run measures (ClassicSummary's fields). */

/** A point ready to run: compiled once, run once per replication. */
export interface PreparedPoint {
  run(seed: string): Record<string, number>;
}

/** One model behind the experiment layer. */
export interface ModelAdapter {
  model: "classic" | "participation" | "collective";
  measures: readonly string[];
  /** The declaration of a parameter key, or undefined when the model has none. */
  decl(key: string): FactorDecl | undefined;
  /** Allowed keys, as text for error messages. */
  keysText: string;
  /** The base value of a parameter (after the experiment's overrides). */
  base(key: string): Value;
  /** Why a value is not allowed for a key, or undefined when it is. */
  check(key: string, value: Value): string | undefined;
  /** A point with these values (every key declared and checked). */
  prepare(values: Record<string, Value>): PreparedPoint;
}

const classicByKey = new Map(CLASSIC_FACTORS.map((d) => [d.key, d]));

/**
 * A value of the wrong JSON type for a declaration (a number given as text,
 * "true" for true), as what is allowed; undefined when the type fits. Files
 * are JSON: nothing is converted, unlike a --set flag's text.
 */
export function jsonTypeCheck(d: Pick<FactorDecl, "type" | "min" | "max">, value: unknown): string | undefined {
  if ((d.type === "number" || d.type === "integer") && typeof value !== "number") return `${d.type === "integer" ? "an integer" : "a number"} in [${d.min}, ${d.max}], written as a JSON number`;
  if (d.type === "boolean" && typeof value !== "boolean") return "true or false, written as JSON true or false";
  if (d.type === "enum" && typeof value !== "string") return "one of the allowed values, written as a JSON string";
  return undefined;
}

function declCheck(d: FactorDecl, value: Value): string | undefined {
  if (d.type === "enum") return typeof value === "string" && d.values!.includes(value) ? undefined : `one of ${d.values!.join(", ")}`;
  if (d.type === "boolean") return typeof value === "boolean" ? undefined : "true or false";
  const ok = typeof value === "number" && Number.isFinite(value) && value >= d.min! && value <= d.max! && (d.type === "number" || Number.isInteger(value));
  return ok ? undefined : `${d.type === "integer" ? "an integer" : "a number"} in [${d.min}, ${d.max}]`;
}

/** The classic model with the experiment's base overrides (already checked). */
export function classicAdapter(overrides: Record<string, Value> = {}): ModelAdapter {
  const base = (key: string): Value => (Object.prototype.hasOwnProperty.call(overrides, key) ? overrides[key] : classicByKey.get(key)!.default);
  return {
    model: "classic",
    measures: CLASSIC_MEASURES,
    decl: (key) => classicByKey.get(key),
    keysText: CLASSIC_FACTORS.map((d) => d.key).join(", "),
    base,
    check: (key, value) => declCheck(classicByKey.get(key)!, value),
    prepare(values) {
      const v = (key: string) => (Object.prototype.hasOwnProperty.call(values, key) ? values[key] : base(key));
      const variant = {load: v("load"), access: v("access"), decision: v("decision"), energy: v("energy")} as ClassicVariant;
      const loadValue = v("loadValue") as number;
      const options: BuildOptions = {
        tieBreak: v("tieBreak"), comparison: v("comparison"), deficits: v("deficits"), arithmetic: v("arithmetic"),
        orientation: v("orientation"), loadValue: loadValue > 0 ? loadValue : LOAD_VALUE[variant.load],
        solutionCoefficient: v("solutionCoefficient") as number,
        size: {periods: v("periods") as number, choices: v("choices") as number, decisionMakers: v("decisionMakers") as number, problems: v("problems") as number}
      } as BuildOptions;
      const structure = variantConfig(variant, options);
      const choices = options.size!.choices!, problems = options.size!.problems!;
      const rates = {choicesPerPeriod: v("choicesPerPeriod") as number, problemsPerPeriod: v("problemsPerPeriod") as number};
      const randomTies = options.tieBreak === "random";
      let sim: ClassicSimulator | undefined;
      return {
        run(seed) {
          // Same stream as `classic --reps`: one source from the seed draws the entry order, then the ties.
          const random = rng(seed);
          const entry = randomEntry(random, choices, problems, rates);
          if (!sim) sim = classicSimulator({...structure, ...entry});
          else sim.entry(entry.choiceEntry, entry.problemEntry);
          return sim.source(randomTies ? random : undefined).simulate().summary() as unknown as Record<string, number>;
        }
      };
    }
  };
}

/** A scenario-based model as the experiment layer sees it: its declarations, its keys' getter and setter, and a point's runs. */
interface ScenarioModel<S> {
  model: "participation" | "collective";
  measures: readonly string[];
  declOf(key: string): FactorDecl | undefined;
  keysText: string;
  get(s: S, key: string): unknown;
  set(s: S, key: string, value: Value): S;
  /** The runs of one point's scenario, compiled once: a run's measures by seed. */
  runs(s: S): (seed: string) => Record<string, number>;
}

/** A model adapter over a base scenario (overrides already applied): a key is the scenario's when declared and, for a wildcard, its id exists. */
function scenarioAdapter<S>(scenario: S, m: ScenarioModel<S>): ModelAdapter {
  return {
    model: m.model,
    measures: m.measures,
    decl(key) {
      const d = m.declOf(key);
      if (!d) return undefined;
      const parts = key.split(".");
      if (d.key.includes("*") && !Object.prototype.hasOwnProperty.call((scenario as unknown as Record<string, object>)[parts[0]] ?? {}, parts[1])) return undefined;
      return d;
    },
    keysText: m.keysText,
    base: (key) => m.get(scenario, key) as Value,
    check(key, value) {
      const d = m.declOf(key);
      const wrongType = d && jsonTypeCheck(d, value);
      if (wrongType) return wrongType;
      try {
        m.set(scenario, key, value);
        return undefined;
      } catch (e) {
        return (e as Error).message;
      }
    },
    prepare(values) {
      let s = scenario;
      for (const [key, value] of Object.entries(values)) s = m.set(s, key, value);
      // Compiled once per point, at its first run: compiling (and checking) the scenario in every
      // run was about a third of a transfer-visit run, and its arrays' garbage.
      let runs: ((seed: string) => Record<string, number>) | undefined;
      return {run: (seed) => (runs ??= m.runs(s))(seed)};
    }
  };
}

/** The participation model on a base scenario (overrides already applied). */
export function participationAdapter(scenario: Scenario): ModelAdapter {
  return scenarioAdapter(scenario, {
    model: "participation",
    measures: MEASURE_KEYS,
    declOf: paramByKey,
    keysText: "a declared parameter key of the scenario (see sim/participation/parameters.ts), e.g. load.timePressure or arenas.<id>.interval",
    get: getParameter,
    set: setParameter,
    runs(s) {
      const sim = new ParticipationSimulator(s);
      return (seed) => {
        const row = summaryRow(sim.run({seed}), 0);
        const out: Record<string, number> = {};
        for (const key of MEASURE_KEYS) out[key] = row[key] as number;
        return out;
      };
    }
  });
}

/** The collective model on a base scenario (overrides already applied). */
export function collectiveAdapter(scenario: CollectiveScenario): ModelAdapter {
  return scenarioAdapter(scenario, {
    model: "collective",
    measures: COLLECTIVE_MEASURE_KEYS,
    declOf: collectiveParamByKey,
    keysText: "a declared collective parameter key of the scenario (see sim/collective/parameters.ts), e.g. management.anchoring or arenas.<id>.venue",
    get: getCollectiveParameter,
    set: setCollectiveParameter,
    runs(s) {
      const sim = new CollectiveSimulator(s);
      return (seed) => {
        const summary = sim.run({seed}).summary;
        const out: Record<string, number> = {};
        for (const key of COLLECTIVE_MEASURE_KEYS) out[key] = collectiveValue(summary, key);
        return out;
      };
    }
  });
}
