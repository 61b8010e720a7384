import {describe, expect, it} from "vitest";
import {kaplanMeier} from "../../../sim/participation/survival.ts";
import {runParticipation} from "../../../sim/participation/engine.ts";
import {preset} from "../../../sim/participation/presets.ts";
import {setParameter} from "../../../sim/participation/scenario.ts";

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

describe("time to decision in a run", () => {
  it("censors a lost case in the week the user gave up, by patience or by motivation (the trace's first lost week)", () => {
    // motivation falls fast and patience outlasts the horizon: every lost case is a motivation flight
    let s = preset("team-and-rg");
    for (const [k, v] of [["feedback.motivation", true], ["feedback.motivationDecay", 0.5], ["feedback.motivationFloor", 0.6], ["users.patience", 520]] as const) s = setParameter(s, k, v);
    let lost = 0;
    for (const seed of ["k1", "k2", "k3"]) {
      const run = runParticipation(s, {seed, trace: true});
      const lostWeek = new Map<number, number>();
      for (const f of run.trace!) for (const c of f.cases) if (c.state === "lost" && !lostWeek.has(c.id)) lostWeek.set(c.id, f.week);
      lost += lostWeek.size;
      const T = s.horizon, n = run.cases.length;
      const time = run.cases.map((c) => (c.decided !== null ? c.decided - c.arrival : lostWeek.has(c.id) ? lostWeek.get(c.id)! - c.arrival : T - 1 - c.arrival));
      const event = run.cases.map((c) => (c.decided !== null ? 1 : 0));
      const km = kaplanMeier(time, event, n);
      expect([run.summary.timeToDecisionMedian, run.summary.decidedWithin4, run.summary.decidedWithin12], seed).toEqual([km.median, km.within4, km.within12]);
    }
    expect(lost).toBeGreaterThan(0);
  });
});
