// The garbage-can dynamics frozen (core.ts `frozen`, `compare --ablate streams`):
// each case decided at its first choice opportunity with the energy present
// then, no shifts, nothing carried across sessions.
import {describe, expect, it} from "vitest";
import {ParticipationSimulator} from "../../../sim/participation/engine.ts";
import {PRESET_IDS, preset} from "../../../sim/participation/presets.ts";
import {runSeed, SHARED_KEY} from "../../../sim/seeds.ts";

describe("the frozen garbage can (an ablation)", () => {
  it("has no problem shift and no choice made over several sessions in any preset, where the full run has them", () => {
    let fullOver = 0;
    for (const id of PRESET_IDS) {
      const sim = new ParticipationSimulator(preset(id));
      for (let r = 0; r < 8; ++r) {
        const seed = runSeed("frozen", SHARED_KEY, r);
        const frozen = sim.run({seed, frozen: true, counterfactuals: false}).summary;
        expect(frozen.garbageCan.problemShifts, id).toBe(0);
        expect(frozen.garbageCan.overSessions, id).toBe(0);
        expect(frozen.cases, id).toBeGreaterThan(0);
        const full = sim.run({seed, counterfactuals: false}).summary;
        fullOver += full.garbageCan.overSessions;
        // the same cases arrive: the ablation changes the organisation's dynamics, not the case stream
        expect(frozen.cases, id).toBe(full.cases);
      }
    }
    // two-sided: choices made over several sessions are not 0 by construction (shifts are rare in the presets even in full)
    expect(fullOver).toBeGreaterThan(0);
  });

  it("a switch of the run, not of the model: a frozen run leaves the next full run as it was", () => {
    const sim = new ParticipationSimulator(preset("casework"));
    const before = sim.run({seed: "x"}).summary;
    const frozen = sim.run({seed: "x", frozen: true}).summary;
    expect(sim.run({seed: "x"}).summary).toEqual(before);
    expect(frozen).not.toEqual(before);
  });
});
