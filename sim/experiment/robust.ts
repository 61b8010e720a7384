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
import {discover, type Discovery, type DiscoveryOptions} from "./discovery/region.ts";
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

/** The comparison at the given values and on every draw. */
export function runRobust(setup: RobustSetup): RobustResult {
  const {names, draws, reps, seed} = setup;
  if (!Number.isInteger(draws) || draws < MIN_DRAWS || draws > MAX_DRAWS) throw new Error(`invalid --robust: ${draws} (allowed: an integer from ${MIN_DRAWS} to ${MAX_DRAWS})`);
  const fixes = setup.fixes.map(([k, v]) => [k, v] as [string, string]);
  const scenarios = applyFixes(setup.scenarios, fixes);
  const columns = robustColumns(scenarios, fixes);
  const params = drawnParameters(fixes);
  const fractions = drawsOf(params, draws, rng(runSeed(seed, ROBUST_KEY, 0)));
  const total = (draws + 1) * scenarios.length * reps;
  let done = 0;
  const runAll = (ss: readonly Scenario[]) => {
    const rows: Record<string, MeasureRow[]> = {};
    ss.forEach((s, k) => {
      rows[names[k]] = runReplications(s, {reps, seed, onProgress: (d) => setup.onProgress?.(done + d, total)});
      done += reps;
    });
    return judge(rows);
  };
  const base = runAll(scenarios);
  const out: RobustDraw[] = [];
  for (const f of fractions) {
    // the draw first, then the planner's fixed values on top
    const drawn = applyFixes(scenarios.map((s) => applyDraw(s, f)), fixes);
    const j = runAll(drawn);
    out.push({values: columns.map((c) => getParameter(drawn[c.option], c.key) as number), mean: j.mean, judgement: j.judgement});
  }
  return {
    options: [...names], measures: HEADLINE_MEASURES, columns, drawn: params.map((p) => p.key), fixes, reps, seed,
    base: base.result, baseJudgement: base.judgement, draws: out
  };
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

/** Share of draws in which each headline judgement holds, and where it does not hold everywhere, the regions. */
export function analyseRobust(r: RobustResult, options: DiscoveryOptions = {}): RobustFinding[] {
  const x = r.columns.map((_, c) => Float64Array.from(r.draws, (d) => d.values[c]));
  const names = r.columns.map((c) => c.key);
  const out: RobustFinding[] = [];
  r.options.slice(1).forEach((option, o) => {
    r.measures.forEach((measure, m) => {
      const judgement = r.baseJudgement[o][m];
      const holds = r.draws.map((d) => d.judgement[o][m] === judgement);
      const n = holds.filter(Boolean).length;
      const interest = n === r.draws.length ? null : 2 * n <= r.draws.length ? "holds" : "fails";
      const discovery = interest === null || names.length === 0 ? null : discover(names, x, holds.map((h) => (interest === "holds" ? h : !h)), options);
      out.push({option, measure, judgement, holds: n, draws: r.draws.length, interest, discovery});
    });
  });
  return out;
}
