// A small classification tree (CART: Breiman, Friedman, Olshen & Stone 1984)
// for scenario discovery beside PRIM: binary splits on one input at a time
// that most reduce the Gini impurity of a binary outcome, to a fixed depth.
// Its leaves read as rules ("x1 above 0.6 and x2 at most 0.4"), which is
// what it is for: a second, differently biased description of a region.

import type {PrimData} from "./prim.ts";

export interface TreeOptions {
  /** Deepest level of splits (default 3). */
  maxDepth?: number;
  /** Fewest points in a leaf (default 5). */
  minLeaf?: number;
}

export interface TreeLeaf {
  kind: "leaf";
  n: number;
  k: number;
}

export interface TreeSplit {
  kind: "split";
  n: number;
  k: number;
  /** Input index; points with x <= threshold go left, the others right. */
  column: number;
  threshold: number;
  left: TreeNode;
  right: TreeNode;
}

export type TreeNode = TreeLeaf | TreeSplit;

/** One bound of a rule: x <= value (upper) or x > value (lower). */
export interface RuleCondition {
  column: number;
  /** Lower bound (exclusive) and upper bound (inclusive); null where the rule sets none. */
  above: number | null;
  atMost: number | null;
}

export interface TreeRule {
  conditions: RuleCondition[];
  n: number;
  k: number;
}

const gini = (k: number, n: number) => (n === 0 ? 0 : 2 * (k / n) * (1 - k / n));

/** The best split of a node's points: the largest drop in weighted Gini impurity; the first such in column then value order. */
function bestSplit(x: readonly ArrayLike<number>[], y: Uint8Array, points: Int32Array, minLeaf: number): {column: number; threshold: number} | null {
  const n = points.length;
  let k = 0;
  for (const i of points) k += y[i];
  const parent = gini(k, n) * n;
  let best: {column: number; threshold: number} | null = null, bestImpurity = parent;
  x.forEach((col, j) => {
    const order = Array.from(points).sort((a, b) => col[a] - col[b]);
    let kl = 0;
    for (let t = 0; t < n - 1; ++t) {
      kl += y[order[t]];
      const v = col[order[t]], next = col[order[t + 1]];
      if (v === next || t + 1 < minLeaf || n - t - 1 < minLeaf) continue;
      const impurity = gini(kl, t + 1) * (t + 1) + gini(k - kl, n - t - 1) * (n - t - 1);
      // a split must reduce impurity by more than rounding
      if (impurity < bestImpurity - 1e-12) {
        bestImpurity = impurity;
        best = {column: j, threshold: (v + next) / 2};
      }
    }
  });
  return best;
}

/** Grows a tree on numeric inputs and a binary outcome. */
export function classificationTree(data: PrimData, options: TreeOptions = {}): TreeNode {
  const maxDepth = options.maxDepth ?? 3, minLeaf = Math.max(1, options.minLeaf ?? 5);
  const n = data.y.length;
  if (data.columns.length !== data.x.length || data.x.some((c) => c.length !== n)) throw new Error("invalid tree data: every column needs one value per outcome");
  const y = Uint8Array.from(data.y as ArrayLike<number>, (v) => (v ? 1 : 0));
  const grow = (points: Int32Array, depth: number): TreeNode => {
    let k = 0;
    for (const i of points) k += y[i];
    const leaf: TreeLeaf = {kind: "leaf", n: points.length, k};
    if (depth >= maxDepth || k === 0 || k === points.length || points.length < 2 * minLeaf) return leaf;
    const split = bestSplit(data.x, y, points, minLeaf);
    if (!split) return leaf;
    const col = data.x[split.column];
    return {
      kind: "split", n: points.length, k, ...split,
      left: grow(points.filter((i) => col[i] <= split.threshold), depth + 1),
      right: grow(points.filter((i) => col[i] > split.threshold), depth + 1)
    };
  };
  return grow(Int32Array.from({length: n}, (_, i) => i), 0);
}

/** The rule of every leaf (bounds on one input merged into one interval), left to right. */
export function treeRules(node: TreeNode): TreeRule[] {
  const out: TreeRule[] = [];
  const walk = (t: TreeNode, conds: RuleCondition[]) => {
    if (t.kind === "leaf") { out.push({conditions: conds, n: t.n, k: t.k}); return; }
    const narrow = (side: "above" | "atMost"): RuleCondition[] => {
      const prev = conds.find((c) => c.column === t.column);
      const c: RuleCondition = prev ? {...prev} : {column: t.column, above: null, atMost: null};
      c[side] = t.threshold;
      return [...conds.filter((x) => x.column !== t.column), c].sort((a, b) => a.column - b.column);
    };
    walk(t.left, narrow("atMost"));
    walk(t.right, narrow("above"));
  };
  walk(node, []);
  return out;
}

/** Whether a point (its inputs by column) meets a rule. */
export function meetsRule(rule: TreeRule, point: ArrayLike<number>): boolean {
  return rule.conditions.every((c) => (c.above === null || point[c.column] > c.above) && (c.atMost === null || point[c.column] <= c.atMost));
}
