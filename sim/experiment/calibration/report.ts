// What a calibration reports: the posterior of each free parameter (median and
// central 95% interval of the weighted last generation) and the posterior
// predictive of each target (the figures the accepted particles' runs gave),
// with whether the observed figure falls inside its 95% interval.

import type {AbcResult, Population} from "./abc.ts";
import type {Calibration, Role} from "./calibrationFile.ts";
import {ess, weightedMean, weightedQuantile} from "./weighted.ts";

export interface Interval {
  median: number;
  lo: number;
  hi: number;
  mean: number;
}

export interface ParameterPosterior extends Interval {
  key: string;
  prior: [number, number];
}

export interface TargetPrediction extends Interval {
  measure: string;
  role: Role;
  observed: number;
  tolerance: number;
  /** The observed figure is within the central 95% predictive interval. */
  inside: boolean;
  /** Share of the predictive (weighted) within the tolerance of the observed figure. */
  withinTolerance: number;
}

export interface CalibrationReport {
  id: string;
  method: string;
  stop: AbcResult["stop"];
  generations: {epsilon: number; simulations: number; acceptance: number; ess: number}[];
  simulations: number;
  parameters: ParameterPosterior[];
  targets: TargetPrediction[];
}

function interval(values: number[], weights: number[]): Interval {
  const ok = values.map((v, i) => i).filter((i) => Number.isFinite(values[i]));
  const v = ok.map((i) => values[i]), w = ok.map((i) => weights[i]);
  if (!v.length) return {median: NaN, lo: NaN, hi: NaN, mean: NaN};
  return {median: weightedQuantile(v, w, 0.5), lo: weightedQuantile(v, w, 0.025), hi: weightedQuantile(v, w, 0.975), mean: weightedMean(v, w)};
}

/** The report of a finished (or stopped) run; undefined when no generation was completed. */
export function calibrationReport(c: Calibration, result: AbcResult): CalibrationReport | undefined {
  const last: Population | undefined = result.populations.at(-1);
  if (!last) return undefined;
  const w = last.weights;
  const parameters = c.parameters.map((p, k): ParameterPosterior => ({key: p.key, prior: [p.min, p.max], ...interval(last.thetas.map((t) => t[k]), w)}));
  const targets = c.targets.map((t, i): TargetPrediction => {
    const xs = last.summaries.map((s) => s[i]);
    const iv = interval(xs, w);
    const total = w.reduce((a, b) => a + b, 0);
    const near = xs.reduce((a, x, j) => a + (Math.abs(x - t.observed) <= t.tolerance ? w[j] : 0), 0);
    return {measure: t.measure, role: t.role, observed: t.observed, tolerance: t.tolerance, ...iv, inside: t.observed >= iv.lo && t.observed <= iv.hi, withinTolerance: near / total};
  });
  return {
    id: c.id, method: c.method, stop: result.stop,
    generations: result.populations.map((p) => ({epsilon: p.epsilon, simulations: p.simulations, acceptance: p.thetas.length / p.attempts, ess: ess(p.weights)})),
    simulations: result.populations.reduce((t, p) => t + p.simulations, 0),
    parameters, targets
  };
}
