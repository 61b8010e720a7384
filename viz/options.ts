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
