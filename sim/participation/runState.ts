// The state of one participation run in progress, and the shapes a run
// reports (frames, records). Shared by the run's parts: set-up (setup.ts),
// the weekly step (week.ts), the case decision (decideCase.ts) and frames
// (frames.ts).

import type {Random} from "../rng.ts";
import {STATE, type ParticipationModel} from "./model.ts";
import type {CaseRecord, ParticipationSummary} from "./records.ts";
import type {ScenarioEdit} from "./edits.ts";
import type {UserFrame, UserRecord} from "./usersOverTime.ts";

export interface ParticipationFrame {
  week: number;
  /** Per arena: whether it met, the cases taken up, and who attended (role ids, "consultant", "user", "proxy", advocate ids). */
  arenas: {id: string; meeting: boolean; cases: number[]; attendees: string[]; energy?: number; required?: number}[];
  cases: {id: number; state: "waiting" | "attached" | "decided" | "lost"; at: string | null}[];
  decided: {id: number; style: string; step: string; shown?: string[]; by?: "user" | "proxy" | null; advocate?: string | null}[];
  /**
   * The solution stream this week: each solution adopted at an arena (with
   * the case it was coupled to), and every other solution with free places,
   * looking for a problem (at: null).
   */
  solutions: {id: string; at: string | null; case: number | null; free?: number | null}[];
  staffEnergyLeft: number;
  /** Users over time: each user's competence, trust and motivation at the end of the week. */
  users?: UserFrame;
}
// Trace-only detail of a frame (the classroom's picture): an arena's energy
// (accumulated on its in-session choices this week, against what they require),
// per decision the options shown and who spoke for the user, and each
// solution's free places (null: no limit).

export interface ParticipationRun {
  scenario: string;
  seed: string;
  summary: ParticipationSummary;
  cases: CaseRecord[];
  /** Per user: start and end of competence, trust and motivation, hand-offs, energy spent, mean influence. */
  users: UserRecord[];
  trace?: ParticipationFrame[];
}

export interface ParticipationOptions {
  seed: string;
  /** An injected random source (default: the project's generator seeded with `seed`). */
  random?: Random;
  /** Keep every week's frame in the run's `trace` (the classroom's picture of a whole run). */
  trace?: boolean;
  /** Build each week's frame and hand it back from `step()` without keeping it (a run played live). */
  frames?: boolean;
  /** Compute counterfactual influence (default true). Without it, influence is null and the ladder's "changed the outcome" test falls back to "the preference was realised with a positive voice". */
  counterfactuals?: boolean;
  /** Parameter changes that hold from their week on (edits.ts), e.g. adopted service changes; the model is restored after the run. */
  edits?: readonly ScenarioEdit[];
}

export interface RunState {
  model: ParticipationModel;
  random: Random;
  counterfactuals: boolean;
  totalCases: number;
  nCases: number;
  nActive: number;
  meetings: number;
  staffEnergy: number;
  refusals: number;
  postponements: number;
  /** Hours of internal advocates this week (taken from the staff's hours next week) and of external ones over the run (paid). */
  internalHours: number;
  internalTotal: number;
  externalHours: number;
  frame: ParticipationFrame | null;
}

const ST_WAITING = STATE.waiting;

/** A case goes back to the stream (nothing available, or a proposal refused). */
export function reopen(st: RunState, c: number): void {
  st.model.caseState[c] = ST_WAITING;
  st.model.caseAt[c] = -1;
  st.model.core.reopenProblem(c);
}

export function postpone(st: RunState, c: number): void {
  st.model.casePostponed[c]++;
  st.postponements++;
  reopen(st, c);
}
