// Who sits for the user at a decision: the user when well enough (latent
// health against the type's threshold, or trust with the trust loop on),
// else a stand-in.

import {SEAT, type ParticipationModel} from "./model.ts";
import {randomNormal} from "../rng.ts";
import type {RunState} from "./runState.ts";
import {declines, trustedAttendance} from "./userState.ts";
import {probit} from "./model.ts";

// Local copies of the users-over-time helpers, for the same reason (they run per decision).
const uoDeclines = declines, uoTrustedAttendance = trustedAttendance, uoProbit = probit;

/**
 * Who takes part for the user at arena a (0 nobody, 1 the user, 2 a proxy).
 * A seat "present" invites the user, who attends when well enough; else a
 * relative with a proxy or an external advocate stands in (004: the
 * spokesperson). A seat "proxy" admits only a stand-in.
 */
export function presenceAt(st: RunState, c: number, a: number, t: number): number {
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
