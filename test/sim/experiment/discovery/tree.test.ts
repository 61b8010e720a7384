// The classification tree and PRIM on data with known regions, drawn with the
// project's seeded generator: both must find the region that made the outcome.
import {describe, expect, it} from "vitest";
import {classificationTree, meetsRule, treeRules} from "../../../../sim/experiment/discovery/tree.ts";
import {Prim} from "../../../../sim/experiment/discovery/prim.ts";
import {rng} from "../../../../sim/rng.ts";

/** n points uniform on [0, 1)^d, column-major, and y from a rule, with a share of labels flipped. */
function known(seed: string, n: number, d: number, rule: (p: number[]) => boolean, flip = 0) {
  const random = rng(seed);
  const x = Array.from({length: d}, () => new Float64Array(n));
  const y = new Uint8Array(n);
  for (let i = 0; i < n; ++i) {
    const p = x.map((c) => (c[i] = random()));
    y[i] = Number(rule(p) !== random() < flip);
  }
  return {columns: Array.from({length: d}, (_, j) => `x${j + 1}`), x, y};
}

const pointOf = (x: Float64Array[], i: number) => x.map((c) => c[i]);

describe("classificationTree", () => {
  it("separates a noiseless box exactly at depth 2, on the two inputs that define it", () => {
    const data = known("tree-box", 600, 4, (p) => p[0] > 0.6 && p[1] <= 0.4);
    const rules = treeRules(classificationTree(data, {maxDepth: 2}));
    const positives = data.y.reduce((s, v) => s + v, 0);
    const pos = rules.filter((r) => r.k > r.n / 2);
    expect(pos.length).toBe(1);
    const [r] = pos;
    expect([r.n, r.k]).toEqual([positives, positives]);
    expect(rules.filter((q) => q !== r).every((q) => q.k === 0)).toBe(true);
    expect(r.conditions.map((c) => c.column)).toEqual([0, 1]);
    expect(r.conditions[0].above).toBeGreaterThan(0.58);
    expect(r.conditions[0].above).toBeLessThan(0.62);
    expect(r.conditions[1].atMost).toBeGreaterThan(0.38);
    expect(r.conditions[1].atMost).toBeLessThan(0.42);
    expect([r.conditions[0].atMost, r.conditions[1].above]).toEqual([null, null]);
    // the rule's counts are those of the points that meet it
    let n = 0, k = 0;
    for (let i = 0; i < data.y.length; ++i) if (meetsRule(r, pointOf(data.x, i))) { ++n; k += data.y[i]; }
    expect([n, k]).toEqual([r.n, r.k]);
  });

  it("finds a box under 5% label noise within 0.05 of its true edges", () => {
    const data = known("tree-noisy", 1000, 3, (p) => p[0] > 0.6 && p[1] <= 0.4, 0.05);
    const pos = treeRules(classificationTree(data, {maxDepth: 2, minLeaf: 10})).filter((r) => r.k > r.n / 2);
    expect(pos.length).toBe(1);
    const c = Object.fromEntries(pos[0].conditions.map((x) => [x.column, x]));
    expect(Math.abs(c[0].above! - 0.6)).toBeLessThan(0.05);
    expect(Math.abs(c[1].atMost! - 0.4)).toBeLessThan(0.05);
    expect(c[2]).toBeUndefined();
  });

  it("covers a union of two regions with positive leaves at depth 3", () => {
    const data = known("tree-union", 1500, 4, (p) => p[2] < 0.3 || (p[0] > 0.8 && p[3] > 0.5));
    const pos = treeRules(classificationTree(data, {maxDepth: 3})).filter((r) => r.k > r.n / 2);
    const covered = pos.reduce((s, r) => s + r.k, 0), positives = data.y.reduce((s, v) => s + v, 0);
    expect(covered / positives).toBeGreaterThan(0.95);
    expect(pos.some((r) => r.conditions.some((c) => c.column === 2 && c.atMost !== null && Math.abs(c.atMost - 0.3) < 0.02))).toBe(true);
    expect(pos.some((r) => r.conditions.some((c) => c.column === 0 && c.above !== null && Math.abs(c.above - 0.8) < 0.02))).toBe(true);
  });

  it("stops at depth 0, at pure nodes and at the leaf size", () => {
    const data = known("tree-stop", 100, 2, (p) => p[0] > 0.5);
    expect(classificationTree(data, {maxDepth: 0}).kind).toBe("leaf");
    const pure = known("tree-pure", 50, 2, () => true);
    expect(classificationTree(pure).kind).toBe("leaf");
    const rules = treeRules(classificationTree(data, {maxDepth: 5, minLeaf: 30}));
    expect(rules.every((r) => r.n >= 30)).toBe(true);
  });
});

describe("PRIM on a known box", () => {
  it("restricts the two defining inputs near their true edges and leaves the others free", () => {
    const data = known("prim-box", 1500, 4, (p) => p[0] > 0.6 && p[1] <= 0.4, 0.05);
    const box = new Prim(data).findBox()!;
    const last = box.trajectory.at(-1)!;
    expect(last.restricted.slice(0, 2)).toEqual(["x1", "x2"]);
    expect(Math.abs(last.limits[0][0] - 0.6)).toBeLessThan(0.05);
    expect(Math.abs(last.limits[1][1] - 0.4)).toBeLessThan(0.05);
    for (const j of [2, 3]) expect(last.limits[j][1] - last.limits[j][0]).toBeGreaterThan(0.9);
    expect(last.density).toBeGreaterThan(0.9);
    expect(last.coverage).toBeGreaterThan(0.6);
  });
});
