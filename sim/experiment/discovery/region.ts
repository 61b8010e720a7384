// Scenario discovery on one binary outcome over sampled inputs: PRIM boxes
// (a step chosen on the coverage/density trade-off, restrictions that are
// not significant dropped) and the positive leaves of a classification tree,
// each as a region of bounds on named inputs with its counts. Wording is the
// interface's job (viz/discovery.ts).

import {Prim, inBox, quasiPValues, type Limits, type PrimBox, type PrimStep} from "./prim.ts";
import {classificationTree, treeRules} from "./tree.ts";

/** One bound of a region on an input: lower and upper values (null: none), inclusive or not. */
export interface RegionBound {
  column: number;
  lower: number | null;
  lowerInclusive: boolean;
  upper: number | null;
  upperInclusive: boolean;
}

export interface Region {
  source: "prim" | "tree";
  bounds: RegionBound[];
  /** Points in the region, and points of interest among them. */
  n: number;
  k: number;
  coverage: number;
  density: number;
}

/** A PRIM box as reported: the step chosen on its trajectory and the trade-off it was chosen on. */
export interface PrimRegion extends Region {
  source: "prim";
  /** 1 for the first box, 2 for the box over the points outside it, ... */
  box: number;
  /** The trajectory step chosen; whether it meets the density threshold, and whether the region (after dropping) does. */
  step: number;
  stepMeetsThreshold: boolean;
  meetsThreshold: boolean;
  /** Inputs restricted at that step but dropped as not significant (quasi-p above alpha on a side), in the order dropped. */
  dropped: number[];
  /** The whole trade-off of the box: coverage, density and restricted inputs per step. */
  tradeOff: {id: number; phase: PrimStep["phase"]; coverage: number; density: number; restricted: number; paretoEfficient: boolean}[];
}

export interface DiscoveryOptions {
  /** Density a PRIM step must reach to be chosen (highest coverage among those that do; default 0.8; see chooseStep). */
  densityThreshold?: number;
  /** A restriction is dropped when its quasi-p exceeds this on a side (default 0.05). */
  significance?: number;
  /** Most boxes to look for (default 2); a later box is kept only if it meets the threshold. */
  maxBoxes?: number;
  /** Most inputs a reported box restricts (default 4): the step is chosen among those restricting no more. */
  maxRestricted?: number;
  /** Tree depth (default 3). */
  treeDepth?: number;
  /** Smallest box and leaf, as a share of the points (default 0.05, EMA's mass_min). */
  massMin?: number;
}

export interface Discovery {
  points: number;
  /** Points of interest. */
  positives: number;
  boxes: PrimRegion[];
  /** Positive leaves of the tree (more points of interest than not), most points of interest first. */
  rules: Region[];
}

function boundsOfLimits(limits: Limits, init: Limits, dims: readonly number[]): RegionBound[] {
  return dims.map((j) => ({
    column: j,
    lower: limits[j][0] !== init[j][0] ? limits[j][0] : null, lowerInclusive: true,
    upper: limits[j][1] !== init[j][1] ? limits[j][1] : null, upperInclusive: true
  }));
}

/**
 * The step of a box's trajectory to report: of the steps restricting at most
 * `maxRestricted` inputs (a region a reader can take in), the highest
 * coverage at density `threshold` or more (ties: higher density, then
 * earlier); when none reaches it, the densest such step (ties: higher
 * coverage). On few draws of many inputs the later steps peel noise, so the
 * trajectory's last box is rarely the one to read.
 */
export function chooseStep(box: PrimBox, threshold: number, maxRestricted: number): PrimStep {
  const readable = box.trajectory.filter((s) => s.restricted.length <= maxRestricted);
  let best: PrimStep | null = null;
  for (const s of readable) {
    if (s.density < threshold) continue;
    if (!best || s.coverage > best.coverage || (s.coverage === best.coverage && s.density > best.density)) best = s;
  }
  if (best) return best;
  for (const s of readable) if (!best || s.density > best.density || (s.density === best.density && s.coverage > best.coverage)) best = s;
  return best!;
}

