// The classic 1972 model's per-run measures (ClassicSummary), declared once
// in the order of docs/classic-1972.md §2, with labels and units. The 1972 paper
// describes rather than rates, so only the measures a reader would plainly
// want lower say so.

import type {ClassicSummary} from "./engine.ts";
import type {MeasureDecl} from "../vocabulary.ts";

export const CLASSIC_MEASURES = [
  "resolution", "flight", "oversight", "choicesUnmade", "problemsUnsolved", "problemActivity", "problemLatency",
  "problemShifts", "dmShifts", "dmActivity", "choiceActivePeriods", "energySpent", "energyExcess", "energyIdle"
] as const satisfies readonly (keyof ClassicSummary)[];
export type ClassicMeasure = (typeof CLASSIC_MEASURES)[number];

/** Flight and oversight together (the paper's "decision by flight or oversight", a property's evidence). */
export const FLIGHT_OR_OVERSIGHT = {en: "Choices made by flight or oversight", nb: "Beslutninger ved flukt eller overseelse"} as const;

export const CLASSIC_MEASURE_DECLS: readonly (MeasureDecl & {key: ClassicMeasure})[] = [
  {key: "resolution", label: {en: "Choices made by resolution", nb: "Beslutninger ved problemløsning"}, unit: "count", better: "neither"},
  {key: "flight", label: {en: "Choices made by flight", nb: "Beslutninger ved flukt"}, unit: "count", better: "neither"},
  {key: "oversight", label: {en: "Choices made by oversight", nb: "Beslutninger ved overseelse"}, unit: "count", better: "neither"},
  {key: "choicesUnmade", label: {en: "Choices not made", nb: "Beslutninger ikke fattet"}, unit: "count", better: "lower"},
  {key: "problemsUnsolved", label: {en: "Problems unsolved", nb: "Uløste problemer"}, unit: "count", better: "lower"},
  {key: "problemActivity", label: {en: "Problem activity", nb: "Problemaktivitet"}, unit: "problemPeriodsAttached", better: "neither"},
  {key: "problemLatency", label: {en: "Problem latency", nb: "Problemlatens"}, unit: "problemPeriodsWaiting", better: "lower"},
  {key: "problemShifts", label: {en: "Problem shifts", nb: "Problembytter"}, unit: "count", better: "neither"},
  {key: "dmShifts", label: {en: "Decision-maker shifts", nb: "Beslutningstakerbytter"}, unit: "count", better: "neither"},
  {key: "dmActivity", label: {en: "Decision-maker activity", nb: "Beslutningstakeraktivitet"}, unit: "dmPeriodsAtChoice", better: "neither"},
  {key: "choiceActivePeriods", label: {en: "Decision time", nb: "Beslutningstid"}, unit: "choicePeriodsOpen", better: "neither"},
  {key: "energySpent", label: {en: "Energy spent", nb: "Brukt energi"}, unit: "energyUnits", better: "neither"},
  {key: "energyExcess", label: {en: "Energy in excess of need", nb: "Energi ut over behovet"}, unit: "energyUnits", better: "neither"},
  {key: "energyIdle", label: {en: "Idle energy", nb: "Ubrukt energi"}, unit: "energyUnits", better: "neither"}
];
