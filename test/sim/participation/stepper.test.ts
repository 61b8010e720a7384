// A run stepped week by week (ParticipationStepper) is the run: the same
// records for the same seed in every preset, frames equal to the trace, and
// an edit made while stepping equals a scheduled edit at that week.
import {describe, expect, it} from "vitest";
import {ParticipationSimulator, runParticipation} from "../../../sim/participation/engine.ts";
import {preset, PRESET_IDS} from "../../../sim/participation/presets.ts";

describe("stepping a participation run", () => {
  it("stepping to the horizon gives the run's records in every preset", () => {
    for (const id of PRESET_IDS) {
      const sim = new ParticipationSimulator(preset(id));
      const whole = sim.run({seed: "step"});
      const r = sim.start({seed: "step"});
      let weeks = 0;
      while (!r.done) { expect(r.step()).toBeNull(); ++weeks; }
      expect(weeks, id).toBe(preset(id).horizon);
      expect(r.finish(), id).toEqual(whole);
      // and another seed differs, so the equality is not vacuous
      expect(sim.run({seed: "other"}).summary, id).not.toEqual(whole.summary);
    }
  });

  it("frames handed back week by week are the trace's frames", () => {
    const s = preset("team-and-rg");
    const traced = runParticipation(s, {seed: "f", trace: true}).trace!;
    const r = new ParticipationSimulator(s).start({seed: "f", frames: true});
    const frames = [];
    while (!r.done) frames.push(r.step());
    expect(frames).toEqual(traced);
    expect(r.finish().trace).toBeUndefined(); // frames are handed back, not kept
  });

  it("an edit while stepping takes effect from the current week, as a scheduled edit at that week", () => {
    const s = preset("rg-report");
    const sim = new ParticipationSimulator(s);
    const week = 20, key = "arenas.rg.interval", value = 2;
    const scheduled = sim.run({seed: "e", edits: [{week, key, value}]});
    const r = sim.start({seed: "e"});
    while (r.week < week) r.step();
    expect(r.edit(key, value)).toEqual({week, key, value});
    const live = r.finish();
    expect(live).toEqual(scheduled);
    expect(live.summary).not.toEqual(sim.run({seed: "e"}).summary); // the edit moved the run
    // the simulator has its own parameters back
    expect(sim.run({seed: "e"})).toEqual(runParticipation(s, {seed: "e"}));
  });

  it("refuses, in one line, an edit to a key drawn at the start, and a bad value", () => {
    const r = new ParticipationSimulator(preset("rg-report")).start({seed: "x"});
    expect(() => r.edit("users.casesPerYear", 4)).toThrow(/users\.casesPerYear.*drawn when the run starts/);
    expect(() => r.edit("arenas.rg.interval", -3)).toThrow(/arenas\.rg\.interval/);
    r.step();
    r.finish();
    expect(() => r.step()).toThrow(/horizon|finished/);
    expect(() => r.edit("arenas.rg.interval", 2)).toThrow(/finished/);
  });
});
