// The classic engine's plain data: the config, rules, results and frames, and
// the compiled model (typed arrays) a simulator runs on.

import type {Comparison, DecisionStyle, TieBreak} from "../streams.ts";

export type DeficitTiming = "previous" | "live";
export type Arithmetic = "integer" | "float";
export const DEFICIT_TIMINGS: readonly DeficitTiming[] = ["previous", "live"];
export const ARITHMETICS: readonly Arithmetic[] = ["integer", "float"];

/** The readings that docs/classic-1972.md pins, each an option (defaults = pinned values). */
export interface ClassicRules {
  tieBreak: TieBreak;
  comparison: Comparison;
  /** "previous": agents choose from last period's deficits (pinned); "live": each agent sees the moves made before it this period. */
  deficits: DeficitTiming;
  /** "integer": energies in exact hundredths (pinned, §1.12); "float": float64 energy units. */
  arithmetic: Arithmetic;
}

export const DEFAULT_RULES: ClassicRules = {tieBreak: "lowest", comparison: "<=", deficits: "previous", arithmetic: "integer"};

/** Everything a classic run needs, as plain data. Entities are listed from index 1 = first row. */
export interface ClassicConfig extends ClassicRules {
  periods: number;
  /** Energy required per attached problem, in energy units. */
  load: number;
  solutionCoefficient: number;
  /** Raw energy per decision maker per period (before the solution coefficient). */
  energies: number[];
  /** problems x choices, 1 = the problem may attach to the choice. */
  access: number[][];
  /** decision makers x choices, 1 = the decision maker may work on the choice. */
  decision: number[][];
  /** Entry period (1-based) per choice; 0 or beyond the horizon = never enters. */
  choiceEntry: number[];
  /** Entry period (1-based) per problem. */
  problemEntry: number[];
}

export interface ClassicSummary {
  resolution: number;
  flight: number;
  oversight: number;
  choicesUnmade: number;
  problemsUnsolved: number;
  problemActivity: number;
  problemLatency: number;
  problemShifts: number;
  dmShifts: number;
  dmActivity: number;
  choiceActivePeriods: number;
  energySpent: number;
  energyExcess: number;
  /** Energy of decision makers with no live choice open to them (lost). */
  energyIdle: number;
}

export interface ClassicChoiceDetail {
  id: number;
  entry: number;
  /** Period made, or null. */
  made: number | null;
  style: DecisionStyle | null;
  problemsSolved: number;
  activePeriods: number;
  accumulated: number;
  required: number;
}

export interface ClassicProblemDetail {
  id: number;
  entry: number;
  solved: number | null;
  /** Id of the choice that solved it, or null. */
  solvedBy: number | null;
  activePeriods: number;
  latentPeriods: number;
  shifts: number;
}

/** Where everything stands at the end of one period (for animation). */
export interface ClassicFrame {
  period: number;
  /** Per choice: 0 not entered, 1 live, 2 made. */
  choiceState: number[];
  /** Per choice: style code if made in this period (1 resolution, 2 flight, 3 oversight), else 0. */
  madeNow: number[];
  accumulated: number[];
  required: number[];
  /** Per problem: choice id attached to (1-based), 0 latent, -1 not entered, -2 solved. */
  problemAt: number[];
  /** Per decision maker: choice id (1-based) worked on this period, 0 idle. */
  dmAt: number[];
}

export interface ClassicResult extends ClassicSummary {
  choices: ClassicChoiceDetail[];
  problems: ClassicProblemDetail[];
  trace?: ClassicFrame[];
}

/** A config compiled to typed arrays, with the outcome of the simulator's last run. */
export interface ClassicModel {
  readonly config: ClassicConfig;
  readonly T: number;
  readonly m: number;
  readonly v: number;
  readonly w: number;
  readonly scale: number;
  readonly load: number;
  readonly energy: Float64Array;
  readonly access: Uint8Array;
  readonly decision: Uint8Array;
  readonly choiceEntry: Int32Array;
  readonly problemEntry: Int32Array;
  /** Ids sorted by entry period; those entering in period t are choicesByEntry[choiceFrom[t] .. choiceFrom[t + 1]). */
  readonly choicesByEntry: Int32Array;
  readonly choiceFrom: Int32Array;
  readonly problemsByEntry: Int32Array;
  readonly problemFrom: Int32Array;
  /**
   * Problem groups. With previous-period deficits, problems with identical
   * access rows see the same candidates in the same order, so they all go to
   * the same choice: step 3 runs once per group, and per-problem latency and
   * shifts are read off group counters (see simulate). With live deficits
   * every problem is its own group. Groups are numbered by their first row.
   */
  readonly pGroup: Int32Array;
  /** Per group: a member row (of access), and that row as a bit mask over choices (only when m <= 31; else empty). */
  readonly pgRow: Int32Array;
  readonly pgMask: Int32Array;
  /** Number of problem groups and of decision-maker groups. */
  readonly nPG: number;
  readonly nDG: number;
  /**
   * Decision-maker groups, likewise (identical decision rows). Only in integer
   * mode, where a group's energy is an exact sum; in float mode (and with live
   * deficits) every decision maker is its own group, so energies are added one
   * by one in row order as the rules read.
   */
  readonly dGroup: Int32Array;
  readonly dgRow: Int32Array;
  readonly dgMask: Int32Array;
  readonly dgEnergy: Float64Array;
  readonly dgSize: Int32Array;
  // results of the last run
  readonly cState: Uint8Array;
  readonly cStyle: Uint8Array;
  readonly cMade: Int32Array;
  readonly ER: Float64Array;
  readonly EE: Float64Array;
  readonly pSolved: Int32Array;
  readonly pSolvedBy: Int32Array;
  readonly pLatent: Int32Array;
  readonly pShifts: Int32Array;
  /** Run counters, indexed by COUNTER. */
  readonly counters: Float64Array;
}

/** Where each run measure sits in ClassicModel.counters. */
export const COUNTER = {
  resolution: 0, flight: 1, oversight: 2, problemActivity: 3, problemLatency: 4, problemShifts: 5, dmShifts: 6, dmActivity: 7,
  choiceActivePeriods: 8, energySpent: 9, energyExcess: 10, energyIdle: 11, problemsUnsolved: 12, choicesUnmade: 13
} as const;
