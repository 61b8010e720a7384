// The 1972 experimental design: 81 structural variants x 4 entry-sequence
// combinations (docs/classic-1972.md §1.8), plus seeded random entry orders.

import type {ClassicConfig, ClassicRules} from "./engine.ts";
import {DEFAULT_RULES} from "./engine.ts";
import {
  CHOICES, CHOICE_SEQUENCES, DECISION_MAKERS, ENERGIES, LOADS, LOAD_VALUE, PERIODS, PROBLEMS, PROBLEM_SEQUENCES,
  SOLUTION_COEFFICIENT, STRUCTURES, accessMatrix, decisionMatrix, entryPeriodsFromSequence, mirrorMatrix, rawEnergies,
  type EnergyDistribution, type Load, type Orientation, type Structure
} from "./gcm1972.ts";
import {shuffle, type Random} from "../rng.ts";

export interface ClassicVariant {
  load: Load;
  access: Structure;
  decision: Structure;
  energy: EnergyDistribution;
}

/** A variant with one of the 1972 entry-sequence combinations (1 or 2 each). */
export interface ClassicDesignPoint extends ClassicVariant {
  choiceSeq: 1 | 2;
  problemSeq: 1 | 2;
}

export interface ClassicSize {
  periods: number;
  choices: number;
  decisionMakers: number;
  problems: number;
}

export const SIZE_1972: ClassicSize = {periods: PERIODS, choices: CHOICES, decisionMakers: DECISION_MAKERS, problems: PROBLEMS};

/** The 81 structural variants in the order load > access > decision > energy. */
export function variants(): ClassicVariant[] {
  const out: ClassicVariant[] = [];
  for (const load of LOADS) for (const access of STRUCTURES) for (const decision of STRUCTURES) for (const energy of ENERGIES)
    out.push({load, access, decision, energy});
  return out;
}

/** The 324 runs of the 1972 design, in the order load > access > decision > energy > choiceSeq > problemSeq. */
export function design1972(): ClassicDesignPoint[] {
  const out: ClassicDesignPoint[] = [];
  for (const v of variants()) for (const choiceSeq of [1, 2] as const) for (const problemSeq of [1, 2] as const)
    out.push({...v, choiceSeq, problemSeq});
  return out;
}

/** A variant's key in the seed policy (sim/seeds.ts): "load-access-decision-energy". */
export function variantKey(v: ClassicVariant): string {
  return `${v.load}-${v.access}-${v.decision}-${v.energy}`;
}

/** A design point's key in the seed policy: the variant's key and the two entry sequences. */
export function designKey(p: ClassicDesignPoint): string {
  return `${variantKey(p)}-${p.choiceSeq}-${p.problemSeq}`;
}

export interface BuildOptions extends Partial<ClassicRules> {
  orientation?: Orientation;
  size?: Partial<ClassicSize>;
  /** Override the per-problem load (energy units). */
  loadValue?: number;
  solutionCoefficient?: number;
}

/** Structure part of a config (no entry schedule yet). */
export function variantConfig(variant: ClassicVariant, options: BuildOptions = {}): Omit<ClassicConfig, "choiceEntry" | "problemEntry"> {
  const size = {...SIZE_1972, ...options.size};
  const mirror = options.orientation === "mirror";
  let access = accessMatrix(variant.access, size.problems, size.choices);
  let decision = decisionMatrix(variant.decision, size.decisionMakers, size.choices);
  let energies = rawEnergies(variant.energy, size.decisionMakers);
  if (mirror) {
    access = mirrorMatrix(access);
    decision = mirrorMatrix(decision);
    energies = energies.slice().reverse();
  }
  return {
    ...DEFAULT_RULES,
    tieBreak: options.tieBreak ?? DEFAULT_RULES.tieBreak,
    comparison: options.comparison ?? DEFAULT_RULES.comparison,
    deficits: options.deficits ?? DEFAULT_RULES.deficits,
    arithmetic: options.arithmetic ?? DEFAULT_RULES.arithmetic,
    periods: size.periods,
    load: options.loadValue ?? LOAD_VALUE[variant.load],
    solutionCoefficient: options.solutionCoefficient ?? SOLUTION_COEFFICIENT,
    energies, access, decision
  };
}

/** A 1972 design point as a full config with the fixed entry sequences. */
export function config1972(point: ClassicDesignPoint, options: BuildOptions = {}): ClassicConfig {
  if (options.size && (Object.entries(options.size).some(([k, x]) => x !== SIZE_1972[k as keyof ClassicSize])))
    throw new Error("invalid size: the 1972 entry sequences need 20 periods, 10 choices, 10 decision makers and 20 problems; use random entry orders for other sizes");
  return {
    ...variantConfig(point, options),
    choiceEntry: entryPeriodsFromSequence(CHOICE_SEQUENCES[point.choiceSeq - 1], 1),
    problemEntry: entryPeriodsFromSequence(PROBLEM_SEQUENCES[point.problemSeq - 1], 2)
  };
}

export interface EntryRates {
  /** Choices entering per period (1972: 1). */
  choicesPerPeriod?: number;
  /** Problems entering per period (1972: 2). */
  problemsPerPeriod?: number;
}

/** Entry periods from a seeded random order at the 1972 rates (or the given ones). */
export function randomEntry(random: Random, choices: number, problems: number, rates: EntryRates = {}): {choiceEntry: number[]; problemEntry: number[]} {
  // Plain loops: Array.from over {length} took as long as the run itself in a sweep.
  const ids = (n: number) => { const a: number[] = []; for (let j = 1; j <= n; ++j) a.push(j); return a; };
  const cOrder = shuffle(ids(choices), random);
  const pOrder = shuffle(ids(problems), random);
  return {
    choiceEntry: entryPeriodsFromSequence(cOrder, rates.choicesPerPeriod ?? 1),
    problemEntry: entryPeriodsFromSequence(pOrder, rates.problemsPerPeriod ?? 2)
  };
}
