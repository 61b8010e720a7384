// The written verdict of a comparison (sim/experiment/verdict.ts gives the
// findings as data), in either language, numbers through format.ts: per
// option the headline on the user's influence and the ladder, the staff time
// per case, the trade-off in one sentence and the other practical
// differences; then the thresholds once. Every number carries its unit, and
// an interval is rounded so that it never prints as a point.

import type {VerdictFinding, VerdictLine} from "../sim/experiment/verdict.ts";
import {COST_MEASURE, VERDICT_MEASURES} from "../sim/experiment/verdict.ts";
import {measure as measureDecl} from "../sim/participation/measures.ts";
import type {Estimate} from "../sim/stats.ts";
import {UNITS, type Unit} from "../sim/vocabulary.ts";
import {formatDeclared, formatNumber, formatSigned} from "./format.ts";
import {has, t, type Lang} from "./i18n.ts";
import {measureName} from "./vocabulary.ts";

/** Shares (of cases, meetings, attendances) are told as counts in 100; other units as they are. */
export function scale(unit: Unit): number {
  return unit === "shareOfCases" || unit === "shareOfMeetings" || unit === "shareOfAttendances" ? 100 : 1;
}

/** Decimals a unit's numbers start from (in the scaled unit), for the participation and collective verdicts alike. */
const BASE_DIGITS: Partial<Record<Unit, number>> = {shareOfCases: 0, shareOfMeetings: 0, shareOfAttendances: 0, zeroToOne: 2, weeks: 1, hoursPerCase: 1, hoursPerMeeting: 1, usersPerMeeting: 1, count: 1, hours: 0};

/** The unit as the verdict writes it after a number ("cases in 100", "weeks"). */
export function verdictUnit(unit: Unit, lang: Lang): string {
  const key = `verdict.unit.${unit}`;
  return has(key) ? t(key, lang) : UNITS[unit][lang];
}

/**
 * Decimals for an interval: the unit's usual number, more while the two
 * ends (or a non-zero mean) would print alike, so an interval never reads as
 * a point.
 */
export function intervalDigits(mean: number, lo: number, hi: number, lang: Lang, base = 2): number {
  let d = base;
  if (![mean, lo, hi].every(Number.isFinite)) return d; // a missing value prints as "–" at any precision
  const same = () => (lo !== hi && formatNumber(lo, lang, d) === formatNumber(hi, lang, d)) || (mean !== 0 && Number(formatNumber(Math.abs(mean), "en", d)) === 0);
  while (d < 8 && same()) d++;
  return d;
}

export interface Numbers {
  mean: string;
  size: string;
  lo: string;
  hi: string;
  unit: string;
}

/** A difference in its unit as the verdict prints it (scaled, with enough decimals to keep the interval open). */
export function numbers(estimate: Estimate, unit: Unit, lang: Lang): Numbers {
  const k = scale(unit);
  const {mean, lo, hi} = estimate;
  const d = intervalDigits(mean * k, lo * k, hi * k, lang, BASE_DIGITS[unit] ?? 2);
  return {mean: formatSigned(mean * k, lang, d), size: formatNumber(Math.abs(mean * k), lang, d), lo: formatNumber(lo * k, lang, d), hi: formatNumber(hi * k, lang, d), unit: verdictUnit(unit, lang)};
}

/** Whether the difference is practical, and if so whether it is better for the user; `cost` is the verdict's cost measure, told as more or less cost instead. */
export function judgement(f: VerdictFinding, cost: string, lang: Lang): string {
  if (!f.clear) return t("verdict.judge.unclear", lang);
  if (!f.practical) return t("verdict.judge.small", lang);
  if (f.measure === cost) return t(f.direction === "higher" ? "verdict.judge.costMore" : "verdict.judge.costLess", lang);
  return t(f.better === true ? "verdict.judge.better" : f.better === false ? "verdict.judge.worse" : "verdict.judge.practical", lang);
}

