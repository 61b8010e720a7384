// What a collective run reports: the summary (the keys the issue names first:
// invited, signedUp, attended, turnout, staffPerMeeting, arnstein,
// serviceChanges), per-arena and per-campaign records, the two lenses (a tool or a right: Strømme §4.1.1, 001:L2228-2234, HUSK Bjerke §3.4, 003:L805-808),
// the linked case run, per-user trajectories and meeting frames. Missing is
// not zero: with no meeting held (or no user at one) the means are NaN
// (null in JSON).

import {CLAIM_MEASURES} from "../participation/claims.ts";
import type {ParticipationSummary} from "../participation/records.ts";
import type {ScenarioEdit} from "../participation/edits.ts";
import {RUNGS, RUNG_GROUP, type Rung} from "./arnstein.ts";
import type {CollectiveModel} from "./model.ts";
import type {CampaignTally} from "./outreach.ts";
import {ARENA_TYPES} from "./parameters.ts";
import {CHANNELS} from "./channels.ts";

export interface ArenaTally {
  meetings: number; meetingsWithUsers: number; users: number; needInterpreter: number; interpreted: number; understood: number;
  premise: number; agenda: number; staff: number; staffHours: number; proposed: number; adopted: number; closedWeek: number;
  rungs: Float64Array;
  /** Hours of interpreting booked (languages interpreted x (meeting hours + interpreterHours)). */
  interpretingHours: number;
  /** Attendees who need an interpreter at the first and at the last meeting held (-1: none held). */
  minorityFirst: number; minorityLast: number;
}

/** An arena's tally before its first meeting (also the pooled tally of a summary). */
export function newTally(): ArenaTally {
  return {meetings: 0, meetingsWithUsers: 0, users: 0, needInterpreter: 0, interpreted: 0, understood: 0, premise: 0, agenda: 0, staff: 0, staffHours: 0,
    proposed: 0, adopted: 0, closedWeek: -1, rungs: new Float64Array(RUNGS.length), minorityFirst: -1, minorityLast: -1, interpretingHours: 0};
}

/** The tally fields pooled over arenas by summing (built once, not per arena per run). */
const SUMMED = ["meetings", "meetingsWithUsers", "users", "needInterpreter", "interpreted", "understood", "premise", "agenda", "staff", "staffHours", "proposed", "adopted", "interpretingHours"] as const;

export interface CaseLink {
  preset: string;
  edits: ScenarioEdit[];
  with: ParticipationSummary;
  without: ParticipationSummary;
}

export interface ArenaRecord {
  type: string;
  meetings: number;
  /** Mean users per meeting held (NaN: none held). */
  turnout: number;
  staffPerMeeting: number;
  /** Of attendees who do not follow Norwegian, the share whose language was interpreted (NaN: none came). */
  interpretedShare: number;
  /** Share of meetings with users where users set part of the agenda. */
  userAgendaShare: number;
  /** Premise-providers (a need of theirs on the table) and listeners, as shares of attendances (HUSK Bjerke §7.2, 003:L2578). */
  premiseProviders: number;
  listeners: number;
  proposed: number;
  adopted: number;
  staffHours: number;
  /** Still open at the horizon; else the week it was shut down. */
  survived: boolean;
  closedWeek: number | null;
  /** Share of this arena's meetings with users at each rung. */
  arnstein: Record<Rung, number>;
  /** Attendees who need an interpreter at the first and the last meeting held (NaN: none held). */
  minorityFirst: number;
  minorityLast: number;
}

