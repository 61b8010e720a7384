// The 1972 design factors as the classic charts show them.

import {ENERGIES, LOADS, STRUCTURES} from "../sim/classic/gcm1972.ts";
import {t, type Lang} from "./i18n.ts";

export const loadLabels = (lang: Lang) => LOADS.map((x) => t(`load.${x}`, lang));
export const structureLabels = (lang: Lang) => STRUCTURES.map((x) => t(`structure.${x}`, lang));
export const energyLabels = (lang: Lang) => ENERGIES.map((x) => t(`energy.${x}`, lang));
export {ENERGIES, LOADS, STRUCTURES};
