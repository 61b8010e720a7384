// The verdict of a comparison as data: for each option against the
// reference, the differences on the key measures whose 95% interval excludes
// zero, with their direction and whether that direction is better for the
// user; and, since missing is not zero, how many replications of each option
// had no value on a key measure. Wording and number formatting are the
// interface's job (viz/verdict.ts).

import {measure} from "../participation/measures.ts";
import {significant, type Estimate} from "../stats.ts";
import type {ComparisonResult} from "./compare.ts";

/** The measures that matter most to planners, in the order the verdict names them. */
export const VERDICT_MEASURES: readonly string[] = ["influence", "ladder.influence", "ladder.control", "preferenceRealised", "fit", "timeToDecision", "staffEnergy", "styles.oversight"];

export interface VerdictFinding {
  measure: string;
  direction: "higher" | "lower";
  /** Whether the direction is better for the user; null when the measure has no better direction. */
  better: boolean | null;
  /** The paired difference option - reference. */
  estimate: Estimate;
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
  /** Empty when no key measure differs clearly at this number of replications. */
  findings: VerdictFinding[];
  /** Key measures with missing values, left out of the means; empty when none. */
  missing: VerdictGap[];
}

export function verdict(result: ComparisonResult, measures: readonly string[] = VERDICT_MEASURES): VerdictLine[] {
  const reference = result.options[0];
  return result.options.slice(1).map((option) => {
    const findings: VerdictFinding[] = [];
    const missing: VerdictGap[] = [];
    for (const m of measures) {
      const d = result.differences.find((x) => x.measure === m && x.b === option);
      const own = [reference, option].map((o) => ({option: o, estimate: result.estimates.find((e) => e.measure === m && e.option === o)?.estimate}));
      const counts = own.filter(({estimate: e}) => e && e.missing > 0).map(({option: o, estimate: e}) => ({option: o, missing: e!.missing, of: e!.n + e!.missing}));
      if (counts.length) missing.push({measure: m, counts});
      // No verdict on a measure where either option has no value at all.
      const empty = own.some(({estimate: e}) => e?.n === 0);
      if (!d || empty || !significant(d.estimate)) continue;
      const direction = d.estimate.mean > 0 ? "higher" : "lower";
      const {better} = measure(m);
      findings.push({measure: m, direction, better: better === "neither" ? null : better === direction, estimate: d.estimate});
    }
    return {option, reference, findings, missing};
  });
}
