// Approximate Bayesian computation: rejection, and ABC-SMC with a population
// Monte Carlo kernel (Beaumont et al. 2009; Toni et al. 2009). Uniform priors
// on [min, max]. Each generation keeps the first `particles` proposals (in
// attempt order) whose distance is at most its epsilon; a proposal's random
// numbers and its model seed come from (seed, generation, attempt) through
// the project's seed policy, so a run gives the same particles whatever the
// batch sizes or the number of workers, and can be resumed from any saved
// generation. The model runs behind an asynchronous `simulate`, so batches can
// go to a worker pool.

import {randomNormal, rng, type Random} from "../../rng.ts";
import {runSeed} from "../../seeds.ts";
import {cholesky, normalise, weightedCovariance, weightedQuantile} from "./weighted.ts";

export interface Prior {
  key: string;
  min: number;
  max: number;
}

/** Epsilons: an explicit list (one generation each), or each generation's a quantile of the last one's distances. */
export type Schedule =
  | {kind: "list"; epsilons: number[]}
  | {kind: "quantile"; generations: number; quantile: number; minEpsilon: number};

export interface AbcSpec {
  priors: Prior[];
  particles: number;
  schedule: Schedule;
  seed: string | number;
  /** Stop (keeping the generations done) when a generation would need more model runs than this in all. */
  maxSimulations: number;
}

export interface Job {
  theta: number[];
  seed: string;
}

/** Runs the model for each job: its summaries (one vector per job, in job order). */
export type Simulate = (jobs: Job[]) => Promise<number[][]>;
/** Distance of a job's summaries from the observed figures (NaN counts as infinite). */
export type Distance = (summaries: number[]) => number;

export interface Population {
  generation: number;
  epsilon: number;
  thetas: number[][];
  weights: number[];
  distances: number[];
  summaries: number[][];
  /** Proposals up to and including the last accepted one (acceptance = particles / attempts). */
  attempts: number;
  /** Model runs made for this generation (batches may run past the last accepted proposal). */
  simulations: number;
}

export interface Progress {
  generation: number;
  epsilon: number;
  accepted: number;
  simulations: number;
}

export interface AbcResult {
  populations: Population[];
  /** Why the run ended: the schedule is done, the minimum epsilon was reached, or the simulation budget ran out. */
  stop: "schedule" | "minEpsilon" | "budget";
}

const inside = (theta: readonly number[], priors: readonly Prior[]) => theta.every((x, k) => x >= priors[k].min && x <= priors[k].max);

/** The generation's epsilon, or undefined when the schedule is done. */
export function nextEpsilon(spec: AbcSpec, done: readonly Population[]): number | undefined {
  const g = done.length, s = spec.schedule;
  if (s.kind === "list") return g < s.epsilons.length ? s.epsilons[g] : undefined;
  if (g >= s.generations) return undefined;
  if (g === 0) return Infinity;
  const last = done[g - 1];
  if (last.epsilon <= s.minEpsilon) return undefined;
  let e = weightedQuantile(last.distances, last.weights, s.quantile);
  // Distances that take few values (counts) can put the quantile at the last epsilon, where the
  // schedule would stall (pyabc's median stalls so): then the largest distance below it.
  if (!(e < last.epsilon)) e = Math.max(-Infinity, ...last.distances.filter((x) => x < last.epsilon));
  if (e === -Infinity) return undefined;
  return Math.max(s.minEpsilon, e);
}

/** A proposal sampler for generation g: from the prior at g = 0, else a perturbed particle of the last population. */
function proposer(spec: AbcSpec, last: Population | undefined) {
  const d = spec.priors.length;
  if (!last) return (random: Random) => spec.priors.map((p) => p.min + (p.max - p.min) * random());
  // Beaumont et al. (2009): a Gaussian kernel with twice the weighted covariance of the last population.
  const cov = weightedCovariance(last.thetas, last.weights).map((row, a) => row.map((v, b) => 2 * v + (a === b ? 1e-12 * (spec.priors[a].max - spec.priors[a].min) ** 2 : 0)));
  const chol = cholesky(cov);
  const w = normalise(last.weights), cum: number[] = [];
  w.reduce((t, x, i) => (cum[i] = t + x), 0);
  return (random: Random) => {
    for (let tries = 0; tries < 100_000; ++tries) {
      const u = random() * cum[cum.length - 1];
      let lo = 0, hi = cum.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cum[mid] < u) lo = mid + 1;
        else hi = mid;
      }
      const z = Array.from({length: d}, () => randomNormal(random));
      const theta = last.thetas[lo].map((x, a) => x + chol[a].reduce((t, l, b) => t + l * z[b], 0));
      if (inside(theta, spec.priors)) return theta;
    }
    throw new Error("the perturbation kernel found no proposal inside the prior in 100000 tries");
  };
}

