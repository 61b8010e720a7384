// The verdict of a comparison as data: for each option against the
// reference, the headline on the user's influence and the ladder, the cost in
// staff time per case, the trade-off between them, and the other key
// measures. A difference is *practical* when its 95% interval excludes zero
// and its mean is at least the threshold declared with the measure
// (participation/measures.ts). Since missing is not zero, it also counts how
// many replications of each option had no value on a key measure, and gives
// no verdict on a measure an option has no values for. Wording and number
// formatting are the interface's job (viz/verdict.ts).

import {measure} from "../participation/measures.ts";
import {significant, type Estimate} from "../stats.ts";
import type {ComparisonResult} from "./compare.ts";

/** The headline: the user's influence, then the share of cases at user influence or control. */
export const HEADLINE_MEASURES: readonly string[] = ["influence", "ladder.influenceOrControl"];
/** The cost side of the trade-off. */
export const COST_MEASURE = "staffHoursPerCase";
/** The gain side of the trade-off (a share of cases, told as cases in 100). */
export const GAIN_MEASURE = "ladder.influenceOrControl";
/** Every measure of the verdict's table, in order: the headline, the cost, then the others. */
export const VERDICT_MEASURES: readonly string[] = [...HEADLINE_MEASURES, COST_MEASURE, "ladder.influence", "ladder.control", "preferenceRealised", "fit", "timeToDecision", "styles.oversight"];

export interface VerdictFinding {
  measure: string;
  direction: "higher" | "lower";
  /** Whether the direction is better for the user; null when the measure has no better direction. */
  better: boolean | null;
  /** The paired difference option - reference. */
  estimate: Estimate;
  /** The measure's practical threshold (its unit), or null when it declares none. */
  threshold: number | null;
  /** The 95% interval excludes zero. */
  clear: boolean;
  /** Clear and at least the threshold in size (clear alone when there is no threshold). */
  practical: boolean;
}

/** How gain (cases at user influence or control) and cost (staff time per case) combine; each "none" when not practical. */
export interface TradeOff {
  gain: "more" | "fewer" | "none";
  cost: "more" | "less" | "none";
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
  /** Staff time per case, practical or not. */
  cost: VerdictFinding;
  tradeOff: TradeOff;
  /** The other key measures whose difference is practical (not the ladder steps the headline sums). */
  findings: VerdictFinding[];
  /** Every verdict measure, practical or not: the full table. */
  table: VerdictFinding[];
  /** Key measures with missing values, left out of the means; empty when none. */
  missing: VerdictGap[];
}

function finding(result: ComparisonResult, option: string, m: string): VerdictFinding {
  const d = result.differences.find((x) => x.measure === m && x.b === option);
  if (!d) throw new Error(`invalid comparison: no difference for measure ${JSON.stringify(m)} and option ${JSON.stringify(option)}`);
  const e = d.estimate;
  const decl = measure(m);
  const direction = e.mean > 0 ? "higher" : "lower";
  // No verdict on a measure where either option has no value at all.
  const empty = [result.options[0], option].some((o) => result.estimates.find((x) => x.measure === m && x.option === o)?.estimate.n === 0);
  const clear = !empty && significant(e);
  const threshold = decl.threshold ?? null;
  return {
    measure: m, direction, better: decl.better === "neither" ? null : decl.better === direction, estimate: e, threshold, clear,
    practical: clear && (threshold === null || Math.abs(e.mean) >= threshold)
  };
}

export function verdict(result: ComparisonResult, measures: readonly string[] = VERDICT_MEASURES): VerdictLine[] {
  const reference = result.options[0];
  return result.options.slice(1).map((option) => {
    const table = measures.map((m) => finding(result, option, m));
    const get = (m: string) => table.find((f) => f.measure === m) ?? finding(result, option, m);
    const headline = HEADLINE_MEASURES.map(get);
    const cost = get(COST_MEASURE);
    const gain = get(GAIN_MEASURE);
    const tradeOff: TradeOff = {
      gain: !gain.practical ? "none" : gain.direction === "higher" ? "more" : "fewer",
      cost: !cost.practical ? "none" : cost.direction === "higher" ? "more" : "less"
    };
    // The ladder steps summed in the gain are in the table, not repeated among the findings.
    const gainDecl = measure(GAIN_MEASURE).derived;
    const parts: readonly string[] = gainDecl && "sum" in gainDecl ? gainDecl.sum : [];
    const findings = table.filter((f) => f.practical && !HEADLINE_MEASURES.includes(f.measure) && f.measure !== COST_MEASURE && !parts.includes(f.measure));
    const missing: VerdictGap[] = [];
    for (const m of measures) {
      const counts = [reference, option].flatMap((o) => {
        const e = result.estimates.find((x) => x.measure === m && x.option === o)?.estimate;
        return e && e.missing > 0 ? [{option: o, missing: e.missing, of: e.n + e.missing}] : [];
      });
      if (counts.length) missing.push({measure: m, counts});
    }
    return {option, reference, headline, cost, tradeOff, findings, table, missing};
  });
}
