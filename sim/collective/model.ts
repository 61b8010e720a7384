// A collective scenario compiled once for many runs: sizes, per-arena and
// per-language settings as typed arrays, per-user state and the garbage-can
// core (sim/participation/core.ts) the service-design arenas run on. The
// model owns all its scratch; a run resets what it reads.

import {GarbageCanCore} from "../participation/core.ts";
import {ARENA_TYPES, type ArenaType} from "./parameters.ts";
import {CHANNELS} from "./channels.ts";
import {parseCollective, type CollectiveScenario} from "./scenario.ts";

export const AGENDA = {staff: 0, shared: 1, users: 2} as const;
export const RULE = {staff: 0, consensus: 1, joint: 2, users: 3} as const;
export const INTERP = {none: 0, core: 1, all: 2} as const;
/** Affiliation (000): none, a user organisation, employed in the project. */
export const AFFILIATION = ["none", "organisation", "employed"] as const;

/** Open arenas are recruited for by outreach and count toward the funnel; council and committee have seats. */
export function isOpenType(t: ArenaType): boolean {
  return t === "meeting" || t === "conference" || t === "listening";
}

export interface CollectiveModel {
  readonly scenario: CollectiveScenario;
  readonly T: number; readonly U: number; readonly L: number; readonly K: number; readonly A: number; readonly O: number; readonly P: number;
  readonly arenaIds: string[]; readonly languageIds: string[]; readonly topicIds: string[]; readonly outreachIds: string[];
  readonly arenaType: Uint8Array;
  readonly arenaOpen: Uint8Array; // open to all who know (not seats)
  readonly arenaFirst: Int32Array; readonly arenaInterval: Int32Array; readonly arenaCount: Int32Array;
  readonly arenaOffice: Uint8Array; readonly arenaEvening: Uint8Array; readonly arenaInterp: Uint8Array;
  readonly arenaAgenda: Uint8Array; readonly arenaRule: Uint8Array; readonly arenaLate: Uint8Array;
  readonly arenaSessions: Int32Array; readonly arenaHours: Float64Array; readonly arenaSeats: Int32Array;
  readonly arenaAffFirst: Uint8Array; readonly arenaAttend: Float64Array; readonly arenaPaid: Uint8Array; readonly arenaRecruits: Uint8Array;
  readonly arenaStaffSeats: Int32Array; readonly arenaGeneral: Uint8Array; readonly arenaStructural: Uint8Array;
  /** First core choice index of each arena (an arena has at most `count` occasions). */
  readonly arenaChoiceBase: Int32Array;
  readonly langShare: Float64Array; readonly langNorwegian: Float64Array; readonly langCore: Uint8Array;
  readonly topicShare: Float64Array;
  readonly outArena: Int32Array; readonly outChannel: Uint8Array; readonly outMeeting: Int32Array; readonly outRepeat: Uint8Array;
  readonly outInvites: Int32Array; readonly outSignUp: Float64Array; readonly outShow: Float64Array; readonly outCost: Float64Array;
  readonly core: GarbageCanCore;
  // ---- per user (state of one run)
  readonly lang: Int32Array; readonly follows: Uint8Array; readonly affiliation: Uint8Array; readonly works: Uint8Array;
  readonly topic: Int32Array; readonly general: Uint8Array;
  readonly literacy: Float64Array; readonly avmakt: Float64Array; readonly literacy0: Float64Array; readonly avmakt0: Float64Array;
  readonly expectation: Float64Array;
  readonly listed: Uint8Array; readonly told: Uint8Array; readonly organiser: Uint8Array; readonly cameToSeat: Uint8Array;
  /** Week the user signed up for (-1 none) and the campaign. */
  readonly signedWeek: Int32Array; readonly signedCampaign: Int32Array;
  readonly invited: Uint8Array; readonly signedEver: Uint8Array; readonly attendedOpen: Uint8Array; readonly meetings: Int32Array;
  readonly heardTopic: Uint8Array;
  /** Seats: user x arena. */
  readonly member: Uint8Array;
  /** Arena the user attends this week (-1 none), whether they understood and spoke. */
  readonly at: Int32Array; readonly understood: Uint8Array; readonly spoke: Uint8Array;
  // ---- scratch
  readonly pick: Int32Array;
  /** This week's attendees (any arena), in the order they came; the seat members of each arena (from seatStart[a]); would-be organisers. */
  readonly attendees: Int32Array; nAttend: number;
  readonly seatList: Int32Array; readonly seatStart: Int32Array;
  readonly organiserList: Int32Array; nOrganisers: number;
  readonly byLang: Int32Array; readonly langStart: Int32Array;
  readonly staffAt: Int32Array;
}

