// A classic run stepped period by period (ClassicStepper) is the run: the
// same results and frames for the same config and source, under every reading.
import {describe, expect, it} from "vitest";
import {classicSimulator, type ClassicConfig} from "../../../sim/classic/engine.ts";
import {config1972, design1972} from "../../../sim/classic/design.ts";
import {rng} from "../../../sim/rng.ts";

function stepped(config: ClassicConfig, seed?: string) {
  const sim = classicSimulator(config).source(seed ? rng(seed) : undefined);
  const r = sim.start();
  const frames = [];
  while (!r.done) frames.push(r.step());
  return {frames, result: r.finish()};
}

describe("stepping a classic run", () => {
  it("frames and results equal the traced run at every 1972 design point", () => {
    const points = design1972();
    for (const p of points) {
      const config = config1972(p);
      const whole = classicSimulator(config).run({trace: true});
      const {frames, result} = stepped(config);
      expect(frames.length).toBe(config.periods);
      expect(frames).toEqual(whole.trace);
      const {trace: _, ...rest} = whole;
      expect(result).toEqual(rest);
    }
    // the design points differ, so the equality is not vacuous
    const a = classicSimulator(config1972(points[0])).run(), b = classicSimulator(config1972(points[points.length - 1])).run();
    expect(a).not.toEqual(b);
  });

  it("under live deficits, float arithmetic and random ties too", () => {
    const p = design1972()[5];
    for (const rules of [{deficits: "live"}, {arithmetic: "float"}, {tieBreak: "random"}] as const) {
      const config = {...config1972(p), ...rules};
      const seed = "tie";
      const whole = classicSimulator(config).source(rng(seed)).run({trace: true});
      const {frames, result} = stepped(config, seed);
      expect(frames).toEqual(whole.trace);
      expect(result.choices).toEqual(whole.choices);
      expect(result.energySpent).toBe(whole.energySpent);
    }
  });

  it("finish() part way gives the run's numbers; the simulator runs one run at a time", () => {
    const config = config1972(design1972()[10]);
    const sim = classicSimulator(config);
    const whole = sim.run();
    const r = sim.start();
    r.step(); r.step();
    expect(r.period).toBe(3);
    expect(() => sim.start()).toThrow(/one run at a time/);
    expect(() => sim.simulate()).toThrow(/cannot run/);
    expect(r.finish()).toEqual(whole);
    expect(r.done).toBe(true);
    expect(() => r.step()).toThrow(/horizon|finished/);
    expect(() => r.finish()).toThrow(/finished/);
    expect(sim.run()).toEqual(whole); // free again
  });
});