/** Importance weights of accepted particles: prior over the kernel mixture of the last population (uniform prior: constant). */
function weightsOf(spec: AbcSpec, thetas: number[][], last: Population | undefined): number[] {
  if (!last) return thetas.map(() => 1);
  const cov = weightedCovariance(last.thetas, last.weights).map((row, a) => row.map((v, b) => 2 * v + (a === b ? 1e-12 * (spec.priors[a].max - spec.priors[a].min) ** 2 : 0)));
  const chol = cholesky(cov), d = cov.length, w = normalise(last.weights);
  const z = new Array<number>(d);
  return thetas.map((theta) => {
    let mix = 0;
    for (let j = 0; j < last.thetas.length; ++j) {
      // solve L z = theta - theta_j, then the kernel density up to its constant
      let q = 0;
      for (let a = 0; a < d; ++a) {
        let s = theta[a] - last.thetas[j][a];
        for (let b = 0; b < a; ++b) s -= chol[a][b] * z[b];
        z[a] = s / chol[a][a];
        q += z[a] * z[a];
      }
      mix += w[j] * Math.exp(-0.5 * q);
    }
    return 1 / mix;
  });
}

/** One generation at `epsilon`: proposals in batches until `particles` are accepted (or the budget runs out). */
async function generation(spec: AbcSpec, g: number, epsilon: number, last: Population | undefined, simulate: Simulate, distance: Distance,
  budget: number, progress: (p: Progress) => void): Promise<Population | undefined> {
  const propose = proposer(spec, last);
  const n = spec.particles;
  const thetas: number[][] = [], distances: number[] = [], summaries: number[][] = [];
  let attempts = 0, simulations = 0;
  while (thetas.length < n) {
    // the next batch from the acceptance so far (at least the particles still wanted), within the budget
    const rate = thetas.length / Math.max(1, simulations);
    const want = n - thetas.length;
    let size = simulations === 0 ? n : Math.ceil((want / Math.max(rate, 1 / (20 * n))) * 1.1);
    // capped, so a low acceptance never holds a huge batch in memory
    size = Math.min(Math.max(size, want, 16), Math.max(10_000, 10 * n), budget - simulations);
    if (size <= 0) return undefined;
    const jobs: Job[] = [];
    for (let i = simulations; i < simulations + size; ++i) {
      const theta = propose(rng(runSeed(spec.seed, `propose/g${g}`, i)));
      jobs.push({theta, seed: runSeed(spec.seed, `g${g}`, i)});
    }
    const results = await simulate(jobs);
    for (let i = 0; i < size && thetas.length < n; ++i) {
      const dist = distance(results[i]);
      if (dist <= epsilon) {
        thetas.push(jobs[i].theta);
        distances.push(dist);
        summaries.push(results[i]);
        attempts = simulations + i + 1;
      }
    }
    simulations += size;
    progress({generation: g, epsilon, accepted: thetas.length, simulations});
  }
  return {generation: g, epsilon, thetas, weights: weightsOf(spec, thetas, last), distances, summaries, attempts, simulations};
}

/**
 * Runs the schedule from the populations already done (a resumed run), saving
 * each new one with `save` before the next starts.
 */
export async function runAbc(spec: AbcSpec, simulate: Simulate, distance: Distance, done: Population[] = [],
  save: (p: Population) => void = () => {}, progress: (p: Progress) => void = () => {}): Promise<AbcResult> {
  const populations = [...done];
  const d = (s: number[]) => {
    const x = distance(s);
    return Number.isNaN(x) ? Infinity : x;
  };
  for (;;) {
    const epsilon = nextEpsilon(spec, populations);
    if (epsilon === undefined) {
      const s = spec.schedule;
      return {populations, stop: s.kind === "quantile" && populations.length < s.generations ? "minEpsilon" : "schedule"};
    }
    const used = populations.reduce((t, p) => t + p.simulations, 0);
    const p = await generation(spec, populations.length, epsilon, populations.at(-1), simulate, d, spec.maxSimulations - used, progress);
    if (!p) return {populations, stop: "budget"};
    save(p);
    populations.push(p);
  }
}

/** A population as JSON text: infinite and NaN numbers (an unbounded epsilon, a missing figure) kept as strings. */
export function populationJson(p: Population): string {
  return JSON.stringify(p, (_, v) => (typeof v === "number" && !Number.isFinite(v) ? String(v) : v));
}

/** A population read back from populationJson's text. */
export function parsePopulation(text: string): Population {
  return JSON.parse(text, (_, v) => (v === "Infinity" || v === "-Infinity" || v === "NaN" ? Number(v) : v)) as Population;
}
