// Users of the collective model (000, 003): language, affiliation (none, a
// user organisation, employed in the project), working by day, the topic of
// their need and its kind (private or of general interest), system literacy
// and a sense of powerlessness (avmakt). The update rules are small pure
// functions so the ODD and the tests read the same thing the engine does.

import {shuffle, type Random} from "../rng.ts";
import type {CollectiveModel} from "./model.ts";

/** Information understood closes a share g of the gap to full literacy (HUSK Bjerke §7, 003:L2353-2355). */
export function informed(literacy: number, g: number): number {
  return literacy + g * (1 - literacy);
}

/** Being heard takes a share h of avmakt away (HUSK Bjerke §7.2, 003:L2566-2570). */
export function heard(avmakt: number, h: number): number {
  return avmakt - h * avmakt;
}

/** Late entry after the premises were set, or going along with a consensus that left one's need out, adds a share of the gap to full avmakt (Slettebø et al. 2012 «Mangelfull prosjektplanlegging», 000:L1160-1170, L1198-1210). */
export function slighted(avmakt: number, x: number): number {
  return avmakt + x * (1 - avmakt);
}

/** What a user expects of the next meeting: a weighted memory of what the last ones gave (1 understood and heard, 0.75 understood, 0 not understood). */
export function expect(expectation: number, memory: number, understood: boolean, wasHeard: boolean): number {
  const benefit = understood ? (wasHeard ? 1 : 0.75) : 0;
  return (1 - memory) * expectation + memory * benefit;
}

/** A draw in [0, 1] around a mean: a Beta-like spread from the mean of two uniforms, clipped (users differ, the mean is the parameter). */
function around(mean: number, random: Random): number {
  const v = mean + (random() + random() - 1) * Math.min(mean, 1 - mean);
  return v < 0 ? 0 : v > 1 ? 1 : v;
}

function pickIndex(shares: Float64Array, random: Random): number {
  let total = 0;
  for (let i = 0; i < shares.length; ++i) total += shares[i];
  let x = random() * total;
  for (let i = 0; i < shares.length; ++i) { x -= shares[i]; if (x < 0) return i; }
  return shares.length - 1;
}

/** Draws every user's traits and resets their run state; fills the by-language index. */
export function initUsers(m: CollectiveModel, random: Random): void {
  const s = m.scenario, p = s.population, aff = s.learning.affiliation;
  for (let u = 0; u < m.U; ++u) {
    const l = pickIndex(m.langShare, random);
    m.lang[u] = l;
    m.follows[u] = random() < m.langNorwegian[l] ? 1 : 0;
    const r = random();
    const a = r < p.employed ? 2 : r < p.employed + p.organisation ? 1 : 0;
    m.affiliation[u] = a;
    m.works[u] = random() < p.working ? 1 : 0;
    m.topic[u] = pickIndex(m.topicShare, random);
    m.general[u] = random() < p.general ? 1 : 0;
    // belonging brings literacy and takes avmakt away (Slettebø et al. 2012 «Organisasjonsmessig tilhørighet», 000:L1005-1036), twice for the employed
    const boost = a === 0 ? 0 : a === 1 ? aff : Math.min(1, 2 * aff);
    m.literacy[u] = m.literacy0[u] = informed(around(p.literacy, random), boost);
    m.avmakt[u] = m.avmakt0[u] = heard(around(p.avmakt, random), boost);
    m.expectation[u] = 1;
  }
  m.listed.fill(0); m.told.fill(0); m.organiser.fill(0); m.cameToSeat.fill(0); m.signedWeek.fill(-1); m.signedCampaign.fill(-1);
  m.nAttend = 0; m.nOrganisers = 0;
  m.invited.fill(0); m.signedEver.fill(0); m.attendedOpen.fill(0); m.meetings.fill(0); m.heardTopic.fill(0); m.member.fill(0); m.at.fill(-1);
  // users by language (counting sort), for word of mouth within a language
  m.langStart.fill(0);
  for (let u = 0; u < m.U; ++u) ++m.langStart[m.lang[u] + 1];
  for (let l = 0; l < m.L; ++l) m.langStart[l + 1] += m.langStart[l];
  const fill = m.pick;
  for (let l = 0; l < m.L; ++l) fill[l] = m.langStart[l];
  for (let u = 0; u < m.U; ++u) m.byLang[fill[m.lang[u]]++] = u;
}

/** Fills the fixed user seats of each seated arena: users drawn at random, those employed in the project and then organisation members first when the arena says so. */
export function fillSeats(m: CollectiveModel, random: Random): void {
  const order = m.pick;
  for (let u = 0; u < m.U; ++u) order[u] = u;
  for (let a = 0; a < m.A; ++a) {
    const n = m.arenaSeats[a];
    if (n === 0) continue;
    // m.pick has length U, so this is the same loop over all users as before
    shuffle(order, random);
    let filled = 0;
    for (let level = m.arenaAffFirst[a] ? 2 : 0; level >= 0 && filled < n; --level)
      for (let i = 0; i < m.U && filled < n; ++i) {
        const u = order[i];
        if (m.member[u * m.A + a] || (m.arenaAffFirst[a] && level > 0 && m.affiliation[u] !== level)) continue;
        m.member[u * m.A + a] = 1;
        m.seatList[m.seatStart[a] + filled] = u;
        ++filled;
      }
  }
}
