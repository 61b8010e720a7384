// Memory a participation run will take, estimated up front from the scenario
// so that a size that cannot fit is refused before any work, saying why.
// The figures are bytes per unit of the compiled model (model.ts: arrays of
// maxCases = users x horizon, caseFit and caseNoise of maxCases x solutions;
// the garbage-can core's problem arrays, one problem per case slot, and its
// choice arrays, horizon + 1 choices per schedule: one per shared arena, one
// per user for a per-user arena) and of the results (engine.ts: one
// CaseRecord per case, and with a trace one small record per case per week
// after its arrival).

import type {Scenario} from "./scenario.ts";

/** Bytes per case slot of the compiled model (case arrays about 82, core problem arrays about 53), besides the per-solution arrays. */
const SLOT_BYTES = 144;
/** Bytes per choice of the core (its choice arrays about 84, the model's choice stamp 4). */
const CHOICE_BYTES = 96;
/** Bytes of one case record (a plain object of about 25 fields). */
const RECORD_BYTES = 500;
/** Bytes of one case in one traced week ({id, state, at}). */
const FRAME_CASE_BYTES = 80;

/** Case arrivals: the expected count and a high bound (mean + 4 sd of the Bernoulli arrivals). */
export function caseArrivals(s: Scenario): {expected: number; high: number} {
  const slots = s.users.count * s.horizon;
  const p = Math.min(1, s.users.casesPerYear / 52);
  const expected = slots * p;
  return {expected, high: Math.min(slots, Math.ceil(expected + 4 * Math.sqrt(slots * p * (1 - p))))};
}

/** The core's choices: horizon + 1 per schedule (a shared arena has one schedule, a per-user arena one per user). */
export function coreChoices(s: Scenario): number {
  let schedules = 0;
  for (const id of Object.keys(s.arenas)) schedules += s.arenas[id].perUser ? s.users.count : 1;
  return schedules * (s.horizon + 1);
}

/** Estimated bytes of one run without a trace. */
export function runBytes(s: Scenario): number {
  const slots = s.users.count * s.horizon;
  const S = Object.keys(s.solutions).length;
  return slots * (SLOT_BYTES + 16 * S) + coreChoices(s) * CHOICE_BYTES + caseArrivals(s).high * RECORD_BYTES;
}

/** Estimated case-weeks of a run's trace: each case appears in every week from its arrival on. */
export function traceCaseWeeks(s: Scenario): number {
  return Math.ceil(caseArrivals(s).high * (s.horizon + 1) / 2);
}

/** Estimated bytes of one run with its trace. */
export function tracedRunBytes(s: Scenario): number {
  return runBytes(s) + traceCaseWeeks(s) * FRAME_CASE_BYTES;
}
