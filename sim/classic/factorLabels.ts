// Names for people of the classic model's experiment parameters
// (CLASSIC_FACTORS in sim/experiment/runPoint.ts declares their types and
// ranges), in both languages, so a loaded classic result is labelled in
// words rather than by key.

import type {Bilingual} from "../vocabulary.ts";

export const CLASSIC_FACTOR_LABELS: Readonly<Record<string, Bilingual>> = {
  load: {en: "Net energy load", nb: "Netto energibelastning"},
  access: {en: "Access structure", nb: "Tilgangsstruktur"},
  decision: {en: "Decision structure", nb: "Beslutningsstruktur"},
  energy: {en: "Energy distribution", nb: "Energifordeling"},
  orientation: {en: "Orientation of choices", nb: "Orientering av beslutninger"},
  tieBreak: {en: "Tie-break between equal choices", nb: "Valg mellom like beslutninger"},
  comparison: {en: "Comparison of energy with requirement", nb: "Sammenligning av energi med krav"},
  deficits: {en: "Timing of energy deficits", nb: "Tidspunkt for energiunderskudd"},
  arithmetic: {en: "Arithmetic", nb: "Aritmetikk"},
  loadValue: {en: "Energy per problem (0 = the load's own)", nb: "Energi per problem (0 = belastningens egen)"},
  solutionCoefficient: {en: "Solution coefficient", nb: "Løsningskoeffisient"},
  periods: {en: "Periods", nb: "Perioder"},
  choices: {en: "Choices", nb: "Beslutninger"},
  decisionMakers: {en: "Decision makers", nb: "Beslutningstakere"},
  problems: {en: "Problems", nb: "Problemer"},
  choicesPerPeriod: {en: "Choices entering per period", nb: "Beslutninger som kommer inn per periode"},
  problemsPerPeriod: {en: "Problems entering per period", nb: "Problemer som kommer inn per periode"}
};

/** A classic parameter's label, or undefined when the key is not one. */
export function classicFactorLabel(key: string): Bilingual | undefined {
  return Object.prototype.hasOwnProperty.call(CLASSIC_FACTOR_LABELS, key) ? CLASSIC_FACTOR_LABELS[key] : undefined;
}