/** One measure's difference: "Counterfactual influence: +0.05 on the 0–1 scale (95% CI 0.03 to 0.07), better for the user." */
export function findingText(f: VerdictFinding, lang: Lang): string {
  const n = numbers(f.estimate, measureDecl(f.measure).unit, lang);
  return t("verdict.finding", lang, {measure: measureName(f.measure, lang), mean: n.mean, unit: n.unit, lo: n.lo, hi: n.hi, judgement: judgement(f, COST_MEASURE, lang)});
}

/** The trade-off in one sentence. */
export function tradeOffText(line: VerdictLine, lang: Lang): string {
  const gain = line.headline.find((f) => measureDecl(f.measure).unit === "shareOfCases");
  if (!gain) throw new Error("invalid verdict: no ladder share in the headline");
  return t(`verdict.trade.${line.tradeOff.gain}.${line.tradeOff.cost}`, lang, {option: line.option, gain: numbers(gain.estimate, measureDecl(gain.measure).unit, lang).size, cost: numbers(line.cost.estimate, measureDecl(line.cost.measure).unit, lang).size});
}

/** The thresholds of the verdict's measures, once: "…: counterfactual influence 0.02 on the 0–1 scale; …". */
export function thresholdsText(lang: Lang, measures: readonly string[] = VERDICT_MEASURES): string {
  const list = measures.flatMap((m) => {
    const d = measureDecl(m);
    if (d.threshold === undefined) return [];
    return [`${measureName(m, lang).toLowerCase()} ${formatDeclared(d.threshold * scale(d.unit), lang)} ${verdictUnit(d.unit, lang)}`];
  });
  return t("verdict.thresholds", lang, {list: list.join("; ")});
}

/** The verdict for one option, as sentences (headline, cost, trade-off, other practical differences). */
export function verdictSentences(line: VerdictLine, lang: Lang): string[] {
  return [
    t("verdict.head", lang, {option: line.option, reference: line.reference}),
    ...line.headline.map((f) => findingText(f, lang)),
    findingText(line.cost, lang),
    tradeOffText(line, lang),
    line.findings.length ? t("verdict.also", lang, {findings: line.findings.map((f) => findingText(f, lang).replace(/\.$/, "")).join("; ")}) : t("verdict.noOther", lang)
  ];
}

/** Missing values (nothing decided), left out of the means: one sentence, or null when there are none. */
export function missingText(line: VerdictLine, lang: Lang): string | null {
  if (line.missing.length === 0) return null;
  const gaps = line.missing.map(({measure, counts}) => t("verdict.gap", lang, {
    measure: measureName(measure, lang).toLowerCase(),
    counts: counts.map(({option, missing, of}) => t("verdict.count", lang, {option, missing: formatNumber(missing, lang, 0), of: formatNumber(of, lang, 0)})).join(", ")
  }));
  return t("verdict.missing", lang, {gaps: gaps.join("; ")});
}

/** The whole verdict as text to paste: one paragraph per option (with its missing values), then the thresholds. */
export function verdictText(lines: readonly VerdictLine[], lang: Lang = "en"): string {
  return [...lines.map((l) => [...verdictSentences(l, lang), missingText(l, lang) ?? []].flat().join(" ")), thresholdsText(lang)].join("\n\n");
}

/** The full table under the verdict: every verdict measure per option, with unit, interval, threshold and judgement. */
export function verdictTable(lines: readonly VerdictLine[], lang: Lang): Record<string, string | number | boolean | null>[] {
  return lines.flatMap((l) => l.table.map((f) => {
    const d = measureDecl(f.measure);
    const k = scale(d.unit);
    return {
      option: l.option, reference: l.reference, measure: measureName(f.measure, lang), unit: verdictUnit(d.unit, lang),
      difference: f.estimate.mean * k, lo: f.estimate.lo * k, hi: f.estimate.hi * k,
      threshold: f.threshold === null ? null : f.threshold * k, practical: f.practical, judgement: judgement(f, COST_MEASURE, lang)
    };
  }));
}
