// The user as a person who changes over the run (issue: users over time):
// per-user competence, trust, motivation and dissent, each moved by a
// feedback loop that can be switched off on its own (feedback.*). With every
// loop off the state stays at its start and reads back exactly the values the
// engine used before (type literacy, attendance threshold, refusal x 1).
//   mastery     Eriksen «Brukermedvirkning og bo-oppfølging», 004:L555-561 (saturating, L973-977): a decision that follows
//               the user's preference with the user present moves competence
//               toward the ceiling; an overridden one moves it toward 0.
//               Competence takes the place of system literacy.
//   trust       HUSK Bjerke §5.3.1, 003:L1469-1471, Eriksen «Brukermedvirkning og bo-oppfølging», «Omsorg og/eller medvirkning?», 004:L530-534, L1398-1404: an exponential
//               average of decisions that realised the user's preference:
//               an overridden one, or one made without the user that
//               missed it, lowers trust; attendance x trust is the chance
//               of turning up (so being decided without feeds on itself).
//   motivation  Strømme §4.3.2, 001:L3205-3211: falls each week the user has a case waiting;
//               below the floor the waiting cases leave by flight; a
//               decision restores it.
//   co-optation Strømme §4.1.2, 001:L2303-2311: each decision taken part in lowers the later
//               readiness to refuse.
// Desired level (Eriksen «Brukermedvirkning og bo-oppfølging», «Funn 3», 004:L339-345, L949-951): a user whose desired step is 1
// declines to take part (does not attend); achieved minus desired is measured.

import type {Scenario} from "./scenario.ts";
import type {Bilingual} from "../vocabulary.ts";

/** The user's state variables over the run, as the trace and the charts name them (declared once here). */
export type UserStateKey = "competence" | "trust" | "motivation";
export const USER_STATE_KEYS: readonly UserStateKey[] = ["competence", "trust", "motivation"];
export const USER_STATE_LABELS: Record<UserStateKey, Bilingual> = {
  competence: {en: "Competence (mastery)", nb: "Kompetanse (mestring)"},
  trust: {en: "Trust in the system", nb: "Tillit til systemet"},
  motivation: {en: "Motivation", nb: "Motivasjon"}
};

export interface UserState {
  readonly mastery: boolean;
  readonly trust: boolean;
  readonly motivation: boolean;
  readonly cooptation: boolean;
  readonly masteryRate: number;
  readonly masteryCap: number;
  readonly trustRate: number;
  readonly trustStart: number;
  readonly motivationDecay: number;
  readonly motivationFloor: number;
  readonly cooptationRate: number;
  /** Per type: attendance probability, desired step (1-4), resources (1 strong, -1 weak, 0 unspecified). */
  readonly typeAttendance: Float64Array;
  readonly typeDesired: Int32Array;
  readonly typeResources: Int8Array;
  /** Per user (scratch of one run). */
  readonly competenceStart: Float64Array;
  readonly competence: Float64Array;
  readonly trustLevel: Float64Array;
  readonly motivationLevel: Float64Array;
  readonly dissent: Float64Array;
  /** User hours spent (meetings attended, hand-offs). */
  readonly energy: Float64Array;
  /** Last week the user had a case waiting (-1 none). */
  readonly waitWeek: Int32Array;
}

/** The fields a run writes (per user); the others come from the scenario and change with an edit (edits.ts). */
export const USER_STATE_SCRATCH = ["competenceStart", "competence", "trustLevel", "motivationLevel", "dissent", "energy", "waitWeek"] as const satisfies readonly (keyof UserState)[];

