// The best design for the money: over a search file's organisations and
// levers, the designs on the Pareto front of what the user gains (maximised)
// against what it costs (minimised). Every design runs the same replications
// with the same seeds (common random numbers, as compare), so differences
// between designs are not noise of their seeds. All designs are run where
// there are few (exhaustive); otherwise NSGA-II searches the levers, each
// lever a variable whose integer part picks a value, seeded from the file's
// seed. Designs that come out identical are run once.

import {rng} from "../../rng.ts";
import {getParameter, setParameter, type Scenario} from "../../participation/scenario.ts";
import {runSeed} from "../../seeds.ts";
import {RunningEstimate, type Estimate} from "../../stats.ts";
import {runReplications} from "../run.ts";
import {nonDominatedFronts, nsga2} from "./nsga2.ts";
import {spaceSize, type LeverValue, type SearchSpec} from "./searchFile.ts";

/** The seed key of the search's own draws: NSGA-II runs on rng(runSeed(seed, SEARCH_KEY, 0)). */
export const SEARCH_KEY = "search";

export interface DesignResult {
  /** Which organisation (its name) and each lever's value, in the file's order. */
  scenario: string;
  levers: LeverValue[];
  gain: Estimate;
  cost: Estimate;
  /** On the Pareto front of the means (no other design gains at least as much for at most the cost, and is better on one). */
  front: boolean;
}

export interface SearchResult {
  method: "exhaustive" | "nsga2";
  /** Designs in the space, and distinct scenarios used (run here or read from a journal). */
  space: number;
  evaluated: number;
  designs: DesignResult[];
}

/** A design's scenario: the organisation with every lever it has set. */
export function designScenario(spec: SearchSpec, choice: readonly number[]): Scenario {
  let s = spec.scenarios[choice[0]];
  spec.levers.forEach((l, i) => {
    if (getParameter(s, l.key) !== undefined) s = setParameter(s, l.key, l.values[choice[i + 1]]);
  });
  return s;
}

/**
 * A mean as an objective, to 10 significant digits: means of the same runs
 * summed in another order differ in the last bits, and such noise must not
 * put a design on the front. Worst possible when a design has no value
 * (nothing decided in any replication): never on the front.
 */
const objective = (e: Estimate, sign: number) => (Number.isFinite(e.mean) ? sign * significant(e.mean, 10) : Infinity);

/** x rounded to `digits` significant digits (an integer over a power of ten: the nearest double of the decimal). */
function significant(x: number, digits: number): number {
  if (x === 0) return 0;
  const e = digits - 1 - Math.floor(Math.log10(Math.abs(x)));
  return e >= 0 ? Math.round(x * 10 ** e) / 10 ** e : Math.round(x / 10 ** -e) * 10 ** -e;
}

/** A design's estimates, by its key (the organisation and the value index of every lever it has). */
export type DesignCache = Map<string, {gain: Estimate; cost: Estimate}>;

export interface SearchRunOptions {
  /** Distinct designs run so far (including those read from `known`). */
  onProgress?: (evaluated: number) => void;
  /** Designs already run (a resumed search): not run again. */
  known?: DesignCache;
  /** Called once for each design run here (to journal it). */
  onEvaluated?: (key: string, result: {gain: Estimate; cost: Estimate}) => void;
}

export function runSearch(spec: SearchSpec, options: SearchRunOptions = {}): SearchResult {
  const {onProgress, onEvaluated} = options;
  const space = spaceSize(spec);
  const sizes = [spec.scenarios.length, ...spec.levers.map((l) => l.values.length)];
  const cache: DesignCache = new Map(options.known ?? []);
  let evaluated = 0;
  const designs = new Map<string, DesignResult>();
  const used = new Set<string>();
  const evaluate = (choice: number[]) => {
    // Designs are the same scenario exactly when they share the organisation and the value of every lever it has.
    const key = [choice[0], ...spec.levers.map((l, i) => (getParameter(spec.scenarios[choice[0]], l.key) === undefined ? "-" : choice[i + 1]))].join(",");
    let r = cache.get(key);
    if (!r) {
      const s = designScenario(spec, choice);
      const gain = new RunningEstimate(), cost = new RunningEstimate();
      runReplications(s, {reps: spec.replications, seed: spec.seed}, (row) => {
        gain.add(row[spec.maximise] as number);
        cost.add(row[spec.minimise] as number);
      });
      r = {gain: gain.estimate, cost: cost.estimate};
      cache.set(key, r);
      onEvaluated?.(key, r);
    }
    // counted when first used in this run, whether run here or read from `known`
    if (!used.has(key)) {
      used.add(key);
      ++evaluated;
      onProgress?.(evaluated);
    }
    const id = choice.join(",");
    if (!designs.has(id)) designs.set(id, {scenario: spec.names[choice[0]], levers: spec.levers.map((l, i) => l.values[choice[i + 1]]), ...r, front: false});
    return r;
  };
  let method: SearchResult["method"];
  if (space <= spec.exhaustiveUpTo) {
    method = "exhaustive";
    const choice = sizes.map(() => 0);
    for (let n = 0; n < space; ++n) {
      evaluate(choice);
      for (let i = sizes.length - 1; i >= 0; --i) {
        if (++choice[i] < sizes[i]) break;
        choice[i] = 0;
      }
    }
  } else {
    method = "nsga2";
    const toChoice = (x: Float64Array) => sizes.map((n, i) => Math.min(n - 1, Math.floor(x[i])));
    nsga2({
      lower: sizes.map(() => 0), upper: sizes,
      evaluate: (xs) => xs.map((x) => {
        const r = evaluate(toChoice(x));
        return [objective(r.gain, -1), objective(r.cost, 1)];
      })
    }, rng(runSeed(spec.seed, SEARCH_KEY, 0)), {popSize: spec.population, generations: spec.generations});
  }
  const list = [...designs.values()];
  const fs = list.map((d) => [objective(d.gain, -1), objective(d.cost, 1)]);
  const [first] = nonDominatedFronts(fs);
  for (const i of first ?? []) if (Number.isFinite(fs[i][0]) && Number.isFinite(fs[i][1])) list[i].front = true;
  list.sort((a, b) => Number(b.front) - Number(a.front) || a.cost.mean - b.cost.mean || b.gain.mean - a.gain.mean);
  return {method, space, evaluated, designs: list};
}
