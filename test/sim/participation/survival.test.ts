import {describe, expect, it} from "vitest";
import {kaplanMeier} from "../../../sim/participation/survival.ts";

describe("Kaplan–Meier time to decision", () => {
  it("without censoring is the empirical distribution", () => {
    const r = kaplanMeier([1, 2, 3, 5, 20], [1, 1, 1, 1, 1], 5);
    expect(r.median).toBe(3);
    expect(r.within4).toBeCloseTo(0.6, 12);
    expect(r.within12).toBeCloseTo(0.8, 12);
  });
  it("censored cases leave the risk set without an event (hand-computed)", () => {
    // times 1(event) 2(censored) 3(event) 4(event): S = 3/4 after 1, x 1/2 after 3, x 0 after 4
    const r = kaplanMeier([1, 2, 3, 4], [1, 0, 1, 1], 4);
    expect(r.median).toBe(3);
    expect(r.within4).toBe(1);
  });
  it("is missing (NaN) when half are never decided, or without cases", () => {
    const r = kaplanMeier([1, 10, 10, 10], [1, 0, 0, 0], 4);
    expect(r.median).toBeNaN();
    expect(r.within4).toBeCloseTo(0.25, 12);
    expect(kaplanMeier([], [], 0).median).toBeNaN();
  });
});
