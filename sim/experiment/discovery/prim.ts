// PRIM, the patient rule induction method (Friedman & Fisher 1999), as
// scenario discovery uses it (Bryant & Lempert 2010): find a box in the
// space of uncertain inputs where a binary outcome is dense. The rules follow
// EMA Workbench 3.0.0's Prim step for step (peeling, then pasting, the
// lenient1 objective, its quantile and tie rules, box_init from the data,
// mass_min, quasi-p values), so its trajectories can serve as the reference
// (test/sim/experiment/discovery/prim.test.ts). Numeric inputs only, each
// handled as EMA handles a float column (its peel for integer-typed and
// categorical columns is not ported: integer parameters are peeled as reals).

import {binomialUpperTail} from "./binomialTail.ts";

export interface PrimOptions {
  /** Share of the box's points peeled off one side per step (EMA default 0.05). */
  peelAlpha?: number;
  /** Share of points a paste adds (EMA default 0.05). */
  pasteAlpha?: number;
  /** Smallest box, as a share of all points (EMA default 0.05). */
  massMin?: number;
}

export interface PrimData {
  /** Input names, in column order (the order candidates are tried in). */
  columns: readonly string[];
  /** Column-major inputs: x[j][i] is input j of point i. */
  x: readonly ArrayLike<number>[];
  /** The outcome of each point: 1 (or true) for a case of interest. */
  y: ArrayLike<number | boolean>;
}

export type Limits = [number, number][];

export interface PrimStep {
  id: number;
  phase: "init" | "peel" | "paste";
  /** Points in the box, and cases of interest among them. */
  n: number;
  k: number;
  /** k over all cases of interest in the data (also for later boxes). */
  coverage: number;
  /** k / n. */
  density: number;
  /** n over all points in the data. */
  mass: number;
  /** Inputs whose limits differ from the data's range, in column order. */
  restricted: string[];
  /** [lower, upper] per input, in column order. */
  limits: Limits;
  /**
   * Per restricted input, the one-sided binomial p of [lower, upper]: how
   * likely the box's density would be if that limit were dropped; -1 for an
   * unrestricted side.
   */
  quasiP: Record<string, [number, number]>;
  /** Not dominated on (coverage, density) by another step of this box's trajectory. */
  paretoEfficient: boolean;
}

export interface PrimBox {
  trajectory: PrimStep[];
  /** Number of peeling steps and pasting steps taken. */
  peels: number;
  pastes: number;
  /** The points considered (those outside earlier boxes). */
  considered: number;
  /** Their indices. */
  pool: Int32Array;
  /** Indices of the points in the final box. */
  indices: Int32Array;
}

/**
 * The quantile of sorted values as sdtoolkit and EMA take it: the midpoint of
 * the values around (n - 1) q, widened past ties (downward above the median,
 * upward below it) so that a limit never falls on a tied value.
 */
export function primQuantile(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length, i = (n - 1) * q;
  let lo = Math.floor(i), hi = Math.ceil(i);
  if (q > 0.5) while (sorted[lo] === sorted[hi] && lo > 0) --lo;
  else while (sorted[lo] === sorted[hi] && hi < n - 1) ++hi;
  return (sorted[lo] + sorted[hi]) / 2;
}

/** EMA's lenient1 objective: the gain in mean per point removed (or added); 0 when the mean does not change. */
function lenient1(kOld: number, nOld: number, kNew: number, nNew: number): number {
  const meanOld = kOld / nOld, meanNew = nNew > 0 ? kNew / nNew : 0;
  if (meanOld === meanNew) return 0;
  return (meanNew - meanOld) / Math.abs(nOld - nNew);
}

/** Indices (in `from` order) of points within `limits` on the inputs `dims` (inclusive). */
export function inBox(x: readonly ArrayLike<number>[], from: ArrayLike<number>, limits: Limits, dims: readonly number[]): Int32Array {
  const out = new Int32Array(from.length);
  let m = 0;
  for (let t = 0; t < from.length; ++t) {
    const i = from[t];
    let inside = true;
    for (const j of dims) {
      const v = x[j][i];
      if (!(limits[j][0] <= v && v <= limits[j][1])) { inside = false; break; }
    }
    if (inside) out[m++] = i;
  }
  return out.slice(0, m);
}

function sortedValues(column: ArrayLike<number>, indices: ArrayLike<number>): Float64Array {
  const v = new Float64Array(indices.length);
  for (let t = 0; t < indices.length; ++t) v[t] = column[indices[t]];
  return v.sort();
}

/**
 * Quasi-p values of a box's restrictions (Bryant & Lempert 2010), per input
 * in `dims` as [lower, upper]: the one-sided binomial p of the box's k cases
 * of interest among its n points, were the density that of the box with that
 * one limit reset to the data's range (on the points `pool`); -1 for a side
 * not restricted.
 */
