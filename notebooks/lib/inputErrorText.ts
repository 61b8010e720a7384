// A validation error from sim/ (InputError: field, value, allowed) in the
// page's language. The frame and the common shapes of `allowed` are in the
// strings catalogue; a shape without a machine-readable form keeps its
// English detail inside a translated frame. Other errors keep their message.

import {InputError, oneLine, showValue, type AllowedKind} from "../../sim/input.ts";
import {t, type Lang} from "./i18n.ts";

/** `allowed` of an error in the language, from its machine-readable form when it has one. */
export function allowedIn(kind: AllowedKind | undefined, english: string, lang: Lang): string {
  if (!kind) return english;
  switch (kind.kind) {
    case "boolean": return t("ui.input.allowed.boolean", lang);
    case "integer":
    case "number":
      return t(`ui.input.allowed.${kind.kind}`, lang, {min: kind.min, max: kind.max}) + (kind.asString ? t("ui.input.allowed.asString", lang) : "");
    case "values": {
      const list = kind.values.join(", ");
      if (!kind.ref) return list;
      return list ? t("ui.input.allowed.valuesOrRef", lang, {values: list, ref: kind.ref}) : t("ui.input.allowed.ref", lang, {ref: kind.ref});
    }
    case "string": return kind.pattern ? t("ui.input.allowed.pattern", lang, {pattern: kind.pattern}) : t("ui.input.allowed.string", lang);
    case "text": return t("ui.input.allowed.text", lang);
    case "texts": return t("ui.input.allowed.texts", lang);
    case "strings": return t("ui.input.allowed.strings", lang);
    case "ids": return t("ui.input.allowed.ids", lang, {ref: kind.ref});
    // the description of a list's or record's items is English (declared in sim/)
    case "list": return t("ui.input.allowed.list", lang, {of: kind.of});
    case "record": return kind.of ? t("ui.input.allowed.record", lang, {of: kind.of}) : t("ui.input.allowed.entries", lang);
    case "object": return t("ui.input.allowed.object", lang);
    case "knownFields": return t("ui.input.allowed.knownFields", lang, {fields: kind.fields.join(", ")});
    case "collectiveScenario": return t("ui.input.allowed.collectiveScenario", lang);
    case "minEntries": return t(kind.min === 1 ? "ui.input.allowed.minEntry" : "ui.input.allowed.minEntries", lang, {min: kind.min});
    case "positiveShares": return t("ui.input.allowed.positiveShares", lang);
    // the parser's own reason is in the browser's or Node's words
    case "json": return t("ui.input.allowed.json", lang, {detail: kind.detail});
  }
}

function isInputError(e: unknown): e is InputError {
  return e instanceof InputError;
}

/**
 * One line for an error in the language: an InputError through the
 * bilingual frame ("ugyldig {field}: {value} (tillatt: {allowed})"), cut as
 * sim/input.ts cuts its English message; anything else as its message.
 */
export function inputErrorText(e: unknown, lang: Lang): string {
  if (!isInputError(e)) return e instanceof Error ? e.message : String(e);
  return t("ui.input.invalid", lang, {field: oneLine(e.field, 80), value: showValue(e.value), allowed: oneLine(allowedIn(e.allowedKind, e.allowed, lang), 400)});
}

/** The same without the frame's first word, as the collective panel lists it after its "ce." prefix. */
export function inputErrorDetail(e: unknown, lang: Lang): string {
  if (!isInputError(e)) return (e instanceof Error ? e.message : String(e)).replace(/^invalid /, "");
  return t("ui.input.detail", lang, {field: oneLine(e.field, 80), value: showValue(e.value), allowed: oneLine(allowedIn(e.allowedKind, e.allowed, lang), 400)});
}
