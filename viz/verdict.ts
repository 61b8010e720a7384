// The written verdict of a comparison (sim/experiment/verdict.ts gives the
// findings as data), in either language, numbers through format.ts.

import type {VerdictLine} from "../sim/experiment/verdict.ts";
import {formatNumber, formatSigned} from "./format.ts";
import {t, type Lang} from "./i18n.ts";
import {measureName} from "./vocabulary.ts";

// Whole numbers from 100 up; two decimals below.
const digits = (x: number) => (Math.abs(x) >= 100 ? 0 : 2);

/** One line per option against the reference, then a line on missing values when there are any. */
export function verdictText(lines: readonly VerdictLine[], lang: Lang = "en"): string {
  return lines.map((line) => {
    const text = findingsText(line, lang);
    if (line.missing.length === 0) return text;
    const gaps = line.missing.map(({measure, counts}) => t("verdict.gap", lang, {
      measure: measureName(measure, lang).toLowerCase(),
      counts: counts.map(({option, missing, of}) => t("verdict.count", lang, {option, missing: formatNumber(missing, lang, 0), of: formatNumber(of, lang, 0)})).join(", ")
    }));
    return `${text}\n  ${t("verdict.missing", lang, {gaps: gaps.join("; ")})}`;
  }).join("\n");
}

function findingsText({option, reference, findings}: VerdictLine, lang: Lang): string {
  if (findings.length === 0) return t("verdict.none", lang, {option, reference});
  const parts = findings.map(({measure, direction, estimate: e}) => t("verdict.finding", lang, {
    measure: measureName(measure, lang).toLowerCase(), direction: t(`verdict.${direction}`, lang),
    mean: formatSigned(e.mean, lang, digits(e.mean)), lo: formatNumber(e.lo, lang, digits(e.lo)), hi: formatNumber(e.hi, lang, digits(e.hi))
  }));
  return t("verdict.line", lang, {option, reference, findings: parts.join("; ")});
}
