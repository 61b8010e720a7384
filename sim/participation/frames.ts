// Trace only: the frame of a week, the classroom's picture (which arenas
// met, their cases, attendees and energy; the decisions with what was shown
// and who spoke; the solutions and their free places).

import {PROBLEM} from "./core.ts";
import {STATE, STATE_NAMES, type ParticipationModel} from "./model.ts";
import type {ParticipationFrame, RunState} from "./runState.ts";
import {userFrame} from "./usersOverTime.ts";

const ST_ATTACHED = STATE.attached, ST_DECIDED = STATE.decided;

/** The arenas of a frame: which met (an occasion in session that a case or professional came to), their cases and attendees. */
export function framePlaces(st: RunState, frame: ParticipationFrame): void {
  const m = st.model, core = m.core;
  for (let a = 0; a < m.A; ++a) frame.arenas.push({id: m.arenaIds[a], meeting: false, cases: [], attendees: m.arenaConsultant[a] ? ["consultant"] : []});
  for (let i = 0; i < st.nActive; ++i) {
    const c = m.active[i], j = core.pAt[c];
    if (j < 0 || core.pState[c] === PROBLEM.none) continue;
    const fa = frame.arenas[core.choiceClass[j]];
    fa.meeting = true;
    fa.cases.push(c);
  }
  for (let k = 0; k < core.energy.length; ++k) {
    const j = core.dAt[k];
    if (j < 0) continue;
    const fa = frame.arenas[core.choiceClass[j]];
    fa.meeting = true;
    const role = m.roleIds[m.personRole[k]];
    if (!fa.attendees.includes(role)) fa.attendees.push(role);
  }
  frameEnergy(st, frame);
}

/** Trace only: each meeting arena's energy on the choices someone came to this week, against what they require. */
function frameEnergy(st: RunState, frame: ParticipationFrame): void {
  const m = st.model, core = m.core;
  const seen = new Set<number>();
  for (let i = 0; i < st.nActive; ++i) { const j = core.pAt[m.active[i]]; if (j >= 0 && core.pState[m.active[i]] !== PROBLEM.none) seen.add(j); }
  for (let k = 0; k < core.energy.length; ++k) if (core.dAt[k] >= 0) seen.add(core.dAt[k]);
  for (const j of seen) {
    const fa = frame.arenas[core.choiceClass[j]];
    fa.energy = (fa.energy ?? 0) + core.EE[j];
    fa.required = (fa.required ?? 0) + core.ER[j];
  }
}

/** Trace only: the ids of the solutions marked in a shown-set. */
export function shownIds(m: ParticipationModel, shown: Uint8Array): string[] {
  const out: string[] = [];
  for (let j = 0; j < m.S; ++j) if (shown[j]) out.push(m.solutionIds[j]);
  return out;
}

/** Trace only: the options shown to the user at the decision just recorded, who spoke for the user, and the advocate. */
export function frameDecision(frame: ParticipationFrame, shown: string[], by: "user" | "proxy" | null, advocate: string | null): void {
  const d = frame.decided[frame.decided.length - 1];
  d.shown = shown;
  d.by = by;
  d.advocate = advocate;
}

/** Trace only: each solution's free places this week (null: no limit). */
function frameFreePlaces(frame: ParticipationFrame, m: ParticipationModel): void {
  for (const x of frame.solutions) {
    const j = m.solutionIds.indexOf(x.id);
    x.free = j < 0 || m.solPlaces[j] === 0 ? null : Math.max(0, m.solPlaces[j] - m.occupancy[j]);
  }
}

/** Completes a week's frame after the week: where each case stands, the solutions not coupled this week, free places, users. */
export function endFrame(st: RunState, f: ParticipationFrame): void {
  const m = st.model;
  for (let c = 0; c < st.nCases; ++c) {
    const state = m.caseState[c];
    const at = state === ST_ATTACHED || state === ST_DECIDED ? m.caseAt[c] : -1;
    f.cases.push({id: c, state: STATE_NAMES[state], at: at >= 0 ? m.arenaIds[at] : null});
  }
  // solutions not coupled this week: at the arena they went to looking for a problem, or waiting (free places, none in session)
  for (let j = 0; j < m.S; ++j) {
    const id = m.solutionIds[j];
    if (f.solutions.some((x) => x.id === id)) continue;
    const at = m.core.sAt[j];
    if (at >= 0) f.solutions.push({id, at: m.arenaIds[m.core.choiceClass[at]], case: null});
    else if (m.solPlaces[j] === 0 || m.occupancy[j] < m.solPlaces[j]) f.solutions.push({id, at: null, case: null});
  }
  frameFreePlaces(f, m);
  f.users = userFrame(m);
}
