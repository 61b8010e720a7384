// Deciding one case (sim/ODD.md §7 "Deciding a case"). Everything random about a
// decision is drawn before this runs and stored in the context (see
// decideCase in participation.ts); `aggregate` is then a deterministic
// function of the user's stated preferences, so the counterfactual module can
// re-run it with other preferences and every draw held fixed.
//
// Steps:
//  1. candidates: offers known to someone present (or to the form's writer),
//     within capacity (ctx.candidate, prepared by the engine);
//  2. what the user sees: staff's top-k candidates (ctx.shownBase; k = 1 in
//     report mode); in a two-way meeting the user (with probability = system
//     literacy) and an advocate (with probability = their knowledge) can add
//     the user's own best alternative; nothing on a written channel;
//  3. scores: staff by assessed fit + own-service bias (+ the experience
//     consultant's general appeal), the user by stated preference;
//  4. aggregation by the arena's rule: staff decide (a wish adds
//     ctx.wishWeight), veto (the user picks among the proposals or refuses),
//     negotiate (staff score + voice x the user's preference rescaled to
//     0-1 from their worst to their best solution, over what is shown),
//     user decides (over what is shown).

export const RULE = {staff: 0, veto: 1, negotiate: 2, user: 3} as const;

/** Outcome code for a refused proposal. */
export const REFUSED = -1;
/** Outcome code when no solution is available. */
export const NONE = -2;

export interface DecisionContext {
  /** Number of solutions. */
  readonly n: number;
  /** Staff score per solution (assessment + bias + consultant). */
  readonly staff: Float64Array;
  readonly candidate: Uint8Array;
  /** Staff's narrowed proposal set (top-k candidates by staff score). */
  readonly shownBase: Uint8Array;
  readonly userKnows: Uint8Array;
  readonly advKnows: Uint8Array;
  readonly formKnows: Uint8Array;
  /** Scratch: what the user saw in the last aggregation. */
  readonly shown: Uint8Array;
  rule: number;
  oversight: boolean;
  /** The user or a proxy takes part in a two-way meeting. */
  represented: boolean;
  /** The wish travels on a written form. */
  written: boolean;
  /** Proposals are put to the user for yes/no (veto rule). */
  vetoOffered: boolean;
  userRaises: boolean;
  advocateRaises: boolean;
  /** The user refuses a proposal that does not include their first preference. */
  refuses: boolean;
  /** User-side weight (voice + advocate) for the negotiated rule. */
  voice: number;
  wishWeight: number;
  /** Set by aggregate: solutions shown to the user, and the wish that reached staff (-1 none). */
  shownCount: number;
  wish: number;
}

export function decisionContext(n: number): DecisionContext {
  return {
    n,
    staff: new Float64Array(n),
    candidate: new Uint8Array(n),
    shownBase: new Uint8Array(n),
    userKnows: new Uint8Array(n),
    advKnows: new Uint8Array(n),
    formKnows: new Uint8Array(n),
    shown: new Uint8Array(n),
    rule: RULE.staff,
    oversight: false,
    represented: false,
    written: false,
    vetoOffered: false,
    userRaises: false,
    advocateRaises: false,
    refuses: false,
    voice: 0,
    wishWeight: 0,
    shownCount: 0,
    wish: -1
  };
}

/** Index of the largest score among entries with mask[j] (and mask2[j] when given), or -1. */
export function argmaxWhere(score: Float64Array, mask: Uint8Array, mask2?: Uint8Array): number {
  let best = -1;
  let bestScore = -Infinity;
  for (let j = 0; j < score.length; ++j) {
    if (mask[j] === 0 || (mask2 && mask2[j] === 0)) continue;
    if (score[j] > bestScore) {
      best = j;
      bestScore = score[j];
    }
  }
  return best;
}

function argmaxAll(score: Float64Array): number {
  let best = 0;
  for (let j = 1; j < score.length; ++j) if (score[j] > score[best]) best = j;
  return best;
}

/** Staff's choice among candidates, with the wish adding wishWeight. */
function staffChoice(ctx: DecisionContext, wish: number): number {
  let best = NONE;
  let bestScore = -Infinity;
  for (let j = 0; j < ctx.n; ++j) {
    if (ctx.candidate[j] === 0) continue;
    const s = ctx.staff[j] + (j === wish ? ctx.wishWeight : 0);
    if (s > bestScore) {
      best = j;
      bestScore = s;
    }
  }
  return best;
}

/**
 * Decides the case for the given stated preferences; returns the adopted
 * solution's index, REFUSED or NONE. Allocation-free.
 */
export function aggregate(ctx: DecisionContext, stated: Float64Array): number {
  const n = ctx.n;
  const shown = ctx.shown;
  shown.fill(0);
  ctx.shownCount = 0;
  ctx.wish = -1;
  if (ctx.oversight) return staffChoice(ctx, -1);
  const top = argmaxAll(stated);
  // The wish that reaches the deciders.
  if (ctx.written) ctx.wish = argmaxWhere(stated, ctx.formKnows);
  else if (ctx.represented) ctx.wish = argmaxWhere(stated, ctx.userKnows, ctx.candidate);
  // What the user sees.
  if (ctx.represented || ctx.vetoOffered) {
    for (let j = 0; j < n; ++j) shown[j] = ctx.shownBase[j];
    if (ctx.represented) {
      if (ctx.userRaises) {
        const r = argmaxWhere(stated, ctx.candidate, ctx.userKnows);
        if (r >= 0) shown[r] = 1;
      }
      if (ctx.advocateRaises) {
        const r = argmaxWhere(stated, ctx.candidate, ctx.advKnows);
        if (r >= 0) shown[r] = 1;
      }
    }
    for (let j = 0; j < n; ++j) ctx.shownCount += shown[j];
  }
  switch (ctx.rule) {
    case RULE.veto: {
      if (ctx.shownCount === 0) return staffChoice(ctx, ctx.wish);
      const pick = argmaxWhere(stated, shown);
      return shown[top] === 0 && ctx.refuses ? REFUSED : pick;
    }
    case RULE.negotiate: {
      if (!ctx.represented || ctx.shownCount === 0) return staffChoice(ctx, ctx.wish);
      // The user's scores on a 0-1 scale (worst to best of all solutions), so
      // the voice weighs the user's ranking, not how noisy their estimates are.
      let lo = Infinity, hi = -Infinity;
      for (let j = 0; j < n; ++j) {
        if (stated[j] < lo) lo = stated[j];
        if (stated[j] > hi) hi = stated[j];
      }
      const scale = hi > lo ? 1 / (hi - lo) : 0;
      let best = NONE;
      let bestScore = -Infinity;
      for (let j = 0; j < n; ++j) {
        if (shown[j] === 0) continue;
        const s = ctx.staff[j] + ctx.voice * (stated[j] - lo) * scale;
        if (s > bestScore) {
          best = j;
          bestScore = s;
        }
      }
      return best;
    }
    case RULE.user:
      if (!ctx.represented || ctx.shownCount === 0) return staffChoice(ctx, ctx.wish);
      return argmaxWhere(stated, shown);
    default:
      return staffChoice(ctx, ctx.wish);
  }
}
