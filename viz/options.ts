// Shared option handling for the chart functions: every chart takes
// {lang?, width?, height?, document?} plus its own keys, and unknown keys or
// values fail loudly.

import type * as Plot from "@observablehq/plot";
import {checkLang, type Lang} from "./i18n.ts";

/** What every chart function returns: a Plot figure (an SVG, or a figure element when it has a legend). */
export type Chart = ReturnType<typeof Plot.plot>;

export interface ChartOptions {
  lang?: Lang;
  width?: number;
  height?: number;
  /** The document Plot renders into (jsdom's in Node); defaults to the global one. */
  document?: Document;
}

export interface Resolved {
  lang: Lang;
  /** Options to spread into Plot.plot: width, height and document when given. */
  plot: {width?: number; height?: number; document?: Document};
}

const COMMON = ["lang", "width", "height", "document"];

/** Validates the common options and rejects unknown keys; `own` lists the chart's own keys. */
export function resolveOptions(chart: string, options: object | undefined, own: readonly string[] = []): Resolved {
  if (options === undefined || options === null) options = {};
  if (typeof options !== "object") throw new Error(`invalid options for ${chart}: ${String(options)}`);
  for (const key of Object.keys(options)) {
    if (!COMMON.includes(key) && !own.includes(key)) throw new Error(`invalid option for ${chart}: ${key}`);
  }
  const o = options as ChartOptions;
  const lang = checkLang(o.lang ?? "en");
  const plot: Resolved["plot"] = {};
  for (const key of ["width", "height"] as const) {
    const x = o[key];
    if (x === undefined) continue;
    if (typeof x !== "number" || !Number.isFinite(x) || x <= 0) throw new Error(`invalid ${key}: ${String(x)}`);
    plot[key] = x;
  }
  if (o.document !== undefined) plot.document = o.document;
  return {lang, plot};
}

/** Throws unless value is one of allowed. */
export function oneOf<T extends string>(name: string, value: unknown, allowed: readonly T[]): T {
  if (!allowed.includes(value as T)) throw new Error(`invalid ${name}: ${String(value)} (allowed: ${allowed.join(", ")})`);
  return value as T;
}

/** Throws unless value is a finite positive number. */
export function positive(name: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) throw new Error(`invalid ${name}: ${String(value)}`);
  return value;
}

const LOCALE: Record<Lang, string> = {en: "en-GB", nb: "nb-NO"};
const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, digits: number, percent: boolean): Intl.NumberFormat {
  const key = `${lang}/${digits}/${percent}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], {maximumFractionDigits: digits, minimumFractionDigits: 0, style: percent ? "percent" : "decimal", useGrouping: false});
    formats.set(key, f);
  }
  return f;
}

/** A number in the language's convention (nb: decimal comma), at most `digits` decimals. */
export function formatNumber(x: number | null | undefined, lang: Lang, digits = 2): string {
  if (x === null || x === undefined || Number.isNaN(x)) return "–";
  return numberFormat(lang, digits, false).format(x);
}

/** A share 0..1 as a percentage ("45%" / "45 %"). */
export function formatPercent(x: number | null | undefined, lang: Lang, digits = 0): string {
  if (x === null || x === undefined || Number.isNaN(x)) return "–";
  return numberFormat(lang, digits, true).format(x);
}

/** An interval "[lo, hi]" ("[lo; hi]" in Norwegian, where the comma is the decimal mark). */
export function formatInterval(lo: number, hi: number, lang: Lang, digits = 2): string {
  const sep = lang === "nb" ? "; " : ", ";
  return `[${formatNumber(lo, lang, digits)}${sep}${formatNumber(hi, lang, digits)}]`;
}

/** A tick format in the language's convention (Plot's default ticks are English). */
export function tickFormat(lang: Lang, digits = 3): (x: number) => string {
  return (x) => formatNumber(x, lang, digits);
}
