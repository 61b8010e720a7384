// One meeting week of the collective engine (the steps 1-7 in engine.ts):
// outreach, occasions, who comes, understands and speaks, the core's step,
// conclusions, adoption, rungs and learning. The run's state between weeks
// is a CollectiveRunState; engine.ts steps it week by week.

import {CHOICE, PROBLEM} from "../participation/core.ts";
import type {Random} from "../rng.ts";
import {adopted as isAdopted, shutDown} from "./anchoring.ts";
import {classifyMeeting, RUNGS, type Rung} from "./arnstein.ts";
import {AFFILIATION, AGENDA, INTERP, isOpenType, RULE, type CollectiveModel} from "./model.ts";
import {campaignDue, runCampaign, type CampaignTally} from "./outreach.ts";
// the compiled codes (model.ts AGENDA, RULE) index the declared value lists, in the same order
import {AGENDAS, ARENA_TYPES, RULES} from "./parameters.ts";
import type {ArenaTally, MeetingFrame, UserTrajectory} from "./records.ts";
import {expect, heard, informed, slighted} from "./users.ts";

const R_CONSENSUS = RULE.consensus;
const RUNG_INDEX: Record<Rung, number> = Object.fromEntries(RUNGS.map((r, i) => [r, i])) as Record<Rung, number>;

/** A collective run between meeting weeks: its model, random source, tallies and the arenas' progress. */
export interface CollectiveRunState {
  readonly m: CollectiveModel;
  readonly random: Random;
  readonly tallies: ArenaTally[];
  readonly campaigns: CampaignTally[];
  /** Per arena: meetings held, the live occasion (-1 none), occasions opened, still open, meets this week. */
  readonly nextMeeting: Int32Array;
  readonly live: Int32Array;
  readonly occasions: Int32Array;
  readonly open: Uint8Array;
  readonly meets: Uint8Array;
  /** Per topic: users heard with it, week its change was adopted (-1 not); per problem: concluded at this meeting. */
  readonly heardCount: Int32Array;
  readonly adoptedWeek: Int32Array;
  readonly concludedAt: Int32Array;
  readonly traj: UserTrajectory[] | undefined;
  readonly trajOf: Int32Array;
  privateRaised: number;
  pressedUsers: number;
  blocked: number;
}

/** Sets which arenas meet in week t (in the core too); true when any does. */
export function arenasMeet(st: CollectiveRunState, t: number): boolean {
  const {m, open, nextMeeting, meets} = st;
  let any = false;
  for (let a = 0; a < m.A; ++a) {
    meets[a] = open[a] && nextMeeting[a] < m.arenaCount[a] && t === m.arenaFirst[a] + nextMeeting[a] * m.arenaInterval[a] ? 1 : 0;
    m.core.arenaMeets[a] = meets[a];
    if (meets[a]) any = true;
  }
  return any;
}

