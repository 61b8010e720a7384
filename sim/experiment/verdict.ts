// The verdict of a comparison as data: for each option against the
// reference, the headline on the user's influence and the ladder, every cost
// (staff time and paid advocate time per case), the trade-off between them,
// and the other key measures. A difference is *practical* when its 95%
// interval excludes zero and its mean is at least the threshold declared with
// the measure (participation/measures.ts). A difference that is exactly 0 in
// every replication is *none*: no interval to judge. Since missing is not
// zero, it also counts how many replications of each option had no value on a
// key measure, and gives no verdict on a measure an option has no values for.
// Wording and number formatting are the interface's job (viz/verdict.ts).

import {measure} from "../participation/measures.ts";
import {exactlyZero, meetsThreshold, significant, type Estimate} from "../stats.ts";
import type {ComparisonResult} from "./compare.ts";
import {dominated} from "./dominance.ts";

// Judging helpers shared with the collective verdict, kept with the statistics.
export {THRESHOLD_SLACK, exactlyZero, meetsThreshold} from "../stats.ts";

/** The headline: the user's influence, then the share of cases at user influence or control. */
export const HEADLINE_MEASURES: readonly string[] = ["influence", "ladder.influenceOrControl"];
/** Every cost of an option, each in its own unit: staff time, then paid (external) advocate time. */
export const COST_MEASURES: readonly string[] = ["staffHoursPerCase", "paidHoursPerCase"];
/** The staff cost (the first of COST_MEASURES). */
export const COST_MEASURE = COST_MEASURES[0];
/** The gain side of the trade-off and of the cost-effectiveness chart (a share of cases, told as cases in 100). */
export const GAIN_MEASURE = "ladder.influenceOrControl";
/** Every measure of the verdict's table, in order: the headline, the costs, then the others. */
export const VERDICT_MEASURES: readonly string[] = [...HEADLINE_MEASURES, ...COST_MEASURES, "ladder.influence", "ladder.control", "preferenceRealised", "fit", "timeToDecision", "styles.oversight"];

export interface VerdictFinding {
  measure: string;
  direction: "higher" | "lower";
  /** Whether the direction is better for the user; null when the measure has no better direction. */
  better: boolean | null;
  /** The paired difference option - reference. */
  estimate: Estimate;
  /** The reference's level and the option's level on this measure. */
  referenceLevel: Estimate;
  level: Estimate;
  /** The measure's practical threshold (its unit), or null when it declares none. */
  threshold: number | null;
  /** The difference is exactly 0 in every replication (then neither clear nor practical). */
  none: boolean;
  /** The 95% interval excludes zero. */
  clear: boolean;
  /** Clear and at least the threshold in size (clear alone when there is no threshold). */
  practical: boolean;
}

type Change = "more" | "less" | "none";

/** How gain (cases at user influence or control) and the costs combine; each "none" when not practical. */
export interface TradeOff {
  gain: "more" | "fewer" | "none";
  /** All costs together: "mixed" when one is practically more and another practically less. */
  cost: Change | "mixed";
  /** Each cost of COST_MEASURES, in order. */
  costs: {measure: string; change: Change}[];
}

/** Replications of one option without a value on a measure (nothing decided), of all replications. */
export interface MissingCount {
  option: string;
  missing: number;
  of: number;
}

/** A key measure on which the option or the reference has missing values. */
export interface VerdictGap {
  measure: string;
  /** Only the options (reference first) with at least one missing value. */
  counts: MissingCount[];
}

export interface VerdictLine {
  option: string;
  reference: string;
  /** The headline measures, practical or not, in HEADLINE_MEASURES order. */
  headline: VerdictFinding[];
  /** The staff cost (costs[0]), practical or not. */
  cost: VerdictFinding;
  /** Every cost in COST_MEASURES order, practical or not. */
  costs: VerdictFinding[];
  tradeOff: TradeOff;
  /** The headline measures disagree: both practical, one better and the other worse for the user. */
  disagree: boolean;
  /** The other key measures whose difference is practical (not the ladder steps the headline sums). */
  findings: VerdictFinding[];
  /** Every verdict measure, practical or not: the full table. */
  table: VerdictFinding[];
  /** Key measures with missing values, left out of the means; empty when none. */
  missing: VerdictGap[];
}

