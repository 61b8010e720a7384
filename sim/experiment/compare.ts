// Options compared on common random numbers: estimates per option and the
// paired difference of every option against the first (the reference).

import {MEASURE_KEYS} from "../participation/measures.ts";
import type {Scenario} from "../participation/scenario.ts";
import {estimate, pairedDifference, type Estimate} from "../stats.ts";
import {runReplications, type MeasureRow, type ReplicationOptions} from "./run.ts";

export interface OptionEstimate {
  measure: string;
  option: string;
  estimate: Estimate;
}

export interface OptionDifference {
  measure: string;
  /** Reference option. */
  a: string;
  b: string;
  /** b - a, paired over replications. */
  estimate: Estimate;
}

export interface ComparisonResult {
  options: string[];
  estimates: OptionEstimate[];
  differences: OptionDifference[];
}

/**
 * Estimates per option and paired differences of every option against the
 * first (the reference). Rows must come from common random numbers: the same
 * replication indices in the same order for every option.
 */
export function compareOptions(rowsByOption: Record<string, MeasureRow[]>, measures: readonly string[] = MEASURE_KEYS): ComparisonResult {
  const options = Object.keys(rowsByOption);
  if (options.length < 1) throw new Error("invalid options: none given (allowed: 1 or more)");
  const col = (o: string, m: string) => rowsByOption[o].map((r) => r[m] as number);
  const reps = rowsByOption[options[0]].map((r) => r.replication).join();
  for (const o of options) {
    if (rowsByOption[o].map((r) => r.replication).join() !== reps)
      throw new Error(`invalid comparison: option ${o} has other replications than ${options[0]} (common random numbers need the same ones)`);
  }
  const estimates: OptionEstimate[] = [];
  const differences: OptionDifference[] = [];
  for (const m of measures) {
    for (const o of options) estimates.push({measure: m, option: o, estimate: estimate(col(o, m))});
    for (const o of options.slice(1)) differences.push({measure: m, a: options[0], b: o, estimate: pairedDifference(col(options[0], m), col(o, m))});
  }
  return {options, estimates, differences};
}

/** Runs every option on common random numbers and compares them. */
export function compareScenarios(scenarios: Scenario[], options: ReplicationOptions, names?: string[]): ComparisonResult {
  const labels = names ?? uniqueNames(scenarios.map((s) => s.id));
  const rows: Record<string, MeasureRow[]> = {};
  const total = scenarios.length * options.reps;
  scenarios.forEach((s, k) => {
    rows[labels[k]] = runReplications(s, {...options, onProgress: (d) => options.onProgress?.(k * options.reps + d, total)});
  });
  return compareOptions(rows);
}

function uniqueNames(ids: string[]): string[] {
  const seen = new Map<string, number>();
  return ids.map((id) => {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}#${n}`;
  });
}

/** The share of a full effect the ablated run loses, (full - ablated) / full; NaN when the full effect is 0 or missing. */
export function shareLost(full: number, ablated: number): number {
  return Number.isFinite(full) && Number.isFinite(ablated) && full !== 0 ? (full - ablated) / full : NaN;
}
