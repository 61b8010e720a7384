// The collective engine (sim/ODD.md, "Collective participation"): service-
// design arenas as choice opportunities on the general garbage-can core. Per
// week in which some arena meets:
//   1. outreach campaigns due for the meeting reach users and take sign-ups;
//   2. an arena without a live occasion opens one (a choice whose deadline is
//      its `sessions`-th meeting) with the staff's own agenda as a problem
//      (unless users set the agenda alone);
//   3. staff come (fixed members, or caseworkers by the slot's chance), users
//      come (members; would-be organisers invited; for open arenas those
//      signed up, on the list, or told), none of the working users by day,
//      fewer of the powerless at an office;
//   4. an attendee understands when they follow Norwegian or their language
//      is interpreted; one who understands may speak and raise their need: a
//      problem of general interest enters the core, and when enough users have
//      been heard with the same one it becomes a structural problem; under
//      late entry (premises already set) users' problems get no access;
//   5. the core's step: problems attach to the accessible in-session choice
//      closest to completion (structural ones only where users help set the
//      agenda of a structural arena), staff and users who understood put
//      their energy in, and a choice is made when the energy covers its
//      problems or at its deadline (oversight);
//   6. a made choice's solved structural problems are its proposals; under a
//      consensus rule, an attendee whose need was left out holds out (then
//      nothing is proposed) or goes along (pressed); management adopts each
//      proposal with the chance of anchoring, and an arena whose proposal is
//      refused may be shut down;
//   7. each meeting with users gets an Arnstein rung from what happened, and
//      users learn: literacy from understood information, less avmakt from
//      being heard, more from late entry and from being pressed; what they
//      expect of the next meeting follows what this one gave; those who got
//      something tell others of their language.
// The linked case preset then runs with the adopted changes from their week
// (participation engine option `edits`) and without them, on the same seed.

import {CHOICE, PROBLEM} from "../participation/core.ts";
import {ParticipationSimulator} from "../participation/engine.ts";
import type {ScenarioEdit} from "../participation/edits.ts";
import {preset} from "../participation/presets.ts";
import {rng, type Random} from "../rng.ts";
import {adopted as isAdopted, shutDown} from "./anchoring.ts";
import {classifyMeeting, RUNGS, type Rung} from "./arnstein.ts";
import {AFFILIATION, AGENDA, compileCollective, INTERP, isOpenType, RULE, type CollectiveModel} from "./model.ts";
import {campaignDue, runCampaign, type CampaignTally} from "./outreach.ts";
// the compiled codes (model.ts AGENDA, RULE) index the declared value lists, in the same order
import {AGENDAS, ARENA_TYPES, RULES} from "./parameters.ts";
import {newTally, summariseCollective, type CaseLink, type CollectiveSummary, type MeetingFrame, type UserTrajectory} from "./records.ts";
import type {CollectiveScenario} from "./scenario.ts";
import {expect, fillSeats, heard, informed, initUsers, slighted} from "./users.ts";

export interface CollectiveOptions {
  seed: string;
  random?: Random;
  /** Per-user literacy and avmakt after each meeting week (users who ever came). */
  users?: boolean;
  /** One frame per meeting (who came, understood, spoke; the rung). */
  trace?: boolean;
  /** Run the linked case preset with and without the adopted changes (default true). */
  cases?: boolean;
}

export interface CollectiveRun {
  scenario: string;
  seed: string;
  summary: CollectiveSummary;
  users?: UserTrajectory[];
  trace?: MeetingFrame[];
}

const R_CONSENSUS = RULE.consensus;
const RUNG_INDEX: Record<Rung, number> = Object.fromEntries(RUNGS.map((r, i) => [r, i])) as Record<Rung, number>;

/** A scenario compiled once, run many times (one run at a time). */
export class CollectiveSimulator {
  readonly model: CollectiveModel;
  /** The linked case preset, compiled once for all runs (a run with service changes restores its parameters). */
  private cases: ParticipationSimulator | undefined;
  constructor(scenario: CollectiveScenario) {
    this.model = compileCollective(scenario);
  }
  run(options: CollectiveOptions): CollectiveRun {
    return simulate(this.model, options, () => (this.cases ??= new ParticipationSimulator(preset(this.model.scenario.cases.preset))));
  }
}

export function runCollective(scenario: CollectiveScenario, options: CollectiveOptions): CollectiveRun {
  return new CollectiveSimulator(scenario).run(options);
}

function setUpCore(m: CollectiveModel): void {
  const core = m.core, {A, K} = m, p = m.scenario.problems;
  core.reset();
  core.access.fill(0); core.decision.fill(0);
  for (let a = 0; a < A; ++a) {
    // under late entry the premises are set: users' problems do not get on the table (Slettebø et al. 2012 «Mangelfull prosjektplanlegging», 000:L1160-1184)
    const open = m.arenaLate[a] ? 0 : 1;
    core.access[0 * A + a] = m.arenaGeneral[a] & open;
    core.access[1 * A + a] = m.arenaStructural[a] && m.arenaAgenda[a] !== AGENDA.staff ? open : 0;
    core.access[(2 + a) * A + a] = 1;
    core.decision[(1 + a) * A + a] = 1;
  }
  for (let k = 0; k < K; ++k) {
    core.problemClass[k] = 0; core.problemLoad[k] = p.generalLoad;
    core.problemClass[K + k] = 1; core.problemLoad[K + k] = p.structuralLoad;
  }
  for (let a = 0; a < A; ++a) for (let i = 0; i < m.arenaCount[a]; ++i) {
    const j = m.arenaChoiceBase[a] + i;
    core.choiceClass[j] = a; core.choiceArena[j] = a; core.choiceDeadline[j] = 0;
    core.problemClass[2 * K + j] = 2 + a; core.problemLoad[2 * K + j] = p.agendaLoad;
  }
}

