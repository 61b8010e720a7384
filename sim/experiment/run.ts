// One stage of an experiment (as Mesa's batch runner): replications of one
// scenario, each summarised to a tidy row. Replication r of every option uses
// the same seed (common random numbers), so differences between options are
// paired and their intervals narrow (compare.ts); designs.ts varies parameters.

import {ParticipationSimulator, type ParticipationRun} from "../participation/engine.ts";
import {MEASURES} from "../participation/measures.ts";
import type {Scenario} from "../participation/scenario.ts";
import {SHARED_KEY, runSeed} from "../seeds.ts";

/** One tidy record per run: scenario, replication, seed and the measures. */
export interface MeasureRow {
  scenario: string;
  replication: number;
  seed: string;
  [measure: string]: number | string | boolean | undefined;
}

/** The direct measures' keys with their place in a summary (a dotted key: a nested field), split once, not per run. */
const DIRECT = MEASURES.filter((m) => !m.derived).map(({key}) => ({key, path: key.split(".")}));

/** Flattens a run's summary to a tidy row (nested objects become dotted keys). */
export function summaryRow(run: ParticipationRun, replication: number): MeasureRow {
  const row: MeasureRow = {scenario: run.scenario, replication, seed: run.seed};
  const s = run.summary as unknown as Record<string, unknown>;
  for (const {key, path} of DIRECT) {
    const v = path.length === 1 ? s[path[0]] : (s[path[0]] as Record<string, unknown> | undefined)?.[path[1]];
    row[key] = typeof v === "number" ? v : NaN;
  }
  // Derived measures after the direct ones they read (a ratio over zero cases is missing, not zero).
  for (const {key, derived} of MEASURES) {
    if (!derived) continue;
    if ("sum" in derived) row[key] = derived.sum.reduce((acc, k) => acc + (row[k] as number), 0);
    else {
      const [num, den] = derived.ratio.map((k) => row[k] as number);
      row[key] = den > 0 ? num / den : NaN;
    }
  }
  return row;
}

export interface ReplicationOptions {
  reps: number;
  seed: string | number;
  /** First replication index (to split work across workers). */
  first?: number;
  onProgress?: (done: number, total: number) => void;
}

function checkReps(reps: number): void {
  if (!Number.isInteger(reps) || reps < 1) throw new Error(`invalid reps: ${reps} (allowed: an integer >= 1)`);
}

/** Runs replications of one scenario; rows stream to `onRow` when given. */
export function runReplications(scenario: Scenario, options: ReplicationOptions, onRow?: (row: MeasureRow, run: ParticipationRun) => void): MeasureRow[] {
  checkReps(options.reps);
  const rows: MeasureRow[] = [];
  const first = options.first ?? 0;
  // compiled once: the simulator owns the scratch of its runs
  const simulator = new ParticipationSimulator(scenario);
  for (let r = first; r < first + options.reps; ++r) {
    // replication r of every option gets the same seed (common random numbers)
    const run = simulator.run({seed: runSeed(options.seed, SHARED_KEY, r)});
    const row = summaryRow(run, r);
    if (onRow) onRow(row, run); else rows.push(row);
    options.onProgress?.(r - first + 1, options.reps);
  }
  return rows;
}
