// The 1972 design run under chosen readings, reduced to one tidy row per
// structural variant (means over the four entry-sequence combinations), and
// the paper's qualitative properties checked on those runs.

import {runClassic, type ClassicResult, type ClassicRules} from "../../sim/classic.ts";
import {config1972, design1972, type ClassicDesignPoint} from "../../sim/classicDesign.ts";
import type {Orientation} from "../../sim/gcm1972.ts";
import {rng} from "../../sim/rng.ts";

export interface ClassicReadings extends ClassicRules {
  orientation: Orientation;
  /** Seed for random tie-breaking. */
  seed: string;
}

export const CLASSIC_MEASURES = [
  "resolution", "flight", "oversight", "choicesUnmade", "problemsUnsolved", "problemActivity", "problemLatency",
  "problemShifts", "dmActivity", "dmShifts", "choiceActivePeriods", "energySpent", "energyExcess"
] as const;
export type ClassicMeasure = (typeof CLASSIC_MEASURES)[number];

export interface ClassicVariantRow extends Record<ClassicMeasure, number> {
  variant: number;
  load: string;
  access: string;
  decision: string;
  energy: string;
}

export interface ClassicRun {
  point: ClassicDesignPoint;
  result: ClassicResult;
}

/** The 324 runs of the design under the readings. */
export function runDesign(readings: ClassicReadings): ClassicRun[] {
  const {orientation, seed, ...rules} = readings;
  return design1972().map((point, k) => ({
    point,
    result: runClassic(config1972(point, {...rules, orientation}), {random: rules.tieBreak === "random" ? rng(`${seed}/${k}`) : undefined})
  }));
}

/** One row per structural variant: the measures averaged over its entry-sequence runs. */
export function variantRows(runs: readonly ClassicRun[]): ClassicVariantRow[] {
  const groups = new Map<string, ClassicRun[]>();
  for (const r of runs) {
    const k = `${r.point.load}|${r.point.access}|${r.point.decision}|${r.point.energy}`;
    let g = groups.get(k);
    if (!g) groups.set(k, (g = []));
    g.push(r);
  }
  let variant = 0;
  return Array.from(groups.values(), (g) => {
    const row = {variant: ++variant, load: g[0].point.load, access: g[0].point.access, decision: g[0].point.decision, energy: g[0].point.energy} as ClassicVariantRow;
    for (const m of CLASSIC_MEASURES) row[m] = round(g.reduce((s, r) => s + r.result[m], 0) / g.length);
    return row;
  });
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export interface PropertyCheck {
  id: string;
  holds: boolean;
  /** The numbers behind the verdict, e.g. "light 3.1 < moderate 5.2 < heavy 9.0". */
  evidence: string;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
const f = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : "–");

/**
 * The paper's general properties (gcm-1972.md §3.2) as checks on the runs.
 * Importance follows index 1 = most important unless orientation is "mirror".
 */
export function checkProperties(runs: readonly ClassicRun[], orientation: Orientation): PropertyCheck[] {
  const out: PropertyCheck[] = [];
  // P1: resolution is not the most common style, except under specialized access or light load.
  const general = runs.filter((r) => r.point.access !== "specialized" && r.point.load !== "light");
  const res = general.reduce((s, r) => s + r.result.resolution, 0);
  const other = general.reduce((s, r) => s + r.result.flight + r.result.oversight, 0);
  out.push({id: "p1", holds: res < other, evidence: `resolution ${res} vs flight + oversight ${other}`});
  // P2: more load, more problem activity, more decision difficulty, more flight and oversight.
  const byLoad = (load: string, key: (r: ClassicResult) => number) => mean(runs.filter((r) => r.point.load === load).map((r) => key(r.result)));
  const rising = (key: (r: ClassicResult) => number) => {
    const [a, b, c] = ["light", "moderate", "heavy"].map((l) => byLoad(l, key));
    return {holds: a <= b && b <= c && a < c, text: `${f(a)} ≤ ${f(b)} ≤ ${f(c)}`};
  };
  const activity = rising((r) => r.problemActivity);
  const unmade = rising((r) => r.problemsUnsolved);
  const nonRes = rising((r) => r.flight + r.oversight);
  out.push({id: "p2a", holds: activity.holds, evidence: activity.text});
  out.push({id: "p2b", holds: unmade.holds, evidence: unmade.text});
  out.push({id: "p2c", holds: nonRes.holds, evidence: nonRes.text});
  // P6: important problems are more likely solved than unimportant ones.
  const important = (i: number, n: number) => (orientation === "mirror" ? i > n / 2 : i <= n / 2);
  const solvedShare = (imp: boolean) => {
    let solved = 0, all = 0;
    for (const r of runs) for (const p of r.result.problems) if (p.entry > 0 && important(p.id, r.result.problems.length) === imp) { ++all; if (p.solved !== null) ++solved; }
    return solved / all;
  };
  const pi = solvedShare(true), pu = solvedShare(false);
  out.push({id: "p6", holds: pi > pu, evidence: `${f(pi)} vs ${f(pu)}`});
  // P7: important choices are less likely to resolve problems than unimportant ones.
  const resShare = (imp: boolean) => {
    let resolved = 0, made = 0;
    for (const r of runs) for (const c of r.result.choices) if (c.made !== null && important(c.id, r.result.choices.length) === imp) { ++made; if (c.style === "resolution") ++resolved; }
    return resolved / made;
  };
  const ci = resShare(true), cu = resShare(false);
  out.push({id: "p7", holds: ci < cu, evidence: `${f(ci)} vs ${f(cu)}`});
  // P8: choice failures are concentrated among the most and least important choices.
  const failRate = (edge: boolean) => {
    let failed = 0, all = 0;
    for (const r of runs) {
      const n = r.result.choices.length;
      for (const c of r.result.choices) {
        const isEdge = c.id <= 2 || c.id > n - 2;
        if (c.entry > 0 && isEdge === edge) { ++all; if (c.made === null) ++failed; }
      }
    }
    return failed / all;
  };
  const fe = failRate(true), fm = failRate(false);
  out.push({id: "p8", holds: fe > fm, evidence: `${f(fe)} vs ${f(fm)}`});
  return out;
}
