import {describe, expect, it} from "vitest";
import {runParticipation} from "../../../sim/participation/engine.ts";
import {PRESET_IDS, preset} from "../../../sim/participation/presets.ts";
import {rng} from "../../../sim/rng.ts";

describe("the participation engine takes an injected random source", () => {
  it("the generator seeded with the seed, injected, gives the seeded run", () => {
    for (const id of PRESET_IDS) {
      const s = preset(id);
      expect(runParticipation(s, {seed: "inj", random: rng("inj")}), id).toEqual(runParticipation(s, {seed: "inj"}));
    }
  });
  it("the injected source is the one used", () => {
    const s = preset(PRESET_IDS[0]);
    expect(runParticipation(s, {seed: "inj", random: rng("other")}).summary).not.toEqual(runParticipation(s, {seed: "inj"}).summary);
  });
});