export interface CollectiveSummary {
  meetings: number;
  invited: number;
  signedUp: number;
  attended: number;
  turnout: number;
  staffPerMeeting: number;
  arnstein: Record<Rung, number>;
  serviceChanges: {proposed: number; adopted: number};
  /** Users on the attendance list, those who wanted to organise, and those of them who came to an arena that recruits organisers (HUSK Bjerke §5.3.1, 003:L1455-1465). */
  listed: number;
  organisers: number;
  organisersCame: number;
  /** Mean attendees per meeting who need an interpreter. */
  minorityTurnout: number;
  interpretedShare: number;
  understoodShare: number;
  premiseProviders: number;
  userAgendaShare: number;
  /** Mean change over the users who came; minority: mean over all users who do not follow Norwegian. */
  literacyGain: number;
  minorityLiteracyGain: number;
  avmaktChange: number;
  staffHours: number;
  /** All staff hours (meetings, outreach, interpreting) per meeting held (NaN: none held). */
  staffHoursPerMeeting: number;
  outreachHours: number;
  /** Hours of interpreting booked, in the staff hours' total (HUSK Bjerke §5.3.4, 003:L1612-1614). */
  interpretingHours: number;
  /** The efficiency lens (adopted changes per 100 staff hours) and the rights lens (share of meetings at real participation, Arnstein's top three). */
  lens: {efficiency: number; rights: number};
  pressedUsers: number;
  blockedConclusions: number;
  privateRaised: number;
  /** Week each topic's change was first adopted (null: never). */
  adoptedWeek: Record<string, number | null>;
  arenas: Record<string, ArenaRecord>;
  campaigns: Record<string, CampaignTally>;
  /** The funnel per recruitment channel (the campaigns of each channel the scenario uses, pooled): reached, signed up, came, staff hours. */
  channels: Record<string, CampaignTally>;
  /** The linked case preset with and without the adopted changes (null: no link). */
  cases: null | {preset: string; changes: number; influence: number; influenceWithout: number; upperSteps: number; upperStepsWithout: number; meanStep: number; meanStepWithout: number};
}

export interface UserTrajectory {
  id: number; language: string; affiliation: string; minority: boolean;
  /** Week of each value (-1: the start). */
  weeks: number[]; literacy: number[]; avmakt: number[];
}

export interface MeetingFrame {
  week: number; arena: string; type: string; staff: number;
  users: {id: number; language: string; understood: boolean; spoke: boolean; heard: boolean; member: boolean}[];
  rung: Rung | null; proposals: number; adopted: number; closed: boolean;
}

const ratio = (a: number, b: number) => (b > 0 ? a / b : NaN);

function shares(rungs: Float64Array, n: number): Record<Rung, number> {
  return Object.fromEntries(RUNGS.map((r, i) => [r, ratio(rungs[i], n)])) as Record<Rung, number>;
}

// the case claims' own measures, so the linked case run reads the same numbers as those claims
const upper = CLAIM_MEASURES.upperSteps, meanStep = CLAIM_MEASURES.meanStep;

