// The 1972 design factors and measures as the classic charts show them.

import type {ClassicSummary} from "../sim/classic/engine.ts";
import {ENERGIES, LOADS, STRUCTURES} from "../sim/classic/gcm1972.ts";
import {t, type Lang} from "./i18n.ts";

/** The numeric per-run measures of a ClassicSummary, in the order of gcm-1972.md §2. */
export const CLASSIC_MEASURES = [
  "resolution", "flight", "oversight", "choicesUnmade", "problemsUnsolved", "problemActivity", "problemLatency",
  "problemShifts", "dmShifts", "dmActivity", "choiceActivePeriods", "energySpent", "energyExcess", "energyIdle"
] as const satisfies readonly (keyof ClassicSummary)[];
export type ClassicMeasure = (typeof CLASSIC_MEASURES)[number];

export const loadLabels = (lang: Lang) => LOADS.map((x) => t(`load.${x}`, lang));
export const structureLabels = (lang: Lang) => STRUCTURES.map((x) => t(`structure.${x}`, lang));
export const energyLabels = (lang: Lang) => ENERGIES.map((x) => t(`energy.${x}`, lang));
export {ENERGIES, LOADS, STRUCTURES};
