// The written verdict of a comparison (sim/experiment/verdict.ts gives the
// findings as data), in either language, numbers through format.ts: per
// option a headline, then one line per measure (the reference's level, the
// option's level, the difference with its interval and unit, the judgement),
// a sentence on why the two influence measures disagree when they do, the
// trade-off over every cost, and the other practical differences; then the
// dominated options and the thresholds once. Numbers are printed with enough
// decimals that they never contradict the judgement: an interval never reads
// as a point, a clear interval never prints a 0 end, and a size below its
// threshold never prints at or above it (nor the other way round).

import type {VerdictFinding, VerdictLine} from "../sim/experiment/verdict.ts";
import {COST_MEASURES, VERDICT_MEASURES, meetsThreshold} from "../sim/experiment/verdict.ts";
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
const BASE_DIGITS: Partial<Record<Unit, number>> = {shareOfCases: 0, shareOfMeetings: 0, shareOfAttendances: 0, zeroToOne: 2, weeks: 1, hoursPerCase: 1, paidHoursPerCase: 1, hoursPerMeeting: 1, usersPerMeeting: 1, count: 1, hours: 0};
/** No number is printed with more decimals than this (beyond it a contradiction is floating-point noise). */
const MAX_DIGITS = 12;

/** The unit as the verdict writes it after a number ("cases in 100", "weeks"). */
export function verdictUnit(unit: Unit, lang: Lang): string {
  const key = `verdict.unit.${unit}`;
  return has(key) ? t(key, lang) : UNITS[unit][lang];
}

/** A number as a reader sees it printed at `d` decimals. */
function printed(x: number, d: number): number {
  return Number(formatNumber(x, "en", d));
}

/** What the printed numbers must agree with: the threshold as stated (scaled; null for none), whether the size meets it, and whether the interval is clear. */
export interface Judged {
  threshold: number | null;
  meets: boolean;
  clear: boolean;
}

/**
 * Decimals for a difference and its interval: the unit's usual number, more
 * while the two ends (or a non-zero mean) would print alike, so an interval
 * never reads as a point; and, when `judged` is given, more while the printed
 * size would fall on the other side of the threshold than the judgement, or a
 * clear interval would print an end as 0.
 */
export function intervalDigits(mean: number, lo: number, hi: number, lang: Lang, base = 2, judged?: Judged): number {
  let d = base;
  if (![mean, lo, hi].every(Number.isFinite)) return d; // a missing value prints as "–" at any precision
  const conflict = () => (lo !== hi && formatNumber(lo, lang, d) === formatNumber(hi, lang, d))
    || (mean !== 0 && printed(Math.abs(mean), d) === 0)
    || (judged !== undefined && judged.threshold !== null && judged.meets !== (Math.abs(printed(mean, d)) >= judged.threshold))
    || (judged !== undefined && judged.clear && !(printed(lo, d) * printed(hi, d) > 0));
  while (d < MAX_DIGITS && conflict()) d++;
  return d;
}

export interface Numbers {
  mean: string;
  size: string;
  lo: string;
  hi: string;
  unit: string;
}

/** A threshold as the verdict states it (scaled to the unit's words, every declared decimal), as a number. */
export function statedThreshold(threshold: number | null, unit: Unit): number | null {
  return threshold === null ? null : Number(formatDeclared(threshold * scale(unit), "en"));
}

/** A difference in its unit as the verdict prints it (scaled, with enough decimals to keep the interval open and agree with `judged`). */
export function numbers(estimate: Estimate, unit: Unit, lang: Lang, judged?: {threshold: number | null; clear: boolean}): Numbers {
  const k = scale(unit);
  const {mean, lo, hi} = estimate;
  // whether the size meets the threshold is judged unscaled, as sim/ judges it
  const j = judged && {threshold: statedThreshold(judged.threshold, unit), meets: judged.threshold !== null && meetsThreshold(mean, judged.threshold), clear: judged.clear};
  const d = intervalDigits(mean * k, lo * k, hi * k, lang, BASE_DIGITS[unit] ?? 2, j);
  return {mean: formatSigned(mean * k, lang, d), size: formatNumber(Math.abs(mean * k), lang, d), lo: formatNumber(lo * k, lang, d), hi: formatNumber(hi * k, lang, d), unit: verdictUnit(unit, lang)};
}

