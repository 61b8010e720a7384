import {describe, expect, it} from "vitest";
import {Runner, type Clock} from "../../notebooks/lib/runner.ts";

/** A clock driven by hand: advance(ms) fires the pending frame callbacks. */
function manualClock() {
  let now = 0, next = 1;
  const pending = new Map<number, () => void>();
  const clock: Clock = {now: () => now, request: (cb) => { pending.set(next, cb); return next++; }, cancel: (h) => { pending.delete(h); }};
  const advance = (ms: number, step = 16) => {
    for (let t = 0; t < ms; t += step) {
      now += step;
      const cbs = [...pending.values()];
      pending.clear();
      cbs.forEach((cb) => cb());
    }
  };
  return {clock, advance, pending};
}

describe("Runner", () => {
  it("steps, seeks within bounds and resets, drawing each time", () => {
    const drawn: number[] = [];
    const r = new Runner({frames: 5, render: (i) => drawn.push(i), clock: manualClock().clock});
    r.step();
    r.step(10);
    r.seek(-3);
    r.reset();
    expect(drawn).toEqual([0, 1, 4, 0, 0]);
    expect(r.state().done).toBe(false);
  });

  it("plays at the speed given (periods per second) and stops at the end", () => {
    const {clock, advance} = manualClock();
    const drawn: number[] = [];
    const r = new Runner({frames: 20, speed: 4, render: (i) => drawn.push(i), clock});
    r.play();
    advance(1000);
    expect(r.state().index).toBe(4);
    expect(r.state().playing).toBe(true);
    r.setSpeed(16);
    advance(2000);
    expect(r.state()).toMatchObject({index: 19, playing: false, done: true});
    expect(drawn[drawn.length - 1]).toBe(19);
  });

  it("draws only every N-th period while playing, and the frame where it pauses", () => {
    const {clock, advance} = manualClock();
    const drawn: number[] = [];
    const r = new Runner({frames: 50, speed: 10, renderEvery: 5, render: (i) => drawn.push(i), clock});
    r.play();
    advance(1000);
    expect(drawn.slice(1).every((i) => i % 5 === 0)).toBe(true);
    r.pause();
    expect(drawn[drawn.length - 1]).toBe(r.state().index);
  });

  it("play from the end starts over; pause stops the clock; bad options fail loudly", () => {
    const m = manualClock();
    const r = new Runner({frames: 3, index: 2, render: () => {}, clock: m.clock});
    r.play();
    expect(r.state().index).toBe(0);
    r.pause();
    expect(m.pending.size).toBe(0);
    expect(() => new Runner({frames: 0, render: () => {}})).toThrow("invalid frames: 0");
    expect(() => r.setSpeed(0)).toThrow("invalid speed: 0");
    expect(() => r.setRenderEvery(1.5)).toThrow("invalid renderEvery: 1.5");
  });
});
