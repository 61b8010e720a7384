// A calibration's model: the base scenario (preset or object, overrides
// applied) and a run of it at a particle's parameter values, giving every
// target's figure in target order (fitted and held out alike: the held-out
// ones make the posterior predictive).

import {parseScenario, setParameter, type Scenario} from "../../participation/scenario.ts";
import {preset} from "../../participation/presets.ts";
import {paramByKey} from "../../participation/parameters.ts";
import {collectivePreset} from "../../collective/presets.ts";
import {parseCollective, setCollectiveParameter, type CollectiveScenario} from "../../collective/scenario.ts";
import {collectiveParamByKey} from "../../collective/parameters.ts";
import {CollectiveSimulator} from "../../collective/engine.ts";
import {collectiveFigure, FIGURE_KEYS_TEXT, isCollectiveFigure} from "../../collective/figures.ts";
import {participationAdapter} from "../runPoint.ts";
import {CalibrationError, type Calibration} from "./calibrationFile.ts";

/** A particle's run: the targets' figures for parameter values `theta` (in parameter order) and a seed. */
export type RunParticle = (theta: readonly number[], seed: string) => number[];

function wrap<T>(field: string, value: unknown, f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw new CalibrationError(field, value, (e as Error).message);
  }
}

/** Integer parameters take the nearest integer (the kernel moves on the real line). */
function values(c: Calibration, theta: readonly number[], integer: (key: string) => boolean): Record<string, number> {
  const out: Record<string, number> = {};
  c.parameters.forEach((p, k) => (out[p.key] = integer(p.key) ? Math.round(theta[k]) : theta[k]));
  return out;
}

function collectiveModel(c: Calibration): RunParticle {
  let s: CollectiveScenario = typeof c.scenario === "string" ? collectivePreset(c.scenario) : wrap("scenario", "(object)", () => parseCollective(c.scenario));
  for (const [k, v] of Object.entries(c.base)) s = wrap(`base.${k}`, v, () => setCollectiveParameter(s, k, v));
  const base = s;
  c.parameters.forEach((p, i) => {
    if (collectiveParamByKey(p.key)?.key.includes("*") && !hasId(base, p.key))
      throw new CalibrationError(`parameters[${i}].key`, p.key, "a key whose id is in the scenario");
    wrap(`parameters[${i}].key`, p.key, () => setCollectiveParameter(base, p.key, p.min));
  });
  c.targets.forEach((t, i) => {
    if (!isCollectiveFigure(base, t.measure)) throw new CalibrationError(`targets[${i}].measure`, t.measure, FIGURE_KEYS_TEXT);
  });
  const cases = c.targets.some((t) => t.measure.startsWith("cases."));
  const integer = (key: string) => collectiveParamByKey(key)?.type === "integer";
  return (theta, seed) => {
    let x = base;
    for (const [k, v] of Object.entries(values(c, theta, integer))) x = setCollectiveParameter(x, k, v);
    const summary = new CollectiveSimulator(x).run({seed, cases}).summary;
    return c.targets.map((t) => collectiveFigure(summary, t.measure));
  };
}

function hasId(s: CollectiveScenario, key: string): boolean {
  const [head, id] = key.split(".");
  const collection = (s as unknown as Record<string, Record<string, unknown>>)[head];
  return Object.hasOwn(collection ?? {}, id);
}

function participationModel(c: Calibration): RunParticle {
  let s: Scenario = typeof c.scenario === "string" ? preset(c.scenario) : wrap("scenario", "(object)", () => parseScenario(c.scenario));
  for (const [k, v] of Object.entries(c.base)) s = wrap(`base.${k}`, v, () => setParameter(s, k, v));
  const adapter = participationAdapter(s);
  c.parameters.forEach((p, i) => {
    if (!adapter.decl(p.key)) throw new CalibrationError(`parameters[${i}].key`, p.key, "a key whose id is in the scenario");
    const why = adapter.check(p.key, p.min);
    if (why) throw new CalibrationError(`parameters[${i}].min`, p.min, why);
  });
  const integer = (key: string) => paramByKey(key)?.type === "integer";
  return (theta, seed) => {
    const measures = adapter.prepare(values(c, theta, integer)).run(seed);
    return c.targets.map((t) => measures[t.measure]);
  };
}

/** The calibration's model, checked: every parameter and target exists in its scenario. */
export function calibrationModel(c: Calibration): RunParticle {
  return c.model === "collective" ? collectiveModel(c) : participationModel(c);
}

/** The distance of a particle's figures: the largest |simulated - observed| / tolerance over the fitted targets (NaN: infinite). */
export function calibrationDistance(c: Calibration): (figures: number[]) => number {
  const fit = c.targets.map((t, i) => ({t, i})).filter(({t}) => t.role === "fit");
  return (figures) => {
    let d = 0;
    for (const {t, i} of fit) {
      const x = Math.abs(figures[i] - t.observed) / t.tolerance;
      if (!(x <= d)) d = Number.isNaN(x) ? Infinity : x;
    }
    return d;
  };
}
