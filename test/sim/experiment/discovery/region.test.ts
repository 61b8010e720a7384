// Scenario discovery on few draws of many inputs, as a robustness run has
// them: PRIM overfits noise inputs there, and the backward elimination of
// insignificant restrictions must keep only the inputs that made the outcome.
import {describe, expect, it} from "vitest";
import {chooseStep, discover} from "../../../../sim/experiment/discovery/region.ts";
import type {PrimBox, PrimStep} from "../../../../sim/experiment/discovery/prim.ts";
import {rng} from "../../../../sim/rng.ts";

function draws(seed: string, n: number, d: number, rule: (p: number[]) => boolean) {
  const random = rng(seed);
  const x = Array.from({length: d}, () => new Float64Array(n));
  const y: number[] = [];
  for (let i = 0; i < n; ++i) y.push(Number(rule(x.map((c) => (c[i] = random())))));
  return {columns: x.map((_, j) => `p${j}`), x, y};
}

describe("discover", () => {
  it("on 150 draws of 30 inputs keeps the two that define the region and drops the noise PRIM peeled on", () => {
    const {columns, x, y} = draws("region-noise", 150, 30, (p) => p[3] > 0.5 && p[17] < 0.5);
    const d = discover(columns, x, y);
    const [box] = d.boxes;
    expect(box.dropped.length).toBeGreaterThan(0); // PRIM did restrict noise inputs
    expect(box.bounds.map((b) => b.column)).toEqual([3, 17]);
    expect(Math.abs(box.bounds[0].lower! - 0.5)).toBeLessThan(0.1);
    expect(Math.abs(box.bounds[1].upper! - 0.5)).toBeLessThan(0.1);
    expect(box.meetsThreshold).toBe(true);
    // the counts are those of the draws in the reported bounds
    let n = 0, k = 0;
    for (let i = 0; i < y.length; ++i) if (box.bounds.every((b) => (b.lower === null || x[b.column][i] >= b.lower) && (b.upper === null || x[b.column][i] <= b.upper))) { ++n; k += y[i]; }
    expect([n, k]).toEqual([box.n, box.k]);
    expect(box.coverage).toBe(k / y.reduce((s, v) => s + v, 0));
  });

  it("finds nothing when the outcome does not depend on the inputs, and nothing to find when every draw agrees", () => {
    const random = rng("region-none");
    const {columns, x} = draws("region-none-x", 120, 10, () => false);
    const y = x[0].map(() => Number(random() < 0.3));
    const d = discover(columns, x, y);
    expect(d.boxes.every((b) => !b.meetsThreshold) || d.boxes.length === 0).toBe(true);
    const all = discover(columns, x, x[0].map(() => 1));
    expect([all.boxes, all.rules]).toEqual([[], []]);
  });
});

describe("chooseStep", () => {
  const step = (id: number, coverage: number, density: number, restricted: number): PrimStep => ({
    id, phase: id ? "peel" : "init", n: 0, k: 0, coverage, density, mass: 0, restricted: Array.from({length: restricted}, (_, j) => `x${j}`), limits: [], quasiP: {}, paretoEfficient: true
  });
  const box = {trajectory: [step(0, 1, 0.3, 0), step(1, 0.9, 0.6, 2), step(2, 0.8, 0.85, 3), step(3, 0.7, 0.9, 5), step(4, 0.6, 0.99, 6)]} as PrimBox;

  it("takes the highest coverage at the density threshold among the steps restricting few enough inputs", () => {
    expect(chooseStep(box, 0.8, 4).id).toBe(2);
    expect(chooseStep(box, 0.8, 6).id).toBe(2);
    expect(chooseStep(box, 0.95, 6).id).toBe(4);
  });

  it("falls back to the densest readable step when none reaches the threshold", () => {
    expect(chooseStep(box, 0.95, 4).id).toBe(2);
    expect(chooseStep(box, 0.95, 2).id).toBe(1);
  });
});
