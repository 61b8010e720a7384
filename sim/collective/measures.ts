// The collective model's measures, declared once: the run summary's numbers
// (records.ts) as tidy-row columns, with labels, units and which direction is
// better for users. The command line's compare, the notebooks and viz/ read
// these. Thresholds are free (the smallest difference a planner would act on);
// Compare's collective verdict (viz/collectiveVerdict.ts) names a difference
// only past its measure's threshold, and never one of a measure without one.

import {findMeasure, type MeasureDecl} from "../vocabulary.ts";
import {RUNGS, RUNG_LABELS} from "./arnstein.ts";
import type {CollectiveSummary} from "./records.ts";

export const COLLECTIVE_MEASURES: readonly MeasureDecl[] = [
  {key: "invited", label: {en: "Users invited", nb: "Brukere invitert"}, unit: "count", better: "neither"},
  {key: "signedUp", label: {en: "Users signed up", nb: "Brukere påmeldt"}, unit: "count", better: "neither"},
  {key: "attended", label: {en: "Users who came", nb: "Brukere som kom"}, unit: "count", better: "higher", threshold: 2},
  {key: "turnout", label: {en: "Turnout", nb: "Oppmøte"}, unit: "usersPerMeeting", better: "higher", threshold: 1},
  {key: "minorityTurnout", label: {en: "Turnout of users who need an interpreter", nb: "Oppmøte blant brukere som trenger tolk"}, unit: "usersPerMeeting", better: "higher", threshold: 0.5},
  {key: "staffPerMeeting", label: {en: "Staff per meeting", nb: "Ansatte per møte"}, unit: "staffPerMeeting", better: "neither"},
  ...RUNGS.map((r): MeasureDecl => ({key: `arnstein.${r}`, label: RUNG_LABELS[r], unit: "shareOfMeetings", better: r === "manipulation" || r === "therapy" ? "lower" : "neither", threshold: 0.05})),
  {key: "serviceChanges.proposed", label: {en: "Service changes proposed", nb: "Tjenesteendringer foreslått"}, unit: "count", better: "higher", threshold: 0.2},
  {key: "serviceChanges.adopted", label: {en: "Service changes adopted", nb: "Tjenesteendringer vedtatt"}, unit: "count", better: "higher", threshold: 0.2},
  {key: "userAgendaShare", label: {en: "Meetings where users set part of the agenda", nb: "Møter der brukerne satte deler av dagsorden"}, unit: "shareOfMeetings", better: "higher", threshold: 0.05},
  {key: "premiseProviders", label: {en: "Premise-providers (rather than listeners)", nb: "Premissleverandører (heller enn tilhørere)"}, unit: "shareOfAttendances", better: "higher", threshold: 0.02},
  {key: "interpretedShare", label: {en: "Share interpreted of those who need it", nb: "Andel tolket av dem som trenger det"}, unit: "zeroToOne", better: "higher", threshold: 0.05},
  {key: "understoodShare", label: {en: "Attendees who understood", nb: "Deltakere som forsto"}, unit: "shareOfAttendances", better: "higher", threshold: 0.02},
  {key: "literacyGain", label: {en: "Literacy gained by those who came", nb: "Systemkunnskap vunnet av dem som kom"}, unit: "zeroToOne", better: "higher", threshold: 0.01},
  {key: "minorityLiteracyGain", label: {en: "Literacy gained by users who need an interpreter (all)", nb: "Systemkunnskap vunnet av brukere som trenger tolk (alle)"}, unit: "zeroToOne", better: "higher", threshold: 0.002},
  {key: "avmaktChange", label: {en: "Change in avmakt of those who came", nb: "Endring i avmakt hos dem som kom"}, unit: "zeroToOne", better: "lower", threshold: 0.01},
  {key: "staffHours", label: {en: "Staff hours (meetings, outreach, interpreting)", nb: "Personaltimer (møter, rekruttering, tolking)"}, unit: "hours", better: "neither"},
  // an hour a meeting: the smallest difference in staff time per meeting a planner would act on (free)
  {key: "staffHoursPerMeeting", label: {en: "Staff hours per meeting (meetings, outreach, interpreting)", nb: "Personaltimer per møte (møter, rekruttering, tolking)"}, unit: "hoursPerMeeting", better: "neither", threshold: 1},
  {key: "interpretingHours", label: {en: "Interpreting hours", nb: "Tolketimer"}, unit: "hours", better: "neither"},
  {key: "lens.efficiency", label: {en: "Efficiency lens: changes adopted per 100 staff hours", nb: "Effektivitetslinse: endringer vedtatt per 100 personaltimer"}, unit: "changesPer100Hours", better: "higher", threshold: 0.05},
  {key: "lens.rights", label: {en: "Rights lens: meetings at real participation", nb: "Rettighetslinse: møter med reell medvirkning"}, unit: "shareOfMeetings", better: "higher", threshold: 0.05},
  {key: "cases.influence", label: {en: "Case arenas: influence with the adopted changes", nb: "Saksarenaer: innflytelse med de vedtatte endringene"}, unit: "zeroToOne", better: "higher", threshold: 0.02},
  {key: "cases.influenceWithout", label: {en: "Case arenas: influence without the council", nb: "Saksarenaer: innflytelse uten rådet"}, unit: "zeroToOne", better: "higher", threshold: 0.02},
  {key: "cases.upperSteps", label: {en: "Case arenas: user influence or control, with the changes", nb: "Saksarenaer: brukerinnflytelse eller -styring, med endringene"}, unit: "shareOfCases", better: "higher", threshold: 0.02},
  {key: "cases.upperStepsWithout", label: {en: "Case arenas: user influence or control, without the council", nb: "Saksarenaer: brukerinnflytelse eller -styring, uten rådet"}, unit: "shareOfCases", better: "higher", threshold: 0.02}
];

export const COLLECTIVE_MEASURE_KEYS: readonly string[] = COLLECTIVE_MEASURES.map((m) => m.key);

export function collectiveMeasure(key: string): MeasureDecl {
  return findMeasure(COLLECTIVE_MEASURES, key);
}

// each declared key split once, since collectiveValue runs per measure per run in the compare loops
const KEY_PARTS: ReadonlyMap<string, readonly string[]> = new Map(COLLECTIVE_MEASURE_KEYS.map((k) => [k, Object.freeze(k.split("."))]));

/** A measure's value in a summary (NaN when missing, e.g. no case link). */
export function collectiveValue(s: CollectiveSummary, key: string): number {
  let v: unknown = s;
  for (const part of KEY_PARTS.get(key) ?? key.split(".")) v = v !== null && typeof v === "object" && Object.hasOwn(v, part) ? (v as Record<string, unknown>)[part] : undefined;
  return typeof v === "number" ? v : NaN;
}