/** Enters a problem, or brings it back when it was closed without being settled. */
function raise(m: CollectiveModel, i: number, period: number, settled: boolean): void {
  const st = m.core.pState[i];
  if (st === PROBLEM.none) m.core.enterProblem(i, period);
  else if (st === PROBLEM.overlooked || (st === PROBLEM.solved && !settled)) m.core.reopenProblem(i);
}

function simulate(m: CollectiveModel, options: CollectiveOptions, caseSimulator: () => ParticipationSimulator): CollectiveRun {
  const s = m.scenario, b = s.behaviour, learn = s.learning, core = m.core;
  const random = options.random ?? rng(options.seed);
  const {U, A, K, P, T} = m;
  initUsers(m, random);
  fillSeats(m, random);
  setUpCore(m);
  const tallies = m.arenaIds.map(newTally);
  const campaigns: CampaignTally[] = m.outreachIds.map(() => ({invited: 0, signedUp: 0, came: 0, hours: 0}));
  const nextMeeting = new Int32Array(A), live = new Int32Array(A).fill(-1), occasions = new Int32Array(A), open = new Uint8Array(A).fill(1), meets = new Uint8Array(A);
  const heardCount = new Int32Array(K), adoptedWeek = new Int32Array(K).fill(-1), concludedAt = new Int32Array(2 * K);
  const staffAt = m.staffAt;
  const trace: MeetingFrame[] | undefined = options.trace ? [] : undefined;
  const traj: UserTrajectory[] | undefined = options.users ? [] : undefined;
  const trajOf = new Int32Array(options.users ? U : 0).fill(-1);
  let privateRaised = 0, pressedUsers = 0, blocked = 0;
  for (let t = 0; t < T; ++t) {
    let any = false;
    for (let a = 0; a < A; ++a) {
      meets[a] = open[a] && nextMeeting[a] < m.arenaCount[a] && t === m.arenaFirst[a] + nextMeeting[a] * m.arenaInterval[a] ? 1 : 0;
      core.arenaMeets[a] = meets[a];
      if (meets[a]) any = true;
    }
    if (!any) continue;
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
        if (!m.general[u] && !member) { ++privateRaised; continue; }
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
            ++blocked;
            for (let k = 0; k < K; ++k) if (concludedAt[K + k]) { concludedAt[K + k] = 0; core.reopenProblem(K + k); }
          } else if (dissent > 0) {
            pressed = true;
            for (let i = 0; i < m.nAttend; ++i) {
              const u = m.attendees[i];
              if (m.at[u] !== a || !m.spoke[u] || !(m.general[u] || isMember(m, u, a))) continue;
              const k = m.topic[u];
              if (concludedAt[k] || concludedAt[K + k]) continue;
              m.avmakt[u] = slighted(m.avmakt[u], learn.consensus);
              ++pressedUsers;
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
  core.finish(T);
  const cases = options.cases === false ? null : linkCases(m, adoptedWeek, options.seed, caseSimulator);
  const summary = summariseCollective(m, tallies, campaigns, {privateRaised, pressedUsers, blocked, adoptedWeek}, cases);
  return {scenario: s.id, seed: options.seed, summary, ...(traj ? {users: traj} : {}), ...(trace ? {trace} : {})};
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

/** The adopted service changes as scenario edits on the linked case preset, from the week of adoption plus the lag. */
export function serviceEdits(s: CollectiveScenario, topicIds: readonly string[], adoptedWeek: ArrayLike<number>): ScenarioEdit[] {
  const edits: ScenarioEdit[] = [];
  topicIds.forEach((k, i) => {
    if (adoptedWeek[i] < 0) return;
    for (const c of s.topics[k].changes) edits.push({week: adoptedWeek[i] + s.management.lag, key: c.key, value: c.value});
  });
  return edits;
}

function linkCases(m: CollectiveModel, adoptedWeek: Int32Array, seed: string, caseSimulator: () => ParticipationSimulator): CaseLink | null {
  const s = m.scenario;
  if (s.cases.preset === "none") return null;
  const sim = caseSimulator(), base = sim.model.scenario;
  const edits = serviceEdits(s, m.topicIds, adoptedWeek).filter((e) => e.week < base.horizon);
  const caseSeed = `${seed}/cases`;
  const without = sim.run({seed: caseSeed}).summary;
  const withChanges = edits.length ? sim.run({seed: caseSeed, edits}).summary : without;
  return {preset: s.cases.preset, edits, with: withChanges, without};
}