export function compileUserState(s: Scenario, U: number): UserState {
  const f = s.feedback;
  const types = Object.values(s.userTypes);
  return {
    mastery: f.mastery, trust: f.trust, motivation: f.motivation, cooptation: f.cooptation,
    masteryRate: f.masteryRate, masteryCap: f.masteryCap, trustRate: f.trustRate, trustStart: f.trustStart,
    motivationDecay: f.motivationDecay, motivationFloor: f.motivationFloor, cooptationRate: f.cooptationRate,
    typeAttendance: Float64Array.from(types, (t) => t.attendance),
    typeDesired: Int32Array.from(types, (t) => t.desiredStep),
    typeResources: Int8Array.from(types, (t) => (t.resources === "strong" ? 1 : t.resources === "weak" ? -1 : 0)),
    competenceStart: new Float64Array(U), competence: new Float64Array(U), trustLevel: new Float64Array(U),
    motivationLevel: new Float64Array(U), dissent: new Float64Array(U), energy: new Float64Array(U), waitWeek: new Int32Array(U)
  };
}

/** Every user at the start of a run: competence = the type's literacy, trust at its start (1 with the loop off), motivation and dissent 1. */
export function resetUserState(us: UserState, userType: Int32Array, typeLiteracy: Float64Array): void {
  for (let u = 0; u < us.competence.length; ++u) {
    us.competence[u] = us.competenceStart[u] = typeLiteracy[userType[u]];
    us.trustLevel[u] = us.trust ? us.trustStart : 1;
  }
  us.motivationLevel.fill(1);
  us.dissent.fill(1);
  us.energy.fill(0);
  us.waitWeek.fill(-1);
}

/** The user's system literacy in a decision: their competence with the mastery loop on, else the type's. */
export function literacyOf(us: UserState, u: number, typeLiteracy: number): number {
  return us.mastery ? us.competence[u] : typeLiteracy;
}

/** The chance of turning up, attendance x trust (the caller takes its probit); -1 when the trust loop is off (use the compiled threshold). */
export function trustedAttendance(us: UserState, u: number, y: number): number {
  return us.trust ? us.typeAttendance[y] * us.trustLevel[u] : -1;
}

/** A user whose desired step is 1 declines to take part: a right, not a failure to attend. */
export function declines(us: UserState, y: number): boolean {
  return us.typeDesired[y] === 1;
}

/** Readiness to refuse is multiplied by this (1 until co-optation has worked). */
export function dissentOf(us: UserState, u: number): number {
  return us.dissent[u];
}

/**
 * The loops after a decided case of user u: `present` the user in person,
 * `realised` the adopted solution was the user's first preference.
 */
export function afterDecision(us: UserState, u: number, present: boolean, realised: boolean): void {
  if (us.mastery && present) {
    const c = us.competence[u];
    us.competence[u] = realised ? (c < us.masteryCap ? c + us.masteryRate * (us.masteryCap - c) : c) : c - us.masteryRate * c;
  }
  if (us.trust) {
    // an exponential average of getting what one wanted: an overridden decision, or one made without the user
    // that missed their preference, lowers it (kept above 0: the probit of a zero chance is -Infinity)
    const x = us.trustLevel[u];
    us.trustLevel[u] = Math.max(1e-6, x + us.trustRate * ((realised ? 1 : 0) - x));
  }
  if (us.motivation) us.motivationLevel[u] = 1;
  if (us.cooptation && present) us.dissent[u] *= 1 - us.cooptationRate;
}

/** Marks user u as having a case waiting in week t (motivation decays once per week). */
export function markWaiting(us: UserState, u: number, t: number): void {
  us.waitWeek[u] = t;
}

/** End of week t: motivation falls for every user who had a case waiting. */
export function decayMotivation(us: UserState, t: number): void {
  for (let u = 0; u < us.waitWeek.length; ++u) if (us.waitWeek[u] === t) us.motivationLevel[u] = Math.max(0, us.motivationLevel[u] - us.motivationDecay);
}

/** The user has given up: motivation below the floor (loop on). */
export function gaveUp(us: UserState, u: number): boolean {
  return us.motivation && us.motivationLevel[u] < us.motivationFloor;
}
