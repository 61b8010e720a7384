// NSGA-II (Deb, Pratap, Agarwal & Meyarivan 2002): an evolutionary search
// for the Pareto front of a problem with several objectives, all minimised.
// Operators as pymoo 0.6's defaults: simulated binary crossover (SBX,
// probability 0.9 per pair, 0.5 per variable, eta 15), polynomial mutation
// (probability 0.9 per child, 1/nVar per variable, eta 20), binary tournament
// on rank then crowding, survival by non-dominated rank then crowding
// distance, exact duplicates refused. Every draw comes from the injected
// generator (sim/rng.ts), so a seed gives the same front everywhere.

import type {Random} from "../../rng.ts";

export interface Problem {
  /** Lower and upper bound of each variable. */
  lower: readonly number[];
  upper: readonly number[];
  /** Objective values of each point of a batch (all minimised); a batch lets the caller cache or run in parallel. */
  evaluate(xs: readonly Float64Array[]): Float64Array[] | number[][];
}

export interface Nsga2Options {
  popSize?: number;
  generations?: number;
  crossoverProb?: number;
  crossoverProbVar?: number;
  crossoverEta?: number;
  mutationProb?: number;
  /** Per variable; default 1 / number of variables. */
  mutationProbVar?: number;
  mutationEta?: number;
  /** Called after each generation (1 = the initial population) with the population sorted by rank. */
  onGeneration?: (generation: number, population: readonly Individual[]) => void;
}

export interface Individual {
  x: Float64Array;
  f: Float64Array;
  /** 0 for the non-dominated front, 1 for the next, ... */
  rank: number;
  crowding: number;
}

function dominates(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  let better = false;
  for (let m = 0; m < a.length; ++m) {
    if (a[m] > b[m]) return false;
    if (a[m] < b[m]) better = true;
  }
  return better;
}

/** Fronts of a set of objective vectors (fast non-dominated sort): indices per front, best first. */
export function nonDominatedFronts(fs: readonly ArrayLike<number>[]): number[][] {
  const n = fs.length, count = new Int32Array(n), beats: number[][] = fs.map(() => []);
  for (let i = 0; i < n; ++i) for (let j = i + 1; j < n; ++j) {
    if (dominates(fs[i], fs[j])) { beats[i].push(j); ++count[j]; }
    else if (dominates(fs[j], fs[i])) { beats[j].push(i); ++count[i]; }
  }
  const fronts: number[][] = [];
  let current = [...count.keys()].filter((i) => count[i] === 0);
  while (current.length) {
    fronts.push(current);
    const next: number[] = [];
    for (const i of current) for (const j of beats[i]) if (--count[j] === 0) next.push(j);
    current = next;
  }
  return fronts;
}

/** Crowding distance of each member of a front: the boundary points infinite, the others the normalised sides of their cuboid. */
export function crowdingDistances(fs: readonly ArrayLike<number>[]): Float64Array {
  const n = fs.length, d = new Float64Array(n);
  if (n <= 2) return d.fill(Infinity);
  for (let m = 0; m < fs[0].length; ++m) {
    const order = [...d.keys()].sort((a, b) => fs[a][m] - fs[b][m]);
    const span = fs[order[n - 1]][m] - fs[order[0]][m];
    d[order[0]] = d[order[n - 1]] = Infinity;
    if (span <= 0) continue;
    for (let t = 1; t < n - 1; ++t) d[order[t]] += (fs[order[t + 1]][m] - fs[order[t - 1]][m]) / span;
  }
  return d;
}

/** Ranks and crowding of a population, and the best `keep` of it (by rank, then crowding). */
function survive(pop: Individual[], keep: number): Individual[] {
  const out: Individual[] = [];
  nonDominatedFronts(pop.map((p) => p.f)).forEach((front, r) => {
    if (out.length >= keep) return;
    const members = front.map((i) => pop[i]);
    const cd = crowdingDistances(members.map((p) => p.f));
    members.forEach((p, t) => { p.rank = r; p.crowding = cd[t]; });
    if (out.length + members.length <= keep) out.push(...members);
    else out.push(...members.map((p, t) => [p, cd[t]] as const).sort((a, b) => b[1] - a[1]).slice(0, keep - out.length).map(([p]) => p));
  });
  return out;
}

