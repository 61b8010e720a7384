// The exact hypervolume of a two-objective front (both minimised): the area
// dominated by the front and bounded by a reference point, summed as a
// staircase. Used to judge how close a search came to the true front.

/**
 * Area dominated by `points` within the box up to `reference`. Points that do
 * not strictly dominate the reference add nothing; dominated points and
 * duplicates are skipped by the sweep.
 */
export function hypervolume2d(points: readonly (readonly [number, number] | ArrayLike<number>)[], reference: readonly [number, number]): number {
  const [r1, r2] = reference;
  const inside = points.filter((p) => p[0] < r1 && p[1] < r2).map((p) => [p[0], p[1]] as const);
  inside.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let area = 0, floor = r2;
  for (const [f1, f2] of inside) {
    if (f2 >= floor) continue;
    area += (r1 - f1) * (floor - f2);
    floor = f2;
  }
  return area;
}
