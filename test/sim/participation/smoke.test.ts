import {describe, expect, it} from "vitest";
import {PRESET_IDS, preset} from "../../../sim/participation/presets.ts";
import {runParticipation} from "../../../sim/participation/engine.ts";

describe("participation presets", () => {
  it("every preset runs and its ladder shares sum to 1", () => {
    for (const id of PRESET_IDS) {
      const run = runParticipation(preset(id), {seed: "smoke"});
      const l = run.summary.ladder;
      expect(l.perspective + l.participation + l.influence + l.control + l.undecided).toBeCloseTo(1, 10);
      expect(run.cases.length).toBe(run.summary.cases);
    }
  });
});
