import {describe, expect, it} from "vitest";
import {runReplications} from "../../../sim/experiment/run.ts";
import {CONFIRM_SECONDS, estimateWork, needsConfirm, runMilliseconds} from "../../../sim/experiment/workEstimate.ts";
import {PRESET_IDS, preset} from "../../../sim/participation/presets.ts";
import {setParameter} from "../../../sim/participation/scenario.ts";

const sized = (id: string, users: number, weeks: number) => setParameter(setParameter(preset(id), "users.count", users), "horizon", weeks);

describe("the work estimate before a page starts runs", () => {
  it("counts the runs and grows with users and weeks", () => {
    const e = estimateWork([preset("team"), preset("rg-decide")], 30, 2);
    expect(e.runs).toBe(60);
    expect(runMilliseconds(sized("team", 200, 52))).toBeGreaterThan(runMilliseconds(sized("team", 100, 52)));
    expect(runMilliseconds(sized("team", 100, 520))).toBeGreaterThan(runMilliseconds(sized("team", 100, 260)));
    // more workers, less wall time; same runs
    const four = estimateWork([preset("team")], 200, 4), one = estimateWork([preset("team")], 200, 1);
    expect(four.runs).toBe(one.runs);
    expect(four.seconds * 4).toBeCloseTo(one.seconds, 9);
    // but one run is not split: a single replication takes its own time on any number of workers
    const single = estimateWork([sized("team", 500, 520)], 1, 4);
    expect(single.seconds * 1000).toBeCloseTo(runMilliseconds(sized("team", 500, 520)), 6);
  });

  it("a Compare link to four 500-user, 520-week options asks first; every preset at Compare's defaults does not", () => {
    const heavy = estimateWork(Array.from({length: 4}, () => sized("team", 500, 520)), 200, 4);
    expect(needsConfirm(heavy)).toBe(true);
    expect(heavy.seconds).toBeGreaterThan(CONFIRM_SECONDS);
    expect([heavy.users, heavy.weeks]).toEqual([500, 520]);
    for (const id of PRESET_IDS) expect(needsConfirm(estimateWork(Array.from({length: 4}, () => preset(id)), 200, 2))).toBe(false);
    // Compare's default options at its most replications run at once too
    expect(needsConfirm(estimateWork(["transfer-written", "transfer-visit", "team", "rg-decide"].map((id) => preset(id)), 5000, 2))).toBe(false);
  });

  it("is within a factor of 4 of a measured run (median of 3) of a 200-user, 260-week scenario", () => {
    const s = sized("rg-decide", 200, 260);
    runReplications(sized("rg-decide", 20, 52), {reps: 2, seed: "warm"});
    const times: number[] = [];
    for (let r = 0; r < 3; ++r) {
      const t0 = performance.now();
      runReplications(s, {reps: 1, seed: `m${r}`});
      times.push(performance.now() - t0);
    }
    const measured = times.sort((a, b) => a - b)[1];
    const ratio = measured / runMilliseconds(s);
    expect(ratio).toBeGreaterThan(1 / 4);
    expect(ratio).toBeLessThan(4);
  });
});
