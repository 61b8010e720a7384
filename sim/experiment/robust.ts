// Where does a comparison's verdict hold? The uncertain parameters are drawn
// over their plausible range (a Latin hypercube over the claims' spread,
// sim/participation/claims.ts: half to double, probabilities and shares
// ±0.3, parameters at 0 stay at 0, clipped to the declared range), except
// those the planner fixes; every option runs on each draw with common random
// numbers (replication r has the same seed in every option and draw, the
// compare command's); the verdict's headline judgement in each draw is set
// against the one at the given values, and where it does not hold in every
// draw, scenario discovery (discovery/region.ts) describes where it does.

import {applyDraw, drawsOf, spreadParameters, spreadRange} from "../participation/claims.ts";
import type {Bilingual, ParamDecl} from "../participation/parameters.ts";
import {getParameter, setParameter, type Scenario} from "../participation/scenario.ts";
import {rng} from "../rng.ts";
import {runSeed} from "../seeds.ts";
import {compareOptions, type ComparisonResult} from "./compare.ts";
import {Prim} from "./discovery/prim.ts";
import {discover, type Discovery, type DiscoveryOptions, type Region} from "./discovery/region.ts";
import {runReplications, type MeasureRow} from "./run.ts";
import {COST_MEASURES, HEADLINE_MEASURES, verdict, type VerdictFinding} from "./verdict.ts";

/** The seed key of the draws: the hypercube of a robustness run with base seed S comes from runSeed(S, ROBUST_KEY, 0). */
export const ROBUST_KEY = "robust";
/** Fewest and most draws a robustness run takes. */
export const MIN_DRAWS = 10;
export const MAX_DRAWS = 10000;

/** An input of the analysis: one drawn parameter as it is set in one option (the first that has it). */
export interface RobustColumn {
  /** The declared key ("arenas.*.hoursPerCase") and the concrete one read ("arenas.visit.hoursPerCase"). */
  param: string;
  key: string;
  label: Bilingual;
  unit: string;
  integer: boolean;
  /** Index of the option whose drawn value is read. */
  option: number;
  /** The range drawn, around that option's value. */
  range: [number, number];
}

/** The sign of a headline difference as the verdict judges it: 1 clearly higher, -1 clearly lower, 0 not clear. */
export type Judgement = -1 | 0 | 1;

export function judgementOf(f: VerdictFinding): Judgement {
  return !f.clear ? 0 : f.direction === "higher" ? 1 : -1;
}

export interface RobustDraw {
  /** The drawn value of each column. */
  values: number[];
  /** Per option after the first, per headline measure: the mean paired difference and its judgement. */
  mean: number[][];
  judgement: Judgement[][];
}

export interface RobustResult {
  options: string[];
  measures: readonly string[];
  columns: RobustColumn[];
  /** Parameters drawn (declared keys). */
  drawn: string[];
  fixes: [string, string][];
  reps: number;
  seed: string;
  /** The comparison at the given values, and its judgements (per option after the first, per headline measure). */
  base: ComparisonResult;
  baseJudgement: Judgement[][];
  draws: RobustDraw[];
}

/** Sets the fixed parameters in every option that has them; a key no option has, or a bad value, is an error naming --fix. */
export function applyFixes(scenarios: readonly Scenario[], fixes: readonly [string, string][]): Scenario[] {
  const out = [...scenarios];
  for (const [key, value] of fixes) {
    let used = false;
    for (let k = 0; k < out.length; ++k) {
      if (getParameter(out[k], key) === undefined && out.length > 1) continue;
      try {
        out[k] = setParameter(out[k], key, value);
        used = true;
      } catch (e) {
        throw new Error((e as Error).message.replace(/^invalid /, "invalid --fix "));
      }
    }
    if (!used) {
      try { setParameter(out[0], key, value); } catch (e) { throw new Error((e as Error).message.replace(/^invalid /, "invalid --fix ")); }
      throw new Error(`invalid --fix ${key}: no option has this parameter`);
    }
  }
  return out;
}

function fixedParam(p: ParamDecl, fixes: readonly [string, string][]): boolean {
  return !p.key.includes("*") && fixes.some(([k]) => k === p.key);
}

/** The parameters drawn: the claims' spread less those fixed (a collection parameter stays drawn for the members not fixed). */
export function drawnParameters(fixes: readonly [string, string][]): ParamDecl[] {
  return spreadParameters().filter((p) => !fixedParam(p, fixes));
}

