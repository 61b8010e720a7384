// One week of a participation run: releases and arrivals, choice
// opportunities, the staff's hours and the core's step, the decisions on the
// choices made now, and lost cases (the steps are listed in engine.ts).

import {CHOICE, CORE_COUNTER, PROBLEM} from "./core.ts";
import {MODE, STATE, STYLE, type ParticipationModel} from "./model.ts";
import {triageWeek} from "./coping.ts";
import {decideCase} from "./decideCase.ts";
import {framePlaces} from "./frames.ts";
import {presenceAt} from "./presence.ts";
import {reopen, type RunState} from "./runState.ts";
import {decayMotivation, gaveUp, markWaiting} from "./userState.ts";
import {isOpen} from "./coping.ts";
import {handOff, nextDoor} from "./handoffs.ts";

// Local copies of the numeric codes: module-namespace access costs a getter
// call per use under development transforms (tsx, vitest).
const ST_WAITING = STATE.waiting, ST_ATTACHED = STATE.attached, ST_DECIDED = STATE.decided, ST_LOST = STATE.lost, SY_FLIGHT = STYLE.flight, M_REPORT = MODE.report;
// Local copies of the users-over-time helpers, for the same reason (they run per decision).
const uoDecayMotivation = decayMotivation, uoGaveUp = gaveUp, uoMarkWaiting = markWaiting, uoIsOpen = isOpen, uoNextDoor = nextDoor, uoHandOff = handOff;

function meetsThisWeek(m: ParticipationModel, a: number, offset: number, t: number): boolean {
  if (t < offset) return false;
  return (t - offset) % m.arenaInterval[a] === 0;
}

/**
 * Alternatives a meeting works through for one case: the energy it has per
 * case, less reports (report mode), in units of one alternative's hours, at
 * least one (the case was covered), at most the arena's ceiling (0 = none).
 */
function alternativesWorked(m: ParticipationModel, a: number, energyPerCase: number): number {
  const per = m.arenaHoursPerCase[a] * m.arenaProf[a];
  const reports = m.arenaMode[a] === M_REPORT ? m.arenaReportHours[a] * m.arenaProf[a] : 0;
  let k = per > 0 ? Math.floor((energyPerCase - reports) / per + 1e-9) : m.S;
  if (k < 1) k = 1;
  const ceiling = m.arenaOptions[a];
  return ceiling > 0 && k > ceiling ? ceiling : k;
}

/** Opens the next choice (occasion) of a schedule in week t; with the arena's deadline, it must be made by week t + deadline. */
function openChoice(m: ParticipationModel, sch: number, t: number): void {
  const core = m.core;
  const j = m.nextChoice++;
  const a = m.scheduleArena[sch];
  core.choiceClass[j] = a;
  core.choiceArena[j] = sch;
  core.choiceOwner[j] = m.scheduleOwner[sch];
  core.choiceDeadline[j] = m.arenaDeadline[a] > 0 ? t + 1 + m.arenaDeadline[a] : 0;
  core.enterChoice(j, t + 1);
  m.scheduleChoice[sch] = j;
}

