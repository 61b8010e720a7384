// Dominance among options with one benefit (higher is better) and any number
// of costs (lower is better): an option is dominated when another is at least
// as good on the benefit and no worse on every cost, and strictly better on
// one of them. Judging on every cost keeps an option whose cost is paid
// outside the staff (an external advocate) from looking free.

export interface DominancePoint {
  effect: number;
  costs: readonly number[];
}

/** Whether q dominates p. */
export function dominates(q: DominancePoint, p: DominancePoint): boolean {
  if (q.costs.length !== p.costs.length) throw new Error(`invalid dominance points: ${q.costs.length} and ${p.costs.length} costs (allowed: the same number)`);
  if (q.effect < p.effect || q.costs.some((c, k) => c > p.costs[k])) return false;
  return q.effect > p.effect || q.costs.some((c, k) => c < p.costs[k]);
}

/** Whether each point is dominated by another. */
export function dominated(points: readonly DominancePoint[]): boolean[] {
  return points.map((p, i) => points.some((q, j) => j !== i && dominates(q, p)));
}