/** The analysis inputs: each drawn parameter with a range of non-zero width in some option, read where it is first found. */
export function robustColumns(scenarios: readonly Scenario[], fixes: readonly [string, string][]): RobustColumn[] {
  const fixed = new Set(fixes.map(([k]) => k));
  const out: RobustColumn[] = [];
  for (const p of drawnParameters(fixes)) {
    const [head, star, field] = p.key.split(".");
    found: for (let k = 0; k < scenarios.length; ++k) {
      const s = scenarios[k];
      const members = star === "*" ? Object.entries((s as unknown as Record<string, Record<string, {label?: Bilingual}>>)[head] ?? {}) : [[null, null] as const];
      for (const [id, member] of members) {
        const key = id === null ? p.key : `${head}.${id}.${field}`;
        const v = getParameter(s, key);
        if (typeof v !== "number" || fixed.has(key)) continue;
        const range = spreadRange(p, v);
        if (!(range[1] > range[0])) continue;
        const who = id === null ? null : member?.label ?? {en: id, nb: id};
        out.push({
          param: p.key, key, unit: p.unit, integer: p.type === "integer", option: k, range,
          label: who ? {en: `${who.en}: ${p.label.en}`, nb: `${who.nb}: ${p.label.nb}`} : p.label
        });
        break found;
      }
    }
  }
  return out;
}

// the verdict judges costs on all of them, so every cost is compared
const SUBSET: readonly string[] = [...HEADLINE_MEASURES, ...COST_MEASURES];

function judge(rows: Record<string, MeasureRow[]>): {result: ComparisonResult; mean: number[][]; judgement: Judgement[][]} {
  const result = compareOptions(rows, SUBSET);
  const lines = verdict(result, SUBSET);
  return {
    result,
    mean: lines.map((l) => l.headline.map((f) => f.estimate.mean)),
    judgement: lines.map((l) => l.headline.map(judgementOf))
  };
}

export interface RobustSetup {
  scenarios: readonly Scenario[];
  names: readonly string[];
  draws: number;
  reps: number;
  seed: string;
  fixes: readonly [string, string][];
  /** Runs done of all (draws + 1) x options x reps. */
  onProgress?: (done: number, total: number) => void;
}

/** What a robustness run computes: the options with the fixes applied and the hypercube's draws (made into scenarios one draw at a time, planDraw). */
export interface RobustPlan {
  names: string[];
  scenarios: Scenario[];
  columns: RobustColumn[];
  drawn: string[];
  fixes: [string, string][];
  reps: number;
  seed: string;
  fractions: Record<string, number>[];
}

/** The scenarios a robustness run needs (checks the number of draws and the fixes); the page runs them in its workers. */
export function robustPlan(setup: Omit<RobustSetup, "onProgress">): RobustPlan {
  const {draws, reps, seed} = setup;
  if (!Number.isInteger(draws) || draws < MIN_DRAWS || draws > MAX_DRAWS) throw new Error(`invalid --robust: ${draws} (allowed: an integer from ${MIN_DRAWS} to ${MAX_DRAWS})`);
  const fixes = setup.fixes.map(([k, v]) => [k, v] as [string, string]);
  const scenarios = applyFixes(setup.scenarios, fixes);
  const params = drawnParameters(fixes);
  const fractions = drawsOf(params, draws, rng(runSeed(seed, ROBUST_KEY, 0)));
  return {
    names: [...setup.names], scenarios, columns: robustColumns(scenarios, fixes), drawn: params.map((p) => p.key), fixes, reps, seed,
    fractions
  };
}

/** The options of draw k: the draw first, then the planner's fixed values on top. */
export function planDraw(plan: RobustPlan, k: number): Scenario[] {
  return applyFixes(plan.scenarios.map((s) => applyDraw(s, plan.fractions[k])), plan.fixes);
}

/** One draw's judgements from its options' rows (in option order). */
export function robustDraw(plan: RobustPlan, k: number, rows: readonly MeasureRow[][], scenarios = planDraw(plan, k)): RobustDraw {
  const j = judge(Object.fromEntries(plan.names.map((n, i) => [n, rows[i]])));
  return {values: plan.columns.map((c) => getParameter(scenarios[c.option], c.key) as number), mean: j.mean, judgement: j.judgement};
}

