import {describe, expect, it} from "vitest";
import {rng} from "../../../../sim/rng.ts";
import type {DesignSpec} from "../../../../sim/experiment/design/build.ts";
import {buildDesign} from "../../../../sim/experiment/design/build.ts";
import type {Factor} from "../../../../sim/experiment/design/factors.ts";
import {convergenceSizes, designConvergence, designIndices, separationNotes} from "../../../../sim/experiment/sensitivity/designIndices.ts";

// A stochastic toy model: y = 4a + b + noise, with c doing nothing; the noise is drawn per design point
// from the point's own values, as per-point seeds do in the sweep.
const factors: Factor[] = [
  {key: "a", min: 0, max: 1}, {key: "b", min: 0, max: 1}, {key: "c", min: 0, max: 1}, {key: "dummy", min: 0, max: 1, dummy: true}
];
const noisy = (values: Record<string, unknown>) => {
  const noise = rng(JSON.stringify(values))() - 0.5;
  return 4 * (values.a as number) + (values.b as number) + 0.8 * noise;
};

function means(design: DesignSpec, f: Factor[] = factors) {
  const points = buildDesign(design, f, {}, "toy");
  return {points, y: Float64Array.from(points, (p) => noisy(p.values))};
}

describe("design indices", () => {
  it("give each measure's intervals from its own stream: the same whatever the order of the measures", () => {
    const design: DesignSpec = {type: "saltelli", n: 128, secondOrder: false, base: "sobol", dummy: true};
    const {points, y} = means(design);
    const z = y.map((v) => v * v);
    const inOrder = [designIndices(design, factors, points, "first", y, 200, 7), designIndices(design, factors, points, "second", z, 200, 7)];
    const reversed = [designIndices(design, factors, points, "second", z, 200, 7), designIndices(design, factors, points, "first", y, 200, 7)];
    expect(reversed[1]).toEqual(inOrder[0]);
    expect(reversed[0]).toEqual(inOrder[1]);
    // two-sided: the same values under another measure's name get other resamples (same estimates, other bounds)
    const renamed = designIndices(design, factors, points, "second", y, 200, 7);
    expect(renamed.map((r) => r.estimate)).toEqual(inOrder[0].map((r) => r.estimate));
    expect(renamed.map((r) => r.lo)).not.toEqual(inOrder[0].map((r) => r.lo));
  });

  it("hold every index against the dummy's: the parameters that act are above the noise floor, the one that does not is not", () => {
    for (const design of [{type: "saltelli", n: 512, secondOrder: false, base: "sobol", dummy: true}, {type: "morris", r: 60, levels: 4, dummy: true}] as DesignSpec[]) {
      const {points, y} = means(design);
      const rows = designIndices(design, factors, points, "y", y, 300, 1);
      const main = design.type === "saltelli" ? "ST" : "mu*";
      const row = (p: string) => rows.find((r) => r.parameter === p && r.index === main)!;
      const dummy = row("dummy");
      expect(dummy.floor).toBeUndefined();
      expect(dummy.hi).toBeGreaterThan(0); // the noise shows as an effect of the dummy
      for (const p of ["a", "b"]) expect(row(p)).toMatchObject({floor: dummy.hi, aboveFloor: true});
      expect(row("c")).toMatchObject({floor: dummy.hi, aboveFloor: false});
    }
  });

  it("rank Morris parameters by mu*, largest first", () => {
    const design: DesignSpec = {type: "morris", r: 40, levels: 4, dummy: true};
    const {points, y} = means(design);
    const rows = designIndices(design, factors, points, "y", y, 100, 1).filter((r) => r.index === "mu*");
    expect(rows.map((r) => r.rank)).toEqual([1, 2, 3, 4]);
    for (let q = 1; q < rows.length; ++q) expect(rows[q - 1].estimate).toBeGreaterThanOrEqual(rows[q].estimate);
    expect(rows[0].parameter).toBe("a");
  });

  it("converge: indices from the first 32, 64, ... base samples, the last being the design's own indices", () => {
    const design: DesignSpec = {type: "saltelli", n: 300, secondOrder: false, base: "sobol", dummy: true};
    const {points, y} = means(design);
    expect(convergenceSizes(300, 32)).toEqual([32, 64, 128, 256, 300]);
    expect(convergenceSizes(20, 32)).toEqual([20]);
    const rows = designConvergence(design, factors, points, "y", y, 100, 3);
    expect([...new Set(rows.map((r) => r.n))]).toEqual([32, 64, 128, 256, 300]);
    const last = rows.filter((r) => r.n === 300).map(({n: _n, ...r}) => r);
    expect(last).toEqual(designIndices(design, factors, points, "y", y, 100, 3));
    // intervals narrow as samples grow
    const width = (n: number) => rows.filter((r) => r.n === n && r.parameter === "a" && r.index === "ST").map((r) => r.hi - r.lo)[0];
    expect(width(300)).toBeLessThan(width(32));
    // Morris: trajectories from 4 on
    const morris: DesignSpec = {type: "morris", r: 20, levels: 4, dummy: true};
    const m = means(morris);
    expect([...new Set(designConvergence(morris, factors, m.points, "y", m.y, 50, 3).map((r) => r.n))]).toEqual([4, 8, 16, 20]);
  });

  it("note the indices whose intervals are wider than the gap between them, and only those", () => {
    const row = (parameter: string, estimate: number, half: number) => ({measure: "m", parameter, index: "ST" as const, estimate, lo: estimate - half, hi: estimate + half});
    expect(separationNotes([row("a", 0.5, 0.05), row("b", 0.3, 0.05), row("c", 0.1, 0.05)])).toEqual([]);
    const notes = separationNotes([row("a", 0.5, 0.05), row("b", 0.45, 0.05), row("c", 0.1, 0.05)]);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/^note: m ST: 1 of 2 neighbouring pairs .*\(a and b\); more base samples would separate them$/);
  });
});