export function week(st: RunState, t: number): void {
  const m = st.model;
  const s = m.scenario;
  const core = m.core;
  const {A, S} = m;
  const period = t + 1; // the core counts periods from 1
  // 1. releases and arrivals
  for (let j = 0; j < S; ++j) m.occupancy[j] -= m.release[j * (m.T + 1) + t];
  while (st.nCases < st.totalCases && m.caseArrival[st.nCases] === t) {
    const c = st.nCases++;
    m.caseState[c] = ST_WAITING;
    core.problemClass[c] = m.caseUser[c];
    core.problemOwner[c] = m.caseUser[c];
    core.problemLoad[c] = 1;
    if (m.coping.triage) m.coping.queue[m.coping.queued++] = c; // waits at the desk (coping.ts)
    else core.enterProblem(c, period);
    m.active[st.nActive++] = c;
  }
  if (m.coping.triage || m.coping.queued > 0) triage(st, period); // a desk closed by an edit lets its queue in
  // 2. choice opportunities: a scheduled arena always has its next occasion
  // open; a case-triggered one opens for a user with a case waiting for it
  for (let sch = 0; sch < m.schedules; ++sch) {
    const a = m.scheduleArena[sch], owner = m.scheduleOwner[sch];
    if (m.scheduleChoice[sch] < 0 && !m.arenaCaseTrigger[a] && (owner < 0 || m.userAccess[owner * A + a])) openChoice(m, sch, t);
    core.arenaMeets[sch] = m.arenaCaseTrigger[a] ? 1 : meetsThisWeek(m, a, owner >= 0 ? m.userOffset[owner * A + a] : m.arenaOffset[a], t) ? 1 : 0;
  }
  // limited opening hours: the office's door (case-triggered arenas) is shut this week (coping.ts)
  if (!uoIsOpen(m.coping, t)) for (let sch = 0; sch < m.schedules; ++sch) if (m.arenaCaseTrigger[m.scheduleArena[sch]]) core.arenaMeets[sch] = 0;
  for (let i = 0; i < st.nActive; ++i) {
    const c = m.active[i];
    if (core.pState[c] !== PROBLEM.active) continue;
    const u = m.caseUser[c];
    for (let a = 0; a < A; ++a) {
      if (!m.arenaCaseTrigger[a] || !core.access[u * A + a]) continue;
      const sch = m.arenaSchedule[a] + (m.arenaPerUser[a] ? u : 0);
      if (m.scheduleChoice[sch] < 0) openChoice(m, sch, t);
    }
  }
  // 3. free hours (net energy load; internal advocates' hours of last week come out of them), then the core's step
  const hours = (s.staff.hoursPerWeek * (1 - s.load.adminShare)) / s.load.timePressure;
  const persons = core.energy.length;
  const debt = persons > 0 ? st.internalHours / persons : 0;
  st.staffEnergy += st.internalHours;
  st.internalHours = 0;
  for (let k = 0; k < persons; ++k) core.energy[k] = hours > debt ? hours - debt : 0;
  // solutions with vacant places are their provider's problem: they look for cases (Hansen «Ulike beskrivelser av brukermedvirkning», 002:L198-201)
  for (let j = 0; j < S; ++j) core.solutionActive[j] = m.solPlaces[j] > 0 && m.occupancy[j] < m.solPlaces[j] ? 1 : 0;
  const idleBefore = core.counters[CORE_COUNTER.energyIdle];
  core.step(period);
  // meetings held: in-session occasions that someone (a case or a professional) came to
  const stamp = m.choiceStamp;
  let meetings = 0;
  for (let i = 0; i < st.nActive; ++i) {
    const j = core.pAt[m.active[i]];
    if (j >= 0 && stamp[j] !== period) { stamp[j] = period; ++meetings; }
  }
  for (let k = 0; k < persons; ++k) {
    const j = core.dAt[k];
    if (j >= 0 && stamp[j] !== period) { stamp[j] = period; ++meetings; }
  }
  st.meetings += meetings;
  const frame = st.frame;
  if (frame) framePlaces(st, frame);
  // 4. decide the cases on the choices made now
  for (let q = 0; q < core.nMadeNow; ++q) {
    const j = core.madeNow[q];
    const a = core.choiceClass[j];
    m.scheduleChoice[core.choiceArena[j]] = -1;
    let n = 0;
    for (let i = 0; i < st.nActive; ++i) {
      const c = m.active[i];
      if (core.pClosedBy[c] === j && core.pClosed[c] === period) m.agenda[n++] = c;
    }
    if (n === 0) continue;
    const perCase = (core.EE[j] - core.classBase[a]) / n;
    const alternatives = alternativesWorked(m, a, perCase);
    for (let i = 0; i < n; ++i) {
      const c = m.agenda[i];
      const overlooked = core.pState[c] === PROBLEM.overlooked;
      const presence = presenceAt(st, c, a, t);
      const u = m.caseUser[c];
      if (presence === 1) m.userState.energy[u] += m.arenaHoursPerCase[a]; // the user sits through the case
      const door = overlooked || !m.handoffs.on ? -1 : uoNextDoor(m, c, u, a);
      if (door >= 0) { // another service's need: handed on to its door (handoffs.ts)
        uoHandOff(m, c, u, door);
        reopen(st, c);
        continue;
      }
      m.caseAt[c] = a;
      decideCase(st, c, a, t, presence, overlooked, overlooked ? 0 : alternatives, j);
      if (frame) {
        const fa = frame.arenas[a];
        if (!fa.cases.includes(c)) fa.cases.push(c);
        const who = presence === 1 ? "user" : presence === 2 ? "proxy" : null;
        if (who && !fa.attendees.includes(who)) fa.attendees.push(who);
        const adv = presence > 0 ? m.typeAdvocate[m.userType[m.caseUser[c]]] : -1;
        if (adv >= 0 && !fa.attendees.includes(m.advocateIds[adv])) fa.attendees.push(m.advocateIds[adv]);
      }
    }
  }
  if (frame) frame.staffEnergyLeft = core.counters[CORE_COUNTER.energyIdle] - idleBefore;
  // 5. lost cases and where the others stand; compact the active list
  let k = 0;
  for (let i = 0; i < st.nActive; ++i) {
    const c = m.active[i];
    if (m.caseState[c] === ST_DECIDED) continue;
    if (t - m.caseArrival[c] + 1 >= s.users.patience || uoGaveUp(m.userState, m.caseUser[c])) {
      core.removeProblem(c, period);
      m.caseState[c] = ST_LOST;
      m.caseStyle[c] = SY_FLIGHT;
      m.caseDecided[c] = -1;
      m.caseLost[c] = t;
      m.caseAt[c] = -1;
      continue;
    }
    const j = core.pAt[c];
    m.caseState[c] = core.pState[c] === PROBLEM.active && j >= 0 && core.cState[j] === CHOICE.live ? ST_ATTACHED : ST_WAITING;
    m.caseAt[c] = m.caseState[c] === ST_ATTACHED ? core.choiceClass[j] : -1;
    m.active[k++] = c;
    if (m.userState.motivation) uoMarkWaiting(m.userState, m.caseUser[c], t);
  }
  st.nActive = k;
  if (m.userState.motivation) uoDecayMotivation(m.userState, t);
}

/** The triage desk's admissions this week (coping.ts): loudness is competence plus a network (a relative or guardian). */
function triage(st: RunState, period: number): void {
  const m = st.model, core = m.core, us = m.userState;
  triageWeek(m.coping, st.random,
    (c) => m.caseState[c] === ST_WAITING && core.pState[c] === PROBLEM.none,
    (c) => us.competence[m.caseUser[c]] + m.userProxy[m.caseUser[c]],
    (c) => core.enterProblem(c, period));
}