/** A level (one option's mean) in the verdict's unit, with enough decimals that a non-zero level does not print as 0. */
export function levelText(e: Estimate, unit: Unit, lang: Lang): string {
  const x = e.mean * scale(unit);
  let d = BASE_DIGITS[unit] ?? 2;
  while (d < MAX_DIGITS && Number.isFinite(x) && x !== 0 && printed(x, d) === 0) d++;
  return formatNumber(x, lang, d);
}

/** The words for more or less of a cost: staff time, or paid advocate time. */
const COST_WORDS: Readonly<Record<string, string>> = {paidHoursPerCase: "paid"};

/** The judgement of a finding; `costs` are the verdict's cost measures, told as more or less of that cost instead of better or worse. */
export function judgement(f: {measure: string; none?: boolean; clear: boolean; practical: boolean; direction: "higher" | "lower"; better: boolean | null}, costs: string | readonly string[], lang: Lang): string {
  if (f.none) return t("verdict.judge.none", lang);
  if (!f.clear) return t("verdict.judge.unclear", lang);
  if (!f.practical) return t("verdict.judge.small", lang);
  if (costs === f.measure || (Array.isArray(costs) && costs.includes(f.measure))) {
    const word = Object.hasOwn(COST_WORDS, f.measure) ? COST_WORDS[f.measure] : "cost";
    return t(`verdict.judge.${word}${f.direction === "higher" ? "More" : "Less"}`, lang);
  }
  return t(f.better === true ? "verdict.judge.better" : f.better === false ? "verdict.judge.worse" : "verdict.judge.practical", lang);
}

/** The numbers of a finding as its line prints them. */
function findingNumbers(f: VerdictFinding, lang: Lang): Numbers {
  return numbers(f.estimate, measureDecl(f.measure).unit, lang, {threshold: f.threshold, clear: f.clear});
}

/** One measure's line: "User influence or control: 23 → 40; difference +17 cases in 100 (95% CI 14 to 20), better for the user." */
export function findingText(f: VerdictFinding, lang: Lang): string {
  const unit = measureDecl(f.measure).unit;
  const base = {measure: measureName(f.measure, lang), ref: levelText(f.referenceLevel, unit, lang), level: levelText(f.level, unit, lang)};
  if (f.none) return t("verdict.lineNone", lang, {...base, unit: verdictUnit(unit, lang)});
  const n = findingNumbers(f, lang);
  // the same non-zero difference in every replication (to the last decimal printed, 12 at most): an interval would read as a point
  const key = f.estimate.n > 1 && Number.isFinite(f.estimate.lo) && n.lo === n.hi ? "verdict.lineConstant" : "verdict.line";
  return t(key, lang, {...base, mean: n.mean, unit: n.unit, lo: n.lo, hi: n.hi, judgement: judgement(f, COST_MEASURES, lang)});
}

/** How an option is named in the text: its plain name when one is given, else the option as it is. */
export type Names = Readonly<Record<string, string>>;
const named = (option: string, names?: Names) => (names && Object.hasOwn(names, option) ? names[option] : option);

