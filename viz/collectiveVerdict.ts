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
import {judgement, numbers, scale, verdictUnit} from "./verdict.ts";

// The verdict's measures and the judging of a finding are declared in sim/; passed on for the panel and tests.
export {COLLECTIVE_ALSO, COLLECTIVE_COST, COLLECTIVE_GAIN, COLLECTIVE_HEADLINE, collectiveFinding, type CollectiveFinding};

const findingNumbers = (f: CollectiveFinding, lang: Lang) => numbers(f.estimate, collectiveMeasure(f.measure).unit, lang, {threshold: f.threshold, clear: f.clear});

export function collectiveFindingText(f: CollectiveFinding, lang: Lang): string {
  if (f.none) return t("verdict.findingNone", lang, {measure: collectiveMeasure(f.measure).label[lang]});
  const n = findingNumbers(f, lang);
  return t("verdict.finding", lang, {measure: collectiveMeasure(f.measure).label[lang], mean: n.mean, unit: n.unit, lo: n.lo, hi: n.hi, judgement: judgement(f, COLLECTIVE_COST, lang)});
}

/** The verdict for one option as sentences; `differences` maps measure keys to paired differences (option − reference); `option` and `reference` are plain names. */
export function collectiveVerdictSentences(option: string, reference: string, differences: Readonly<Record<string, Estimate>>, lang: Lang): string[] {
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
    return `${d.label[lang].toLowerCase()} ${formatDeclared(d.threshold! * scale(d.unit), lang)} ${verdictUnit(d.unit, lang)}`;
  });
  return t("verdict.thresholds", lang, {list: list.join("; ")});
}
