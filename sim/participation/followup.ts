// Follow-up as an arena of its own (004, the task-centred approach against
// improvised "kaffeselskap", Eriksen «Funn 2», 004:L891-911). At a follow-up arena a goal is
// set before the staff narrow the options, and the staff add a weight to it:
//   - structured, goal set by the user (Eriksen «Brukermedvirkning og bo-oppfølging», 004:L295-299): the user's own first
//     choice (their fit judged with their own preference error), when the
//     user is present and their cognition is at or above the threshold;
//   - otherwise the worker sets it from their view of what the user wants:
//     fit plus an error of sd viewNoise x (1 - accuracy), drawn fresh; with
//     the user too ill to attend the worker is the spokesperson
//     (Eriksen «Funn 3», 004:L1045-1070) and the ladder records the decision as made without
//     the user (not represented);
//   - structured work with the user present raises the accuracy of the
//     worker's view of that user (mapping, Eriksen «Funn 3», 004:L1009-1021) unless the
//     user's cognition is below the threshold (Eriksen «Omsorg og/eller medvirkning?», 004:L1426-1438).
// Mismatch (Eriksen «Brukers eller boveileders begrunnelser?», 004:L1450-1466: the worker took the goal to be keeping the flat,
// the tenant's was setting limits to a troublesome friend): the goal is not
// what the user wants, their own first choice among the candidates;
// recorded per follow-up decision (a goal the user set never mismatches).

import {randomNormal, type Random} from "../rng.ts";
import type {Scenario} from "./scenario.ts";

export const FOLLOWUP = {none: 0, structured: 1, improvised: 2} as const;
/** Per case: not a follow-up decision, goal matched the best fit, goal mismatched. */
export const GOAL = {none: 0, matched: 1, mismatched: 2} as const;

export interface Followup {
  readonly any: boolean;
  readonly arenaKind: Uint8Array;
  readonly goalByUser: boolean;
  readonly goalWeight: number;
  readonly viewNoise: number;
  readonly accuracyStart: number;
  readonly accuracyGain: number;
  readonly threshold: number;
  readonly typeCognition: Float64Array;
  /** Per user: accuracy of the worker's view (scratch of one run). */
  readonly accuracy: Float64Array;
  /** Per case: GOAL code. */
  readonly caseGoal: Uint8Array;
}

/** The fields a run writes; the others come from the scenario and change with an edit (edits.ts). */
export const FOLLOWUP_SCRATCH = ["accuracy", "caseGoal"] as const satisfies readonly (keyof Followup)[];

export function compileFollowup(s: Scenario, U: number, maxCases: number): Followup {
  const arenaKind = Uint8Array.from(Object.values(s.arenas), (a) => FOLLOWUP[a.followup]);
  return {
    any: arenaKind.some((k) => k !== FOLLOWUP.none), arenaKind,
    goalByUser: s.followup.goalBy === "user", goalWeight: s.followup.goalWeight, viewNoise: s.followup.viewNoise,
    accuracyStart: s.followup.accuracyStart, accuracyGain: s.followup.accuracyGain, threshold: s.followup.cognitionThreshold,
    typeCognition: Float64Array.from(Object.values(s.userTypes), (t) => t.cognition),
    accuracy: new Float64Array(U), caseGoal: new Uint8Array(maxCases)
  };
}

export function resetFollowup(f: Followup): void {
  f.accuracy.fill(f.accuracyStart);
  f.caseGoal.fill(GOAL.none);
}

/**
 * Sets the goal of case c at follow-up arena a (kind != none) and adds its
 * weight to the staff's scores. `userFit[j]` is the user's own judgement of
 * fit (fit plus their preference error). Draws S normals when the worker
 * sets the goal. Returns the goal (-1 when no candidate).
 */
export function setGoal(f: Followup, kind: number, c: number, u: number, y: number, present: boolean, fit: Float64Array, userFit: Float64Array,
  candidate: Uint8Array, staff: Float64Array, random: Random): number {
  const S = fit.length;
  const able = f.typeCognition[y] >= f.threshold;
  const byUser = kind === FOLLOWUP.structured && f.goalByUser && present && able;
  const sd = f.viewNoise * (1 - f.accuracy[u]);
  let goal = -1, best = -1, gs = -Infinity, bs = -Infinity;
  for (let j = 0; j < S; ++j) {
    if (!candidate[j]) continue;
    const v = byUser ? userFit[j] : fit[j] + sd * randomNormal(random);
    if (v > gs) { gs = v; goal = j; }
    if (userFit[j] > bs) { bs = userFit[j]; best = j; }
  }
  if (goal < 0) return -1;
  staff[goal] += f.goalWeight;
  f.caseGoal[c] = goal === best ? GOAL.matched : GOAL.mismatched;
  return goal;
}

/** After a structured follow-up decision with the user present: mapping sharpens the worker's view, unless cognition is below the threshold. */
export function afterFollowup(f: Followup, kind: number, u: number, y: number, present: boolean): void {
  if (kind !== FOLLOWUP.structured || !present || f.typeCognition[y] < f.threshold) return;
  f.accuracy[u] += f.accuracyGain * (1 - f.accuracy[u]);
}