export function compileCollective(input: CollectiveScenario): CollectiveModel {
  const s = parseCollective(input);
  const arenaIds = Object.keys(s.arenas), languageIds = Object.keys(s.languages), topicIds = Object.keys(s.topics), outreachIds = Object.keys(s.outreach);
  const arenas = arenaIds.map((id) => s.arenas[id]), langs = languageIds.map((id) => s.languages[id]), outs = outreachIds.map((id) => s.outreach[id]);
  const A = arenas.length, L = langs.length, K = topicIds.length, O = outs.length, U = s.population.count, P = s.staff.count, T = s.horizon;
  const arenaChoiceBase = new Int32Array(A);
  let choices = 0;
  arenas.forEach((a, i) => { arenaChoiceBase[i] = choices; choices += a.count; });
  const maxSeats = arenas.reduce((m, a) => Math.max(m, a.staffSeats), 0);
  // problems: per topic one of general interest (k) and one structural (K + k); per occasion the staff's own agenda (2K + j)
  const core = new GarbageCanCore({
    choices, participants: Math.max(P, maxSeats) + U, problems: 2 * K + choices, arenas: A,
    problemClasses: 2 + A, participantClasses: A + 1, choiceClasses: A
  });
  const u8 = (f: (a: (typeof arenas)[number]) => boolean) => Uint8Array.from(arenas, (a) => (f(a) ? 1 : 0));
  return {
    scenario: s, T, U, L, K, A, O, P: Math.max(P, maxSeats), arenaIds, languageIds, topicIds, outreachIds,
    arenaType: Uint8Array.from(arenas, (a) => ARENA_TYPES.indexOf(a.type)),
    arenaOpen: u8((a) => a.members === "open"),
    arenaFirst: Int32Array.from(arenas, (a) => a.first), arenaInterval: Int32Array.from(arenas, (a) => a.interval), arenaCount: Int32Array.from(arenas, (a) => a.count),
    arenaOffice: u8((a) => a.venue === "office"), arenaEvening: u8((a) => a.slot === "evening"), arenaInterp: Uint8Array.from(arenas, (a) => INTERP[a.interpreters]),
    arenaAgenda: Uint8Array.from(arenas, (a) => AGENDA[a.agenda]), arenaRule: Uint8Array.from(arenas, (a) => RULE[a.rule]), arenaLate: u8((a) => a.entry === "late"),
    arenaSessions: Int32Array.from(arenas, (a) => a.sessions), arenaHours: Float64Array.from(arenas, (a) => a.hours), arenaSeats: Int32Array.from(arenas, (a) => (a.members === "seats" ? a.seats : 0)),
    arenaAffFirst: u8((a) => a.affiliatedFirst), arenaAttend: Float64Array.from(arenas, (a) => a.attend), arenaPaid: u8((a) => a.paid), arenaRecruits: u8((a) => a.recruits),
    arenaStaffSeats: Int32Array.from(arenas, (a) => a.staffSeats), arenaGeneral: u8((a) => a.general), arenaStructural: u8((a) => a.structural),
    arenaChoiceBase,
    langShare: Float64Array.from(langs, (l) => l.share), langNorwegian: Float64Array.from(langs, (l) => l.norwegian), langCore: Uint8Array.from(langs, (l) => (l.core ? 1 : 0)),
    topicShare: Float64Array.from(topicIds, (k) => s.topics[k].share),
    outArena: Int32Array.from(outs, (o) => arenaIds.indexOf(o.arena)), outChannel: Uint8Array.from(outs, (o) => CHANNELS.indexOf(o.channel)),
    outMeeting: Int32Array.from(outs, (o) => o.meeting), outRepeat: Uint8Array.from(outs, (o) => (o.repeat ? 1 : 0)),
    outInvites: Int32Array.from(outs, (o) => o.invites), outSignUp: Float64Array.from(outs, (o) => o.signUp), outShow: Float64Array.from(outs, (o) => o.show), outCost: Float64Array.from(outs, (o) => o.cost),
    core,
    lang: new Int32Array(U), follows: new Uint8Array(U), affiliation: new Uint8Array(U), works: new Uint8Array(U), topic: new Int32Array(U), general: new Uint8Array(U),
    literacy: new Float64Array(U), avmakt: new Float64Array(U), literacy0: new Float64Array(U), avmakt0: new Float64Array(U), expectation: new Float64Array(U),
    listed: new Uint8Array(U), told: new Uint8Array(U), organiser: new Uint8Array(U), cameToSeat: new Uint8Array(U),
    signedWeek: new Int32Array(U), signedCampaign: new Int32Array(U), invited: new Uint8Array(U), signedEver: new Uint8Array(U), attendedOpen: new Uint8Array(U), meetings: new Int32Array(U),
    heardTopic: new Uint8Array(U), member: new Uint8Array(U * A), at: new Int32Array(U), understood: new Uint8Array(U), spoke: new Uint8Array(U),
    pick: new Int32Array(U), attendees: new Int32Array(U), nAttend: 0,
    seatList: new Int32Array(arenas.reduce((n, a) => n + (a.members === "seats" ? a.seats : 0), 0)),
    seatStart: Int32Array.from({length: A + 1}, (_, i) => arenas.slice(0, i).reduce((n, a) => n + (a.members === "seats" ? a.seats : 0), 0)),
    organiserList: new Int32Array(U), nOrganisers: 0, byLang: new Int32Array(U), langStart: new Int32Array(L + 1), staffAt: new Int32Array(Math.max(P, maxSeats))
  };
}
