// The verdict of a comparison as data: for each option against the
// reference, the differences on the key measures whose 95% interval excludes
// zero, with their direction and whether that direction is better for the
// user. Wording and number formatting are the interface's job (viz/verdict.ts).

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

export interface VerdictLine {
  option: string;
  reference: string;
  /** Empty when no key measure differs clearly at this number of replications. */
  findings: VerdictFinding[];
}

export function verdict(result: ComparisonResult, measures: readonly string[] = VERDICT_MEASURES): VerdictLine[] {
  const reference = result.options[0];
  return result.options.slice(1).map((option) => {
    const findings: VerdictFinding[] = [];
    for (const m of measures) {
      const d = result.differences.find((x) => x.measure === m && x.b === option);
      if (!d || !significant(d.estimate)) continue;
      const direction = d.estimate.mean > 0 ? "higher" : "lower";
      const {better} = measure(m);
      findings.push({measure: m, direction, better: better === "neither" ? null : better === direction, estimate: d.estimate});
    }
    return {option, reference, findings};
  });
}
