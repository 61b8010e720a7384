import {describe, expect, it} from "vitest";
import {TRACE_CASE_WEEKS_LIMIT, participationTrace, traceRefusal} from "../../notebooks/lib/participationAdapter.ts";
import {traceCaseWeeks} from "../../sim/participation/budget.ts";
import {PRESET_IDS, preset} from "../../sim/participation/presets.ts";

describe("traceRefusal", () => {
  it("lets every preset through and refuses the declared maxima, naming the users that fit", () => {
    for (const id of PRESET_IDS) expect(traceRefusal(preset(id))).toBeNull();
    const s = preset("team");
    const big = {...s, horizon: 520, users: {...s.users, count: 500, casesPerYear: 52}};
    const r = traceRefusal(big)!;
    expect(r.caseWeeks).toBeGreaterThan(TRACE_CASE_WEEKS_LIMIT);
    expect(traceCaseWeeks({...big, users: {...big.users, count: r.fit}})).toBeLessThanOrEqual(TRACE_CASE_WEEKS_LIMIT);
    expect(traceCaseWeeks({...big, users: {...big.users, count: r.fit + 1}})).toBeGreaterThan(TRACE_CASE_WEEKS_LIMIT);
    expect(r.fitWeeks).toBeGreaterThan(0);
    expect(traceCaseWeeks({...big, horizon: r.fitWeeks})).toBeLessThanOrEqual(TRACE_CASE_WEEKS_LIMIT);
    expect(traceCaseWeeks({...big, horizon: r.fitWeeks + 1})).toBeGreaterThan(TRACE_CASE_WEEKS_LIMIT);
    // at a one-year horizon some users fit
    const year = traceRefusal({...big, horizon: 52})!;
    expect(year.fit).toBeGreaterThan(10);
  });

  it("estimates at least the case-weeks a traced run holds", () => {
    for (const [users, weeks] of [[10, 52], [40, 104], [5, 520]]) {
      const s0 = preset("time-pressure");
      const s = {...s0, horizon: weeks, users: {...s0.users, count: users}};
      const held = participationTrace(s, "3").reduce((n, f) => n + f.cases.length, 0);
      expect(held).toBeLessThanOrEqual(traceCaseWeeks(s));
    }
  });
});
