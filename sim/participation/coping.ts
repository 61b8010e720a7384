// Street-level coping under load (Lipsky, in Strømme §2.7, 001:L982-1000): organisational
// policies that cut the staff's load and cut users' access.
//   - limited opening hours: case-triggered arenas (the office's door) take
//     cases only in a share of the weeks, spread evenly;
//   - a triage desk: at most triageCapacity new cases a week are let through
//     to the arenas; the rest queue (and may leave by flight, patience);
//   - creaming (Strømme «Konklusjon», 001:L4172-4174): each place at the desk goes with this
//     probability to the loudest queued user (competence plus a network:
//     a relative or guardian), else to the longest-waiting case;
//   - lowering expectations: readiness to refuse x (1 - expectationCut).
// The administrative share of time is load.adminShare (Strømme §4.4.2, 001:L3661-3665).
// With the switches off (limitedHours, triage, lowerExpectations) the
// engine runs exactly as without this module.

import type {Random} from "../rng.ts";
import type {Scenario} from "./scenario.ts";

export interface Coping {
  readonly openShare: number;
  readonly triage: boolean;
  readonly capacity: number;
  readonly creaming: number;
  /** Multiplier of the readiness to refuse (1 - lowerExpectations). */
  readonly refusalFactor: number;
  /** Queued cases in arrival order (scratch of one run). */
  readonly queue: Int32Array;
  queued: number;
}

/** The fields a run writes; the others come from the scenario and change with an edit (edits.ts). */
export const COPING_SCRATCH = ["queue", "queued"] as const satisfies readonly (keyof Coping)[];

export function compileCoping(s: Scenario, maxCases: number): Coping {
  const c = s.coping;
  return {openShare: c.limitedHours ? c.openShare : 1, triage: c.triage, capacity: c.triageCapacity, creaming: c.creaming, refusalFactor: c.lowerExpectations ? 1 - c.expectationCut : 1,
    // room for every case even with the desk closed: an edit may open it during a run
    queue: new Int32Array(maxCases), queued: 0};
}

/** Whether the office's door is open in week t: weeks spread evenly at the open share. */
export function isOpen(cp: Coping, t: number): boolean {
  return cp.openShare >= 1 || Math.floor((t + 1) * cp.openShare) > Math.floor(t * cp.openShare);
}

/**
 * The desk's admissions for this week: up to `capacity` queued cases still
 * waiting (`waiting(c)`), creamed by loudness with probability `creaming`
 * per place (one draw per place, only with creaming > 0). Calls admit(c) for
 * each and compacts the queue (dropping cases no longer waiting).
 */
export function triageWeek(cp: Coping, random: Random, waiting: (c: number) => boolean, loudness: (c: number) => number, admit: (c: number) => void): void {
  const q = cp.queue;
  let n = 0;
  for (let i = 0; i < cp.queued; ++i) if (waiting(q[i])) q[n++] = q[i];
  cp.queued = n;
  if (!cp.triage) {
    // the desk was closed during the run (a scenario edit): everyone still queued goes in, in arrival order, without draws
    for (let i = 0; i < n; ++i) admit(q[i]);
    cp.queued = 0;
    return;
  }
  for (let k = 0; k < cp.capacity && cp.queued > 0; ++k) {
    let pick = 0;
    if (cp.creaming > 0 && random() < cp.creaming) {
      let best = -Infinity;
      for (let i = 0; i < cp.queued; ++i) { const v = loudness(q[i]); if (v > best) { best = v; pick = i; } }
    }
    const c = q[pick];
    for (let i = pick + 1; i < cp.queued; ++i) q[i - 1] = q[i];
    cp.queued--;
    admit(c);
  }
}
