// Translated labels for the organisational options charts show, so every
// chart names them the same way (the model's vocabularies: vocabulary.ts).

import {labelOr, type Lang} from "./i18n.ts";

/** An organisational option's label: the catalogue's option.<id> if present, else the id as given. */
export function optionLabel(option: string, lang: Lang): string {
  return labelOr("option", option, lang);
}

/** Labels for a list of options, checked to be distinct after translation. */
export function optionLabels(options: readonly string[], lang: Lang): string[] {
  const labels = options.map((o) => optionLabel(o, lang));
  const seen = new Set<string>();
  labels.forEach((l, i) => {
    if (seen.has(l)) throw new Error(`invalid options: two options are labelled ${JSON.stringify(l)} (${options[i]})`);
    seen.add(l);
  });
  return labels;
}

/** Distinct values in first-seen order. */
export function unique<T>(values: Iterable<T>): T[] {
  return Array.from(new Set(values));
}

/** A left margin wide enough for the longest of the labels. */
export function marginFor(labels: readonly string[], fontSize = 10): number {
  const longest = Math.max(0, ...labels.map((l) => l.length));
  return Math.min(260, Math.max(40, Math.round(longest * fontSize * 0.6) + 14));
}
