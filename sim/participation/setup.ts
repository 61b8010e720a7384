// Setting up a participation run: what is drawn once at the start (user
// types, proxies, access, knowledge, the case arrivals and their fit) and the
// run's structure on the garbage-can core (access, decision rights, loads);
// refreshCore re-derives the core's copy after a scenario edit.

import {FACTS, MODE, STATE, STYLE, type ParticipationModel} from "./model.ts";
import type {Random} from "../rng.ts";

// Local copies of the numeric codes: module-namespace access costs a getter
// call per use under development transforms (tsx, vitest).
const ST_NONE = STATE.none, SY_NONE = STYLE.none, M_REPORT = MODE.report, N_FACTS = FACTS;

/** Fills out[from, from + n) with standard normals, two per Box-Muller pair of uniforms. */
export function fillNormal(random: Random, out: Float64Array, from: number, n: number): void {
  const end = from + n;
  for (let i = from; i < end; i += 2) {
    let u = 0;
    while (u === 0) u = random();
    const r = Math.sqrt(-2 * Math.log(u));
    const theta = 2 * Math.PI * random();
    out[i] = r * Math.cos(theta);
    if (i + 1 < end) out[i + 1] = r * Math.sin(theta);
  }
}

export function init(m: ParticipationModel, random: Random): number {
  const s = m.scenario;
  const {U, A, S, T, Y} = m;
  // User types by largest remainder, then shuffled over users.
  const total = m.typeShare.reduce((a, b) => a + b, 0);
  const counts = new Int32Array(Y);
  let assigned = 0;
  const rema: number[] = [];
  for (let y = 0; y < Y; ++y) {
    const exact = (U * m.typeShare[y]) / total;
    counts[y] = Math.floor(exact);
    assigned += counts[y];
    rema.push(exact - counts[y]);
  }
  const byRem = rema.map((r, y) => [r, y]).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let i = 0; assigned < U; ++i, ++assigned) counts[byRem[i % Y][1]]++;
  let u = 0;
  for (let y = 0; y < Y; ++y) for (let k = 0; k < counts[y]; ++k) m.userType[u++] = y;
  for (let i = U - 1; i > 0; --i) {
    const j = Math.floor(random() * (i + 1));
    const t = m.userType[i];
    m.userType[i] = m.userType[j];
    m.userType[j] = t;
  }
  m.userHealthWeek.fill(-1);
  for (let u = 0; u < U; ++u) {
    const y = m.userType[u];
    m.userProxy[u] = random() < m.typeProxy[y] ? 1 : 0;
    for (let a = 0; a < A; ++a) {
      m.userAccess[u * A + a] = random() < m.arenaAccess[a] ? 1 : 0;
      const draw = random();
      m.userOffset[u * A + a] = m.arenaPerUser[a] ? Math.floor(draw * m.arenaInterval[a]) : m.arenaOffset[a];
    }
  }
  // Lasting knowledge (a trait of each person, drawn once per run): which
  // specialised offers each role, each user and each user's advocate knows.
  for (let r = 0; r < m.R; ++r) for (let j = 0; j < S; ++j) m.roleKnows[r * S + j] = !m.solSpecialised[j] || random() < m.roleKnowledge[r] ? 1 : 0;
  for (let u = 0; u < U; ++u) {
    const y = m.userType[u], adv = m.typeAdvocate[y];
    for (let j = 0; j < S; ++j) {
      const spec = m.solSpecialised[j] === 1;
      m.userKnowsSol[u * S + j] = !spec || random() < m.typeLiteracy[y] ? 1 : 0;
      m.advKnowsSol[u * S + j] = adv >= 0 && (!spec || random() < m.advKnowledge[adv]) ? 1 : 0;
    }
  }
  // Case arrivals: a Bernoulli process per user and week (probability p),
  // drawn as geometric gaps between arrivals, then put in (week, user) order.
  const p = Math.min(1, s.users.casesPerYear / 52);
  const keys = m.arrivalKeys;
  let count = 0;
  if (p > 0) {
    const logq = Math.log1p(-p);
    for (let u = 0; u < U; ++u) {
      let t = -1;
      for (;;) {
        t += 1 + (p >= 1 ? 0 : Math.floor(Math.log(1 - random()) / logq));
        if (t >= T) break;
        keys[count++] = t * U + u;
      }
    }
  }
  keys.subarray(0, count).sort();
  let n = 0;
  for (let i = 0; i < count; ++i) {
    const t = Math.floor(keys[i] / U), u = keys[i] - t * U;
    m.caseUser[n] = u;
    m.caseArrival[n] = t;
    m.caseInitiative[n] = random() < m.typeInitiative[m.userType[u]] ? 1 : 0;
    for (let j = 0; j < S; ++j) m.caseFit[n * S + j] = 0.5 * m.solAppeal[j] + 0.5 * random();
    fillNormal(random, m.caseNoise, n * S, S);
    m.caseState[n] = ST_NONE;
    m.caseAt[n] = -1;
    m.caseDecided[n] = -1;
    m.caseLost[n] = -1;
    m.caseAdopted[n] = -1;
    m.casePreferred[n] = -1;
    m.caseStyle[n] = SY_NONE;
    m.caseStep[n] = 0;
    m.caseInfluence[n] = NaN;
    m.caseInfluenceFeasible[n] = NaN;
    m.caseShown[n] = 0;
    m.caseAdvocate[n] = -1;
    m.casePostponed[n] = 0;
    m.caseRefused[n] = 0;
    m.caseFacts.fill(0, n * N_FACTS, n * N_FACTS + N_FACTS);
    ++n;
  }
  // Initial occupancy, released evenly over the first stay.
  m.release.fill(0);
  for (let j = 0; j < S; ++j) {
    const places = m.solPlaces[j];
    const occ = Math.round(places * s.load.occupancy);
    m.occupancy[j] = occ;
    for (let i = 0; i < occ; ++i) {
      const w = Math.floor(((i + 1) * m.solStay[j]) / (occ + 1));
      m.release[j * (T + 1) + Math.min(w, T)]++;
    }
  }
  return n;
}

