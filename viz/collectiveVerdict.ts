// The written verdict of a comparison of collective options, in the pattern
// of viz/verdict.ts: per option against the reference, the headline on
// Arnstein's rungs (meetings at real participation, partnership or above, and
// at partnership itself), the staff hours per meeting, the trade-off in one
// sentence and the other differences past their practical threshold; then
// the thresholds once. A difference counts when its paired 95% interval
// excludes zero and its size is at least the threshold its measure declares
// (sim/collective/measures.ts); a measure without a threshold is never named
// among the other differences. Input is plain estimates (the Compare panel's
// running paired differences); no model logic here.

import {collectiveMeasure} from "../sim/collective/measures.ts";
import {significant, type Estimate} from "../sim/stats.ts";
import type {Unit} from "../sim/vocabulary.ts";
import {formatNumber, formatSigned} from "./format.ts";
import {t, type Lang} from "./i18n.ts";
import {intervalDigits, verdictUnit} from "./verdict.ts";

/** The headline: meetings at real participation (the rights lens), then at partnership. */
export const COLLECTIVE_HEADLINE: readonly string[] = ["lens.rights", "arnstein.partnership"];
/** The cost side: all staff hours per meeting held. */
export const COLLECTIVE_COST = "staffHoursPerMeeting";
/** The other measures the verdict names when past their thresholds (kept short: the full table is beside it). */
export const COLLECTIVE_ALSO: readonly string[] = ["turnout", "minorityTurnout", "premiseProviders", "understoodShare", "serviceChanges.adopted", "minorityLiteracyGain", "avmaktChange", "cases.upperSteps"];
/** The gain side of the trade-off. */
export const COLLECTIVE_GAIN = "lens.rights";

export interface CollectiveFinding {
  measure: string;
  estimate: Estimate;
  threshold: number | null;
  better: boolean | null;
  direction: "higher" | "lower";
  clear: boolean;
  practical: boolean;
}

/** One measure's paired difference (option − reference) judged against its declared threshold. */
export function collectiveFinding(measure: string, estimate: Estimate): CollectiveFinding {
  const d = collectiveMeasure(measure);
  const direction = estimate.mean > 0 ? "higher" : "lower";
  const clear = significant(estimate);
  const threshold = d.threshold ?? null;
  return {measure, estimate, threshold, direction, better: d.better === "neither" ? null : d.better === direction, clear,
    practical: clear && threshold !== null && Math.abs(estimate.mean) >= threshold};
}

/** Shares of meetings, attendances and cases are told as counts in 100, as their unit labels say. */
function scale(unit: Unit): number {
  return unit === "shareOfMeetings" || unit === "shareOfAttendances" || unit === "shareOfCases" ? 100 : 1;
}

const BASE_DIGITS: Partial<Record<Unit, number>> = {shareOfMeetings: 0, shareOfAttendances: 0, shareOfCases: 0, hoursPerMeeting: 1, usersPerMeeting: 1, count: 1, zeroToOne: 2, hours: 0};

function numbers(f: CollectiveFinding, lang: Lang) {
  const {unit} = collectiveMeasure(f.measure);
  const k = scale(unit), {mean, lo, hi} = f.estimate;
  const d = intervalDigits(mean * k, lo * k, hi * k, lang, BASE_DIGITS[unit] ?? 2);
  return {mean: formatSigned(mean * k, lang, d), size: formatNumber(Math.abs(mean * k), lang, d), lo: formatNumber(lo * k, lang, d), hi: formatNumber(hi * k, lang, d), unit: verdictUnit(unit, lang)};
}

function judgement(f: CollectiveFinding, lang: Lang): string {
  if (!f.clear) return t("verdict.judge.unclear", lang);
  if (!f.practical) return t("verdict.judge.small", lang);
  if (f.measure === COLLECTIVE_COST) return t(f.direction === "higher" ? "verdict.judge.costMore" : "verdict.judge.costLess", lang);
  return t(f.better === true ? "verdict.judge.better" : f.better === false ? "verdict.judge.worse" : "verdict.judge.practical", lang);
}

export function collectiveFindingText(f: CollectiveFinding, lang: Lang): string {
  const n = numbers(f, lang);
  return t("verdict.finding", lang, {measure: collectiveMeasure(f.measure).label[lang], mean: n.mean, unit: n.unit, lo: n.lo, hi: n.hi, judgement: judgement(f, lang)});
}

/** The verdict for one option as sentences; `differences` maps measure keys to paired differences (option − reference). */
export function collectiveVerdictSentences(option: string, reference: string, differences: Readonly<Record<string, Estimate>>, lang: Lang): string[] {
  const get = (m: string) => {
    if (!Object.hasOwn(differences, m)) throw new Error(`invalid collective verdict: no difference for ${JSON.stringify(m)}`);
    return collectiveFinding(m, differences[m]);
  };
  const headline = COLLECTIVE_HEADLINE.map(get), cost = get(COLLECTIVE_COST), gain = get(COLLECTIVE_GAIN);
  const gainKind = !gain.practical ? "none" : gain.direction === "higher" ? "more" : "fewer";
  const costKind = !cost.practical ? "none" : cost.direction === "higher" ? "more" : "less";
  const trade = t("verdict.collective.trade", lang, {option,
    gain: t(`verdict.collective.gain.${gainKind}`, lang, {gain: numbers(gain, lang).size}),
    cost: t(`verdict.collective.cost.${costKind}`, lang, {cost: numbers(cost, lang).size})});
  const others = COLLECTIVE_ALSO.filter((m) => Object.hasOwn(differences, m)).map(get).filter((f) => f.practical);
  return [
    t("verdict.head", lang, {option, reference}),
    ...headline.map((f) => collectiveFindingText(f, lang)),
    collectiveFindingText(cost, lang),
    trade,
    others.length ? t("verdict.also", lang, {findings: others.map((f) => collectiveFindingText(f, lang).replace(/\.$/, "")).join("; ")}) : t("verdict.noOther", lang)
  ];
}

/** The thresholds of the verdict's measures, once. */
export function collectiveThresholdsText(lang: Lang): string {
  const list = [...COLLECTIVE_HEADLINE, COLLECTIVE_COST, ...COLLECTIVE_ALSO].map((key) => {
    const d = collectiveMeasure(key);
    return `${d.label[lang].toLowerCase()} ${formatNumber(d.threshold! * scale(d.unit), lang, 2)} ${verdictUnit(d.unit, lang)}`;
  });
  return t("verdict.thresholds", lang, {list: list.join("; ")});
}
