// The one number formatter of the interface (Intl.NumberFormat), for both
// languages: charts, tables, the written verdict and the notebooks use it;
// sim/ returns plain numbers and formats none for display.

import {checkLang, type Lang} from "./i18n.ts";

const LOCALE: Record<Lang, string> = {en: "en-GB", nb: "nb-NO"};
const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, digits: number, percent: boolean, signed = false): Intl.NumberFormat {
  checkLang(lang);
  const key = `${lang}/${digits}/${percent}/${signed}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], {
      maximumFractionDigits: digits, minimumFractionDigits: 0, style: percent ? "percent" : "decimal", useGrouping: false,
      signDisplay: signed ? "exceptZero" : "auto"
    });
    formats.set(key, f);
  }
  return f;
}

/** A number in the language's convention (nb: decimal comma), at most `digits` decimals. */
export function formatNumber(x: number | null | undefined, lang: Lang, digits = 2): string {
  if (x === null || x === undefined || Number.isNaN(x)) return "–";
  return numberFormat(lang, digits, false).format(x);
}

/**
 * A declared constant (a threshold, a parameter's default) with every decimal it
 * has, up to 6 (trailing zeros dropped): 2 decimals would print a threshold of 0.002 as 0.
 */
export function formatDeclared(x: number | null | undefined, lang: Lang): string {
  return formatNumber(x, lang, 6);
}

/** A difference with its sign ("+0.12", "−3"); nb writes a decimal comma and a true minus. */
export function formatSigned(x: number | null | undefined, lang: Lang, digits = 2): string {
  if (x === null || x === undefined || Number.isNaN(x)) return "–";
  return numberFormat(lang, digits, false, true).format(x);
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

/** A sentence with {0}, {1}, ... filled by `values` in the language's convention (sim/ gives numbers, not text). */
export function fillNumbers(text: string, values: readonly number[], lang: Lang, digits = 3): string {
  return text.replace(/\{(\d+)\}/g, (_, k: string) => {
    if (+k >= values.length) throw new Error(`missing value {${k}} for ${JSON.stringify(text)}`);
    return formatNumber(values[+k], lang, digits);
  });
}
