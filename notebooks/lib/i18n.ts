// The notebooks' strings: their own (strings.ts) and the charts' (viz/i18n.ts),
// looked up as one catalogue.
import {STRINGS, translator} from "../../viz/i18n.ts";
import {UI_STRINGS} from "./strings.ts";

export {LANGS, type Lang} from "../../viz/i18n.ts";
export const {t, has: hasKey} = translator({...STRINGS, ...UI_STRINGS});
