// A validated participation scenario compiled to typed arrays, with the
// scratch space of one run and the garbage-can core it runs on (core.ts).
// A model belongs to one run: nothing is cached or shared between runs.

import {parseScenario, type Scenario} from "./scenario.ts";
import type {VoiceInput} from "./power.ts";
import {decisionContext, RULE, type DecisionContext} from "./decide.ts";
import {GarbageCanCore} from "./core.ts";
import {compileUserState, type UserState} from "./userState.ts";
import {compileFollowup, type Followup} from "./followup.ts";
import {compileCoping, type Coping} from "./coping.ts";
import {compileDomains, type Domains} from "./domains.ts";
import {compileHandoffs, type Handoffs} from "./handoffs.ts";

export const MODE = {decide: 0, report: 1} as const;
/** The user's seat at an arena. */
export const SEAT = {absent: 0, present: 1, proxy: 2} as const;
/** Case states and decision styles as stored in the typed arrays. */
export const STATE = {none: 0, waiting: 1, attached: 2, decided: 3, lost: 4} as const;
// Decision styles share their codes with the classic engine (streams.ts).
export {STYLE_CODE as STYLE, STYLE_NAME as STYLE_NAMES} from "../streams.ts";
export const STATE_NAMES = ["waiting", "waiting", "attached", "decided", "lost"] as const;

export interface ParticipationModel {
  readonly scenario: Scenario;
  readonly T: number;
  readonly U: number;
  /** Solutions, arenas, roles, user types, advocates. */
  readonly S: number;
  readonly A: number;
  readonly R: number;
  readonly Y: number;
  readonly solutionIds: string[];
  readonly arenaIds: string[];
  readonly roleIds: string[];
  readonly typeIds: string[];
  readonly advocateIds: string[];
  // roles
  readonly roleCount: Float64Array;
  readonly roleKnowledge: Float64Array;
  // solutions
  readonly solProvider: Int32Array;
  readonly solSpecialised: Uint8Array;
  readonly solPlaces: Int32Array;
  readonly solStay: Int32Array;
  readonly solAppeal: Float64Array;
  // arenas
  readonly attend: Uint8Array; // A x R
  readonly attendees: Int32Array[]; // role indices per arena
  readonly arenaProf: Float64Array; // professionals present
  readonly arenaKnow: Float64Array; // best knowledge of those present (staff)
  readonly arenaFormBy: Int32Array;
  readonly arenaCaseTrigger: Uint8Array;
  readonly arenaInterval: Int32Array;
  readonly arenaOffset: Int32Array;
  readonly arenaPerUser: Uint8Array;
  readonly arenaAccess: Float64Array;
  readonly arenaAgenda: Int32Array;
  readonly arenaMode: Uint8Array;
  readonly arenaWritten: Uint8Array;
  readonly arenaSeat: Uint8Array;
  /** Weeks from a choice's opening to the date it must be made (0 = none). */
  readonly arenaDeadline: Int32Array;
  /** Per arena: the first schedule (core arena) index; a per-user arena has one schedule per user. */
  readonly arenaSchedule: Int32Array;
  readonly schedules: number;
  /** Per schedule: its arena and owner (-1 shared). */
  readonly scheduleArena: Int32Array;
  readonly scheduleOwner: Int32Array;
  /** Per schedule: the live choice (-1 none). */
  readonly scheduleChoice: Int32Array;
  /** Professionals as persons: role of each. */
  readonly personRole: Int32Array;
  readonly core: GarbageCanCore;
  /** Per core choice: the last period it was counted as a meeting. */
  readonly choiceStamp: Int32Array;
  /** Next free choice index of the core. */
  nextChoice: number;
  /** Lasting knowledge, drawn once per run: per role, user and user's advocate, whether each solution is known. */
  readonly roleKnows: Uint8Array; // R x S
  readonly userKnowsSol: Uint8Array; // U x S
  readonly advKnowsSol: Uint8Array; // U x S
  readonly arenaOptions: Int32Array;
  readonly arenaRule: Uint8Array;
  readonly arenaConsultant: Uint8Array;
  readonly arenaHoursPerCase: Float64Array;
  readonly arenaMeetingHours: Float64Array;
  readonly arenaReportHours: Float64Array;
  // user types
  readonly typeShare: Float64Array;
  readonly typeDependence: Float64Array;
  /** Health threshold on the latent standard normal scale: attends when health z < this (probit of attendance). */
  readonly typeHealthThreshold: Float64Array;
  readonly typeLiteracy: Float64Array;
  readonly typeInitiative: Float64Array;
  readonly typeProxy: Float64Array;
  readonly typeAdvocate: Int32Array;
  // advocates
  readonly advInternal: Uint8Array;
  readonly advKnowledge: Float64Array;
  readonly advWeight: Float64Array;
  readonly advLoyalty: Float64Array;
  readonly advHours: Float64Array;
  // ---- scratch for runs
  /** Maximum number of cases (one per user per week). */
  readonly maxCases: number;
  readonly userType: Int32Array;
  readonly userProxy: Uint8Array;
  readonly userAccess: Uint8Array; // U x A
  readonly userOffset: Int32Array; // U x A
  /** Latent health per user and the week it was last drawn (-1 none). */
  readonly userHealth: Float64Array;
  readonly userHealthWeek: Int32Array;
  readonly caseUser: Int32Array;
  readonly caseArrival: Int32Array;
  readonly caseInitiative: Uint8Array;
  readonly caseFit: Float64Array; // maxCases x S
  readonly caseNoise: Float64Array; // maxCases x S
  readonly caseState: Uint8Array;
  readonly caseAt: Int32Array;
  readonly caseDecided: Int32Array;
  /** The week a case was lost (flight: patience or motivation ran out; -1 not lost). */
  readonly caseLost: Int32Array;
  readonly caseAdopted: Int32Array;
  readonly casePreferred: Int32Array;
  readonly caseStyle: Uint8Array;
  readonly caseStep: Uint8Array;
  readonly caseInfluence: Float64Array;
  readonly caseInfluenceFeasible: Float64Array;
  readonly caseFacts: Uint8Array; // maxCases x FACTS
  readonly caseShown: Int32Array;
  readonly caseAdvocate: Int32Array;
  readonly casePostponed: Int32Array;
  readonly caseRefused: Int32Array;
  readonly active: Int32Array;
  /** Scratch for drawing arrivals: week x U + user. */
  readonly arrivalKeys: Int32Array;
  readonly agenda: Int32Array;
  readonly agendaPresence: Uint8Array;
  readonly occupancy: Int32Array;
  readonly release: Int32Array; // S x (T + 1)
  readonly roleLeft: Float64Array;
  readonly deficit: Float64Array;
  readonly order: Int32Array;
  readonly ctx: DecisionContext;
  readonly fit: Float64Array;
  readonly stated: Float64Array;
  readonly scratch: Float64Array;
  readonly noise: Float64Array;
  /** Reused argument of userVoice (keeps the hot loop allocation-free). */
  readonly voice: VoiceInput;
  // ---- users over time (each off by default; see the modules)
  readonly userState: UserState;
  readonly followup: Followup;
  readonly coping: Coping;
  readonly domains: Domains;
  readonly handoffs: Handoffs;
}