export function quasiPValues(x: readonly ArrayLike<number>[], y: ArrayLike<number>, pool: Int32Array, limits: Limits, boxInit: Limits, dims: readonly number[]): [number, number][] {
  const count = (pts: ArrayLike<number>) => {
    let k = 0;
    for (let t = 0; t < pts.length; ++t) k += y[pts[t]];
    return k;
  };
  const inside = inBox(x, pool, limits, dims), n = inside.length, k = count(inside);
  return dims.map((j) => {
    const qp: [number, number] = [-1, -1];
    for (const side of [0, 1] as const) {
      if (limits[j][side] === boxInit[j][side]) continue;
      const wider = limits.map((l) => [l[0], l[1]] as [number, number]);
      wider[j][side] = boxInit[j][side];
      const pts = inBox(x, pool, wider, dims);
      qp[side] = binomialUpperTail(k, n, count(pts) / pts.length);
    }
    return qp;
  });
}

interface Candidate {
  obj: number;
  free: number;
  limits: Limits;
  indices: Int32Array;
}

/** The best candidate: highest objective, then most unrestricted inputs; the first such in candidate order (a stable sort, as EMA's). */
function best(candidates: readonly Candidate[]): Candidate {
  let b = candidates[0];
  for (const c of candidates) if (c.obj > b.obj || (c.obj === b.obj && c.free > b.free)) b = c;
  return b;
}

/** Non-dominated steps on (coverage, density): no other step at least as good on both and better on one. */
export function paretoFlags(points: readonly {coverage: number; density: number}[]): boolean[] {
  return points.map((p) => !points.some((q) => q.coverage >= p.coverage && q.density >= p.density && (q.coverage > p.coverage || q.density > p.density)));
}

/**
 * One PRIM analysis: call findBox() repeatedly; each box is searched over the
 * points outside the boxes found before it (EMA's default update).
 */
export class Prim {
  readonly columns: readonly string[];
  readonly boxInit: Limits;
  private readonly x: readonly ArrayLike<number>[];
  private readonly y: Uint8Array;
  private readonly total: number;
  private readonly positives: number;
  private readonly peelAlpha: number;
  private readonly pasteAlpha: number;
  private readonly massMin: number;
  private remaining: Int32Array;
  readonly boxes: PrimBox[] = [];

  constructor(data: PrimData, options: PrimOptions = {}) {
    const n = data.y.length;
    if (data.columns.length !== data.x.length) throw new Error(`invalid PRIM data: ${data.columns.length} names for ${data.x.length} columns`);
    if (n === 0) throw new Error("invalid PRIM data: no points");
    data.x.forEach((c, j) => {
      if (c.length !== n) throw new Error(`invalid PRIM data: column ${data.columns[j]} has ${c.length} values for ${n} outcomes`);
      for (let i = 0; i < n; ++i) if (!Number.isFinite(c[i])) throw new Error(`invalid PRIM data: column ${data.columns[j]} has a non-finite value at point ${i}`);
    });
    this.columns = data.columns;
    this.x = data.x;
    this.y = Uint8Array.from(data.y as ArrayLike<number>, (v) => (v ? 1 : 0));
    this.total = n;
    this.positives = this.y.reduce((s, v) => s + v, 0);
    this.peelAlpha = options.peelAlpha ?? 0.05;
    this.pasteAlpha = options.pasteAlpha ?? 0.05;
    this.massMin = options.massMin ?? 0.05;
    // The initial box is the data's own range, not a declared one (as EMA's box_init).
    this.boxInit = data.x.map((c) => {
      let lo = Infinity, hi = -Infinity;
      for (let i = 0; i < n; ++i) { lo = Math.min(lo, c[i]); hi = Math.max(hi, c[i]); }
      return [lo, hi] as [number, number];
    });
    this.remaining = Int32Array.from({length: n}, (_, i) => i);
  }

  private restrictedOf(limits: Limits): number[] {
    const out: number[] = [];
    limits.forEach(([lo, hi], j) => { if (lo !== this.boxInit[j][0] || hi !== this.boxInit[j][1]) out.push(j); });
    return out;
  }

  private count(indices: ArrayLike<number>): number {
    let k = 0;
    for (let t = 0; t < indices.length; ++t) k += this.y[indices[t]];
    return k;
  }

  private step(id: number, phase: PrimStep["phase"], limits: Limits, indices: Int32Array): PrimStep {
    const n = indices.length, k = this.count(indices), dims = this.restrictedOf(limits);
    const qps = quasiPValues(this.x, this.y, this.remaining, limits, this.boxInit, dims);
    const quasiP: Record<string, [number, number]> = {};
    dims.forEach((j, t) => { quasiP[this.columns[j]] = qps[t]; });
    return {
      id, phase, n, k, coverage: k / Math.max(this.positives, 1), density: k / n, mass: n / this.total,
      restricted: dims.map((j) => this.columns[j]), limits, quasiP, paretoEfficient: false
    };
  }