/** Runs week t, in which some arena meets (arenasMeet), pushing one frame per meeting onto `trace` when given. */
export function meetingWeek(st: CollectiveRunState, t: number, trace: MeetingFrame[] | undefined): void {
  const m = st.m, s = m.scenario, b = s.behaviour, learn = s.learning, core = m.core, random = st.random;
  const {U, A, K, P} = m;
  const {tallies, campaigns, nextMeeting, live, occasions, open, meets, heardCount, adoptedWeek, concludedAt, traj, trajOf} = st;
  const staffAt = m.staffAt;
  const period = t + 1;
  core.energy.fill(0); core.participantClass.fill(0); staffAt.fill(-1);
  // 1-4. outreach, occasions, who comes, who speaks
  for (let a = 0; a < A; ++a) {
    if (!meets[a]) continue;
    const tally = tallies[a], meeting = nextMeeting[a];
    for (let o = 0; o < m.O; ++o) if (m.outArena[o] === a && campaignDue(m, o, meeting)) runCampaign(m, o, t, random, campaigns[o]);
    if (live[a] < 0) {
      const j = m.arenaChoiceBase[a] + occasions[a]++;
      const last = Math.min(meeting + m.arenaSessions[a] - 1, m.arenaCount[a] - 1);
      core.choiceDeadline[j] = m.arenaFirst[a] + last * m.arenaInterval[a] + 1;
      core.enterChoice(j, period);
      if (m.arenaAgenda[a] !== AGENDA.users) core.enterProblem(2 * K + j, period);
      live[a] = j;
    }
    const evening = m.arenaEvening[a] === 1, office = m.arenaOffice[a] === 1, hours = m.arenaHours[a];
    // staff: fixed members, or caseworkers by the slot's chance (evening meetings half as likely without overtime pay, a free factor)
    const seats = m.arenaStaffSeats[a];
    const pStaff = evening ? s.staff.evening * (s.staff.overtime ? 1 : 0.5) : s.staff.daytime;
    let staffHere = 0;
    for (let q = 0; q < (seats > 0 ? seats : s.staff.count); ++q) {
      if (staffAt[q] >= 0 || (seats === 0 && random() >= pStaff)) continue;
      staffAt[q] = a; core.participantClass[q] = 1 + a; core.energy[q] = hours; ++staffHere;
    }
    tally.staff += staffHere;
    tally.staffHours += staffHere * hours;
    const interp = m.arenaInterp[a], seatsHere = m.arenaSeats[a] > 0, paid = m.arenaPaid[a] === 1;
    // candidates: everyone for an open arena; else the seat members, then the would-be organisers when it recruits them
    const nSeat = m.seatStart[a + 1] - m.seatStart[a];
    const nCand = m.arenaOpen[a] ? U : nSeat + (m.arenaRecruits[a] ? m.nOrganisers : 0);
    for (let c = 0; c < nCand; ++c) {
      const u = m.arenaOpen[a] ? c : c < nSeat ? m.seatList[m.seatStart[a] + c] : m.organiserList[c - nSeat];
      if (m.at[u] >= 0) continue;
      let p = 0;
      const member = seatsHere && m.member[u * A + a] === 1;
      if (member) p = m.arenaAttend[a];
      else if (m.arenaRecruits[a] && m.organiser[u]) p = b.organiserAttend;
      else if (m.arenaOpen[a]) p = m.signedWeek[u] === t && m.outArena[m.signedCampaign[u]] === a ? m.outShow[m.signedCampaign[u]] : m.listed[u] ? b.listReturn * m.expectation[u] : m.told[u] ? b.toldAttend : 0;
      if (p === 0 || (!evening && m.works[u])) continue;
      if (office) p *= 1 - b.officeDeterrence * m.avmakt[u];
      if (random() >= p) continue;
      m.at[u] = a;
      m.attendees[m.nAttend++] = u;
      const understood = m.follows[u] === 1 || interp === INTERP.all || (interp === INTERP.core && m.langCore[m.lang[u]] === 1);
      m.understood[u] = understood ? 1 : 0;
      m.spoke[u] = 0;
      core.participantClass[P + u] = 1 + a;
      core.energy[P + u] = understood ? b.userEnergy * hours * (paid && member ? b.paidEnergy : 1) : 0;
      ++tally.users;
      if (!m.follows[u]) { ++tally.needInterpreter; if (understood) ++tally.interpreted; }
      if (understood) ++tally.understood;
      if (m.signedWeek[u] === t && m.signedCampaign[u] >= 0) ++campaigns[m.signedCampaign[u]].came;
      if (m.arenaRecruits[a] && m.organiser[u] && !member) m.cameToSeat[u] = 1;
      if (!understood) continue;
      let pSpeak = b.speak * (1 - m.avmakt[u]) * (office ? 1 - b.officeDeterrence * m.avmakt[u] : 1);
      // a paid member prepares: paidEnergy times the chances to raise a need (HUSK Bjerke §2.3.2, 003:L514-517)
      if (paid && member) pSpeak = 1 - Math.pow(1 - pSpeak, b.paidEnergy);
      if (random() >= pSpeak) continue;
      m.spoke[u] = 1;
      if (!m.general[u] && !member) { ++st.privateRaised; continue; }
      const k = m.topic[u];
      // an affiliated user speaks for others with the same need (Slettebø et al. 2012 «Brukermedvirkning i sosial- og helsetjenester», 000:L284-286)
      if (!m.heardTopic[u]) { m.heardTopic[u] = 1; heardCount[k] += m.affiliation[u] > 0 ? b.represents : 1; }
      raise(m, k, period, false);
      // many users heard with the same individual problem make it structural (HUSK Bjerke §6.1, 003:L2071-2075)
      if (heardCount[k] >= b.aggregation) raise(m, K + k, period, adoptedWeek[k] >= 0);
    }
  }
  m.told.fill(0);
  // 5. the garbage-can step
  core.step(period);
  // 6-7. conclusions, adoption, rungs, learning
  for (let a = 0; a < A; ++a) {
    if (!meets[a]) continue;
    const tally = tallies[a], j = live[a];
    ++tally.meetings;
    const made = core.cState[j] === CHOICE.made && core.cMade[j] === period;
    let users = 0, understoodHere = 0, premise = 0, userHeld = false, minority = 0;
    concludedAt.fill(0);
    if (made) for (let i = 0; i < 2 * K; ++i) if (core.pClosedBy[i] === j && core.pClosed[i] === period && core.pState[i] === PROBLEM.solved) concludedAt[i] = 1;
    for (let i = 0; i < m.nAttend; ++i) {
      const u = m.attendees[i];
      if (m.at[u] !== a) continue;
      ++users;
      if (!m.follows[u]) ++minority;
      if (m.understood[u]) ++understoodHere;
      if (m.spoke[u] && (m.general[u] || isMember(m, u, a))) {
        const k = m.topic[u];
        const onTable = core.pAt[k] === j || core.pAt[K + k] === j || concludedAt[k] === 1 || concludedAt[K + k] === 1;
        if (onTable) { ++premise; userHeld = true; }
      }
    }
    // interpreting booked: the always-interpreted languages, and under "all" every other language present that needs it (on request)
    if (m.arenaInterp[a] !== INTERP.none) {
      let languages = 0;
      for (let l = 0; l < m.L; ++l) {
        let needed = m.langCore[l] === 1;
        if (!needed && m.arenaInterp[a] === INTERP.all) for (let i = 0; i < m.nAttend && !needed; ++i) { const u = m.attendees[i]; needed = m.at[u] === a && m.lang[u] === l && !m.follows[u]; }
        if (needed) ++languages;
      }
      tally.interpretingHours += languages * (m.arenaHours[a] + s.staff.interpreterHours);
    }
    if (tally.minorityFirst < 0) tally.minorityFirst = minority;
    tally.minorityLast = minority;
    const agenda = m.arenaAgenda[a], rule = m.arenaRule[a], late = m.arenaLate[a] === 1;
    const userAgenda = users > 0 && agenda !== AGENDA.staff && userHeld;
    let pressed = false, proposals = 0, adoptedHere = 0;
    if (made) {
      live[a] = -1;
      if (rule === R_CONSENSUS && users > 0) {
        // attendees whose need was left out: one holds out (nothing is proposed) or all go along (pressed)
        let dissent = 0, holdOut = false;
        for (let i = 0; i < m.nAttend; ++i) {
          const u = m.attendees[i];
          if (m.at[u] !== a || !m.spoke[u] || !(m.general[u] || isMember(m, u, a))) continue;
          const k = m.topic[u];
          if (concludedAt[k] || concludedAt[K + k]) continue;
          ++dissent;
          if (random() < b.block * m.literacy[u] * (1 - m.avmakt[u])) holdOut = true;
        }
        if (holdOut) {
          ++st.blocked;
          for (let k = 0; k < K; ++k) if (concludedAt[K + k]) { concludedAt[K + k] = 0; core.reopenProblem(K + k); }
        } else if (dissent > 0) {
          pressed = true;
          for (let i = 0; i < m.nAttend; ++i) {
            const u = m.attendees[i];
            if (m.at[u] !== a || !m.spoke[u] || !(m.general[u] || isMember(m, u, a))) continue;
            const k = m.topic[u];
            if (concludedAt[k] || concludedAt[K + k]) continue;
            m.avmakt[u] = slighted(m.avmakt[u], learn.consensus);
            ++st.pressedUsers;
          }
        }
      }
      for (let k = 0; k < K; ++k) {
        if (!concludedAt[K + k]) continue;
        ++proposals;
        if (isAdopted(s.management.anchoring, random)) {
          ++adoptedHere;
          if (adoptedWeek[k] < 0) adoptedWeek[k] = t;
        } else if (open[a] && shutDown(s.management.closure, random)) {
          open[a] = 0;
          tally.closedWeek = t;
        }
      }
      tally.proposed += proposals;
      tally.adopted += adoptedHere;
    }
    let rung: Rung | null = null;
    if (users > 0) {
      ++tally.meetingsWithUsers;
      tally.premise += premise;
      if (userAgenda) ++tally.agenda;
      rung = classifyMeeting({understood: understoodHere / users, premise: premise > 0, userAgenda, rule: RULES[rule], agenda: AGENDAS[agenda], pressed, late});
      ++tally.rungs[RUNG_INDEX[rung]];
    }
    const frame: MeetingFrame | null = trace ? {week: t, arena: m.arenaIds[a], type: ARENA_TYPES[m.arenaType[a]], staff: 0, users: [], rung, proposals, adopted: adoptedHere, closed: open[a] === 0} : null;
    if (frame) for (let q = 0; q < P; ++q) if (staffAt[q] === a) ++frame.staff;
    // learning and word of mouth
    const openType = isOpenType(ARENA_TYPES[m.arenaType[a]]);
    const caseworker = frame ? frame.staff > 0 : staffAnyAt(staffAt, a, P);
    for (let i = 0; i < m.nAttend; ++i) {
      const u = m.attendees[i];
      if (m.at[u] !== a) continue;
      const understood = m.understood[u] === 1;
      const k = m.topic[u];
      // heard: the need was on the table, or a private question was taken by a caseworker present
      const wasHeard = m.spoke[u] === 1 && (m.general[u] || isMember(m, u, a) ? core.pAt[k] === j || core.pAt[K + k] === j || concludedAt[k] === 1 || concludedAt[K + k] === 1 : caseworker);
      if (understood) m.literacy[u] = informed(m.literacy[u], learn.information);
      if (wasHeard) m.avmakt[u] = heard(m.avmakt[u], learn.heard);
      if (late) m.avmakt[u] = slighted(m.avmakt[u], learn.late);
      m.expectation[u] = expect(m.expectation[u], b.memory, understood, wasHeard);
      ++m.meetings[u];
      if (openType) {
        m.attendedOpen[u] = 1;
        if (random() < b.listSign) m.listed[u] = 1;
        if (m.listed[u] && understood && !m.organiser[u] && random() < b.organise * (1 - m.avmakt[u])) { m.organiser[u] = 1; m.organiserList[m.nOrganisers++] = u; }
      }
      if (understood) tell(m, u, b.wordOfMouth, random);
      if (frame) frame.users.push({id: u, language: m.languageIds[m.lang[u]], understood, spoke: m.spoke[u] === 1, heard: wasHeard, member: m.member[u * A + a] === 1});
    }
    if (frame) trace!.push(frame);
    ++nextMeeting[a];
  }
  // trajectories and the end of the week
  for (let i = 0; i < m.nAttend; ++i) {
    const u = m.attendees[i];
    if (traj) {
      if (trajOf[u] < 0) { trajOf[u] = traj.length; traj.push({id: u, language: m.languageIds[m.lang[u]], affiliation: AFFILIATION[m.affiliation[u]], minority: m.follows[u] === 0, weeks: [-1], literacy: [m.literacy0[u]], avmakt: [m.avmakt0[u]]}); }
      const r = traj[trajOf[u]];
      r.weeks.push(t); r.literacy.push(m.literacy[u]); r.avmakt.push(m.avmakt[u]);
    }
    m.at[u] = -1;
  }
  m.nAttend = 0;
}

