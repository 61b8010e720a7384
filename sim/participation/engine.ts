// The participation-mode engine (sim/ODD.md §2-§7),
// on the general garbage-can core (core.ts). Per week:
//   1. places whose stay ends are released; new cases (problems) arrive and
//      enter the core; a case-triggered arena opens a choice for the user
//      (with its deadline, e.g. a discharge date);
//   2. professionals (persons) get their free hours, hoursPerWeek x
//      (1 - adminShare) / timePressure (the net energy load) less the hours
//      internal advocates took last week;
//   3. the core's step: each arena that meets puts its open choice in session;
//      cases attach to the accessible in-session choice closest to completion
//      (and move between choices: shifts), professionals put their hours into
//      the allowed one closest to completion, energy accumulates on a choice
//      across the weeks its arena meets, and a choice is made when its energy
//      covers its cases (resolution) or at its deadline (the uncovered cases
//      are decided without attention: oversight);
//   4. each case on a choice made now is decided (decideCase); the number of
//      alternatives worked through comes from the energy the choice had per
//      case; a refused proposal or a case with nothing available goes back;
//      a made choice is replaced by its arena's next occasion;
//   5. a case waiting longer than the users' patience is lost (flight).
// No probability decides the style: it comes from energy and timing.
// Every decided case gets a counterfactual influence and a ladder step.
// Users over time (all optional, off by default; sim/ODD.md): a triage desk
// at arrival, the door's opening hours, presence (declining, trust), the
// user's hours and hand-offs at a meeting, goals, domains and the loops
// around deciding, and motivation at the end of the week.

import {counterfactualInfluence} from "./counterfactual.ts";
import {aggregate, NONE, REFUSED, RULE} from "./decide.ts";
import {classify, LADDER_STEPS, type LadderStep} from "./ladder.ts";
import {compileParticipation, probit, FACT, FACTS, MODE, SEAT, STATE, STATE_NAMES, STYLE, STYLE_NAMES, type ParticipationModel} from "./model.ts";
import {CHOICE, CORE_COUNTER, PROBLEM} from "./core.ts";
import {caseRecords, summarise, type CaseRecord, type ParticipationSummary} from "./records.ts";
import {kaplanMeier} from "./survival.ts";
import {advocateVoice, information, userVoice} from "./power.ts";
import {randomNormal, rng, type Random} from "../rng.ts";
import type {Scenario} from "./scenario.ts";
import {applyDueEdits, checkEdits, copyParameters, type ScenarioEdit} from "./edits.ts";
import {afterDecision, declines, decayMotivation, dissentOf, gaveUp, literacyOf, markWaiting, trustedAttendance} from "./userState.ts";
import {afterFollowup, FOLLOWUP, GOAL, setGoal} from "./followup.ts";
import {isOpen, triageWeek} from "./coping.ts";
import {allows, applyRules, confineStated, ruleBound} from "./domains.ts";
import {firstDoors, handOff, nextDoor} from "./handoffs.ts";
import {resetUsersOverTime, userFrame, userInfluence, userRecords, usersOverTimeSummary, type UserFrame, type UserRecord} from "./usersOverTime.ts";

export type {LadderStep};
// The run's records live with the code that makes them (records.ts); re-exported for callers of the engine.
export type {CaseRecord, GarbageCanMeasures, ParticipationSummary} from "./records.ts";

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
  trace?: boolean;
  /** Compute counterfactual influence (default true). Without it, influence is null and the ladder's "changed the outcome" test falls back to "the preference was realised with a positive voice". */
  counterfactuals?: boolean;
  /** Parameter changes that hold from their week on (edits.ts), e.g. adopted service changes; the model is restored after the run. */
  edits?: readonly ScenarioEdit[];
}


