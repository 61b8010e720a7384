// Memory a participation run will take, estimated up front from the scenario
// so that a size that cannot fit is refused before any work, saying why.
// The figures are bytes per unit of the compiled model (model.ts: arrays of
// maxCases = users x horizon, caseFit and caseNoise of maxCases x solutions)
// and of the results (engine.ts: one CaseRecord per case, and with a trace one
// small record per case per week after its arrival).

import type {Scenario} from "./scenario.ts";

/** Bytes per case slot of the compiled model, besides the per-solution arrays. */
const SLOT_BYTES = 64;
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

/** Estimated bytes of one run without a trace. */
export function runBytes(s: Scenario): number {
  const slots = s.users.count * s.horizon;
  const S = Object.keys(s.solutions).length;
  return slots * (SLOT_BYTES + 16 * S) + caseArrivals(s).high * RECORD_BYTES;
}

/** Estimated case-weeks of a run's trace: each case appears in every week from its arrival on. */
export function traceCaseWeeks(s: Scenario): number {
  return Math.ceil(caseArrivals(s).high * (s.horizon + 1) / 2);
}

/** Estimated bytes of one run with its trace. */
export function tracedRunBytes(s: Scenario): number {
  return runBytes(s) + traceCaseWeeks(s) * FRAME_CASE_BYTES;
}