/** Simulated binary crossover of two parents within bounds (Deb & Agrawal 1995, bounded form). */
function sbx(a: Float64Array, b: Float64Array, lower: readonly number[], upper: readonly number[], probVar: number, eta: number, random: Random): [Float64Array, Float64Array] {
  const c1 = a.slice(), c2 = b.slice();
  for (let i = 0; i < a.length; ++i) {
    if (random() > probVar || Math.abs(a[i] - b[i]) <= 1e-14) continue;
    const y1 = Math.min(a[i], b[i]), y2 = Math.max(a[i], b[i]), xl = lower[i], xu = upper[i];
    const spread = (beta: number, u: number) => {
      const alpha = 2 - Math.pow(beta, -(eta + 1));
      return u <= 1 / alpha ? Math.pow(u * alpha, 1 / (eta + 1)) : Math.pow(1 / (2 - u * alpha), 1 / (eta + 1));
    };
    const u = random();
    let v1 = 0.5 * (y1 + y2 - spread(1 + (2 * (y1 - xl)) / (y2 - y1), u) * (y2 - y1));
    let v2 = 0.5 * (y1 + y2 + spread(1 + (2 * (xu - y2)) / (y2 - y1), u) * (y2 - y1));
    v1 = Math.min(Math.max(v1, xl), xu);
    v2 = Math.min(Math.max(v2, xl), xu);
    if (random() < 0.5) [v1, v2] = [v2, v1];
    c1[i] = v1;
    c2[i] = v2;
  }
  return [c1, c2];
}

/** Polynomial mutation within bounds (Deb & Goyal 1996). */
function mutate(x: Float64Array, lower: readonly number[], upper: readonly number[], probVar: number, eta: number, random: Random): void {
  for (let i = 0; i < x.length; ++i) {
    if (random() > probVar) continue;
    const xl = lower[i], xu = upper[i], span = xu - xl;
    if (span <= 0) continue;
    const d1 = (x[i] - xl) / span, d2 = (xu - x[i]) / span, power = 1 / (eta + 1), u = random();
    const dq = u < 0.5
      ? Math.pow(2 * u + (1 - 2 * u) * Math.pow(1 - d1, eta + 1), power) - 1
      : 1 - Math.pow(2 * (1 - u) + 2 * (u - 0.5) * Math.pow(1 - d2, eta + 1), power);
    x[i] = Math.min(Math.max(x[i] + dq * span, xl), xu);
  }
}

/** A set of points that refuses exact duplicates (hashed on a weighted sum, compared in full on a collision). */
class PointSet {
  private readonly buckets = new Map<number, Float64Array[]>();
  add(x: Float64Array): boolean {
    let h = 0;
    for (let i = 0; i < x.length; ++i) h += x[i] * (1 + 0.6180339887498949 * i);
    const bucket = this.buckets.get(h);
    if (!bucket) { this.buckets.set(h, [x]); return true; }
    if (bucket.some((y) => y.every((v, i) => v === x[i]))) return false;
    bucket.push(x);
    return true;
  }
}

/** Runs NSGA-II; returns the final population (ranked; rank 0 is the front found). */
export function nsga2(problem: Problem, random: Random, options: Nsga2Options = {}): Individual[] {
  const {lower, upper} = problem, nVar = lower.length;
  if (upper.length !== nVar || nVar === 0 || lower.some((l, i) => !(l <= upper[i]))) throw new Error("invalid search problem: bounds must be non-empty, of equal length, lower <= upper");
  const popSize = options.popSize ?? 100, generations = options.generations ?? 250;
  const cp = options.crossoverProb ?? 0.9, cpv = options.crossoverProbVar ?? 0.5, ce = options.crossoverEta ?? 15;
  const mp = options.mutationProb ?? 0.9, mpv = options.mutationProbVar ?? 1 / nVar, me = options.mutationEta ?? 20;
  const evaluate = (xs: Float64Array[]): Individual[] => {
    const fs = problem.evaluate(xs);
    return xs.map((x, i) => ({x, f: Float64Array.from(fs[i]), rank: 0, crowding: 0}));
  };
  const initial = Array.from({length: popSize}, () => Float64Array.from(lower, (l, i) => l + random() * (upper[i] - l)));
  let pop = survive(evaluate(initial), popSize);
  options.onGeneration?.(1, pop);
  const better = (a: Individual, b: Individual): Individual => {
    if (a.rank !== b.rank) return a.rank < b.rank ? a : b;
    if (a.crowding !== b.crowding) return a.crowding > b.crowding ? a : b;
    return random() < 0.5 ? a : b;
  };
  const pick = () => better(pop[Math.floor(random() * pop.length)], pop[Math.floor(random() * pop.length)]);
  for (let g = 2; g <= generations; ++g) {
    const seen = new PointSet();
    for (const p of pop) seen.add(p.x);
    const children: Float64Array[] = [];
    // Duplicates are refused; a bounded number of tries keeps a tiny discrete space from looping forever.
    for (let tries = 0; children.length < popSize && tries < 50 * popSize; ++tries) {
      const a = pick(), b = pick();
      const pair = random() < cp ? sbx(a.x, b.x, lower, upper, cpv, ce, random) : [a.x.slice(), b.x.slice()];
      for (const c of pair) {
        if (random() < mp) mutate(c, lower, upper, mpv, me, random);
        if (children.length < popSize && seen.add(c)) children.push(c);
      }
    }
    if (children.length === 0) break;
    pop = survive([...pop, ...evaluate(children)], popSize);
    options.onGeneration?.(g, pop);
  }
  return pop;
}

/** The non-dominated members of a population (rank 0). */
export function front(pop: readonly Individual[]): Individual[] {
  return pop.filter((p) => p.rank === 0);
}
