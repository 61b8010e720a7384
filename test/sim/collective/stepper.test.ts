// A collective run stepped meeting week by meeting week (CollectiveStepper)
// is the run: the same summary, users and trace for the same seed in every
// preset, the frames handed back are the trace's, and weeks are in order.
import {describe, expect, it} from "vitest";
import {CollectiveSimulator, runCollective} from "../../../sim/collective/engine.ts";
import {COLLECTIVE_PRESET_IDS, collectivePreset} from "../../../sim/collective/presets.ts";

describe("stepping a collective run", () => {
  it("stepping to the horizon gives the run in every preset", () => {
    for (const id of COLLECTIVE_PRESET_IDS) {
      const sim = new CollectiveSimulator(collectivePreset(id));
      const whole = sim.run({seed: "step", users: true, trace: true, cases: false});
      const r = sim.start({seed: "step", users: true, trace: true, cases: false});
      const weeks: number[] = [];
      while (!r.done) { weeks.push(r.week); r.step(); }
      expect(r.finish(), id).toEqual(whole);
      // one step per meeting week: the trace's distinct weeks, in order
      expect(weeks, id).toEqual([...new Set(whole.trace!.map((f) => f.week))]);
      expect(sim.run({seed: "other", cases: false}).summary, id).not.toEqual(whole.summary);
    }
  });

  it("frames handed back meeting week by meeting week are the trace's frames", () => {
    const s = collectivePreset("user-meeting-neutral");
    const traced = runCollective(s, {seed: "f", trace: true, cases: false}).trace!;
    const r = new CollectiveSimulator(s).start({seed: "f", frames: true, cases: false});
    const frames = [];
    while (!r.done) {
      const week = r.week, got = r.step();
      expect(got.length).toBeGreaterThan(0);
      for (const f of got) expect(f.week).toBe(week);
      frames.push(...got);
    }
    expect(frames).toEqual(traced);
    expect(r.finish().trace).toBeUndefined(); // handed back, not kept
    expect(() => r.step()).toThrow(/horizon|finished/);
    expect(() => r.finish()).toThrow(/finished/);
  });

  it("with the linked case runs, a stepped run equals the run", () => {
    const s = collectivePreset("user-meeting-neutral");
    const sim = new CollectiveSimulator(s);
    expect(sim.start({seed: "c"}).finish()).toEqual(runCollective(s, {seed: "c"}));
  });
});