/** Energy (hours) one case requires at arena a: one alternative worked through, plus reports in report mode, by each professional present. */
function caseHours(m: ParticipationModel, a: number): number {
  return (m.arenaHoursPerCase[a] + (m.arenaMode[a] === M_REPORT ? m.arenaReportHours[a] : 0)) * m.arenaProf[a];
}

/** The run's structure on the core: access (users x arenas), decision rights (roles x arenas), loads, agenda capacities. */
export function setUpCore(m: ParticipationModel): void {
  const core = m.core, {A, R, U} = m;
  core.reset();
  core.participantRule = m.scenario.staff.allocation;
  core.solutionPull = m.scenario.staff.vacancyPull;
  m.nextChoice = 0;
  m.scheduleChoice.fill(-1);
  m.choiceStamp.fill(0);
  for (let u = 0; u < U; ++u) for (let a = 0; a < A; ++a) core.access[u * A + a] = m.userAccess[u * A + a];
  for (let r = 0; r < R; ++r) for (let a = 0; a < A; ++a) core.decision[r * A + a] = m.attend[a * R + r];
  for (let k = 0; k < m.personRole.length; ++k) core.participantClass[k] = m.personRole[k];
  setSolutionRights(m);
  setArenaRequirements(m);
}

/** Each arena's hours per case, base hours and agenda capacity on the core, from the model's parameters. */
function setArenaRequirements(m: ParticipationModel): void {
  const core = m.core;
  for (let a = 0; a < m.A; ++a) {
    core.classFactor[a] = caseHours(m, a);
    core.classBase[a] = m.arenaMeetingHours[a] * m.arenaProf[a];
    core.classCapacity[a] = m.arenaAgenda[a];
  }
}

/**
 * Re-derives what the core holds of the parameters after they changed during a
 * run (scenario edits): the allocation rule, the vacancy pull, which arenas each
 * solution may go to (its provider may change) and the arenas' requirements.
 * Access and decision rights are not parameters an edit can change
 * (access is drawn at the start, attendees are not declared parameters).
 */
export function refreshCore(m: ParticipationModel): void {
  m.core.participantRule = m.scenario.staff.allocation;
  m.core.solutionPull = m.scenario.staff.vacancyPull;
  setSolutionRights(m);
  setArenaRequirements(m);
}

/** A solution may go to the choices of the arenas its provider attends. */
function setSolutionRights(m: ParticipationModel): void {
  const core = m.core, {A, R} = m;
  for (let j = 0; j < m.S; ++j) for (let a = 0; a < A; ++a) core.solutionRights[j * A + a] = m.solProvider[j] >= 0 && m.attend[a * R + m.solProvider[j]] ? 1 : 0;
}
