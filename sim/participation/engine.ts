// The participation-mode engine (participation-model.md §2-§5, sim/ODD.md).
// Per week:
//   1. places whose stay ends are released; new cases arrive;
//   2. professionals get their free hours: hoursPerWeek x (1 - adminShare) /
//      timePressure (the net energy load);
//   3. every waiting case attaches to the accessible arena meeting soonest
//      (the open choice closest to completion; streams.ts sortByDeficit +
//      firstAllowed): a frequent arena pulls cases from a rare one;
//   4. each arena meeting this week pays its overhead and takes up to
//      `agenda` attached cases; a case is decided with attention (resolution)
//      when the hours of those present cover it; otherwise staff either sign
//      it up without attention (oversight, probability load.signUp) or
//      postpone it (flight); a refused proposal goes back to waiting;
//   5. a case waiting longer than the users' patience is lost (flight).
// Every decided case gets a counterfactual influence and a ladder step.

import {counterfactualInfluence} from "./counterfactual.ts";
import {aggregate, NONE, REFUSED, RULE} from "./decide.ts";
import {classify, LADDER_STEPS, type LadderStep} from "./ladder.ts";
import {compileParticipation, FACT, FACTS, MODE, STATE, STATE_NAMES, STYLE, STYLE_NAMES, type ParticipationModel} from "./model.ts";
import {caseRecords, summarise} from "./records.ts";
import {advocateVoice, information, userVoice} from "./power.ts";
import {randomNormal, rng, type Random} from "../rng.ts";
import type {Scenario} from "./scenario.ts";
import {covers, firstAllowed, sortByDeficit} from "../streams.ts";

export type {LadderStep};

export interface ParticipationSummary {
  cases: number;
  decided: number;
  ladder: {perspective: number; participation: number; influence: number; control: number; undecided: number};
  influence: number;
  preferenceRealised: number;
  fit: number;
  timeToDecision: number;
  styles: {resolution: number; oversight: number; flight: number};
  /** Professional hours spent (meetings, cases, reports, sign-ups, internal advocates). */
  staffEnergy: number;
  meetings: number;
  conditions: {formulated: number; alternatives: number; consequences: number; routine: number};
  perceived: number;
  byUserType: Record<string, {cases: number; influence: number; preferenceRealised: number; meanStep: number}>;
  /** Added: proposals refused and postponements (flight events) over the run. */
  refusals: number;
  postponements: number;
}

export interface CaseRecord {
  id: number;
  user: number;
  userType: string;
  arrival: number;
  decided: number | null;
  arena: string | null;
  style: "resolution" | "oversight" | "flight" | null;
  step: LadderStep | "undecided";
  influence: number | null;
  preferred: string | null;
  adopted: string | null;
  preferenceRealised: boolean | null;
  fit: number | null;
  perceived: boolean;
  optionsShown: number;
  twoWay: boolean;
  userPresent: boolean;
  advocate: string | null;
  /** Added: a proxy spoke for the user; times postponed; proposals refused; the M&O conditions. */
  proxy: boolean;
  postponed: number;
  refused: number;
  conditions: {formulated: boolean; alternatives: boolean; consequences: boolean; routine: boolean} | null;
}

export interface ParticipationFrame {
  week: number;
  /** Per arena: whether it met, the cases taken up, and who attended (role ids, "consultant", "user", "proxy", advocate ids). */
  arenas: {id: string; meeting: boolean; cases: number[]; attendees: string[]}[];
  cases: {id: number; state: "waiting" | "attached" | "decided" | "lost"; at: string | null}[];
  decided: {id: number; style: string; step: string}[];
  /**
   * The solution stream this week: each solution adopted at an arena (with
   * the case it was coupled to), and every other solution with free places,
   * looking for a problem (at: null).
   */
  solutions: {id: string; at: string | null; case: number | null}[];
  staffEnergyLeft: number;
}

export interface ParticipationRun {
  scenario: string;
  seed: string;
  summary: ParticipationSummary;
  cases: CaseRecord[];
  trace?: ParticipationFrame[];
}

export interface ParticipationOptions {
  seed: string;
  /** An injected random source (default: the project's generator seeded with `seed`). */
  random?: Random;
  trace?: boolean;
  /** Compute counterfactual influence (default true). Without it, influence is null and the ladder's "changed the outcome" test falls back to "the preference was realised with a positive voice". */
  counterfactuals?: boolean;
}


