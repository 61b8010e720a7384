// Stream mechanics shared by the classic and the participation engines:
// problems and participants go to the open choice closest to completion
// (smallest energy deficit), a choice is made when its accumulated energy
// covers what its attached problems require, and the way it was made is
// classified as resolution, flight or oversight (docs/classic-1972.md §1.9-1.11).

import type {Random} from "./rng.ts";
import type {Bilingual} from "./vocabulary.ts";

export type TieBreak = "lowest" | "highest" | "random";
export type Comparison = "<=" | "<";
export type DecisionStyle = "resolution" | "flight" | "oversight";

export const TIE_BREAKS: readonly TieBreak[] = ["lowest", "highest", "random"];
export const COMPARISONS: readonly Comparison[] = ["<=", "<"];

/** Numeric codes for styles in typed arrays (0 = not made). */
export const STYLE_CODE = {none: 0, resolution: 1, flight: 2, oversight: 3} as const;
export const STYLE_NAME: readonly (DecisionStyle | null)[] = [null, "resolution", "flight", "oversight"];
export const DECISION_STYLES: readonly DecisionStyle[] = ["resolution", "flight", "oversight"];

/**
 * The styles' labels. "Problemløsning" for resolution keeps "løsning" alone
 * for the solution stream, so a style and a solution never share a word.
 */
export const STYLE_LABELS: Record<DecisionStyle, Bilingual> = {
  resolution: {en: "Resolution", nb: "Problemløsning"},
  flight: {en: "Flight", nb: "Flukt"},
  oversight: {en: "Oversight", nb: "Overseelse"}
};
/** A choice that was never made (no style). */
export const NOT_MADE_LABEL: Bilingual = {en: "Not made", nb: "Ikke fattet"};

/**
 * Sorts the first n entries of `order` (choice indices) by ascending deficit;
 * ties by index according to the rule ("random" shuffles tied runs with the
 * injected generator). Insertion sort: n is small (the live choices) and this
 * allocates nothing.
 */
export function sortByDeficit(order: Int32Array, n: number, deficit: Float64Array, tieBreak: TieBreak, random?: Random): void {
  const descIndex = tieBreak === "highest";
  for (let a = 1; a < n; ++a) {
    const j = order[a];
    const d = deficit[j];
    let b = a - 1;
    while (b >= 0) {
      const k = order[b];
      const dk = deficit[k];
      if (dk < d || (dk === d && (descIndex ? k > j : k < j))) break;
      order[b + 1] = k;
      --b;
    }
    order[b + 1] = j;
  }
  if (tieBreak === "random" && random) {
    // Shuffle each run of equal deficits.
    let s = 0;
    while (s < n) {
      let e = s + 1;
      while (e < n && deficit[order[e]] === deficit[order[s]]) ++e;
      for (let i = e - 1; i > s; --i) {
        const r = s + Math.floor(random() * (i - s + 1));
        const t = order[i];
        order[i] = order[r];
        order[r] = t;
      }
      s = e;
    }
  }
}

/**
 * The first choice in `order` (length n) allowed by row `row` of a flat
 * 0/1 matrix with `cols` columns, or -1 when none is.
 */
export function firstAllowed(order: Int32Array, n: number, matrix: Uint8Array, row: number, cols: number): number {
  const base = row * cols;
  for (let a = 0; a < n; ++a) {
    const j = order[a];
    if (matrix[base + j] !== 0) return j;
  }
  return -1;
}

/** Whether accumulated energy covers the requirement under the comparison rule. */
export function covers(required: number, accumulated: number, comparison: Comparison): boolean {
  return comparison === "<=" ? required <= accumulated : required < accumulated;
}

/**
 * Style of a choice at the moment it is made: resolution when problems are
 * attached now, flight when problems were attached earlier but left,
 * oversight when no problem was ever attached.
 */
export function styleOf(attachedNow: number, everAttached: boolean): 1 | 2 | 3 {
  return attachedNow > 0 ? STYLE_CODE.resolution : everAttached ? STYLE_CODE.flight : STYLE_CODE.oversight;
}
