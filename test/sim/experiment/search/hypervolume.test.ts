// The exact 2-D hypervolume against the reference values
// (fixtures/nsga2-pymoo-reference.json: exact staircase sums that equal
// pymoo's HV, and pymoo's HV of each NSGA-II run's final front).
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {hypervolume2d} from "../../../../sim/experiment/search/hypervolume.ts";

interface RefProblem { front_101: [number, number][]; hypervolume_true_front: number; hypervolume_101pt_front: number; nsga2_runs: {seed: number; hypervolume: number; final_nondominated_F: [number, number][]}[] }
const ref = JSON.parse(readFileSync(new URL("../fixtures/nsga2-pymoo-reference.json", import.meta.url), "utf8")) as {reference_point: [number, number]; problems: Record<string, RefProblem>};

describe("hypervolume2d", () => {
  for (const [name, p] of Object.entries(ref.problems)) {
    it(`${name}: the 101-point front's hypervolume within 1e-12`, () => {
      expect(Math.abs(hypervolume2d(p.front_101, ref.reference_point) - p.hypervolume_101pt_front)).toBeLessThanOrEqual(1e-12);
    });
    it(`${name}: each pymoo run's hypervolume from its final front within 1e-12`, () => {
      expect(p.nsga2_runs.length).toBeGreaterThan(0);
      for (const r of p.nsga2_runs) expect(Math.abs(hypervolume2d(r.final_nondominated_F, ref.reference_point) - r.hypervolume), `seed ${r.seed}`).toBeLessThanOrEqual(1e-12);
    });
  }

  it("is the sum of rectangles on a small case; dominated, duplicate and outside points add nothing; order does not matter", () => {
    const pts: [number, number][] = [[1, 3], [2, 2], [3, 1]];
    expect(hypervolume2d(pts, [4, 4])).toBe(3 + 2 + 1);
    expect(hypervolume2d([...pts, [2.5, 2.5], [2, 2], [5, 0], [0, 4]], [4, 4])).toBe(6);
    expect(hypervolume2d([[3, 1], [1, 3], [2, 2]], [4, 4])).toBe(6);
    expect(hypervolume2d([], [4, 4])).toBe(0);
  });
});
