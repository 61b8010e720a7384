// The result shapes the charts read. They are structural: a
// ParticipationSummary with an `option` field is a LadderRow, and so on, so
// the charts depend on sim/ only through these small contracts.

export type {ClassicFrame, ClassicResult, ClassicSummary} from "../sim/classic/engine.ts";
import type {ClassicSummary} from "../sim/classic/engine.ts";
import type {ClassicDesignPoint} from "../sim/classic/design.ts";

export type LadderStep = "perspective" | "participation" | "influence" | "control";
export const LADDER_STEPS: readonly LadderStep[] = ["perspective", "participation", "influence", "control"];
export const LADDER_KEYS: readonly (LadderStep | "undecided")[] = [...LADDER_STEPS, "undecided"];

export type Style = "resolution" | "flight" | "oversight";
export const STYLE_KEYS: readonly Style[] = ["resolution", "flight", "oversight"];

export type Condition = "formulated" | "alternatives" | "consequences" | "routine";
export const CONDITION_KEYS: readonly Condition[] = ["formulated", "alternatives", "consequences", "routine"];

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

/** A summarised sweep point (sim/experiment/run.ts summariseSweep): parameter value(s), measure, estimate; `option` when several options are swept. */
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
