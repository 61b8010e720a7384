// The participation model's measures, declared once: the run summary's
// numbers (records.ts) as tidy-row columns, with labels, units and which
// direction is better for the user. viz/, the notebooks and the command line
// read these; nothing else labels them.

import {findMeasure, type Bilingual, type MeasureDecl} from "../vocabulary.ts";

/** March and Olsen's four conditions, seen from the user's side (records.ts). */
export type Condition = "formulated" | "alternatives" | "consequences" | "routine";
export const CONDITIONS: readonly Condition[] = ["formulated", "alternatives", "consequences", "routine"];
export const CONDITION_LABELS: Record<Condition, Bilingual> = {
  formulated: {en: "User formulated the problem", nb: "Brukeren formulerte problemet"},
  alternatives: {en: "User knew the alternatives", nb: "Brukeren kjente alternativene"},
  consequences: {en: "User knew the consequences", nb: "Brukeren kjente konsekvensene"},
  routine: {en: "User took part in the decision routine", nb: "Brukeren deltok i beslutningsprosessen"}
};

// Practical thresholds (`threshold`, in the measure's unit) are `free`: the
// smallest difference a planner would act on, stated with every verdict.
// Shares and 0–1 scales: 0.02 (2 cases in 100); time to decision half a week;
// staff time and paid advocate time half an hour per case; one case decided by oversight.
export const MEASURES: readonly MeasureDecl[] = [
  {key: "cases", label: {en: "Cases", nb: "Saker"}, unit: "count", better: "neither"},
  {key: "decided", label: {en: "Cases decided", nb: "Saker avgjort"}, unit: "count", better: "neither"},
  {key: "ladder.perspective", label: {en: "User perspective", nb: "Brukerperspektiv"}, unit: "shareOfCases", better: "lower"},
  {key: "ladder.participation", label: {en: "User participation", nb: "Brukerdeltakelse"}, unit: "shareOfCases", better: "neither"},
  {key: "ladder.influence", label: {en: "User influence", nb: "Brukerinnflytelse"}, unit: "shareOfCases", better: "higher", threshold: 0.02},
  {key: "ladder.control", label: {en: "User control", nb: "Brukerstyring"}, unit: "shareOfCases", better: "higher", threshold: 0.02},
  {key: "ladder.undecided", label: {en: "Undecided", nb: "Ikke avgjort"}, unit: "shareOfCases", better: "lower"},
  {key: "ladder.influenceOrControl", label: {en: "User influence or control", nb: "Brukerinnflytelse eller brukerstyring"}, unit: "shareOfCases", better: "higher", threshold: 0.02, derived: {sum: ["ladder.influence", "ladder.control"]}},
  {key: "influence", label: {en: "Counterfactual influence", nb: "Kontrafaktisk innflytelse"}, unit: "zeroToOne", better: "higher", threshold: 0.02},
  {key: "preferenceRealised", label: {en: "Preference realised", nb: "Brukerens ønske oppfylt"}, unit: "shareOfCases", better: "higher", threshold: 0.02},
  {key: "fit", label: {en: "Fit of solution to need", nb: "Samsvar mellom tiltak og behov"}, unit: "zeroToOne", better: "higher", threshold: 0.02},
  {key: "timeToDecision", label: {en: "Time to decision", nb: "Tid til vedtak"}, unit: "weeks", better: "lower", threshold: 0.5},
  {key: "styles.resolution", label: {en: "Cases decided by resolution", nb: "Saker avgjort ved problemløsning"}, unit: "count", better: "neither"},
  {key: "styles.oversight", label: {en: "Cases decided by oversight", nb: "Saker avgjort ved overseelse"}, unit: "count", better: "lower", threshold: 1},
  {key: "styles.flight", label: {en: "Cases decided by flight", nb: "Saker avgjort ved flukt"}, unit: "count", better: "lower"},
  // Staff time is the organisation's cost, not better or worse for the user: the verdict weighs it as the trade-off's cost.
  {key: "staffEnergy", label: {en: "Staff energy spent", nb: "Brukt personalenergi"}, unit: "hours", better: "neither"},
  {key: "staffHoursPerCase", label: {en: "Staff time per case", nb: "Personaltid per sak"}, unit: "hoursPerCase", better: "neither", threshold: 0.5, derived: {ratio: ["staffEnergy", "cases"]}},
  {key: "meetings", label: {en: "Meetings held", nb: "Møter holdt"}, unit: "count", better: "neither"},
  {key: "perceived", label: {en: "Staff-perceived participation", nb: "Medvirkning slik de ansatte oppfatter den"}, unit: "shareOfCases", better: "neither"},
  ...CONDITIONS.map((c): MeasureDecl => ({key: `conditions.${c}`, label: CONDITION_LABELS[c], unit: "shareOfCases", better: "higher"})),
  // measures of the garbage-can core
  {key: "influenceFeasible", label: {en: "Counterfactual influence over feasible options", nb: "Kontrafaktisk innflytelse over mulige tilbud"}, unit: "zeroToOne", better: "higher"},
  {key: "timeToDecisionMedian", label: {en: "Median time to decision (Kaplan–Meier)", nb: "Median tid til vedtak (Kaplan–Meier)"}, unit: "weeks", better: "lower"},
  {key: "decidedWithin4", label: {en: "Decided within 4 weeks (Kaplan–Meier)", nb: "Avgjort innen 4 uker (Kaplan–Meier)"}, unit: "shareOfCases", better: "higher"},
  {key: "decidedWithin12", label: {en: "Decided within 12 weeks (Kaplan–Meier)", nb: "Avgjort innen 12 uker (Kaplan–Meier)"}, unit: "shareOfCases", better: "higher"},
  {key: "disagreement", label: {en: "Staff disagreed on the best offer", nb: "Personalet var uenige om beste tilbud"}, unit: "shareOfCases", better: "neither"},
  {key: "garbageCan.problemShifts", label: {en: "Case shifts between choices", nb: "Saker som flyttet mellom valg"}, unit: "count", better: "neither"},
  {key: "garbageCan.dmShifts", label: {en: "Staff shifts between choices", nb: "Ansatte som flyttet mellom valg"}, unit: "count", better: "neither"},
  {key: "garbageCan.energyExcess", label: {en: "Staff hours beyond what decisions needed", nb: "Personaltimer utover det beslutningene trengte"}, unit: "hours", better: "neither"},
  {key: "advocateHours.external", label: {en: "Paid advocate hours", nb: "Betalte timer for talsperson"}, unit: "hours", better: "neither"},
  // An external advocate's hours are paid outside the staff (an internal one's are in staffEnergy): the verdict's second cost.
  {key: "paidHoursPerCase", label: {en: "Paid advocate time per case", nb: "Betalt talspersontid per sak"}, unit: "paidHoursPerCase", better: "neither", threshold: 0.5, derived: {ratio: ["advocateHours.external", "cases"]}},
  // users over time (usersOverTime.ts). Spending the user's hours is neither good nor bad in itself (taking part costs time),
  // and achieved minus desired is best at 0, not at either end.
  {key: "handoffs", label: {en: "Hand-offs between services per case", nb: "Videresendinger mellom tjenester per sak"}, unit: "handoffsPerCase", better: "lower", threshold: 0.1},
  {key: "userEnergy", label: {en: "User's hours spent", nb: "Brukerens timer brukt"}, unit: "hours", better: "neither", threshold: 5},
  {key: "desiredGap", label: {en: "Achieved minus desired step", nb: "Oppnådd minus ønsket trinn"}, unit: "ladderSteps", better: "neither", threshold: 0.1},
  {key: "decidedWithoutUser", label: {en: "Decided without the user", nb: "Avgjort uten brukeren"}, unit: "shareOfDecided", better: "lower", threshold: 0.02},
  {key: "influenceGap", label: {en: "Influence gap, resource-strong minus weak users", nb: "Innflytelsesgap, ressurssterke minus «svake» brukere"}, unit: "influenceDifference", better: "lower", threshold: 0.02},
  {key: "gini", label: {en: "Inequality of influence between users (Gini)", nb: "Ulikhet i innflytelse mellom brukere (Gini)"}, unit: "zeroToOne", better: "lower", threshold: 0.02},
  {key: "mastery", label: {en: "Change in users' competence (mastery)", nb: "Endring i brukernes kompetanse (mestring)"}, unit: "competenceChange", better: "higher", threshold: 0.02}
];

export const MEASURE_KEYS: readonly string[] = MEASURES.map((m) => m.key);

/** Measures per user type (the summary's byUserType). */
export const USER_TYPE_MEASURES: readonly MeasureDecl[] = [
  findMeasure(MEASURES, "influence"),
  findMeasure(MEASURES, "preferenceRealised"),
  {key: "meanStep", label: {en: "Mean ladder step", nb: "Gjennomsnittlig trinn"}, unit: "ladderStep", better: "higher"}
];

export function measure(key: string): MeasureDecl {
  return findMeasure(MEASURES, key);
}
