// Scenario discovery in words, in both languages: a region's bounds with the
// declared parameter labels and units ("Time pressure (multiplier) is at
// most 1.3 and Weight of a written wish is at most 0.35"), and the
// robustness report of a comparison (sim/experiment/robust.ts).

import type {Region} from "../sim/experiment/discovery/region.ts";
import type {RobustFinding, RobustResult} from "../sim/experiment/robust.ts";
import type {Bilingual} from "../sim/participation/parameters.ts";
import {paramUnit} from "../sim/participation/paramVocabulary.ts";
import {paramByKey} from "../sim/participation/parameters.ts";
import {formatNumber, formatPercent} from "./format.ts";
import {t, type Lang} from "./i18n.ts";
import {measureName} from "./vocabulary.ts";

export interface RegionColumn {
  label: Bilingual;
  unit: string;
  integer: boolean;
}

/** The label with its unit in brackets, unless the label already names it. */
export function columnLabel(c: RegionColumn, lang: Lang): string {
  const label = c.label[lang], unit = c.unit ? paramUnit(c.unit, lang) : "";
  return unit && !label.toLowerCase().includes(unit.toLowerCase()) ? `${label} (${unit})` : label;
}

/** A limit with three significant digits (a limit is a midpoint between sampled values: more digits say nothing). */
function limit(x: number, c: RegionColumn, lang: Lang): string {
  if (c.integer && Number.isInteger(x)) return formatNumber(x, lang, 0);
  const digits = x === 0 ? 2 : Math.max(0, 2 - Math.floor(Math.log10(Math.abs(x))));
  return formatNumber(x, lang, digits);
}

/** A region's bounds in words, joined by "and". */
export function regionText(region: Pick<Region, "bounds">, columns: readonly RegionColumn[], lang: Lang): string {
  if (region.bounds.length === 0) return t("region.everywhere", lang);
  return region.bounds.map((b) => {
    const c = columns[b.column], label = columnLabel(c, lang);
    const lo = b.lower === null ? null : limit(b.lower, c, lang), hi = b.upper === null ? null : limit(b.upper, c, lang);
    if (lo !== null && hi !== null) return t(b.lowerInclusive ? "region.between" : "region.aboveAtMost", lang, {label, lo, hi});
    if (lo !== null) return t(b.lowerInclusive ? "region.atLeast" : "region.above", lang, {label, value: lo});
    return t("region.atMost", lang, {label, value: hi!});
  }).join(t("region.and", lang));
}

const JUDGEMENT_KEYS = {"1": "robust.judge.higher", "-1": "robust.judge.lower", "0": "robust.judge.unclear"} as const;
const CLAIM_KEYS = {"1": "robust.claim.higher", "-1": "robust.claim.lower", "0": "robust.claim.unclear"} as const;

/** The verdict as a statement ("transfer-visit gives a clearly higher counterfactual influence than transfer-written"). */
function claimText(f: RobustFinding, reference: string, lang: Lang): string {
  const name = measureName(f.measure, lang);
  return t(CLAIM_KEYS[String(f.judgement) as "1" | "-1" | "0"], lang, {option: f.option, reference, measure: name.charAt(0).toLowerCase() + name.slice(1)});
}

/** At most `max` of the Pareto steps, evenly spread, always with the chosen one (marked *, even when a later step dominates it). */
function paretoSteps(steps: {id: number; coverage: number; density: number; paretoEfficient: boolean}[], chosen: number, lang: Lang, max = 10): string {
  const front = steps.filter((s) => s.paretoEfficient || s.id === chosen);
  const pick = front.length <= max ? front : front.filter((s, i) => s.id === chosen || i % Math.ceil(front.length / max) === 0 || i === front.length - 1);
  return pick.map((s) => `${formatPercent(s.coverage, lang)}/${formatPercent(s.density, lang)}${s.id === chosen ? "*" : ""}`).join(", ");
}

/** The lines on one option and headline measure: the share, then PRIM's boxes and the tree's rules where it does not hold everywhere. */
export function findingLines(f: RobustFinding, reference: string, columns: readonly RegionColumn[], lang: Lang, threshold = 0.8, alpha = 0.05, maxRestricted = 4): string[] {
  const judgement = t(JUDGEMENT_KEYS[String(f.judgement) as "1" | "-1" | "0"], lang), measure = measureName(f.measure, lang);
  if (f.interest === null) return [t("robust.all", lang, {measure, judgement, draws: f.draws})];
  const out = [t("robust.share", lang, {measure, judgement, holds: f.holds, draws: f.draws, share: formatPercent(f.holds / f.draws, lang)})];
  const d = f.discovery;
  if (!d || (d.boxes.length === 0 && d.rules.length === 0)) return [...out, "  " + t("robust.none", lang)];
  if (d.boxes.length === 0) out.push("  " + t("robust.box.none", lang, {alpha: formatNumber(alpha, lang), max: maxRestricted}));
  for (const b of d.boxes) {
    out.push("  " + t(f.interest === "holds" ? "robust.box.holds" : "robust.box.fails", lang, {box: b.box, claim: claimText(f, reference, lang), region: regionText(b, columns, lang), k: b.k, n: b.n, coverage: formatPercent(b.coverage, lang)}));
    if (!b.meetsThreshold) out.push("    " + t("robust.box.weak", lang, {density: formatPercent(b.density, lang), threshold: formatNumber(threshold, lang)}));
    if (b.dropped.length) out.push("    " + t("robust.box.dropped", lang, {alpha: formatNumber(alpha, lang), list: b.dropped.map((j) => columnLabel(columns[j], lang)).join("; ")}));
    out.push("    " + t(b.stepMeetsThreshold ? "robust.tradeOff" : "robust.tradeOff.none", lang, {box: b.box, steps: paretoSteps(b.tradeOff, b.step, lang), step: b.step, threshold: formatNumber(threshold, lang), max: maxRestricted}));
  }
  for (const r of d.rules) out.push("  " + t(f.interest === "holds" ? "robust.tree.holds" : "robust.tree.fails", lang, {claim: claimText(f, reference, lang), region: regionText(r, columns, lang), k: r.k, n: r.n}));
  return out;
}

/** The whole robustness report of a comparison. */
export function robustText(r: RobustResult, findings: readonly RobustFinding[], lang: Lang): string {
  const head = [t("robust.head", lang, {draws: r.draws.length, params: r.drawn.length, reps: r.reps, seed: r.seed})];
  if (r.fixes.length) head.push(t("robust.fixed", lang, {list: r.fixes.map(([k, v]) => `${paramByKey(k)?.label[lang] ?? k} (${k}) = ${v.trim() !== "" && Number.isFinite(Number(v)) ? formatNumber(Number(v), lang, 6) : v}`).join("; ")}));
  const blocks = r.options.slice(1).map((option) => [
    t("verdict.head", lang, {option, reference: r.options[0]}),
    ...findings.filter((f) => f.option === option).flatMap((f) => findingLines(f, r.options[0], r.columns, lang))
  ].join("\n"));
  return [head.join(" "), ...blocks].join("\n\n");
}
