// Users over time, tied together for one run: the reset of every module's
// per-run state (userState, followup, coping, domains, handoffs), the
// per-user records and trace rows, and the summary keys of the issue:
//   handoffs            mean hand-offs per case arrived (NaN without cases)
//   userEnergy          user hours spent (meetings attended, hand-offs)
//   desiredGap          mean over decided cases of achieved minus desired step
//   decidedWithoutUser  share of decided cases the user did not attend in person
//   influenceGap        resource-strong minus weak users' mean counterfactual
//                       influence (each user's mean over their decided cases)
//   gini                Gini of users' mean influence (users with a decided case)
//   mastery             mean change of competence over the run
// Missing is not zero: nothing decided, no influence computed, or no users
// marked strong and weak give NaN.

import {LADDER_STEPS, type LadderStep} from "./ladder.ts";
import type {ParticipationModel} from "./model.ts";
import type {CaseRecord, UsersOverTimeSummary} from "./records.ts";
import type {Random} from "../rng.ts";
import {resetUserState} from "./userState.ts";
import {resetFollowup} from "./followup.ts";
import {drawCaseDomains} from "./domains.ts";

export type {UsersOverTimeSummary};

export interface UserRecord {
  user: number;
  userType: string;
  resources: "unspecified" | "strong" | "weak";
  desiredStep: number;
  competenceStart: number;
  competence: number;
  trust: number;
  motivation: number;
  /** Accuracy of the worker's view of this user's wishes (follow-up). */
  accuracy: number;
  cases: number;
  decided: number;
  handoffs: number;
  energy: number;
  /** Mean counterfactual influence over the user's decided cases (null: none, or not computed). */
  influence: number | null;
}

/** Each user's competence, trust and motivation at the end of a week (trace). */
export interface UserFrame {
  competence: number[];
  trust: number[];
  motivation: number[];
}

/** The per-run state of every users-over-time module; draws (the cases' domains) only when the scenario has domains. */
export function resetUsersOverTime(m: ParticipationModel, random: Random, n: number): void {
  resetUserState(m.userState, m.userType, m.typeLiteracy);
  resetFollowup(m.followup);
  m.coping.queued = 0;
  m.handoffs.caseHandoffs.fill(0);
  if (m.domains.D > 0) drawCaseDomains(m.domains, random, n);
}

export function userFrame(m: ParticipationModel): UserFrame {
  const us = m.userState;
  return {competence: Array.from(us.competence), trust: Array.from(us.trustLevel), motivation: Array.from(us.motivationLevel)};
}

const RESOURCES = ["weak", "unspecified", "strong"] as const;

/** Per user: cases, decided cases, and mean influence over decided cases with an influence value (NaN none). */
export interface UserInfluence {
  mean: Float64Array;
  decided: Int32Array;
  count: Int32Array;
}

/** A run's influence per user, worked out once for its summary and its user records. */
export function userInfluence(m: ParticipationModel, cases: CaseRecord[]): UserInfluence {
  const U = m.U, sum = new Float64Array(U), n = new Int32Array(U), decided = new Int32Array(U), count = new Int32Array(U);
  for (const c of cases) {
    count[c.user]++;
    if (c.decided === null) continue;
    decided[c.user]++;
    if (c.influence !== null && Number.isFinite(c.influence)) { sum[c.user] += c.influence; n[c.user]++; }
  }
  const mean = new Float64Array(U);
  for (let u = 0; u < U; ++u) mean[u] = n[u] > 0 ? sum[u] / n[u] : NaN;
  return {mean, decided, count};
}

/** Gini coefficient of the finite values (NaN with none, or a zero mean: inequality of nothing is undefined). */
export function gini(values: ArrayLike<number>): number {
  const xs: number[] = [];
  for (let i = 0; i < values.length; ++i) if (Number.isFinite(values[i])) xs.push(values[i]);
  const n = xs.length;
  if (n === 0) return NaN;
  xs.sort((a, b) => a - b);
  let total = 0, weighted = 0;
  for (let i = 0; i < n; ++i) { total += xs[i]; weighted += (i + 1) * xs[i]; }
  if (!(total > 0)) return NaN;
  return (2 * weighted) / (n * total) - (n + 1) / n;
}

export function usersOverTimeSummary(m: ParticipationModel, cases: CaseRecord[], influence: UserInfluence): UsersOverTimeSummary {
  const us = m.userState;
  let handoffs = 0, decided = 0, without = 0, gap = 0;
  for (const c of cases) {
    handoffs += m.handoffs.caseHandoffs[c.id];
    if (c.decided === null) continue;
    decided++;
    if (!c.userPresent) without++;
    gap += LADDER_STEPS.indexOf(c.step as LadderStep) + 1 - us.typeDesired[m.userType[c.user]];
  }
  const {mean} = influence;
  let strong = 0, nStrong = 0, weak = 0, nWeak = 0, energy = 0, mastery = 0;
  for (let u = 0; u < m.U; ++u) {
    energy += us.energy[u];
    mastery += us.competence[u] - us.competenceStart[u];
    if (!Number.isFinite(mean[u])) continue;
    const r = us.typeResources[m.userType[u]];
    if (r > 0) { strong += mean[u]; nStrong++; } else if (r < 0) { weak += mean[u]; nWeak++; }
  }
  return {
    handoffs: cases.length > 0 ? handoffs / cases.length : NaN,
    userEnergy: energy,
    desiredGap: decided > 0 ? gap / decided : NaN,
    decidedWithoutUser: decided > 0 ? without / decided : NaN,
    influenceGap: nStrong > 0 && nWeak > 0 ? strong / nStrong - weak / nWeak : NaN,
    gini: gini(mean),
    mastery: m.U > 0 ? mastery / m.U : NaN
  };
}

export function userRecords(m: ParticipationModel, cases: CaseRecord[], influence: UserInfluence): UserRecord[] {
  const us = m.userState;
  const {mean, decided, count} = influence;
  const handoffs = new Int32Array(m.U);
  for (const c of cases) handoffs[c.user] += m.handoffs.caseHandoffs[c.id];
  const out: UserRecord[] = new Array(m.U);
  for (let u = 0; u < m.U; ++u) {
    const y = m.userType[u];
    out[u] = {
      user: u, userType: m.typeIds[y], resources: RESOURCES[us.typeResources[y] + 1], desiredStep: us.typeDesired[y],
      competenceStart: us.competenceStart[u], competence: us.competence[u], trust: us.trustLevel[u], motivation: us.motivationLevel[u],
      accuracy: m.followup.accuracy[u], cases: count[u], decided: decided[u], handoffs: handoffs[u], energy: us.energy[u],
      influence: Number.isFinite(mean[u]) ? mean[u] : null
    };
  }
  return out;
}
