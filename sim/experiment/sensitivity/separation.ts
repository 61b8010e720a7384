// Which indices a sample does not yet order: neighbours (by estimate) whose
// intervals are wider than the gap between them. Signed mu and second-order
// terms are left out (they rank nothing). Shared by `summarise --convergence`
// and Explore's convergence chart.

export interface SeparatedRow {
  measure: string;
  parameter: string;
  index: string;
  estimate: number;
  lo: number;
  hi: number;
}

export interface Unsettled {
  measure: string;
  index: string;
  /** Neighbouring parameters, larger estimate first, whose order is not settled. */
  pairs: [string, string][];
  /** Neighbouring pairs in all. */
  of: number;
}

export function unsettledPairs(rows: readonly SeparatedRow[]): Unsettled[] {
  const groups = new Map<string, SeparatedRow[]>();
  for (const r of rows) {
    if (r.index === "mu" || r.index === "S2") continue;
    const key = `${r.measure}\u0000${r.index}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(r);
  }
  const out: Unsettled[] = [];
  for (const group of groups.values()) {
    const sorted = group.filter((r) => Number.isFinite(r.estimate) && Number.isFinite(r.lo) && Number.isFinite(r.hi)).sort((a, b) => b.estimate - a.estimate);
    const pairs: [string, string][] = [];
    for (let q = 0; q + 1 < sorted.length; ++q) {
      const a = sorted[q], b = sorted[q + 1];
      if (Math.max(a.hi - a.lo, b.hi - b.lo) > a.estimate - b.estimate) pairs.push([a.parameter, b.parameter]);
    }
    if (pairs.length) out.push({measure: group[0].measure, index: group[0].index, pairs, of: sorted.length - 1});
  }
  return out;
}
