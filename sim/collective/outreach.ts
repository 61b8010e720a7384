// Outreach (HUSK Bjerke §5.3.5, 003:L1725-1799): recruitment campaigns for a meeting, each a
// channel (personal letter with phone follow-up, enclosure with routine post,
// posters, caseworkers' flyers) that reaches a number of users drawn at
// random, a chance that a reached user signs up, and a chance that one signed
// up comes (before the slot and the venue act). The funnel counts users:
// invited (reached) -> signed up -> came; staff hours per user reached are a
// share of a personal invitation's.

import type {Random} from "../rng.ts";
import type {CollectiveModel} from "./model.ts";

export interface CampaignTally {
  invited: number;
  signedUp: number;
  came: number;
  hours: number;
}

/** Whether campaign o recruits for meeting `meeting` of its arena. */
export function campaignDue(m: CollectiveModel, o: number, meeting: number): boolean {
  return meeting === m.outMeeting[o] || (m.outRepeat[o] === 1 && meeting > m.outMeeting[o]);
}

/** Runs campaign o for a meeting in week t: draws the users reached (a partial shuffle), their sign-ups; returns the staff hours. */
export function runCampaign(m: CollectiveModel, o: number, t: number, random: Random, tally: CampaignTally): void {
  const n = m.outInvites[o], order = m.pick;
  for (let u = 0; u < m.U; ++u) order[u] = u;
  for (let i = 0; i < n; ++i) {
    const j = i + Math.floor(random() * (m.U - i));
    const u = order[j]; order[j] = order[i]; order[i] = u;
    m.invited[u] = 1;
    ++tally.invited;
    if (random() < m.outSignUp[o]) {
      m.signedWeek[u] = t;
      m.signedCampaign[u] = o;
      m.signedEver[u] = 1;
      ++tally.signedUp;
    }
  }
  tally.hours += n * m.outCost[o] * m.scenario.staff.inviteHours;
}
