// One door or three (001:L2541-2555, L3915-3967): without a coordinator an
// arena where the service that provides the case's need (its best-fitting
// open solution) is not present hands the case on instead of deciding it;
// the case goes back to the stream and attaches wherever the garbage can
// puts it next (possibly the same wrong door: "kasteball"). After
// handoffs.max hand-offs an arena decides whoever is present. Each hand-off
// costs the user handoffs.userHours. With one door (all services at one
// arena) the need's provider is always present and nothing is handed on.
// The sources only hope one door helps (001:L3929-3933): exploratory.

import type {ParticipationModel} from "./model.ts";
import {allows} from "./domains.ts";
import type {Scenario} from "./scenario.ts";

export interface Handoffs {
  readonly on: boolean;
  readonly max: number;
  readonly userHours: number;
  /** Per case: hand-offs so far (scratch of one run). */
  readonly caseHandoffs: Int32Array;
}

export function compileHandoffs(s: Scenario, maxCases: number): Handoffs {
  return {on: s.handoffs.on, max: s.handoffs.max, userHours: s.handoffs.userHours, caseHandoffs: new Int32Array(maxCases)};
}

/** Whether arena a hands case c (of user u) on: the need's provider is absent here and present at another arena the user can reach. */
export function handsOn(m: ParticipationModel, c: number, u: number, a: number): boolean {
  const h = m.handoffs;
  if (!h.on || h.caseHandoffs[c] >= h.max) return false;
  const {S, A, R} = m;
  let need = -1, best = -Infinity;
  for (let j = 0; j < S; ++j) {
    if (!allows(m.domains, c, j) || (m.solPlaces[j] > 0 && m.occupancy[j] >= m.solPlaces[j])) continue;
    const f = m.caseFit[c * S + j];
    if (f > best) { best = f; need = j; }
  }
  const p = need >= 0 ? m.solProvider[need] : -1;
  if (p < 0 || m.attend[a * R + p]) return false;
  for (let b = 0; b < A; ++b) if (b !== a && m.attend[b * R + p] && m.userAccess[u * A + b]) return true;
  return false;
}