/** Enters a problem, or brings it back when it was closed without being settled. */
function raise(m: CollectiveModel, i: number, period: number, settled: boolean): void {
  const st = m.core.pState[i];
  if (st === PROBLEM.none) m.core.enterProblem(i, period);
  else if (st === PROBLEM.overlooked || (st === PROBLEM.solved && !settled)) m.core.reopenProblem(i);
}


/** A seat member speaks for the users' needs on their topic, so their need counts as one of general interest. */
function isMember(m: CollectiveModel, u: number, a: number): boolean {
  return m.member[u * m.A + a] === 1;
}

function staffAnyAt(staffAt: Int32Array, a: number, P: number): boolean {
  for (let q = 0; q < P; ++q) if (staffAt[q] === a) return true;
  return false;
}

/** Word of mouth: a user who got something out of the meeting tells about `n` (on average) others of the same language about the next one. */
function tell(m: CollectiveModel, u: number, n: number, random: Random): void {
  const l = m.lang[u], from = m.langStart[l], size = m.langStart[l + 1] - from;
  if (size <= 1) return;
  let k = Math.floor(n) + (random() < n - Math.floor(n) ? 1 : 0);
  while (k-- > 0) {
    const v = m.byLang[from + Math.floor(random() * size)];
    if (v !== u) m.told[v] = 1;
  }
}