/** The result from the rows at the given values and the judged draws. */
export function robustResult(plan: RobustPlan, baseRows: readonly MeasureRow[][], draws: RobustDraw[]): RobustResult {
  const base = judge(Object.fromEntries(plan.names.map((n, i) => [n, baseRows[i]])));
  return {
    options: [...plan.names], measures: HEADLINE_MEASURES, columns: plan.columns, drawn: plan.drawn, fixes: plan.fixes, reps: plan.reps, seed: plan.seed,
    base: base.result, baseJudgement: base.judgement, draws
  };
}

/** The comparison at the given values and on every draw. */
export function runRobust(setup: RobustSetup): RobustResult {
  const plan = robustPlan(setup);
  const {reps, seed} = plan;
  const total = (plan.fractions.length + 1) * plan.scenarios.length * reps;
  let done = 0;
  const rowsOf = (ss: readonly Scenario[]) => ss.map((s) => {
    const rows = runReplications(s, {reps, seed, onProgress: (d) => setup.onProgress?.(done + d, total)});
    done += reps;
    return rows;
  });
  const baseRows = rowsOf(plan.scenarios);
  const draws = plan.fractions.map((_, k) => {
    const ss = planDraw(plan, k);
    return robustDraw(plan, k, rowsOf(ss), ss);
  });
  return robustResult(plan, baseRows, draws);
}

export interface RobustFinding {
  /** The option (after the first) and headline measure. */
  option: string;
  measure: string;
  judgement: Judgement;
  /** Draws in which the judgement is the same as at the given values. */
  holds: number;
  draws: number;
  /** What the regions describe: where the verdict holds (when it holds in at most half the draws) or where it does not. */
  interest: "holds" | "fails" | null;
  discovery: Discovery | null;
}

/** The analysis inputs (column-major) and, per draw, whether the headline judgement of option o (after the first) on measure m holds. */
function analysisData(r: RobustResult, o: number, m: number): {names: string[]; x: Float64Array[]; holds: boolean[]} {
  return {
    names: r.columns.map((c) => c.key),
    x: r.columns.map((_, c) => Float64Array.from(r.draws, (d) => d.values[c])),
    holds: r.draws.map((d) => d.judgement[o][m] === r.baseJudgement[o][m])
  };
}

/** One option's (after the first) findings on each headline measure. */
export function analyseOption(r: RobustResult, o: number, options: DiscoveryOptions = {}): RobustFinding[] {
  return r.measures.map((measure, m) => {
    const {names, x, holds} = analysisData(r, o, m);
    const judgement = r.baseJudgement[o][m];
    const n = holds.filter(Boolean).length;
    const interest = n === r.draws.length ? null : 2 * n <= r.draws.length ? "holds" : "fails";
    const discovery = interest === null || names.length === 0 ? null : discover(names, x, holds.map((h) => (interest === "holds" ? h : !h)), options);
    return {option: r.options[o + 1], measure, judgement, holds: n, draws: r.draws.length, interest, discovery};
  });
}

/** Share of draws in which each headline judgement holds, and where it does not hold everywhere, the regions. */
export function analyseRobust(r: RobustResult, options: DiscoveryOptions = {}): RobustFinding[] {
  return r.options.slice(1).flatMap((_, o) => analyseOption(r, o, options));
}

/**
 * A finding's first PRIM box at a step the reader chose on its trade-off
 * (PRIM is deterministic, so the trajectory is found again): the step's own
 * limits and counts, no restriction dropped, since the reader chose them.
 * Null when the finding has no box or the trajectory has no such step.
 */
export function stepRegion(r: RobustResult, f: RobustFinding, step: number, options: Pick<DiscoveryOptions, "massMin"> = {}): Region | null {
  const o = r.options.indexOf(f.option) - 1, m = r.measures.indexOf(f.measure);
  if (o < 0 || m < 0 || f.interest === null || !f.discovery?.boxes.length) return null;
  const {names, x, holds} = analysisData(r, o, m);
  const prim = new Prim({columns: names, x, y: holds.map((h) => (f.interest === "holds" ? h : !h))}, {massMin: options.massMin ?? 0.05});
  const s = prim.findBox()?.trajectory.find((q) => q.id === step);
  if (!s) return null;
  const bounds = s.restricted.map((name) => {
    const j = names.indexOf(name), [lo, hi] = s.limits[j], [lo0, hi0] = prim.boxInit[j];
    return {column: j, lower: lo !== lo0 ? lo : null, lowerInclusive: true, upper: hi !== hi0 ? hi : null, upperInclusive: true};
  });
  return {source: "prim", bounds, n: s.n, k: s.k, coverage: s.coverage, density: s.density};
}