/**
 * The model's arrays compiled from the scenario's parameters (per role,
 * solution, arena, user type and advocate), which a run only reads. A scenario
 * edit replaces them (edits.ts); every other array is a run's scratch or fixed
 * by the model's sizes. Named one by one: a pattern of names once took in
 * `roleKnows`, knowledge drawn at the run's start, and an edit wiped it.
 */
export const PARAMETER_ARRAYS = [
  "roleCount", "roleKnowledge",
  "solProvider", "solSpecialised", "solPlaces", "solStay", "solAppeal",
  "attend", "arenaProf", "arenaKnow", "arenaFormBy", "arenaCaseTrigger", "arenaInterval", "arenaOffset", "arenaPerUser", "arenaAccess",
  "arenaAgenda", "arenaMode", "arenaWritten", "arenaSeat", "arenaDeadline", "arenaOptions", "arenaRule", "arenaConsultant",
  "arenaHoursPerCase", "arenaMeetingHours", "arenaReportHours",
  "typeShare", "typeDependence", "typeHealthThreshold", "typeLiteracy", "typeInitiative", "typeProxy", "typeAdvocate",
  "advInternal", "advKnowledge", "advWeight", "advLoyalty", "advHours"
] as const satisfies readonly (keyof ParticipationModel)[];

/** Per-case flags stored in caseFacts. */
export const FACT = {userPresent: 0, proxy: 1, twoWay: 2, perceived: 3, formulated: 4, alternatives: 5, consequences: 6, routine: 7, disagreed: 8} as const;
export const FACTS = 9;

