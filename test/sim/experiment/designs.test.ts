import {describe, expect, it} from "vitest";
import {summariseSweep, sweep1} from "../../../sim/experiment/designs.ts";
import {preset} from "../../../sim/participation/presets.ts";

describe("sweeps", () => {
  it("a one-parameter sweep gives one estimate per value", () => {
    const rows = sweep1(preset("time-pressure"), "load.timePressure", [0.5, 2], {reps: 5, seed: 1});
    expect(rows).toHaveLength(10);
    const est = summariseSweep(rows, "styles.oversight");
    expect(est.map((e) => e.x)).toEqual([0.5, 2]);
    expect(est.every((e) => e.estimate.n === 5)).toBe(true);
  });
});