/** The trade-off over the gain and every cost, in one sentence. */
export function tradeOffText(line: VerdictLine, lang: Lang, names?: Names): string {
  const option = named(line.option, names);
  const gain = line.headline.find((f) => measureDecl(f.measure).unit === "shareOfCases");
  if (!gain) throw new Error("invalid verdict: no ladder share in the headline");
  if (line.tradeOff.gain === "none" && line.tradeOff.cost === "none") return t("verdict.trade.none", lang, {option});
  const costs = line.costs.map((f) => {
    const word = Object.hasOwn(COST_WORDS, f.measure) ? COST_WORDS[f.measure] : "staff";
    const c = line.tradeOff.costs.find((x) => x.measure === f.measure)?.change ?? "none";
    return t(`verdict.trade.${word}.${c}`, lang, {cost: findingNumbers(f, lang).size});
  });
  return t("verdict.trade", lang, {option, gain: t(`verdict.trade.gain.${line.tradeOff.gain}`, lang, {gain: findingNumbers(gain, lang).size}), costs: costs.join(t("verdict.and", lang))});
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

/** The verdict for one option in its parts: headline, one line per measure, why the influence measures disagree (or null), trade-off, other practical differences. */
export interface VerdictParts {
  head: string;
  lines: string[];
  why: string | null;
  trade: string;
  also: string[];
  missing: string | null;
}

export function verdictParts(line: VerdictLine, lang: Lang, names?: Names): VerdictParts {
  return {
    head: t("verdict.head", lang, {option: named(line.option, names), reference: named(line.reference, names)}),
    lines: [...line.headline, ...line.costs].map((f) => findingText(f, lang)),
    why: line.disagree ? t("verdict.disagree", lang) : null,
    trade: tradeOffText(line, lang, names),
    also: line.findings.map((f) => findingText(f, lang)),
    missing: missingText(line, lang, names)
  };
}

/** The verdict for one option, as sentences in order (for a plain paragraph). */
export function verdictSentences(line: VerdictLine, lang: Lang, names?: Names): string[] {
  const p = verdictParts(line, lang, names);
  return [p.head, ...p.lines, p.why ?? [], p.trade, p.also.length ? [t("verdict.alsoHead", lang), ...p.also] : t("verdict.noOther", lang)].flat();
}

/** Missing values (nothing decided), left out of the means: one sentence, or null when there are none. */
export function missingText(line: VerdictLine, lang: Lang, names?: Names): string | null {
  if (line.missing.length === 0) return null;
  const gaps = line.missing.map(({measure, counts}) => t("verdict.gap", lang, {
    measure: measureName(measure, lang).toLowerCase(),
    counts: counts.map(({option, missing, of}) => t("verdict.count", lang, {option: named(option, names), missing: formatNumber(missing, lang, 0), of: formatNumber(of, lang, 0)})).join(", ")
  }));
  return t("verdict.missing", lang, {gaps: gaps.join("; ")});
}

/** How the comparison was run, for the copied text: replications, seed, version (and the commit when the build knows it). */
export interface RunFacts {
  reps: number;
  seed: string | number;
  version: string;
  commit?: string | null;
}

export function runText(run: RunFacts, lang: Lang): string {
  const version = run.commit ? `${run.version} (${run.commit})` : run.version;
  return t("verdict.run", lang, {reps: formatNumber(run.reps, lang, 0), seed: String(run.seed), version});
}

/** The options dominated on influence and every cost, in one sentence, or null when none is. */
export function dominatedText(options: readonly string[], lang: Lang, names?: Names): string | null {
  return options.length ? t("verdict.dominated", lang, {options: options.map((o) => named(o, names)).join(", ")}) : null;
}

export interface VerdictTextOptions {
  /** Plain names of the options (the text never shows a preset id when a name is given). */
  names?: Names;
  /** How the comparison was run: the first line of the text. */
  run?: RunFacts;
  /** Options dominated on influence and every cost (sim/experiment/verdict.ts dominatedOptions). */
  dominated?: readonly string[];
}

/** One option's block as plain text: the headline, then a line per measure ("- "), the rest as sentences. */
export function verdictBlockText(line: VerdictLine, lang: Lang, names?: Names): string {
  const p = verdictParts(line, lang, names);
  return [p.head, ...p.lines.map((l) => `- ${l}`), p.why ?? [], p.trade,
    p.also.length ? [t("verdict.alsoHead", lang), ...p.also.map((l) => `- ${l}`)] : t("verdict.noOther", lang), p.missing ?? []].flat().join("\n");
}

/** The whole verdict as text to paste: how it was run, a block per option, the dominated options, then the thresholds. */
export function verdictText(lines: readonly VerdictLine[], lang: Lang = "en", options: VerdictTextOptions = {}): string {
  const {names, run} = options;
  return [run ? runText(run, lang) : [], ...lines.map((l) => verdictBlockText(l, lang, names)), dominatedText(options.dominated ?? [], lang, names) ?? [], thresholdsText(lang)].flat().join("\n\n");
}

/** The full table under the verdict: every verdict measure per option, with levels, unit, interval, threshold and judgement. */
export function verdictTable(lines: readonly VerdictLine[], lang: Lang, names?: Names): Record<string, string | number | boolean | null>[] {
  return lines.flatMap((l) => l.table.map((f) => {
    const d = measureDecl(f.measure);
    const k = scale(d.unit);
    return {
      option: named(l.option, names), reference: named(l.reference, names), measure: measureName(f.measure, lang), unit: verdictUnit(d.unit, lang),
      referenceLevel: f.referenceLevel.mean * k, level: f.level.mean * k,
      difference: f.estimate.mean * k, lo: f.estimate.lo * k, hi: f.estimate.hi * k,
      threshold: f.threshold === null ? null : f.threshold * k, practical: f.practical, judgement: judgement(f, COST_MEASURES, lang)
    };
  }));
}