  private peelCandidates(limits: Limits, indices: Int32Array): Candidate[] {
    const k = this.count(indices), out: Candidate[] = [];
    this.x.forEach((col, j) => {
      const sorted = sortedValues(col, indices);
      // upper before lower, as EMA tries them
      for (const side of [1, 0] as const) {
        const q = primQuantile(sorted, side === 1 ? 1 - this.peelAlpha : this.peelAlpha);
        const kept = new Int32Array(indices.length);
        let m = 0;
        for (let t = 0; t < indices.length; ++t) {
          const v = col[indices[t]];
          if (side === 1 ? v <= q : v >= q) kept[m++] = indices[t];
        }
        const next = limits.map((l) => [l[0], l[1]] as [number, number]);
        next[j][side] = q;
        const ind = kept.slice(0, m);
        out.push({obj: lenient1(k, indices.length, this.count(ind), m), free: this.columns.length - this.restrictedOf(next).length, limits: next, indices: ind});
      }
    });
    return out;
  }

  private pasteCandidates(limits: Limits, indices: Int32Array): Candidate[] {
    const dims = this.restrictedOf(limits), k = this.count(indices), out: Candidate[] = [];
    for (const j of dims) {
      const [min, max] = this.boxInit[j];
      for (const side of [0, 1] as const) {
        // The strip between the box's limit and the data's edge, within the other limits.
        const strip = limits.map((l) => [l[0], l[1]] as [number, number]);
        strip[j] = side === 0 ? [min, limits[j][0]] : [limits[j][1], max];
        const pts = inBox(this.x, this.remaining, strip, dims);
        let value = side === 0 ? min : max;
        if (pts.length > 0) value = primQuantile(sortedValues(this.x[j], pts), side === 0 ? 1 - this.pasteAlpha : this.pasteAlpha);
        const next = limits.map((l) => [l[0], l[1]] as [number, number]);
        next[j][side] = value;
        const ind = inBox(this.x, this.remaining, next, dims);
        out.push({obj: lenient1(k, indices.length, this.count(ind), ind.length), free: this.columns.length - this.restrictedOf(next).length, limits: next, indices: ind});
      }
    }
    return out;
  }

  /** The next box: peel, then paste, from the range of the points outside earlier boxes. Null when no points remain. */
  findBox(): PrimBox | null {
    const done = new Uint8Array(this.total);
    for (const b of this.boxes) for (const i of b.indices) done[i] = 1;
    this.remaining = this.remaining.filter((i) => !done[i]);
    if (this.remaining.length === 0) return null;
    let limits: Limits = this.boxInit.map((l) => [l[0], l[1]] as [number, number]);
    let indices = this.remaining;
    const trajectory = [this.step(0, "init", limits, indices)];
    let peels = 0, pastes = 0;
    for (;;) {
      const c = best(this.peelCandidates(limits, indices));
      const massNew = c.indices.length / this.total, massOld = indices.length / this.total;
      if (!(massNew >= this.massMin && massNew < massOld && c.obj > 0)) break;
      limits = c.limits;
      indices = c.indices;
      trajectory.push(this.step(trajectory.length, "peel", limits, indices));
      ++peels;
    }
    for (;;) {
      const candidates = this.pasteCandidates(limits, indices);
      if (candidates.length === 0) break;
      const c = best(candidates);
      const massNew = c.indices.length / this.total, massOld = indices.length / this.total;
      const kOld = this.count(indices), kNew = this.count(c.indices);
      if (!(massNew >= this.massMin && massNew > massOld && c.obj > 0 && kNew / c.indices.length > kOld / indices.length)) break;
      limits = c.limits;
      indices = c.indices;
      trajectory.push(this.step(trajectory.length, "paste", limits, indices));
      ++pastes;
    }
    paretoFlags(trajectory).forEach((f, t) => { trajectory[t].paretoEfficient = f; });
    const box: PrimBox = {trajectory, peels, pastes, considered: this.remaining.length, pool: this.remaining, indices};
    this.boxes.push(box);
    return box;
  }
}

/** The last step whose density is at least the threshold (null when none is). */
export function lastStepMeeting(box: PrimBox, threshold: number): PrimStep | null {
  for (let t = box.trajectory.length - 1; t >= 0; --t) if (box.trajectory[t].density >= threshold) return box.trajectory[t];
  return null;
}

/** Of the steps with density at least the threshold, the one of highest coverage (ties: higher density, then earlier). */
export function maxCoverageStepMeeting(box: PrimBox, threshold: number): PrimStep | null {
  let b: PrimStep | null = null;
  for (const s of box.trajectory) {
    if (s.density < threshold) continue;
    if (!b || s.coverage > b.coverage || (s.coverage === b.coverage && s.density > b.density)) b = s;
  }
  return b;
}
