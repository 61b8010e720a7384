// An estimate of the work a page is about to start (runs and seconds), from
// the scenarios' size, so that a link to a heavy scenario (500 users over
// 520 weeks: most of a second per run) asks before it starts minutes of runs.
// A run's time is about linear in its cases (users x cases per user per year
// x years) with a small part per user-week. The constants were measured with
// Node 20 on a 2-core development machine, one run of team, rg-decide and
// transfer-visit at 100 users x 260 weeks and 500 x 520: 0.04-0.14 ms per case
// (0.8 s for team at 500 x 520). An estimate, within a factor of about 2.

import {getParameter, type Scenario} from "../participation/scenario.ts";

/** Milliseconds per case of a run, and per user-week (measured, see above). */
export const MS_PER_CASE = 0.06;
export const MS_PER_USER_WEEK = 0.001;

/**
 * Estimated work above which a page asks before it starts (seconds of wall
 * time): about a minute, so the presets run at once even at Compare's most
 * replications (4 x 5,000: about 30 s on 2 workers) and a link to a large
 * scenario does not.
 */
export const CONFIRM_SECONDS = 60;

export interface WorkEstimate {
  /** Runs to be made. */
  runs: number;
  /** Estimated wall time in seconds, spread over `workers` (at least the longest run). */
  seconds: number;
  workers: number;
  /** The largest scenario among them: users and weeks. */
  users: number;
  weeks: number;
}

const num = (s: Scenario, key: string, fallback: number): number => {
  const x = Number(getParameter(s, key));
  return Number.isFinite(x) && x >= 0 ? x : fallback;
};

/** Estimated milliseconds of one run of a scenario. */
export function runMilliseconds(s: Scenario): number {
  const users = num(s, "users.count", 0), weeks = num(s, "horizon", 0), perYear = num(s, "users.casesPerYear", 0);
  return MS_PER_CASE * users * perYear * (weeks / 52) + MS_PER_USER_WEEK * users * weeks;
}

/** The work of `reps` replications of each scenario on `workers` workers. */
export function estimateWork(scenarios: readonly Scenario[], reps: number, workers: number): WorkEstimate {
  const w = Math.max(1, Math.floor(workers));
  let ms = 0, longest = 0, users = 0, weeks = 0;
  for (const s of scenarios) {
    const one = runMilliseconds(s);
    ms += one * reps;
    longest = Math.max(longest, one);
    users = Math.max(users, num(s, "users.count", 0));
    weeks = Math.max(weeks, num(s, "horizon", 0));
  }
  // runs share the workers, but one run is never split
  return {runs: scenarios.length * reps, seconds: Math.max(ms / w, longest) / 1000, workers: w, users, weeks};
}

/** Whether a page should ask before starting this work. */
export function needsConfirm(e: WorkEstimate): boolean {
  return e.seconds > CONFIRM_SECONDS;
}
