// The notebooks' view of the one string catalogue (viz/i18n.ts); the
// notebooks' own keys are the "ui.*" entries there.
export {LANGS, has as hasKey, t, type Lang} from "../../viz/i18n.ts";
