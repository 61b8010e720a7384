// Time to decision with censoring (Kaplan–Meier). A case decided after d
// weeks is an event at d; a case lost (the user gave up) or still waiting at
// the horizon is censored at the time it was last seen waiting. Times are
// whole weeks from the arrival week (0 = decided in the week it arrived).

export interface Survival {
  /** Kaplan–Meier median time to decision; NaN when the curve never falls to 0.5 (or no cases). */
  median: number;
  /** Kaplan–Meier share decided within 4 and within 12 weeks (time <= k); NaN without cases. */
  within4: number;
  within12: number;
}

/**
 * Kaplan–Meier over n cases: time[i] in weeks, event[i] 1 when decided, 0
 * when censored. Allocation: one index array.
 */
export function kaplanMeier(time: ArrayLike<number>, event: ArrayLike<number>, n: number): Survival {
  if (n === 0) return {median: NaN, within4: NaN, within12: NaN};
  const order = Array.from({length: n}, (_, i) => i).sort((a, b) => time[a] - time[b] || event[b] - event[a]);
  let atRisk = n, s = 1, median = NaN, s4 = 1, s12 = 1;
  for (let k = 0; k < n;) {
    const t = time[order[k]];
    let events = 0, leaving = 0;
    while (k < n && time[order[k]] === t) { events += event[order[k]]; ++leaving; ++k; }
    if (events > 0) s *= 1 - events / atRisk;
    atRisk -= leaving;
    if (Number.isNaN(median) && s <= 0.5) median = t;
    if (t <= 4) s4 = s;
    if (t <= 12) s12 = s;
  }
  return {median, within4: 1 - s4, within12: 1 - s12};
}