// Local copies of the numeric codes: module-namespace access costs a getter
// call per use under development transforms (tsx, vitest).
const ST_NONE = STATE.none, ST_WAITING = STATE.waiting, ST_ATTACHED = STATE.attached, ST_DECIDED = STATE.decided, ST_LOST = STATE.lost;
const SY_NONE = STYLE.none, SY_RESOLUTION = STYLE.resolution, SY_FLIGHT = STYLE.flight, SY_OVERSIGHT = STYLE.oversight;
const M_REPORT = MODE.report;
const R_VETO = RULE.veto, R_USER = RULE.user;
const F_USER = FACT.userPresent, F_PROXY = FACT.proxy, F_TWOWAY = FACT.twoWay, F_PERCEIVED = FACT.perceived, F_FORMULATED = FACT.formulated,
  F_ALTERNATIVES = FACT.alternatives, F_CONSEQUENCES = FACT.consequences, F_ROUTINE = FACT.routine, F_DISAGREED = FACT.disagreed, N_FACTS = FACTS;

// Local copies of the users-over-time helpers, for the same reason (they run per decision).
const uoAfterDecision = afterDecision, uoDeclines = declines, uoDecayMotivation = decayMotivation, uoDissentOf = dissentOf, uoGaveUp = gaveUp,
  uoLiteracyOf = literacyOf, uoMarkWaiting = markWaiting, uoTrustedAttendance = trustedAttendance, uoAfterFollowup = afterFollowup, uoSetGoal = setGoal,
  uoIsOpen = isOpen, uoAllows = allows, uoApplyRules = applyRules, uoConfineStated = confineStated, uoRuleBound = ruleBound, uoNextDoor = nextDoor,
  uoHandOff = handOff, uoProbit = probit;
const FU_NONE = FOLLOWUP.none;