// Local copies of the numeric codes: module-namespace access costs a getter
// call per use under development transforms (tsx, vitest).
const ST_NONE = STATE.none, ST_WAITING = STATE.waiting, ST_ATTACHED = STATE.attached, ST_DECIDED = STATE.decided, ST_LOST = STATE.lost;
const SY_NONE = STYLE.none, SY_RESOLUTION = STYLE.resolution, SY_FLIGHT = STYLE.flight, SY_OVERSIGHT = STYLE.oversight;
const M_REPORT = MODE.report;
const R_VETO = RULE.veto, R_USER = RULE.user;
const F_USER = FACT.userPresent, F_PROXY = FACT.proxy, F_TWOWAY = FACT.twoWay, F_PERCEIVED = FACT.perceived, F_FORMULATED = FACT.formulated,
  F_ALTERNATIVES = FACT.alternatives, F_CONSEQUENCES = FACT.consequences, F_ROUTINE = FACT.routine, N_FACTS = FACTS;

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
    m.caseAdopted[n] = -1;
    m.casePreferred[n] = -1;
    m.caseStyle[n] = SY_NONE;
    m.caseStep[n] = 0;
    m.caseInfluence[n] = NaN;
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

/** Weeks until the user's next meeting of arena a (0 = this week). */
function weeksToMeeting(m: ParticipationModel, a: number, u: number, t: number): number {
  if (m.arenaCaseTrigger[a]) return 0;
  const off = m.userOffset[u * m.A + a];
  const k = m.arenaInterval[a];
  if (t < off) return off - t;
  return (k - ((t - off) % k)) % k;
}

function postpone(st: RunState, c: number): void {
  st.model.caseState[c] = ST_WAITING;
  st.model.caseAt[c] = -1;
  st.model.casePostponed[c]++;
  st.postponements++;
}

