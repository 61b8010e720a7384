// A design point: the values of the varied parameters, an id (its position in
// the design) and, for sensitivity designs, its place in the sample.

import type {Factor, Value} from "./factors.ts";

export interface DesignPoint {
  /** Position in the design, 0-based; rows carry it as `point`. */
  id: number;
  /** Value of every varied parameter, by key. */
  values: Record<string, Value>;
  /** Saltelli: base sample j, matrix and (for AB/BA) the factor index taken from the other matrix. */
  sample?: {j: number; matrix: "A" | "B" | "AB" | "BA"; factor?: number};
  /** Morris: trajectory, and for every step after the first the factor moved and its move in grid units of the unit interval. */
  move?: {trajectory: number; factor: number; delta: number};
}

/**
 * The point's key: the varied values by parameter key. Run seeds derive from
 * it (never from the id), so adding a value to one parameter leaves every
 * other point's runs unchanged.
 */
export function pointKey(factors: readonly Factor[], values: Record<string, Value>): string {
  return factors.map((f) => `${f.key}=${String(values[f.key])}`).join(";");
}

/**
 * A design whose points are made by index: a large design is planned once
 * (at most a compact table of numbers) and its points are made as they are
 * needed, never all held as objects.
 */
export interface Design {
  /** Number of points. */
  readonly size: number;
  /** Point `id` (0 <= id < size): the same point on every call. */
  point(id: number): DesignPoint;
}

/** Every point of a design, in order: for small designs only (tests, notebooks, indices on per-point means). */
export function allPoints(design: Design): DesignPoint[] {
  const out: DesignPoint[] = new Array(design.size);
  for (let id = 0; id < design.size; ++id) out[id] = design.point(id);
  return out;
}