function level(result: ComparisonResult, option: string, m: string): Estimate {
  const e = result.estimates.find((x) => x.measure === m && x.option === option);
  if (!e) throw new Error(`invalid comparison: no estimate for measure ${JSON.stringify(m)} and option ${JSON.stringify(option)}`);
  return e.estimate;
}

function finding(result: ComparisonResult, option: string, m: string): VerdictFinding {
  const d = result.differences.find((x) => x.measure === m && x.b === option);
  if (!d) throw new Error(`invalid comparison: no difference for measure ${JSON.stringify(m)} and option ${JSON.stringify(option)}`);
  const e = d.estimate;
  const decl = measure(m);
  const direction = e.mean > 0 ? "higher" : "lower";
  const referenceLevel = level(result, result.options[0], m), optionLevel = level(result, option, m);
  // No verdict on a measure where either option has no value at all.
  const empty = referenceLevel.n === 0 || optionLevel.n === 0;
  const none = !empty && exactlyZero(e);
  const clear = !empty && !none && significant(e);
  const threshold = decl.threshold ?? null;
  return {
    measure: m, direction, better: decl.better === "neither" ? null : decl.better === direction, estimate: e, referenceLevel, level: optionLevel, threshold, none, clear,
    practical: clear && (threshold === null || meetsThreshold(e.mean, threshold))
  };
}

function change(f: VerdictFinding): Change {
  return !f.practical ? "none" : f.direction === "higher" ? "more" : "less";
}

export function verdict(result: ComparisonResult, measures: readonly string[] = VERDICT_MEASURES): VerdictLine[] {
  const reference = result.options[0];
  return result.options.slice(1).map((option) => {
    const table = measures.map((m) => finding(result, option, m));
    const get = (m: string) => table.find((f) => f.measure === m) ?? finding(result, option, m);
    const headline = HEADLINE_MEASURES.map(get);
    const costs = COST_MEASURES.map(get);
    const gain = get(GAIN_MEASURE);
    const changes = costs.map((f) => ({measure: f.measure, change: change(f)}));
    const up = changes.some((c) => c.change === "more"), down = changes.some((c) => c.change === "less");
    const tradeOff: TradeOff = {
      gain: !gain.practical ? "none" : gain.direction === "higher" ? "more" : "fewer",
      cost: up && down ? "mixed" : up ? "more" : down ? "less" : "none",
      costs: changes
    };
    const judged = headline.filter((f) => f.practical && f.better !== null);
    const disagree = judged.some((f) => f.better) && judged.some((f) => !f.better);
    // The ladder steps summed in the gain are in the table, not repeated among the findings.
    const gainDecl = measure(GAIN_MEASURE).derived;
    const parts: readonly string[] = gainDecl && "sum" in gainDecl ? gainDecl.sum : [];
    const findings = table.filter((f) => f.practical && !HEADLINE_MEASURES.includes(f.measure) && !COST_MEASURES.includes(f.measure) && !parts.includes(f.measure));
    const missing: VerdictGap[] = [];
    for (const m of measures) {
      const counts = [reference, option].flatMap((o) => {
        const e = result.estimates.find((x) => x.measure === m && x.option === o)?.estimate;
        return e && e.missing > 0 ? [{option: o, missing: e.missing, of: e.n + e.missing}] : [];
      });
      if (counts.length) missing.push({measure: m, counts});
    }
    return {option, reference, headline, cost: costs[0], costs, tradeOff, disagree, findings, table, missing};
  });
}

/**
 * The options dominated on the gain and every cost, by the means: another
 * option gives at least as much gain for no more of any cost, and is better on
 * one (dominance.ts). An option with no value on one of them is left out.
 */
export function dominatedOptions(result: ComparisonResult, gain = GAIN_MEASURE, costs: readonly string[] = COST_MEASURES): string[] {
  const points = result.options.map((o) => ({option: o, effect: level(result, o, gain).mean, costs: costs.map((c) => level(result, o, c).mean)}))
    .filter((p) => [p.effect, ...p.costs].every(Number.isFinite));
  const flags = dominated(points);
  return points.filter((_, i) => flags[i]).map((p) => p.option);
}