/** Inverse of the standard normal CDF (Acklam's rational approximation, relative error < 1.2e-9). */
export function probit(p: number): number {
  if (p <= 0) return -Infinity;
  if (p >= 1) return Infinity;
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const lo = 0.02425;
  if (p < lo) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  if (p > 1 - lo) return -probit(1 - p);
  const q = p - 0.5, r = q * q;
  return ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

function index(ids: string[], id: string): number {
  return ids.indexOf(id);
}

/**
 * Compiles a scenario for one run. The scenario is validated again here, so
 * nothing runs on a half-valid scenario even if it did not come from
 * parseScenario.
 */
export function compileParticipation(input: Scenario): ParticipationModel {
  const s = parseScenario(input);
  const solutionIds = Object.keys(s.solutions);
  const arenaIds = Object.keys(s.arenas);
  const roleIds = Object.keys(s.roles);
  const typeIds = Object.keys(s.userTypes);
  const advocateIds = Object.keys(s.advocates);
  const S = solutionIds.length, A = arenaIds.length, R = roleIds.length, Y = typeIds.length, V = advocateIds.length;
  const T = s.horizon, U = s.users.count;
  const roles = roleIds.map((id) => s.roles[id]);
  const sols = solutionIds.map((id) => s.solutions[id]);
  const arenas = arenaIds.map((id) => s.arenas[id]);
  const types = typeIds.map((id) => s.userTypes[id]);
  const advs = advocateIds.map((id) => s.advocates[id]);
  const attend = new Uint8Array(A * R);
  const attendees: Int32Array[] = [];
  const arenaProf = new Float64Array(A);
  const arenaKnow = new Float64Array(A);
  arenas.forEach((a, i) => {
    const list = a.attendees.map((r) => index(roleIds, r));
    attendees.push(Int32Array.from(list));
    for (const r of list) {
      attend[i * R + r] = 1;
      arenaProf[i] += roles[r].count;
      if (roles[r].count > 0) arenaKnow[i] = Math.max(arenaKnow[i], roles[r].knowledge);
    }
  });
  const maxCases = U * T;
  // Schedules: a shared arena has one; a per-user arena one per user.
  const arenaSchedule = new Int32Array(A);
  const scheduleArena: number[] = [], scheduleOwner: number[] = [];
  arenas.forEach((a, i) => {
    arenaSchedule[i] = scheduleArena.length;
    const perUser = a.perUser;
    for (let u = 0; u < (perUser ? U : 1); ++u) { scheduleArena.push(i); scheduleOwner.push(perUser ? u : -1); }
  });
  const schedules = scheduleArena.length;
  const personRole: number[] = [];
  roles.forEach((r, i) => { for (let k = 0; k < r.count; ++k) personRole.push(i); });
  // A schedule makes at most one choice a week, so T + 1 choices each suffice.
  const core = new GarbageCanCore({
    choices: schedules * (T + 1), participants: personRole.length, problems: maxCases, arenas: schedules,
    problemClasses: U, participantClasses: R, choiceClasses: A, solutions: S
  });
  const model: ParticipationModel = {
    scenario: s, T, U, S, A, R, Y, solutionIds, arenaIds, roleIds, typeIds, advocateIds,
    roleCount: Float64Array.from(roles, (r) => r.count),
    roleKnowledge: Float64Array.from(roles, (r) => r.knowledge),
    solProvider: Int32Array.from(sols, (x) => index(roleIds, x.provider)),
    solSpecialised: Uint8Array.from(sols, (x) => (x.specialised ? 1 : 0)),
    solPlaces: Int32Array.from(sols, (x) => x.places),
    solStay: Int32Array.from(sols, (x) => x.stay),
    solAppeal: Float64Array.from(sols, (x) => x.appeal),
    attend, attendees, arenaProf, arenaKnow,
    arenaFormBy: Int32Array.from(arenas, (a) => index(roleIds, a.formBy)),
    arenaCaseTrigger: Uint8Array.from(arenas, (a) => (a.trigger === "case" ? 1 : 0)),
    arenaInterval: Int32Array.from(arenas, (a) => a.interval),
    arenaOffset: Int32Array.from(arenas, (a) => a.offset),
    arenaPerUser: Uint8Array.from(arenas, (a) => (a.perUser ? 1 : 0)),
    arenaAccess: Float64Array.from(arenas, (a) => a.access),
    arenaAgenda: Int32Array.from(arenas, (a) => a.agenda),
    arenaMode: Uint8Array.from(arenas, (a) => MODE[a.mode]),
    arenaWritten: Uint8Array.from(arenas, (a) => (a.channel === "written" ? 1 : 0)),
    arenaSeat: Uint8Array.from(arenas, (a) => SEAT[a.seat]),
    arenaDeadline: Int32Array.from(arenas, (a) => a.deadline),
    arenaSchedule, schedules,
    scheduleArena: Int32Array.from(scheduleArena), scheduleOwner: Int32Array.from(scheduleOwner), scheduleChoice: new Int32Array(schedules),
    personRole: Int32Array.from(personRole), core, nextChoice: 0, choiceStamp: new Int32Array(core.size.choices),
    roleKnows: new Uint8Array(R * S), userKnowsSol: new Uint8Array(U * S), advKnowsSol: new Uint8Array(U * S),
    arenaOptions: Int32Array.from(arenas, (a) => a.optionsShown),
    arenaRule: Uint8Array.from(arenas, (a) => RULE[a.rule]),
    arenaConsultant: Uint8Array.from(arenas, (a) => (a.consultant ? 1 : 0)),
    arenaHoursPerCase: Float64Array.from(arenas, (a) => a.hoursPerCase),
    arenaMeetingHours: Float64Array.from(arenas, (a) => a.meetingHours),
    arenaReportHours: Float64Array.from(arenas, (a) => a.reportHours),
    typeShare: Float64Array.from(types, (t) => t.share),
    typeDependence: Float64Array.from(types, (t) => t.dependence),
    typeHealthThreshold: Float64Array.from(types, (t) => probit(t.attendance)),
    typeLiteracy: Float64Array.from(types, (t) => t.literacy),
    typeInitiative: Float64Array.from(types, (t) => t.initiative),
    typeProxy: Float64Array.from(types, (t) => t.proxy),
    typeAdvocate: Int32Array.from(types, (t) => index(advocateIds, t.advocate)),
    advInternal: Uint8Array.from(advs, (a) => (a.kind === "internal" ? 1 : 0)),
    advKnowledge: Float64Array.from(advs, (a) => a.knowledge),
    advWeight: Float64Array.from(advs, (a) => a.weight),
    advLoyalty: Float64Array.from(advs, (a) => a.loyalty),
    advHours: Float64Array.from(advs, (a) => a.hours),
    maxCases,
    userType: new Int32Array(U),
    userProxy: new Uint8Array(U),
    userAccess: new Uint8Array(U * A),
    userOffset: new Int32Array(U * A),
    userHealth: new Float64Array(U),
    userHealthWeek: new Int32Array(U),
    caseUser: new Int32Array(maxCases),
    caseArrival: new Int32Array(maxCases),
    caseInitiative: new Uint8Array(maxCases),
    caseFit: new Float64Array(maxCases * S),
    caseNoise: new Float64Array(maxCases * S),
    caseState: new Uint8Array(maxCases),
    caseAt: new Int32Array(maxCases),
    caseDecided: new Int32Array(maxCases),
    caseLost: new Int32Array(maxCases),
    caseAdopted: new Int32Array(maxCases),
    casePreferred: new Int32Array(maxCases),
    caseStyle: new Uint8Array(maxCases),
    caseStep: new Uint8Array(maxCases),
    caseInfluence: new Float64Array(maxCases),
    caseInfluenceFeasible: new Float64Array(maxCases),
    caseFacts: new Uint8Array(maxCases * FACTS),
    caseShown: new Int32Array(maxCases),
    caseAdvocate: new Int32Array(maxCases),
    casePostponed: new Int32Array(maxCases),
    caseRefused: new Int32Array(maxCases),
    active: new Int32Array(maxCases),
    arrivalKeys: new Int32Array(maxCases),
    agenda: new Int32Array(maxCases),
    agendaPresence: new Uint8Array(maxCases),
    occupancy: new Int32Array(S),
    release: new Int32Array(S * (T + 1)),
    roleLeft: new Float64Array(R),
    deficit: new Float64Array(A),
    order: new Int32Array(A),
    ctx: decisionContext(S),
    fit: new Float64Array(S),
    stated: new Float64Array(S),
    scratch: new Float64Array(S),
    noise: new Float64Array(Math.max(1, personRole.length) * S),
    voice: {userBase: 0, dependenceEffect: 0, dependence: 0, crowding: 0, professionals: 0, informedVoice: 0, information: 0, presence: 0},
    userState: compileUserState(s, U),
    followup: compileFollowup(s, U, maxCases),
    coping: compileCoping(s, maxCases),
    domains: compileDomains(s, maxCases),
    handoffs: compileHandoffs(s, maxCases)
  };
  void V;
  return model;
}