interface RunState {
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

/** Fills out[from, from + n) with standard normals, two per Box-Muller pair of uniforms. */
function fillNormal(random: Random, out: Float64Array, from: number, n: number): void {
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

function init(m: ParticipationModel, random: Random): number {
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

function meetsThisWeek(m: ParticipationModel, a: number, offset: number, t: number): boolean {
  if (t < offset) return false;
  return (t - offset) % m.arenaInterval[a] === 0;
}

/** A case goes back to the stream (nothing available, or a proposal refused). */
function reopen(st: RunState, c: number): void {
  st.model.caseState[c] = ST_WAITING;
  st.model.caseAt[c] = -1;
  st.model.core.reopenProblem(c);
}

function postpone(st: RunState, c: number): void {
  st.model.casePostponed[c]++;
  st.postponements++;
  reopen(st, c);
}

/**
 * Who takes part for the user at arena a (0 nobody, 1 the user, 2 a proxy).
 * A seat "present" invites the user, who attends when well enough; else a
 * relative with a proxy or an external advocate stands in (004: the
 * spokesperson). A seat "proxy" admits only a stand-in.
 */
function presenceAt(st: RunState, c: number, a: number, t: number): number {
  const m = st.model;
  const seat = m.arenaSeat[a];
  if (m.arenaWritten[a] || seat === SEAT.absent) return 0;
  const u = m.caseUser[c];
  const y = m.userType[u];
  if (uoDeclines(m.userState, y)) return 0; // declining to take part is a right (Eriksen «Funn 3», 004:L949-951)
  if (seat === SEAT.present && healthAt(st, u, t) < healthThreshold(m, u, y)) return 1;
  const adv = m.typeAdvocate[y];
  return m.userProxy[u] || (adv >= 0 && !m.advInternal[adv]) ? 2 : 0;
}

/** The health threshold for attending: the type's, or the probit of attendance x trust with the trust loop on (userState.ts). */
function healthThreshold(m: ParticipationModel, u: number, y: number): number {
  const p = uoTrustedAttendance(m.userState, u, y);
  return p < 0 ? m.typeHealthThreshold[y] : uoProbit(p);
}

/**
 * The user's latent health in week t: a stationary Gaussian AR(1) with
 * weekly autocorrelation users.healthPersistence, drawn only when needed
 * (exact over gaps: z_t = r z_s + sqrt(1 - r^2) e with r = rho^(t - s)); the
 * same all week. The user can attend when it is below the type's threshold,
 * so attendance is the marginal probability of being well enough.
 */
function healthAt(st: RunState, u: number, t: number): number {
  const m = st.model;
  const last = m.userHealthWeek[u];
  if (last === t) return m.userHealth[u];
  const e = randomNormal(st.random);
  let z = e;
  if (last >= 0) {
    const r = Math.pow(m.scenario.users.healthPersistence, t - last);
    z = r * m.userHealth[u] + Math.sqrt(1 - r * r) * e;
  }
  m.userHealth[u] = z;
  m.userHealthWeek[u] = t;
  return z;
}

/** Energy (hours) one case requires at arena a: one alternative worked through, plus reports in report mode, by each professional present. */
function caseHours(m: ParticipationModel, a: number): number {
  return (m.arenaHoursPerCase[a] + (m.arenaMode[a] === M_REPORT ? m.arenaReportHours[a] : 0)) * m.arenaProf[a];
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

/**
 * Decides a case taken up at a meeting (with attention, or by oversight):
 * draws everything random about the decision up front, prepares the decision
 * context (candidates, staff scores, what the user sees, information, voice),
 * aggregates, then computes counterfactual influence and the ladder step.
 */
function decideCase(st: RunState, c: number, a: number, t: number, presence: number, oversight: boolean, alternatives: number, choice: number): void {
  const m = st.model;
  const s = m.scenario;
  const random = st.random;
  const S = m.S;
  const u = m.caseUser[c];
  const y = m.userType[u];
  const userPresent = presence === 1;
  const proxy = presence === 2;
  const represented = userPresent || proxy;
  const adv = represented ? m.typeAdvocate[y] : -1;
  const nProf = m.arenaProf[a];
  const report = m.arenaMode[a] === M_REPORT;
  // ---- draw everything random about this decision up front
  const noise = m.noise;
  // one assessment error per professional present and solution
  const nPersons = Math.round(nProf);
  fillNormal(random, noise, 0, nPersons * S);
  const explainDraw = random();
  const userRaiseDraw = random();
  const advRaiseDraw = random();
  const refuseDraw = random();
  // ---- the decision context
  const ctx = m.ctx;
  const fit = m.fit;
  for (let j = 0; j < S; ++j) fit[j] = m.caseFit[c * S + j];
  const literacy = uoLiteracyOf(m.userState, u, m.typeLiteracy[y]);
  const formBy = m.arenaFormBy[a];
  const written = m.arenaWritten[a] === 1 && formBy >= 0;
  const kForm = formBy >= 0 ? m.roleKnowledge[formBy] : 0;
  const kAdv = adv >= 0 ? m.advKnowledge[adv] : 0;
  let candidates = 0;
  const att = m.attendees[a];
  const cw = m.arenaConsultant[a] ? s.power.consultantWeight : 0;
  for (let j = 0; j < S; ++j) {
    const spec = m.solSpecialised[j] === 1;
    const places = m.solPlaces[j];
    const free = places === 0 || m.occupancy[j] < places;
    // Known to someone present (a professional attending, the form's writer, the user or proxy, the advocate): lasting knowledge.
    let staffKnow = !spec;
    for (let i = 0; i < att.length && !staffKnow; ++i) if (m.roleCount[att[i]] > 0 && m.roleKnows[att[i] * S + j]) staffKnow = true;
    ctx.userKnows[j] = m.userKnowsSol[u * S + j];
    ctx.advKnows[j] = adv >= 0 ? m.advKnowsSol[u * S + j] : 0;
    ctx.formKnows[j] = written && m.roleKnows[formBy * S + j] ? 1 : 0;
    // a solution looking for a problem that came to this choice is brought by its provider
    const brought = m.core.sAt[j] === choice;
    const known = staffKnow || brought || ctx.formKnows[j] === 1 || ctx.advKnows[j] === 1 || (represented && ctx.userKnows[j] === 1);
    ctx.candidate[j] = free && known && uoAllows(m.domains, c, j) ? 1 : 0;
    candidates += ctx.candidate[j];
    ctx.staff[j] = 0;
  }
  // Each professional present assesses every solution with their own error
  // and a bias toward their own service (stronger with vacant places); the
  // staff's view is their mean. They disagree when their favourites differ.
  let person = 0, firstTop = -1, disagreed = false;
  for (let i = 0; i < att.length; ++i) {
    const r = att[i];
    for (let q = 0; q < m.roleCount[r]; ++q, ++person) {
      let top = -1, topScore = -Infinity;
      for (let j = 0; j < S; ++j) {
        let v = fit[j] + s.staff.assessmentNoise * noise[person * S + j];
        if (m.solProvider[j] === r) {
          const places = m.solPlaces[j];
          const vacant = places > 0 ? Math.max(0, places - m.occupancy[j]) / places : 0;
          v += s.staff.ownServiceBias * (1 + s.staff.vacancyBias * vacant);
        }
        ctx.staff[j] += v;
        if (ctx.candidate[j] && v > topScore) { top = j; topScore = v; }
      }
      if (firstTop < 0) firstTop = top;
      else if (top !== firstTop) disagreed = true;
    }
  }
  for (let j = 0; j < S; ++j) ctx.staff[j] = (person > 0 ? ctx.staff[j] / person : 0) + cw * (m.solAppeal[j] - 0.5);
  if (candidates === 0) {
    postpone(st, c);
    return;
  }
  // a follow-up arena sets a goal first (followup.ts); the user judges fit with their own preference error
  const followKind = m.followup.arenaKind[a];
  if (m.followup.any) m.followup.caseGoal[c] = GOAL.none; // a goal set at an earlier, undecided attempt does not count
  if (followKind !== FU_NONE && !oversight) {
    const userFit = m.scratch, sd = s.users.preferenceNoise * (1 - literacy);
    for (let j = 0; j < S; ++j) userFit[j] = fit[j] + sd * m.caseNoise[c * S + j];
    uoSetGoal(m.followup, followKind, c, u, y, userPresent, fit, userFit, ctx.candidate, ctx.staff, random);
  }
  // Staff's narrowed proposal set: their top-k candidates.
  ctx.shownBase.fill(0);
  const k = oversight ? 1 : alternatives;
  for (let i = 0; i < k; ++i) {
    let best = -1;
    for (let j = 0; j < S; ++j) if (ctx.candidate[j] && !ctx.shownBase[j] && (best < 0 || ctx.staff[j] > ctx.staff[best])) best = j;
    if (best < 0) break;
    ctx.shownBase[best] = 1;
  }

  const twoWay = represented; // the user or proxy is in a two-way meeting
  // Staff explain consequences in a two-way meeting used for deciding; in a
  // reporting meeting only once someone puts an alternative on the table
  // (Hansen «Eksempel 3», 002:L537-545, L558-573).
  const userRaises = represented && userRaiseDraw < literacy;
  const advocateRaises = adv >= 0 && advRaiseDraw < kAdv;
  const explained = twoWay && (!report || userRaises || advocateRaises) && explainDraw < m.arenaKnow[a];
  const info = information(literacy, explained ? m.arenaKnow[a] : written ? kForm : 0, kAdv);
  const stated = m.stated;
  const sdPref = s.users.preferenceNoise * (1 - info);
  for (let j = 0; j < S; ++j) stated[j] = fit[j] + sdPref * m.caseNoise[c * S + j];
  if (m.domains.D > 0) uoConfineStated(m.domains, c, stated);
  const rule = m.arenaRule[a];
  ctx.rule = rule;
  ctx.oversight = oversight;
  ctx.represented = represented;
  ctx.written = written;
  ctx.vetoOffered = rule === R_VETO && !oversight;
  ctx.userRaises = userRaises;
  ctx.advocateRaises = advocateRaises;
  ctx.refuses = refuseDraw < s.power.refusal * (1 - m.typeDependence[y]) * uoDissentOf(m.userState, u) * m.coping.refusalFactor;
  ctx.wishWeight = s.power.wishWeight;
  const voicePresence = userPresent ? 1 : proxy ? s.power.proxyWeight : 0;
  const v = m.voice;
  v.userBase = s.power.userBase;
  v.dependenceEffect = s.power.dependence;
  v.dependence = m.typeDependence[y];
  v.crowding = s.power.crowding;
  v.professionals = nProf;
  v.informedVoice = s.power.informedVoice;
  v.information = info;
  v.presence = voicePresence;
  // An internal advocate's loyalty barrier grows with the colleagues present; an external one has none (Hansen «Eksempel 3», 002:L619-631).
  const barrier = adv >= 0 && m.advInternal[adv] ? 1 - Math.pow(1 - m.advLoyalty[adv], nProf) : 0;
  ctx.voice = userVoice(v) + (adv >= 0 ? advocateVoice(m.advWeight[adv], kAdv, barrier) : 0);
  if (uoRuleBound(m.domains, c)) uoApplyRules(ctx); // the rules decide (domains.ts)
  const adopted = aggregate(ctx, stated);
  if (adopted === REFUSED) {
    m.caseRefused[c]++;
    st.refusals++;
    reopen(st, c);
    return;
  }
  if (adopted === NONE) {
    postpone(st, c);
    return;
  }
  const shownCount = ctx.shownCount;
  // trace only: what the user was shown, read now (the counterfactuals below aggregate again)
  const shownNow = st.frame ? shownIds(m, ctx.shown) : null;
  const wish = ctx.wish;
  if (adv >= 0 && !oversight) {
    if (m.advInternal[adv]) { st.internalHours += m.advHours[adv]; st.internalTotal += m.advHours[adv]; }
    else st.externalHours += m.advHours[adv];
  }
  // ---- decided
  m.caseState[c] = ST_DECIDED;
  m.caseDecided[c] = t;
  m.caseAt[c] = a;
  m.caseAdopted[c] = adopted;
  m.caseStyle[c] = oversight ? SY_OVERSIGHT : SY_RESOLUTION;
  m.caseShown[c] = shownCount;
  m.caseAdvocate[c] = adv;
  let top = 0;
  for (let j = 1; j < S; ++j) if (stated[j] > stated[top]) top = j;
  m.casePreferred[c] = top;
  if (m.solPlaces[adopted] > 0) {
    m.occupancy[adopted]++;
    const end = t + m.solStay[adopted];
    if (end < m.T) m.release[adopted * (m.T + 1) + end]++;
  }
  let responsive: boolean;
  if (st.counterfactuals) {
    const inf = counterfactualInfluence(ctx, stated, adopted, m.scratch);
    m.caseInfluence[c] = inf;
    m.caseInfluenceFeasible[c] = counterfactualInfluence(ctx, stated, adopted, m.scratch, ctx.candidate);
    responsive = inf > 0;
  } else {
    m.caseInfluence[c] = NaN;
    m.caseInfluenceFeasible[c] = NaN;
    responsive = adopted === top && ctx.voice > 0 && !oversight;
  }
  const consequences = !oversight && (explained || ctx.advocateRaises);
  const vetoOffered = ctx.vetoOffered;
  const step = classify({
    oversight, represented, wish: wish >= 0, vetoOffered, twoWay, alternatives: shownCount, consequences, responsive,
    userDecided: rule === R_USER && represented
  });
  m.caseStep[c] = LADDER_STEPS.indexOf(step) + 1;
  const f = c * N_FACTS;
  m.caseFacts[f + F_USER] = userPresent ? 1 : 0;
  m.caseFacts[f + F_PROXY] = proxy ? 1 : 0;
  m.caseFacts[f + F_TWOWAY] = twoWay ? 1 : 0;
  m.caseFacts[f + F_PERCEIVED] = represented || wish >= 0 || vetoOffered || m.arenaConsultant[a] ? 1 : 0;
  m.caseFacts[f + F_FORMULATED] = m.caseInitiative[c] || (represented && !oversight) ? 1 : 0;
  m.caseFacts[f + F_ALTERNATIVES] = shownCount >= 2 ? 1 : 0;
  m.caseFacts[f + F_CONSEQUENCES] = consequences ? 1 : 0;
  m.caseFacts[f + F_ROUTINE] = represented && !oversight ? 1 : 0;
  m.caseFacts[f + F_DISAGREED] = disagreed ? 1 : 0;
  uoAfterDecision(m.userState, u, userPresent, adopted === top);
  if (followKind !== FU_NONE) uoAfterFollowup(m.followup, followKind, u, y, userPresent);
  if (st.frame) {
    st.frame.decided.push({id: c, style: STYLE_NAMES[m.caseStyle[c]]!, step});
    st.frame.solutions.push({id: m.solutionIds[m.caseAdopted[c]], at: m.arenaIds[a], case: c});
    frameDecision(st.frame, shownNow ?? [], userPresent ? "user" : proxy ? "proxy" : null, adv >= 0 ? m.advocateIds[adv] : null);
  }
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

function week(st: RunState, t: number): void {
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

/** The arenas of a frame: which met (an occasion in session that a case or professional came to), their cases and attendees. */
function framePlaces(st: RunState, frame: ParticipationFrame): void {
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
function shownIds(m: ParticipationModel, shown: Uint8Array): string[] {
  const out: string[] = [];
  for (let j = 0; j < m.S; ++j) if (shown[j]) out.push(m.solutionIds[j]);
  return out;
}

/** Trace only: the options shown to the user at the decision just recorded, who spoke for the user, and the advocate. */
function frameDecision(frame: ParticipationFrame, shown: string[], by: "user" | "proxy" | null, advocate: string | null): void {
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

/**
 * A scenario compiled once, run many times: the simulator object owns the
 * model and all scratch of its runs (one run at a time). Replications reuse
 * one simulator; each run resets everything it reads.
 */
export class ParticipationSimulator {
  readonly model: ParticipationModel;
  /** The scenario's own parameters, compiled once, to restore after a run with edits. */
  private original: ParticipationModel | undefined;
  constructor(scenario: Scenario) {
    this.model = compileParticipation(scenario);
  }
  run(options: ParticipationOptions): ParticipationRun {
    const scenario = this.model.scenario;
    return simulateRun(this.model, options, () => (this.original ??= compileParticipation(scenario)));
  }
}

/** Runs a scenario once with a seeded generator. */
export function runParticipation(scenario: Scenario, options: ParticipationOptions): ParticipationRun {
  return simulateRun(compileParticipation(scenario), options, () => compileParticipation(scenario));
}

function simulateRun(m: ParticipationModel, options: ParticipationOptions, original: () => ParticipationModel): ParticipationRun {
  const scenario = m.scenario;
  const random = options.random ?? rng(options.seed);
  // edits from week 0 hold before anything is drawn: the run is that of the edited scenario
  const edits = options.edits?.length ? checkEdits(scenario, options.edits) : null;
  let nextEdit = edits ? applyDueEdits(m, edits, 0, 0) : 0;
  const totalCases = init(m, random);
  resetUsersOverTime(m, random, totalCases);
  setUpCore(m);
  if (m.handoffs.on) firstDoors(m, random); // each user starts at one door (handoffs.ts)
  const st: RunState = {
    model: m, random, counterfactuals: options.counterfactuals !== false, totalCases, nCases: 0, nActive: 0, meetings: 0, staffEnergy: 0,
    refusals: 0, postponements: 0, internalHours: 0, internalTotal: 0, externalHours: 0, frame: null
  };
  const trace: ParticipationFrame[] | undefined = options.trace ? [] : undefined;
  for (let t = 0; t < m.T; ++t) {
    if (trace) st.frame = {week: t, arenas: [], cases: [], decided: [], solutions: [], staffEnergyLeft: 0};
    if (edits && nextEdit < edits.length && edits[nextEdit].week <= t) { nextEdit = applyDueEdits(m, edits, nextEdit, t); refreshCore(m); }
    week(st, t);
    if (trace && st.frame) {
      const f = st.frame;
      for (let c = 0; c < st.nCases; ++c) {
        const state = m.caseState[c];
        const at = state === ST_ATTACHED || (state === ST_DECIDED) ? m.caseAt[c] : -1;
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
      trace.push(f);
    }
  }
  const cc = m.core.counters, C = CORE_COUNTER;
  m.core.finish(m.T);
  // The cost of an organisation: hours its decisions absorbed (spent less the excess at made choices) and internal advocates' hours.
  // (clamped: the float difference can fall a hair below 0 when all energy was excess)
  st.staffEnergy += st.internalHours + Math.max(0, cc[C.energySpent] - cc[C.energyExcess]);
  const cases = caseRecords(m, totalCases, st.counterfactuals);
  const summary = summarise(m, cases, st);
  const time = new Float64Array(totalCases), event = new Uint8Array(totalCases);
  for (let c = 0; c < totalCases; ++c) {
    const decided = m.caseState[c] === ST_DECIDED;
    event[c] = decided ? 1 : 0;
    // lost cases were last seen waiting in the week they were given up (patience or motivation); waiting ones at the horizon
    time[c] = decided ? m.caseDecided[c] - m.caseArrival[c] : m.caseState[c] === ST_LOST ? m.caseLost[c] - m.caseArrival[c] : m.T - 1 - m.caseArrival[c];
  }
  const km = kaplanMeier(time, event, totalCases);
  summary.timeToDecisionMedian = km.median;
  summary.decidedWithin4 = km.within4;
  summary.decidedWithin12 = km.within12;
  summary.garbageCan = {
    choicesMade: cc[C.resolution] + cc[C.flight] + cc[C.oversight], resolution: cc[C.resolution], flight: cc[C.flight], oversight: cc[C.oversight],
    choicesUnmade: cc[C.choicesUnmade], problemShifts: cc[C.problemShifts], dmShifts: cc[C.dmShifts], problemActivity: cc[C.problemActivity],
    problemLatency: cc[C.problemLatency], energySpent: cc[C.energySpent], energyExcess: cc[C.energyExcess], energyIdle: cc[C.energyIdle]
  };
  summary.advocateHours = {internal: st.internalTotal, external: st.externalHours};
  let disagreed = 0, feasible = 0, nFeasible = 0;
  for (const c of cases) {
    if (c.staffDisagreed) ++disagreed;
    if (c.influenceFeasible !== null && Number.isFinite(c.influenceFeasible)) { feasible += c.influenceFeasible; ++nFeasible; }
  }
  summary.influenceFeasible = nFeasible > 0 ? feasible / nFeasible : NaN;
  summary.disagreement = summary.decided > 0 ? disagreed / summary.decided : NaN;
  const influence = userInfluence(m, cases);
  Object.assign(summary, usersOverTimeSummary(m, cases, influence));
  const users = userRecords(m, cases, influence);
  // a model edited during the run gets its own parameters back (simulators are reused across replications)
  if (edits && nextEdit > 0) { copyParameters(m, original()); refreshCore(m); }
  return {scenario: scenario.id, seed: options.seed, summary, cases, users, ...(trace ? {trace} : {})};
}


/** The run's structure on the core: access (users x arenas), decision rights (roles x arenas), loads, agenda capacities. */
function setUpCore(m: ParticipationModel): void {
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
function refreshCore(m: ParticipationModel): void {
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
