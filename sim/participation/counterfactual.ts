// Counterfactual influence (Dahl: A gets B to do what B otherwise would not;
// sim/ODD.md §7 "Counterfactual influence"). A decided case is re-decided once for each
// solution s other than the one adopted, with the user's preferences replaced
// by a version where s is their first preference (the user's scores of s and
// of their actual first preference are swapped, so the intensity profile stays
// the same). Every random draw of the decision is held fixed: they sit in the
// decision context, and `aggregate` draws nothing. Influence is the share of
// these counterfactuals in which the outcome follows the user's preference:
// 0 when the outcome is the same whatever the user prefers, 1 when the user
// would have got any solution by preferring it. With `only`, the
// counterfactuals are restricted to the options that were feasible (known to
// someone present, with a free place: ctx.candidate).

import {aggregate, type DecisionContext} from "./decide.ts";

/**
 * Influence in [0, 1] of the stated preferences on the decision in `ctx`
 * whose actual outcome was `adopted`. `scratch` has length ctx.n. Restores
 * nothing it does not own: `stated` is left unchanged.
 */
export function counterfactualInfluence(ctx: DecisionContext, stated: Float64Array, adopted: number, scratch: Float64Array, only?: Uint8Array): number {
  const n = ctx.n;
  let top = 0;
  for (let j = 1; j < n; ++j) if (stated[j] > stated[top]) top = j;
  let followed = 0, tried = 0;
  for (let s = 0; s < n; ++s) {
    if (s === adopted || (only && only[s] === 0)) continue;
    ++tried;
    for (let j = 0; j < n; ++j) scratch[j] = stated[j];
    scratch[s] = stated[top];
    scratch[top] = stated[s];
    if (aggregate(ctx, scratch) === s) ++followed;
  }
  // No other option to prefer: there was no choice for the preference to
  // move, so influence is missing, not 0.
  return tried > 0 ? followed / tried : NaN;
}
