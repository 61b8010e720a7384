// Outcomes by importance from classic run details (index 1 = most important,
// docs/classic-1972.md §1.4): for problems, the share solved; for choices, the share
// made by each style or not made. Counts over runs, only entities that entered.

import type {ClassicResult} from "../sim/classic/engine.ts";

export type ImportanceEntity = "problems" | "choices";
export type ImportanceOutcome = "solved" | "unsolved" | "resolution" | "flight" | "oversight" | "unmade";

export interface ImportanceRow {
  entity: ImportanceEntity;
  /** Importance rank: 1 = most important. */
  rank: number;
  outcome: ImportanceOutcome;
  /** Entities of this rank with this outcome, over all runs. */
  count: number;
  /** Entities of this rank that entered, over all runs. */
  n: number;
  share: number;
}

export const PROBLEM_OUTCOMES: readonly ImportanceOutcome[] = ["solved", "unsolved"];
export const CHOICE_OUTCOMES: readonly ImportanceOutcome[] = ["resolution", "flight", "oversight", "unmade"];

/** Tidy outcome shares by importance rank over many classic results. */
export function importanceData(results: readonly Pick<ClassicResult, "choices" | "problems">[], options: {orientation?: "index1" | "mirror"} = {}): ImportanceRow[] {
  if (!Array.isArray(results) || results.length === 0) throw new Error("invalid data for importanceData: expected at least one classic result");
  const orientation = options.orientation ?? "index1";
  if (orientation !== "index1" && orientation !== "mirror") throw new Error(`invalid orientation: ${orientation} (allowed: index1, mirror)`);
  // Rank 1 is the most important: index 1 (pinned), or the last index under the mirror reading.
  const rank = (id: number, n: number) => (orientation === "mirror" ? n - id + 1 : id);
  const problems = new Map<number, number[]>(); // rank -> [solved, unsolved]
  const choices = new Map<number, number[]>(); // rank -> [resolution, flight, oversight, unmade]
  for (const r of results) {
    if (!Array.isArray(r.problems) || !Array.isArray(r.choices)) throw new Error("invalid classic result: needs per-problem and per-choice details");
    for (const p of r.problems) {
      if (p.entry <= 0) continue;
      const k = rank(p.id, r.problems.length);
      const c = problems.get(k) ?? [0, 0];
      c[p.solved === null ? 1 : 0] += 1;
      problems.set(k, c);
    }
    for (const ch of r.choices) {
      if (ch.entry <= 0) continue;
      const k = rank(ch.id, r.choices.length);
      const c = choices.get(k) ?? [0, 0, 0, 0];
      c[ch.style === null ? 3 : ch.style === "resolution" ? 0 : ch.style === "flight" ? 1 : 2] += 1;
      choices.set(k, c);
    }
  }
  const rows: ImportanceRow[] = [];
  const push = (entity: ImportanceEntity, counts: Map<number, number[]>, outcomes: readonly ImportanceOutcome[]) => {
    for (const rank of [...counts.keys()].sort((a, b) => a - b)) {
      const c = counts.get(rank)!;
      const n = c.reduce((a, b) => a + b, 0);
      outcomes.forEach((outcome, k) => rows.push({entity, rank, outcome, count: c[k], n, share: c[k] / n}));
    }
  };
  push("problems", problems, PROBLEM_OUTCOMES);
  push("choices", choices, CHOICE_OUTCOMES);
  return rows;
}
