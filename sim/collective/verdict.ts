// The collective verdict as data: which measures it names (the headline on
// Arnstein's rungs, the staff hours per meeting as cost, the rights lens as
// gain, a short list of others) and how one paired difference is judged: it
// counts when its 95% interval excludes zero and its size is at least the
// threshold its measure declares (measures.ts). Wording and number formatting
// are the interface's job (viz/collectiveVerdict.ts).

import {collectiveMeasure} from "./measures.ts";
import {exactlyZero, meetsThreshold, significant, type Estimate} from "../stats.ts";

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
  /** The difference is exactly 0 in every replication (then neither clear nor practical). */
  none: boolean;
  clear: boolean;
  practical: boolean;
}

/** One measure's paired difference (option − reference) judged against its declared threshold. */
export function collectiveFinding(measure: string, estimate: Estimate): CollectiveFinding {
  const d = collectiveMeasure(measure);
  const direction = estimate.mean > 0 ? "higher" : "lower";
  const none = exactlyZero(estimate);
  const clear = !none && significant(estimate);
  const threshold = d.threshold ?? null;
  return {measure, estimate, threshold, direction, better: d.better === "neither" ? null : d.better === direction, none, clear,
    practical: clear && threshold !== null && meetsThreshold(estimate.mean, threshold)};
}
