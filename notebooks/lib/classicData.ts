// The 1972 design run under chosen readings, reduced to one tidy row per
// structural variant (means over the four entry-sequence combinations), and
// the paper's qualitative properties checked on those runs.

import {classicSimulator, type ClassicResult} from "../../sim/classic/engine.ts";
import {emptyTally, evaluateProperties, tallyRun, type PropertyCheck, type Tally} from "../../sim/classic/properties.ts";
import {config1972, design1972, designKey, type ClassicDesignPoint} from "../../sim/classic/design.ts";
import type {ClassicReadings} from "../../sim/classic/readings.ts";
import {rng} from "../../sim/rng.ts";
import {runSeed} from "../../sim/seeds.ts";
import {CLASSIC_MEASURES, type ClassicMeasure} from "../../sim/classic/measures.ts";

export {CLASSIC_MEASURES};

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
  /** Adds this run to a property tally (sim/classic/properties.ts). */
  tally(t: Tally): void;
}

export type {PropertyCheck};

/** The 324 runs of the design under the readings (random ties seeded as the CLI's `classic --tie-break random --seed S`). */
export function runDesign(readings: Omit<ClassicReadings, "kind">): ClassicRun[] {
  const {orientation, seed, ...rules} = readings;
  return design1972().map((point) => {
    const sim = classicSimulator(config1972(point, {...rules, orientation}));
    if (rules.tieBreak === "random") sim.source(rng(runSeed(seed, designKey(point), 0)));
    const result = sim.run();
    const tally = emptyTally();
    tallyRun(tally, sim.model, point, orientation);
    return {point, result, tally: (t: Tally) => merge(t, tally)};
  });
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

/** The paper's properties (sim/classic/properties.ts) evaluated on the runs. */
export function checkProperties(runs: readonly ClassicRun[]): PropertyCheck[] {
  const tally = emptyTally();
  for (const r of runs) r.tally(tally);
  return evaluateProperties(tally);
}

/** Adds tally b into a (field by field). */
function merge(a: Tally, b: Tally): void {
  const add = (x: Record<string, unknown>, y: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(y)) {
      if (typeof v === "number") x[k] = (x[k] as number) + v;
      else if (Array.isArray(v)) v.forEach((n, i) => ((x[k] as number[])[i] += n));
      else if (v && typeof v === "object") add(x[k] as Record<string, unknown>, v as Record<string, unknown>);
    }
  };
  add(a as unknown as Record<string, unknown>, b as unknown as Record<string, unknown>);
}