/**
 * The box as reported, or null when no restriction survives (a box of the
 * whole range says nothing). Restrictions that are not significant are
 * dropped one at a time, the least significant first, the quasi-p values of
 * the others recomputed after each (a backward elimination built on EMA's
 * drop_restriction): a restriction that only matters jointly with another
 * is kept.
 */
function primRegion(prim: Prim, box: PrimBox, number: number, y: Uint8Array, x: readonly ArrayLike<number>[], positives: number, o: Required<DiscoveryOptions>): PrimRegion | null {
  const chosen = chooseStep(box, o.densityThreshold, o.maxRestricted);
  let kept = chosen.restricted.map((c) => prim.columns.indexOf(c));
  const limits = chosen.limits.map((l) => [l[0], l[1]] as [number, number]);
  const dropped: number[] = [];
  while (kept.length > 0) {
    const qp = quasiPValues(x, y, box.pool, limits, prim.boxInit, kept);
    const worst = qp.reduce((w, p, t) => (Math.max(...p) > Math.max(...qp[w]) ? t : w), 0);
    if (!(Math.max(...qp[worst]) > o.significance)) break;
    const j = kept[worst];
    limits[j] = [prim.boxInit[j][0], prim.boxInit[j][1]];
    dropped.push(j);
    kept = kept.filter((c) => c !== j);
  }
  if (kept.length === 0) return null;
  const inside = inBox(x, box.pool, limits, kept);
  let k = 0;
  for (const i of inside) k += y[i];
  const density = k / inside.length;
  return {
    source: "prim", box: number, step: chosen.id, stepMeetsThreshold: chosen.density >= o.densityThreshold, meetsThreshold: density >= o.densityThreshold, dropped,
    bounds: boundsOfLimits(limits, prim.boxInit, kept), n: inside.length, k, coverage: k / Math.max(positives, 1), density,
    tradeOff: box.trajectory.map((s) => ({id: s.id, phase: s.phase, coverage: s.coverage, density: s.density, restricted: s.restricted.length, paretoEfficient: s.paretoEfficient}))
  };
}

/** PRIM boxes and tree rules for where `y` is 1 over the inputs `x` (column-major). */
export function discover(columns: readonly string[], x: readonly ArrayLike<number>[], yIn: ArrayLike<number | boolean>, options: DiscoveryOptions = {}): Discovery {
  const o: Required<DiscoveryOptions> = {densityThreshold: 0.8, significance: 0.05, maxBoxes: 2, maxRestricted: 4, treeDepth: 3, massMin: 0.05, ...options};
  const y = Uint8Array.from(yIn as ArrayLike<number>, (v) => (v ? 1 : 0));
  const positives = y.reduce((s, v) => s + v, 0);
  const out: Discovery = {points: y.length, positives, boxes: [], rules: []};
  if (positives === 0 || positives === y.length) return out;
  const prim = new Prim({columns, x, y}, {massMin: o.massMin});
  for (let b = 1; b <= o.maxBoxes; ++b) {
    const box = prim.findBox();
    if (!box) break;
    const region = primRegion(prim, box, b, y, x, positives, o);
    if (!region || (b > 1 && !region.meetsThreshold)) break;
    out.boxes.push(region);
  }
  // leaves no smaller than PRIM's smallest box, and never of a handful of points
  const minLeaf = Math.max(5, Math.ceil(o.massMin * y.length));
  out.rules = treeRules(classificationTree({columns, x, y}, {maxDepth: o.treeDepth, minLeaf}))
    .filter((r) => r.k > r.n / 2)
    .sort((a, b) => b.k - a.k)
    .map((r) => ({
      source: "tree", n: r.n, k: r.k, coverage: r.k / positives, density: r.k / r.n,
      bounds: r.conditions.map((c) => ({column: c.column, lower: c.above, lowerInclusive: false, upper: c.atMost, upperInclusive: true}))
    }));
  return out;
}
