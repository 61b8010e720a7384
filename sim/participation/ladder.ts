// Hansen's participation staircase (Hansen «Ulike beskrivelser av brukermedvirkning», 002:L93-134), classified from what
// happened in a decision, never from the scenario's name
// (sim/ODD.md §7 "Ladder classifier"):
//   perspective   - neither the user nor a proxy took part and no wish or
//                   yes/no reached the decision (or it was decided without
//                   attention): staff defined the need;
//   participation - the user or their wish was present, but one-way, or at
//                   most one real alternative, or consequences unexplained,
//                   or the outcome would have been the same whatever the
//                   user preferred;
//   influence     - two-way exchange with the user (or proxy), at least two
//                   real alternatives with their consequences, and the
//                   user's preference changed the outcome (counterfactual);
//   control       - as influence, and the user made the choice.

import type {Bilingual} from "../vocabulary.ts";

export type LadderStep = "perspective" | "participation" | "influence" | "control";
export const LADDER_STEPS: readonly LadderStep[] = ["perspective", "participation", "influence", "control"];
/** The steps and "undecided", as the run summary's ladder shares them out. */
export type LadderOutcome = LadderStep | "undecided";
export const LADDER_OUTCOMES: readonly LadderOutcome[] = [...LADDER_STEPS, "undecided"];

/** The steps in the source texts' terms (Hansen Hansen «Ulike beskrivelser av brukermedvirkning», 002:L93-134). */
export const LADDER_LABELS: Record<LadderOutcome, Bilingual> = {
  perspective: {en: "User perspective", nb: "Brukerperspektiv"},
  participation: {en: "User participation", nb: "Brukerdeltakelse"},
  influence: {en: "User influence", nb: "Brukerinnflytelse"},
  control: {en: "User control", nb: "Brukerstyring"},
  undecided: {en: "Undecided", nb: "Ikke avgjort"}
};

/** The steps as one short word, for a label beside a decided case in the animation (the key line gives LADDER_LABELS). */
export const LADDER_WORDS: Record<LadderStep, Bilingual> = {
  perspective: {en: "perspective", nb: "perspektiv"},
  participation: {en: "participation", nb: "deltakelse"},
  influence: {en: "influence", nb: "innflytelse"},
  control: {en: "control", nb: "styring"}
};

export interface DecisionFacts {
  /** Decided without attention (time pressure). */
  oversight: boolean;
  /** The user or a proxy took part in the decision. */
  represented: boolean;
  /** A wish reached the deciders (on a form or voiced). */
  wish: boolean;
  /** The user could say yes or no to a proposal. */
  vetoOffered: boolean;
  twoWay: boolean;
  /** Real alternatives the user saw. */
  alternatives: number;
  consequences: boolean;
  /** The user's preference changed the outcome (counterfactual influence > 0). */
  responsive: boolean;
  /** The user made the choice (and staff carried it out). */
  userDecided: boolean;
}

export function classify(f: DecisionFacts): LadderStep {
  if (f.oversight) return "perspective";
  if (!f.represented && !f.wish && !f.vetoOffered) return "perspective";
  if (f.represented && f.twoWay && f.alternatives >= 2 && f.consequences && f.responsive) return f.userDecided ? "control" : "influence";
  return "participation";
}

/** Numeric step, perspective = 1 ... control = 4. */
export function stepNumber(step: LadderStep): number {
  return LADDER_STEPS.indexOf(step) + 1;
}
