// Bokmål and English for the parameter declarations' units and choice values
// (parameters.ts keeps them as short English codes, which scenario files and
// the command line use). The notebooks and the model document read these;
// nothing else translates them.

import {own} from "../input.ts";
import type {Bilingual} from "../vocabulary.ts";

/** Every unit a parameter declares, by its code. */
export const PARAM_UNITS: Readonly<Record<string, Bilingual>> = {
  "0-1": {en: "0–1", nb: "0–1"},
  cases: {en: "cases", nb: "saker"},
  "cases/meeting": {en: "cases per meeting", nb: "saker per møte"},
  "cases/user/year": {en: "cases per user per year", nb: "saker per bruker per år"},
  "fit units (sd)": {en: "fit units (sd)", nb: "samsvarsenheter (sd)"},
  "fit units": {en: "fit units", nb: "samsvarsenheter"},
  "hours/case": {en: "hours per case", nb: "timer per sak"},
  "hours/alternative/professional": {en: "hours per alternative per professional", nb: "timer per alternativ per fagperson"},
  "hours/case/professional": {en: "hours per case per professional", nb: "timer per sak per fagperson"},
  "hours/meeting/professional": {en: "hours per meeting per professional", nb: "timer per møte per fagperson"},
  "hours/week": {en: "hours per week", nb: "timer per uke"},
  multiplier: {en: "multiplier", nb: "faktor"},
  options: {en: "options", nb: "alternativer"},
  "per professional": {en: "per professional", nb: "per fagperson"},
  persons: {en: "persons", nb: "personer"},
  places: {en: "places", nb: "plasser"},
  probability: {en: "probability", nb: "sannsynlighet"},
  share: {en: "share", nb: "andel"},
  users: {en: "users", nb: "brukere"},
  "weekly autocorrelation": {en: "weekly autocorrelation", nb: "autokorrelasjon per uke"},
  weeks: {en: "weeks", nb: "uker"},
  weight: {en: "weight", nb: "vekt"},
  "share per decision": {en: "share per decision", nb: "andel per beslutning"},
  "per week": {en: "per week", nb: "per uke"},
  "ladder step": {en: "ladder step (1-4)", nb: "trinn på trappen (1-4)"},
  "share per meeting": {en: "share per meeting", nb: "andel per møte"},
  "share of weeks": {en: "share of weeks", nb: "andel uker"},
  "cases/week": {en: "cases per week", nb: "saker per uke"},
  "hand-offs/case": {en: "hand-offs per case", nb: "videresendinger per sak"},
  "hours/hand-off": {en: "hours per hand-off", nb: "timer per videresending"},
  // the collective model's units (sim/collective/parameters.ts)
  factor: {en: "factor", nb: "faktor"},
  hours: {en: "hours", nb: "timer"},
  "hours/hour of meeting": {en: "hours per hour of meeting", nb: "timer per møtetime"},
  "hours/invitation": {en: "hours per invitation", nb: "timer per invitasjon"},
  "hours/language/meeting": {en: "hours per language per meeting", nb: "timer per språk per møte"},
  meeting: {en: "meeting", nb: "møte"},
  meetings: {en: "meetings", nb: "møter"},
  "share of a personal invitation": {en: "share of a personal invitation", nb: "andel av en personlig invitasjon"},
  "users heard": {en: "users heard", nb: "brukere hørt"},
  "users told": {en: "users told", nb: "brukere fortalt"},
  week: {en: "week", nb: "uke"}
};

/** Every fixed choice value a parameter declares (ids of scenario members are shown as they are). */
export const PARAM_VALUES: Readonly<Record<string, Bilingual>> = {
  none: {en: "none", nb: "ingen"},
  internal: {en: "internal", nb: "intern"},
  external: {en: "external", nb: "ekstern"},
  schedule: {en: "on a schedule", nb: "etter plan"},
  case: {en: "when a case comes", nb: "når en sak kommer"},
  decide: {en: "decide (alternatives put forward)", nb: "beslutte (alternativer legges frem)"},
  report: {en: "report (meeting time goes to reports first)", nb: "rapportere (møtetiden går først til rapporter)"},
  "two-way": {en: "two-way (meeting)", nb: "toveis (møte)"},
  written: {en: "written", nb: "skriftlig"},
  present: {en: "user invited", nb: "brukeren invitert"},
  proxy: {en: "represented by a proxy", nb: "representert ved en stedfortreder"},
  absent: {en: "user excluded", nb: "brukeren utelukket"},
  closest: {en: "choice closest to completion (1972 rule)", nb: "valget nærmest ferdig (1972-regelen)"},
  oldest: {en: "oldest open choice", nb: "eldste åpne valg"},
  staff: {en: "staff decide", nb: "de ansatte bestemmer"},
  veto: {en: "user may say yes or no", nb: "brukeren kan si ja eller nei"},
  negotiate: {en: "negotiated (power weights)", nb: "forhandlet (maktvekter)"},
  user: {en: "user decides", nb: "brukeren bestemmer"},
  unspecified: {en: "unspecified", nb: "ikke angitt"},
  strong: {en: "resource-strong", nb: "ressurssterk"},
  weak: {en: "vulnerable ('weak')", nb: "«svak»"},
  structured: {en: "structured (mapping, agreement, tasks, evaluation)", nb: "strukturert (kartlegging, avtale, oppgaver, evaluering)"},
  improvised: {en: "improvised ('kaffeselskap')", nb: "improvisert («kaffeselskap»)"},
  worker: {en: "the worker", nb: "tjenesteyteren"},
  any: {en: "any domain", nb: "alle domener"},
  false: {en: "no", nb: "nei"},
  true: {en: "yes", nb: "ja"}
};

/** A unit code in a language; an unknown or empty code as it is. */
export function paramUnit(unit: string, lang: "en" | "nb"): string {
  return (own(PARAM_UNITS, unit) as Bilingual | undefined)?.[lang] ?? unit;
}

/** A choice value in a language; a member id (not declared here) as it is. */
export function paramValue(value: string, lang: "en" | "nb"): string {
  return (own(PARAM_VALUES, value) as Bilingual | undefined)?.[lang] ?? value;
}