export function summariseCollective(m: CollectiveModel, tallies: ArenaTally[], campaigns: CampaignTally[],
  extra: {privateRaised: number; pressedUsers: number; blocked: number; adoptedWeek: Int32Array}, link: CaseLink | null): CollectiveSummary {
  const all = newTally();
  const arenas: Record<string, ArenaRecord> = {};
  tallies.forEach((x, a) => {
    for (const k of SUMMED) all[k] += x[k];
    for (let r = 0; r < RUNGS.length; ++r) all.rungs[r] += x.rungs[r];
    const premise = ratio(x.premise, x.users);
    arenas[m.arenaIds[a]] = {
      type: ARENA_TYPES[m.arenaType[a]], meetings: x.meetings, turnout: ratio(x.users, x.meetings), staffPerMeeting: ratio(x.staff, x.meetings),
      interpretedShare: ratio(x.interpreted, x.needInterpreter), userAgendaShare: ratio(x.agenda, x.meetingsWithUsers),
      premiseProviders: premise, listeners: 1 - premise, proposed: x.proposed, adopted: x.adopted, staffHours: x.staffHours,
      survived: x.closedWeek < 0, closedWeek: x.closedWeek < 0 ? null : x.closedWeek, arnstein: shares(x.rungs, x.meetingsWithUsers),
      minorityFirst: x.minorityFirst < 0 ? NaN : x.minorityFirst, minorityLast: x.minorityLast < 0 ? NaN : x.minorityLast
    };
  });
  let invited = 0, signedUp = 0, attended = 0, listed = 0, organisers = 0, came = 0;
  let litCame = 0, avmCame = 0, nCame = 0, litMin = 0, nMin = 0;
  for (let u = 0; u < m.U; ++u) {
    invited += m.invited[u]; signedUp += m.signedEver[u]; attended += m.attendedOpen[u]; listed += m.listed[u]; organisers += m.organiser[u]; came += m.cameToSeat[u];
    if (m.meetings[u] > 0) { litCame += m.literacy[u] - m.literacy0[u]; avmCame += m.avmakt[u] - m.avmakt0[u]; ++nCame; }
    if (!m.follows[u]) { litMin += m.literacy[u] - m.literacy0[u]; ++nMin; }
  }
  const outreachHours = campaigns.reduce((t, c) => t + c.hours, 0);
  const staffHours = all.staffHours + outreachHours + all.interpretingHours;
  let real = 0;
  RUNGS.forEach((r, i) => { if (RUNG_GROUP[r] === "real") real += all.rungs[i]; });
  const adoptedWeek: Record<string, number | null> = {};
  m.topicIds.forEach((k, i) => { adoptedWeek[k] = extra.adoptedWeek[i] >= 0 ? extra.adoptedWeek[i] : null; });
  const premise = ratio(all.premise, all.users);
  return {
    meetings: all.meetings, invited, signedUp, attended,
    turnout: ratio(all.users, all.meetings), staffPerMeeting: ratio(all.staff, all.meetings),
    arnstein: shares(all.rungs, all.meetingsWithUsers),
    serviceChanges: {proposed: all.proposed, adopted: all.adopted},
    listed, organisers, organisersCame: came,
    minorityTurnout: ratio(all.needInterpreter, all.meetings), interpretedShare: ratio(all.interpreted, all.needInterpreter), understoodShare: ratio(all.understood, all.users),
    premiseProviders: premise, userAgendaShare: ratio(all.agenda, all.meetingsWithUsers),
    literacyGain: ratio(litCame, nCame), minorityLiteracyGain: ratio(litMin, nMin), avmaktChange: ratio(avmCame, nCame),
    staffHours, staffHoursPerMeeting: ratio(staffHours, all.meetings), outreachHours, interpretingHours: all.interpretingHours,
    lens: {efficiency: ratio(100 * all.adopted, staffHours), rights: ratio(real, all.meetingsWithUsers)},
    pressedUsers: extra.pressedUsers, blockedConclusions: extra.blocked, privateRaised: extra.privateRaised,
    adoptedWeek,
    arenas,
    campaigns: Object.fromEntries(m.outreachIds.map((id, o) => [id, {...campaigns[o]}])),
    channels: channelFunnels(m, campaigns),
    cases: link && {
      preset: link.preset, changes: link.edits.length,
      influence: link.with.influence, influenceWithout: link.without.influence,
      upperSteps: upper(link.with), upperStepsWithout: upper(link.without),
      meanStep: meanStep(link.with), meanStepWithout: meanStep(link.without)
    }
  };
}

/** Campaigns pooled by channel, in the declared channel order; only channels some campaign uses. */
function channelFunnels(m: CollectiveModel, campaigns: CampaignTally[]): Record<string, CampaignTally> {
  const out: Record<string, CampaignTally> = {};
  CHANNELS.forEach((c, ci) => {
    for (let o = 0; o < m.O; ++o) {
      if (m.outChannel[o] !== ci) continue;
      const t = (out[c] ??= {invited: 0, signedUp: 0, came: 0, hours: 0});
      t.invited += campaigns[o].invited; t.signedUp += campaigns[o].signedUp; t.came += campaigns[o].came; t.hours += campaigns[o].hours;
    }
  });
  return out;
}

/** Open arenas (meetings, conferences, listening posts) of a summary, pooled: mean users per meeting (the Bjerke turnout figure). */
export function openTurnout(s: CollectiveSummary, type: string = "meeting"): number {
  let users = 0, meetings = 0;
  for (const a of Object.values(s.arenas)) if (a.type === type && a.meetings > 0) { users += a.turnout * a.meetings; meetings += a.meetings; }
  return ratio(users, meetings);
}
