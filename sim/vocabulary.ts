// The shape of the vocabularies declared in sim/: a label in both interface
// languages, and a measure (key, label, unit, which direction is better).
// The declarations themselves live with their model (participation/measures.ts,
// classic/measures.ts, participation/ladder.ts, streams.ts); viz/ and the
// notebooks read them and keep no labels of their own for these terms.

export interface Bilingual {
  en: string;
  nb: string;
}

/** Units of the measures, each with its label in both languages. */
export const UNITS = {
  count: {en: "count", nb: "antall"},
  shareOfCases: {en: "share of cases", nb: "andel saker"},
  zeroToOne: {en: "0–1", nb: "0–1"},
  weeks: {en: "weeks", nb: "uker"},
  hours: {en: "hours", nb: "timer"},
  hoursPerCase: {en: "staff hours per case", nb: "personaltimer per sak"},
  paidHoursPerCase: {en: "paid advocate hours per case", nb: "betalte talspersontimer per sak"},
  energyUnits: {en: "energy units", nb: "energienheter"},
  ladderStep: {en: "1 = perspective, 4 = control", nb: "1 = perspektiv, 4 = styring"},
  problemPeriodsAttached: {en: "problem-periods attached", nb: "problemperioder knyttet til en anledning"},
  problemPeriodsWaiting: {en: "problem-periods waiting", nb: "problemperioder som venter"},
  dmPeriodsAtChoice: {en: "DM-periods at a choice", nb: "perioder ved en anledning"},
  choicePeriodsOpen: {en: "choice-periods open", nb: "anledningsperioder åpen"},
  usersPerMeeting: {en: "users per meeting", nb: "brukere per møte"},
  staffPerMeeting: {en: "staff per meeting", nb: "ansatte per møte"},
  shareOfMeetings: {en: "share of meetings", nb: "andel møter"},
  shareOfAttendances: {en: "share of attendances", nb: "andel oppmøter"},
  changesPer100Hours: {en: "changes per 100 staff hours", nb: "endringer per 100 personaltimer"},
  handoffsPerCase: {en: "hand-offs per case", nb: "videresendinger per sak"},
  ladderSteps: {en: "ladder steps (achieved − desired)", nb: "trinn på trappen (oppnådd − ønsket)"},
  shareOfDecided: {en: "share of decided cases", nb: "andel avgjorte saker"},
  influenceDifference: {en: "difference in influence (−1 to 1)", nb: "forskjell i innflytelse (−1 til 1)"},
  competenceChange: {en: "change in competence (0–1 scale)", nb: "endring i kompetanse (skala 0–1)"},
  hoursPerMeeting: {en: "staff hours per meeting", nb: "personaltimer per møte"}
} as const satisfies Record<string, Bilingual>;
export type Unit = keyof typeof UNITS;

export interface MeasureDecl {
  key: string;
  label: Bilingual;
  unit: Unit;
  /** Whether a higher value is better for the user (for the verdict's wording). */
  better: "higher" | "lower" | "neither";
  /**
   * The smallest difference between two options that a planner would act on,
   * in the measure's unit: the verdict names a difference only when it is
   * statistically clear and at least this large. A judgement, so `free`.
   */
  threshold?: number;
  /** A measure computed from others in the same run: their sum, or the first divided by the second. */
  derived?: {sum: readonly string[]} | {ratio: readonly [string, string]};
}

/** The declaration with this key, or an error naming the key and the allowed ones. */
export function findMeasure(decls: readonly MeasureDecl[], key: string): MeasureDecl {
  const m = decls.find((d) => d.key === key);
  if (!m) throw new Error(`invalid measure: ${JSON.stringify(key)} (allowed: ${decls.map((d) => d.key).join(", ")})`);
  return m;
}
