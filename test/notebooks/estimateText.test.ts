import {describe, expect, it} from "vitest";
import {durationText, estimateText} from "../../notebooks/lib/estimateText.ts";

describe("the work estimate in words", () => {
  it("rounds up: seconds under 90 s, minutes under 90 min, then hours", () => {
    expect([0.2, 30.1, 89, 90, 5399, 5400, 7200].map((s) => durationText(s, "en"))).toEqual(["1 s", "31 s", "89 s", "2 min", "90 min", "1.5 h", "2 h"]);
    expect(durationText(7200, "nb")).toBe("2 t");
  });

  it("names the runs, the time, the workers and the largest scenario, in both languages", () => {
    const e = {runs: 400, seconds: 150, workers: 2, users: 500, weeks: 520};
    expect(estimateText(e, "en")).toBe("This starts 400 runs, estimated at about 3 min on 2 workers from the scenarios' size (the largest: 500 users over 520 weeks). They start when you confirm.");
    expect(estimateText(e, "nb")).toBe("Dette starter 400 kjøringer, anslått til omtrent 3 min med 2 arbeidere ut fra scenarioenes størrelse (det største: 500 brukere over 520 uker). De starter når du bekrefter.");
  });
});
