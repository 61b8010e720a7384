// Experimental designs beyond plain replications: one- and two-parameter
// sweeps (every point replicated on common random numbers) and their
// estimates per point.

import {setParameter, type Scenario} from "../participation/scenario.ts";
import {estimate, type Estimate} from "../stats.ts";
import {runReplications, type MeasureRow, type ReplicationOptions} from "./run.ts";

export interface SweepRow extends MeasureRow {
  x: number | string | boolean;
  y?: number | string | boolean;
}

/** One-parameter sweep: replications at each value of `key`. */
export function sweep1(scenario: Scenario, key: string, values: (number | string | boolean)[], options: ReplicationOptions): SweepRow[] {
  const out: SweepRow[] = [];
  const total = values.length * options.reps;
  values.forEach((x, k) => {
    const s = setParameter(scenario, key, x);
    for (const row of runReplications(s, {...options, onProgress: (d) => options.onProgress?.(k * options.reps + d, total)})) out.push({...row, x});
  });
  return out;
}

/** Two-parameter sweep over the grid xs x ys. */
export function sweep2(scenario: Scenario, xKey: string, xs: (number | string | boolean)[], yKey: string, ys: (number | string | boolean)[], options: ReplicationOptions): SweepRow[] {
  const out: SweepRow[] = [];
  const total = xs.length * ys.length * options.reps;
  let k = 0;
  for (const x of xs) for (const y of ys) {
    const s = setParameter(setParameter(scenario, xKey, x), yKey, y);
    const base = k++ * options.reps;
    for (const row of runReplications(s, {...options, onProgress: (d) => options.onProgress?.(base + d, total)})) out.push({...row, x, y});
  }
  return out;
}

/** A sweep's rows grouped by point (x, and y when two parameters vary), in the order points first appear. */
export function groupByPoint(rows: readonly SweepRow[]): SweepRow[][] {
  const groups = new Map<string, SweepRow[]>();
  for (const r of rows) {
    const k = JSON.stringify([r.x, r.y ?? null]);
    let g = groups.get(k);
    if (!g) groups.set(k, (g = []));
    g.push(r);
  }
  return [...groups.values()];
}

/** Estimates per sweep point for one measure. */
export function summariseSweep(rows: SweepRow[], measureKey: string, groups: readonly SweepRow[][] = groupByPoint(rows)): {x: SweepRow["x"]; y?: SweepRow["y"]; measure: string; estimate: Estimate}[] {
  return groups.map((g) => ({x: g[0].x, y: g[0].y, measure: measureKey, estimate: estimate(g.map((r) => r[measureKey] as number))}));
}
