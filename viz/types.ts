// The result shapes the charts read. They are structural: a
// ParticipationSummary with an `option` field is a LadderRow, and so on, so
// the charts depend on sim/ only through these small contracts.

export type {ClassicFrame, ClassicResult, ClassicSummary} from "../sim/classic/engine.ts";
import type {ClassicSummary} from "../sim/classic/engine.ts";
import type {ClassicDesignPoint} from "../sim/classic/design.ts";

// The vocabularies, as declared once in sim/.
export {LADDER_OUTCOMES as LADDER_KEYS, LADDER_STEPS, type LadderStep} from "../sim/participation/ladder.ts";
export {DECISION_STYLES as STYLE_KEYS, type DecisionStyle as Style} from "../sim/streams.ts";
export {CONDITIONS as CONDITION_KEYS, type Condition} from "../sim/participation/measures.ts";
import type {LadderStep} from "../sim/participation/ladder.ts";
import type {DecisionStyle as Style} from "../sim/streams.ts";
import type {Condition} from "../sim/participation/measures.ts";

/** Shares of cases per ladder step (sum 1). */
export type Ladder = Record<LadderStep | "undecided", number>;

/** A mean with its spread and 95% confidence interval (sim/stats.ts). */
export type {Estimate} from "../sim/stats.ts";
import type {Estimate} from "../sim/stats.ts";

/** One measure for one option (sim/stats.ts comparison rows). */
export interface ComparisonRow {
  measure: string;
  option: string;
  estimate: Estimate;
}

/** Difference a - b in one measure (sim/stats.ts). */
export interface DifferenceRow {
  measure: string;
  a: string;
  b: string;
  estimate: Estimate;
}

/** A summarised sweep point (sim/experiment/designs.ts summariseSweep): parameter value(s), measure, estimate; `option` when several options are swept. */
export interface SweepPoint {
  x: number | string | boolean;
  y?: number | string | boolean;
  measure: string;
  option?: string;
  estimate: Estimate;
}

/** One measure for one user type under one option (from summaries' byUserType, summarised across replications). */
export interface UserTypeRow {
  option: string;
  userType: string;
  measure: string;
  estimate: Estimate;
}

export interface LadderRow {
  option: string;
  ladder: Ladder;
}

export interface StylesRow {
  option: string;
  styles: Record<Style, number>;
}

export interface ConditionsRow {
  option: string;
  conditions: Record<Condition, number>;
}

export interface PerceivedRow {
  option: string;
  /** Share of cases staff perceive as user participation (0..1). */
  perceived: number;
  ladder: Ladder;
}

/** One classic run: its design point plus its summary. */
export type ClassicRow = ClassicDesignPoint & ClassicSummary;
