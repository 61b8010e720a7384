// The notebooks' view of the one string catalogue (viz/i18n.ts).
import {LANGS, has, t as vizT, type Lang} from "../../viz/i18n.ts";
import {UI_STRINGS} from "./uiStrings.ts";

export {LANGS, type Lang};

/** The string for a key (viz/i18n.ts catalogue) with {name} placeholders filled. */
export function t(key: string, lang: Lang, params?: Record<string, string | number>): string {
  if (has(key)) return vizT(key, lang, params);
  const entry = (UI_STRINGS as Record<string, {en: string; nb: string}>)[key];
  if (!entry) throw new Error(`unknown string key: ${key}`);
  return entry[lang].replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!params || !(name in params)) throw new Error(`missing parameter {${name}} for string key ${key}`);
    return String(params[name]);
  });
}

/** Whether a key exists in the catalogue. */
export function hasKey(key: string): boolean {
  return has(key) || Object.hasOwn(UI_STRINGS, key);
}
