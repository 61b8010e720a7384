// The written verdict of a comparison of collective options, in the pattern
// of viz/verdict.ts: per option against the reference, the headline on
// Arnstein's rungs (meetings at real participation, partnership or above, and
// at partnership itself), the staff hours per meeting, the trade-off in one
// sentence and the other differences past their practical threshold; then
// the thresholds once. Which measures it names and when a difference counts
// are declared in sim/collective/verdict.ts; the numbers and judgements are
// written as in viz/verdict.ts (never contradicting the judgement), and the
// options are named by their plain names, never by preset ids. Input is plain
// estimates (the Compare panel's running paired differences); no model logic here.

import {collectiveMeasure} from "../sim/collective/measures.ts";
import {COLLECTIVE_ALSO, COLLECTIVE_COST, COLLECTIVE_GAIN, COLLECTIVE_HEADLINE, collectiveFinding, type CollectiveFinding} from "../sim/collective/verdict.ts";
import type {Estimate} from "../sim/stats.ts";
import {formatDeclared} from "./format.ts";
import {t, type Lang} from "./i18n.ts";
import {judgement, levelText, numbers, scale, verdictUnit} from "./verdict.ts";

// The verdict's measures and the judging of a finding are declared in sim/; passed on for the panel and tests.
export {COLLECTIVE_ALSO, COLLECTIVE_COST, COLLECTIVE_GAIN, COLLECTIVE_HEADLINE, collectiveFinding, type CollectiveFinding};

const findingNumbers = (f: CollectiveFinding, lang: Lang) => numbers(f.estimate, collectiveMeasure(f.measure).unit, lang, {threshold: f.threshold, clear: f.clear});

/** Both options' levels on each measure (reference → option), for the structured lines. */
export interface CollectiveLevels {
  reference: Readonly<Record<string, Estimate>>;
  option: Readonly<Record<string, Estimate>>;
}

/** One measure's difference; with `levels`, as a line "name: reference → option; difference … (95% CI …), judgement." */
export function collectiveFindingText(f: CollectiveFinding, lang: Lang, levels?: CollectiveLevels): string {
  const d = collectiveMeasure(f.measure);
  const level = (side: keyof CollectiveLevels) => (levels && Object.hasOwn(levels[side], f.measure) ? levelText(levels[side][f.measure], d.unit, lang) : "–");
  if (levels) {
    const base = {measure: d.label[lang], ref: level("reference"), level: level("option")};
    if (f.none) return t("verdict.lineNone", lang, {...base, unit: verdictUnit(d.unit, lang)});
    const n = findingNumbers(f, lang);
    return t(n.lo === n.hi && Number.isFinite(f.estimate.lo) && f.estimate.n > 1 ? "verdict.lineConstant" : "verdict.line", lang, {...base, mean: n.mean, unit: n.unit, lo: n.lo, hi: n.hi, judgement: judgement(f, COLLECTIVE_COST, lang)});
  }
  if (f.none) return t("verdict.findingNone", lang, {measure: d.label[lang]});
  const n = findingNumbers(f, lang);
  return t("verdict.finding", lang, {measure: d.label[lang], mean: n.mean, unit: n.unit, lo: n.lo, hi: n.hi, judgement: judgement(f, COLLECTIVE_COST, lang)});
}

/** The verdict for one option in its parts: headline, one line per headline measure and the cost, the trade-off, the other practical differences. */
export interface CollectiveVerdictParts {
  head: string;
  lines: string[];
  trade: string;
  also: string[];
}

/**
 * The verdict for one option in parts; `differences` maps measure keys to
 * paired differences (option − reference); `option` and `reference` are plain
 * names; `levels` adds both options' levels to each line.
 */
export function collectiveVerdictParts(option: string, reference: string, differences: Readonly<Record<string, Estimate>>, lang: Lang, levels?: CollectiveLevels): CollectiveVerdictParts {
  const get = (m: string) => {
    if (!Object.hasOwn(differences, m)) throw new Error(`invalid collective verdict: no difference for ${JSON.stringify(m)}`);
    return collectiveFinding(m, differences[m]);
  };
  const headline = COLLECTIVE_HEADLINE.map(get), cost = get(COLLECTIVE_COST), gain = get(COLLECTIVE_GAIN);
  const gainKind = !gain.practical ? "none" : gain.direction === "higher" ? "more" : "fewer";
  const costKind = !cost.practical ? "none" : cost.direction === "higher" ? "more" : "less";
  const trade = t("verdict.collective.trade", lang, {option,
    gain: t(`verdict.collective.gain.${gainKind}`, lang, {gain: findingNumbers(gain, lang).size}),
    cost: t(`verdict.collective.cost.${costKind}`, lang, {cost: findingNumbers(cost, lang).size})});
  const others = COLLECTIVE_ALSO.filter((m) => Object.hasOwn(differences, m)).map(get).filter((f) => f.practical);
  return {
    head: t("verdict.head", lang, {option, reference}),
    lines: [...headline, cost].map((f) => collectiveFindingText(f, lang, levels)),
    trade,
    also: others.map((f) => collectiveFindingText(f, lang, levels))
  };
}

/** The verdict for one option as sentences (the parts in order, the other differences in one sentence). */
export function collectiveVerdictSentences(option: string, reference: string, differences: Readonly<Record<string, Estimate>>, lang: Lang, levels?: CollectiveLevels): string[] {
  const p = collectiveVerdictParts(option, reference, differences, lang, levels);
  return [p.head, ...p.lines, p.trade, p.also.length ? t("verdict.also", lang, {findings: p.also.map((x) => x.replace(/\.$/, "")).join("; ")}) : t("verdict.noOther", lang)];
}

/** The thresholds of the verdict's measures, once. */
export function collectiveThresholdsText(lang: Lang): string {
  const list = [...COLLECTIVE_HEADLINE, COLLECTIVE_COST, ...COLLECTIVE_ALSO].map((key) => {
    const d = collectiveMeasure(key);
    return `${d.label[lang].toLowerCase()} ${formatDeclared(d.threshold! * scale(d.unit), lang)} ${verdictUnit(d.unit, lang)}`;
  });
  return t("verdict.thresholds", lang, {list: list.join("; ")});
}
