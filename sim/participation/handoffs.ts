// One door or three (Strømme §4.2.1, §4.5, 001:L2541-2555, L3915-3967): without a coordinator an
// arena where the service that provides the case's need (its best-fitting
// open solution) is not present hands the case on instead of deciding it;
// the case goes back to the stream ("kasteball", Strømme §4.2.1, 001:L2541-2553). After
// handoffs.max hand-offs an arena decides whoever is present. Each hand-off
// costs the user handoffs.userHours. A user is at one door at a time (the
// core's access row): each starts at a door drawn at random and is sent to
// the door of the service the case needs. With one door (all services at one
// arena) the need's provider is always present and nothing is handed on.
// The sources only hope one door helps (Strømme §4.5, 001:L3929-3933): exploratory.

import {allows, type Domains} from "./domains.ts";
import type {Random} from "../rng.ts";
import type {Scenario} from "./scenario.ts";

export interface Handoffs {
  readonly on: boolean;
  readonly max: number;
  readonly userHours: number;
  /** Per case: hand-offs so far (scratch of one run). */
  readonly caseHandoffs: Int32Array;
}

/** What routing reads of the compiled model (model.ts holds these; declared here so the model can import this module). */
export interface DoorModel {
  readonly S: number;
  readonly A: number;
  readonly R: number;
  readonly U: number;
  readonly solPlaces: Int32Array;
  readonly solProvider: Int32Array;
  readonly occupancy: Int32Array;
  readonly caseFit: Float64Array;
  readonly attend: Uint8Array;
  readonly userAccess: Uint8Array;
  readonly core: {readonly access: Uint8Array};
  readonly domains: Domains;
  readonly handoffs: Handoffs;
  readonly userState: {readonly energy: Float64Array};
}

/** The fields a run writes; the others come from the scenario and change with an edit (edits.ts). */
export const HANDOFFS_SCRATCH = ["caseHandoffs"] as const satisfies readonly (keyof Handoffs)[];

export function compileHandoffs(s: Scenario, maxCases: number): Handoffs {
  return {on: s.handoffs.on, max: s.handoffs.max, userHours: s.handoffs.userHours, caseHandoffs: new Int32Array(maxCases)};
}

/**
 * Each user starts at one door: the core's access row of the user is cut to
 * one arena drawn among those the user may use (one draw per user, only with
 * hand-offs on). A user at a door brings all their cases there.
 */
export function firstDoors(m: DoorModel, random: Random): void {
  const {A, U} = m, access = m.core.access;
  for (let u = 0; u < U; ++u) {
    let n = 0;
    for (let a = 0; a < A; ++a) n += m.userAccess[u * A + a];
    let k = Math.floor(random() * n);
    for (let a = 0; a < A; ++a) {
      const open = m.userAccess[u * A + a] === 1 && k-- === 0;
      access[u * A + a] = open ? 1 : 0;
    }
  }
}

/** The door the case is handed to: the first other arena the user may use where the need's provider is present (-1 none: decide here). */
export function nextDoor(m: DoorModel, c: number, u: number, a: number): number {
  const h = m.handoffs;
  if (!h.on || h.caseHandoffs[c] >= h.max) return -1;
  const {S, A, R} = m;
  let need = -1, best = -Infinity;
  for (let j = 0; j < S; ++j) {
    if (!allows(m.domains, c, j) || (m.solPlaces[j] > 0 && m.occupancy[j] >= m.solPlaces[j])) continue;
    const f = m.caseFit[c * S + j];
    if (f > best) { best = f; need = j; }
  }
  const p = need >= 0 ? m.solProvider[need] : -1;
  if (p < 0 || m.attend[a * R + p]) return -1;
  for (let b = 0; b < A; ++b) if (b !== a && m.attend[b * R + p] && m.userAccess[u * A + b]) return b;
  return -1;
}

/** The case goes to door b: the user's access moves there (the user walks to the next office), and it costs the user hours. */
export function handOff(m: DoorModel, c: number, u: number, b: number): void {
  const A = m.A, access = m.core.access;
  for (let a = 0; a < A; ++a) access[u * A + a] = a === b ? 1 : 0;
  m.handoffs.caseHandoffs[c]++;
  m.userState.energy[u] += m.handoffs.userHours;
}
