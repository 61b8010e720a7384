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

const f = (x: number) => (Number.isFinite(x) ? (Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 1 ? x.toFixed(2) : x.toPrecision(3)) : String(x));

/** The report as plain text (tables of the posterior and the posterior predictive). */
export function reportText(r: CalibrationReport): string {
  const lines: string[] = [];
  const why = {schedule: "schedule done", minEpsilon: "minimum epsilon reached", budget: "simulation budget spent"}[r.stop];
  lines.push(`calibration ${r.id}: ${r.method}, ${r.generations.length} generation(s), ${r.simulations} model runs (${why})`);
  lines.push("generation  epsilon  acceptance  ESS");
  r.generations.forEach((g, i) => lines.push(`${String(i).padStart(10)}  ${f(g.epsilon).padStart(7)}  ${f(g.acceptance).padStart(10)}  ${g.ess.toFixed(0)}`));
  lines.push("", "posterior (median [95% interval]; prior range)");
  for (const p of r.parameters) lines.push(`  ${p.key}: ${f(p.median)} [${f(p.lo)}, ${f(p.hi)}]; prior [${f(p.prior[0])}, ${f(p.prior[1])}]`);
  lines.push("", "posterior predictive (median [95% interval]; observed ± tolerance; inside the interval; share within tolerance)");
  for (const t of r.targets)
    lines.push(`  ${t.role === "fit" ? "fit     " : "held out"} ${t.measure}: ${f(t.median)} [${f(t.lo)}, ${f(t.hi)}]; observed ${f(t.observed)} ± ${f(t.tolerance)}; ${t.inside ? "inside" : "OUTSIDE"}; ${(100 * t.withinTolerance).toFixed(0)}%`);
  return lines.join("\n") + "\n";
}