/** Who takes part for the user (0 nobody, 1 the user, 2 a proxy); draws attendance. */
function presenceAt(st: RunState, c: number, a: number, t: number): number {
  const m = st.model;
  if (m.arenaWritten[a] || !m.arenaSeatPresent[a]) return 0;
  const u = m.caseUser[c];
  if (healthAt(st, u, t) < m.typeHealthThreshold[m.userType[u]]) return 1;
  return m.userProxy[u] ? 2 : 0;
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

/** Hours a case needs from the professionals present (an advocate's hours cover up to half). */
function staffNeedOf(m: ParticipationModel, c: number, a: number, presence: number): number {
  const required = requiredHours(m, a);
  const adv = presence > 0 ? m.typeAdvocate[m.userType[m.caseUser[c]]] : -1;
  const advHours = adv >= 0 ? m.advHours[adv] : 0;
  return required - Math.min(advHours, required / 2);
}

function requiredHours(m: ParticipationModel, a: number): number {
  const report = m.arenaMode[a] === M_REPORT;
  return (m.arenaHoursPerCase[a] + (report ? m.arenaReportHours[a] : 0)) * m.arenaProf[a];
}

/**
 * Takes up one case at a meeting of arena a in week t. `shortage` is the
 * meeting's overload, 1 - hours available / hours its agenda needs (>= 0):
 * under overload staff sign cases up without attention with probability
 * load.signUp x shortage; a case whose hours are not covered is signed up
 * with probability load.signUp, or else postponed.
 */
function processCase(st: RunState, c: number, a: number, t: number, presence: number, shortage: number): void {
  const m = st.model;
  const s = m.scenario;
  const adv = presence > 0 ? m.typeAdvocate[m.userType[m.caseUser[c]]] : -1;
  const required = requiredHours(m, a);
  const advHours = adv >= 0 ? m.advHours[adv] : 0;
  const staffNeed = staffNeedOf(m, c, a, presence);
  const quick = s.load.oversightCost * required;
  const att = m.attendees[a];
  let available = 0;
  for (let i = 0; i < att.length; ++i) available += m.roleLeft[att[i]];
  const signUpDraw = st.random();
  let oversight = false;
  let spend = 0;
  if (signUpDraw < s.load.signUp * shortage && covers(quick, available, "<=")) {
    oversight = true;
    spend = quick;
  } else if (covers(staffNeed, available, "<=")) spend = staffNeed;
  else if (signUpDraw < s.load.signUp && covers(quick, available, "<=")) {
    oversight = true;
    spend = quick;
  } else {
    postpone(st, c);
    return;
  }
  // Pay the hours from those present, in attendee order.
  let due = spend;
  for (let i = 0; i < att.length && due > 0; ++i) {
    const pay = Math.min(due, m.roleLeft[att[i]]);
    m.roleLeft[att[i]] -= pay;
    due -= pay;
  }
  st.staffEnergy += spend + (adv >= 0 && m.advInternal[adv] && !oversight ? advHours : 0);
  decideCase(st, c, a, t, presence, oversight);
}

/**
 * Decides a case taken up at a meeting (with attention, or by oversight):
 * draws everything random about the decision up front, prepares the decision
 * context (candidates, staff scores, what the user sees, information, voice),
 * aggregates, then computes counterfactual influence and the ladder step.
 */
function decideCase(st: RunState, c: number, a: number, t: number, presence: number, oversight: boolean): void {
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
  const obscurity = m.obscurity;
  const noise = m.noise;
  for (let j = 0; j < S; ++j) obscurity[j] = random();
  fillNormal(random, noise, 0, S);
  const explainDraw = random();
  const userRaiseDraw = random();
  const advRaiseDraw = random();
  const refuseDraw = random();
  // ---- the decision context
  const ctx = m.ctx;
  const fit = m.fit;
  for (let j = 0; j < S; ++j) fit[j] = m.caseFit[c * S + j];
  const literacy = m.typeLiteracy[y];
  const formBy = m.arenaFormBy[a];
  const written = m.arenaWritten[a] === 1 && formBy >= 0;
  const kForm = formBy >= 0 ? m.roleKnowledge[formBy] : 0;
  const kAdv = adv >= 0 ? m.advKnowledge[adv] : 0;
  let kPresent = m.arenaKnow[a];
  if (written) kPresent = Math.max(kPresent, kForm);
  if (adv >= 0) kPresent = Math.max(kPresent, kAdv);
  if (represented) kPresent = Math.max(kPresent, literacy);
  let candidates = 0;
  const sdStaff = nProf > 0 ? s.staff.assessmentNoise / Math.sqrt(nProf) : 0;
  const cw = m.arenaConsultant[a] ? s.power.consultantWeight : 0;
  for (let j = 0; j < S; ++j) {
    const spec = m.solSpecialised[j] === 1;
    const places = m.solPlaces[j];
    const free = places === 0 || m.occupancy[j] < places;
    ctx.candidate[j] = free && (!spec || obscurity[j] < kPresent) ? 1 : 0;
    candidates += ctx.candidate[j];
    ctx.userKnows[j] = !spec || obscurity[j] < literacy ? 1 : 0;
    ctx.advKnows[j] = adv >= 0 && (!spec || obscurity[j] < kAdv) ? 1 : 0;
    ctx.formKnows[j] = written && (!spec || obscurity[j] < kForm) ? 1 : 0;
    let score = 0;
    if (nProf > 0) {
      score = fit[j] + sdStaff * noise[j];
      const p = m.solProvider[j];
      if (p >= 0 && m.attend[a * m.R + p]) {
        const vacant = places > 0 ? Math.max(0, places - m.occupancy[j]) / places : 0;
        score += (s.staff.ownServiceBias * m.roleCount[p] / nProf) * (1 + s.staff.vacancyBias * vacant);
      }
    }
    ctx.staff[j] = score + cw * (m.solAppeal[j] - 0.5);
  }
  if (candidates === 0) {
    postpone(st, c);
    return;
  }
  // Staff's narrowed proposal set: their top-k candidates.
  ctx.shownBase.fill(0);
  const k = report ? 1 : m.arenaOptions[a] === 0 ? S : m.arenaOptions[a];
  for (let i = 0; i < k; ++i) {
    let best = -1;
    for (let j = 0; j < S; ++j) if (ctx.candidate[j] && !ctx.shownBase[j] && (best < 0 || ctx.staff[j] > ctx.staff[best])) best = j;
    if (best < 0) break;
    ctx.shownBase[best] = 1;
  }
  const twoWay = represented; // the user or proxy is in a two-way meeting
  // Staff explain consequences in a two-way meeting used for deciding; in a
  // reporting meeting only once someone puts an alternative on the table
  // (002:L537-545, L558-573).
  const userRaises = represented && userRaiseDraw < literacy;
  const advocateRaises = adv >= 0 && advRaiseDraw < kAdv;
  const explained = twoWay && (!report || userRaises || advocateRaises) && explainDraw < m.arenaKnow[a];
  const info = information(literacy, explained ? m.arenaKnow[a] : written ? kForm : 0, kAdv);
  const stated = m.stated;
  const sdPref = s.users.preferenceNoise * (1 - info);
  for (let j = 0; j < S; ++j) stated[j] = fit[j] + sdPref * m.caseNoise[c * S + j];
  const rule = m.arenaRule[a];
  ctx.rule = rule;
  ctx.oversight = oversight;
  ctx.represented = represented;
  ctx.written = written;
  ctx.vetoOffered = rule === R_VETO && !oversight;
  ctx.userRaises = userRaises;
  ctx.advocateRaises = advocateRaises;
  ctx.refuses = refuseDraw < s.power.refusal * (1 - m.typeDependence[y]);
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
  ctx.voice = userVoice(v) + (adv >= 0 ? advocateVoice(m.advWeight[adv], kAdv, m.advLoyalty[adv]) : 0);
  const adopted = aggregate(ctx, stated);
  if (adopted === REFUSED) {
    m.caseRefused[c]++;
    st.refusals++;
    m.caseState[c] = ST_WAITING;
    m.caseAt[c] = -1;
    return;
  }
  if (adopted === NONE) {
    postpone(st, c);
    return;
  }
  const shownCount = ctx.shownCount;
  const wish = ctx.wish;
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
    responsive = inf > 0;
  } else {
    m.caseInfluence[c] = NaN;
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
  if (st.frame) {
    st.frame.decided.push({id: c, style: STYLE_NAMES[m.caseStyle[c]]!, step});
    st.frame.solutions.push({id: m.solutionIds[m.caseAdopted[c]], at: m.arenaIds[a], case: c});
  }
}

function week(st: RunState, t: number): void {
  const m = st.model;
  const s = m.scenario;
  const {A, S, R} = m;
  // 1. releases and arrivals
  for (let j = 0; j < S; ++j) m.occupancy[j] -= m.release[j * (m.T + 1) + t];
  while (st.nCases < st.totalCases && m.caseArrival[st.nCases] === t) {
    m.caseState[st.nCases] = ST_WAITING;
    m.active[st.nActive++] = st.nCases++;
  }
  // 2. free hours
  const hours = (s.staff.hoursPerWeek * (1 - s.load.adminShare)) / s.load.timePressure;
  for (let r = 0; r < R; ++r) m.roleLeft[r] = hours * m.roleCount[r];
  // 3. attach waiting cases to the accessible arena meeting soonest
  for (let i = 0; i < st.nActive; ++i) {
    const c = m.active[i];
    const u = m.caseUser[c];
    for (let a = 0; a < A; ++a) {
      m.order[a] = a;
      m.deficit[a] = weeksToMeeting(m, a, u, t);
    }
    sortByDeficit(m.order, A, m.deficit, "lowest");
    const a = firstAllowed(m.order, A, m.userAccess, u, A);
    m.caseAt[c] = a;
    m.caseState[c] = a >= 0 ? ST_ATTACHED : ST_WAITING;
  }
  // 4. meetings
  const nActive = st.nActive;
  for (let a = 0; a < A; ++a) {
    const perUser = m.arenaPerUser[a] === 1;
    const caseTrigger = m.arenaCaseTrigger[a] === 1;
    const frameArena = st.frame ? {id: m.arenaIds[a], meeting: false, cases: [] as number[], attendees: m.attendees[a].length ? Array.from(m.attendees[a], (r) => m.roleIds[r]) : []} : null;
    if (frameArena && m.arenaConsultant[a]) frameArena.attendees.push("consultant");
    // Instances: one (index -1) or one per user.
    const instances = perUser ? m.U : 1;
    for (let inst = 0; inst < instances; ++inst) {
      const owner = perUser ? inst : -1;
      let meets: boolean;
      if (caseTrigger) {
        meets = false;
        for (let i = 0; i < nActive && !meets; ++i) {
          const c = m.active[i];
          if (m.caseState[c] === ST_ATTACHED && m.caseAt[c] === a && (owner < 0 || m.caseUser[c] === owner)) meets = true;
        }
      } else meets = meetsThisWeek(m, a, perUser ? m.userOffset[inst * A + a] : m.arenaOffset[a], t);
      if (!meets) continue;
      st.meetings++;
      if (frameArena) frameArena.meeting = true;
      const att = m.attendees[a];
      for (let i = 0; i < att.length; ++i) {
        const pay = Math.min(m.roleLeft[att[i]], m.arenaMeetingHours[a] * m.roleCount[att[i]]);
        m.roleLeft[att[i]] -= pay;
        st.staffEnergy += pay;
      }
      // The agenda: attendance first, then the overload of the meeting.
      let taken = 0;
      let need = 0;
      for (let i = 0; i < nActive && taken < m.arenaAgenda[a]; ++i) {
        const c = m.active[i];
        if (m.caseState[c] !== ST_ATTACHED || m.caseAt[c] !== a || (owner >= 0 && m.caseUser[c] !== owner)) continue;
        const presence = presenceAt(st, c, a, t);
        m.agenda[taken] = c;
        m.agendaPresence[taken] = presence;
        need += staffNeedOf(m, c, a, presence);
        ++taken;
      }
      let available = 0;
      for (let i = 0; i < att.length; ++i) available += m.roleLeft[att[i]];
      const shortage = need > 0 ? Math.max(0, 1 - available / need) : 0;
      for (let i = 0; i < taken; ++i) {
        processCase(st, m.agenda[i], a, t, m.agendaPresence[i], shortage);
        if (frameArena) {
          // Who sat at the table for this case: the user or a proxy, and an advocate.
          const c = m.agenda[i], presence = m.agendaPresence[i];
          frameArena.cases.push(c);
          const who = presence === 1 ? "user" : presence === 2 ? "proxy" : null;
          if (who && !frameArena.attendees.includes(who)) frameArena.attendees.push(who);
          const adv = presence > 0 ? m.typeAdvocate[m.userType[m.caseUser[c]]] : -1;
          if (adv >= 0 && !frameArena.attendees.includes(m.advocateIds[adv])) frameArena.attendees.push(m.advocateIds[adv]);
        }
      }
    }
    if (st.frame && frameArena) st.frame.arenas.push(frameArena);
  }
  // 5. lost cases; compact the active list
  let k = 0;
  for (let i = 0; i < st.nActive; ++i) {
    const c = m.active[i];
    const state = m.caseState[c];
    if (state === ST_DECIDED) continue;
    if (t - m.caseArrival[c] + 1 >= s.users.patience) {
      m.caseState[c] = ST_LOST;
      m.caseStyle[c] = SY_FLIGHT;
      m.caseDecided[c] = -1;
      continue;
    }
    m.active[k++] = c;
  }
  st.nActive = k;
}

/** Runs a scenario once with a seeded generator. */
export function runParticipation(scenario: Scenario, options: ParticipationOptions): ParticipationRun {
  const m = compileParticipation(scenario);
  const random = options.random ?? rng(options.seed);
  const totalCases = init(m, random);
  const st: RunState = {
    model: m, random, counterfactuals: options.counterfactuals !== false, totalCases, nCases: 0, nActive: 0, meetings: 0, staffEnergy: 0,
    refusals: 0, postponements: 0, frame: null
  };
  const trace: ParticipationFrame[] | undefined = options.trace ? [] : undefined;
  for (let t = 0; t < m.T; ++t) {
    if (trace) st.frame = {week: t, arenas: [], cases: [], decided: [], solutions: [], staffEnergyLeft: 0};
    week(st, t);
    if (trace && st.frame) {
      const f = st.frame;
      for (let c = 0; c < st.nCases; ++c) {
        const state = m.caseState[c];
        const at = state === ST_ATTACHED || (state === ST_DECIDED) ? m.caseAt[c] : -1;
        f.cases.push({id: c, state: STATE_NAMES[state], at: at >= 0 ? m.arenaIds[at] : null});
      }
      f.staffEnergyLeft = m.roleLeft.reduce((a, b) => a + b, 0);
      // solutions not coupled this week wait, looking for problems, while they have free places
      for (let j = 0; j < m.S; ++j) {
        const id = m.solutionIds[j];
        if (f.solutions.some((x) => x.id === id)) continue;
        if (m.solPlaces[j] === 0 || m.occupancy[j] < m.solPlaces[j]) f.solutions.push({id, at: null, case: null});
      }
      trace.push(f);
    }
  }
  const cases = caseRecords(m, totalCases, st.counterfactuals);
  return {scenario: scenario.id, seed: options.seed, summary: summarise(m, cases, st), cases, ...(trace ? {trace} : {})};
}
