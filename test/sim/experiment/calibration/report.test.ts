// The calibration report: posterior median and 95% interval per parameter
// from the last generation, and each target's posterior predictive with
// whether the observed figure is inside and the share within tolerance.
import {describe, expect, it} from "vitest";
import {parseCalibration} from "../../../../sim/experiment/calibration/calibrationFile.ts";
import {calibrationReport, reportText} from "../../../../sim/experiment/calibration/report.ts";
import type {Population} from "../../../../sim/experiment/calibration/abc.ts";

const c = parseCalibration({id: "r", model: "collective", scenario: "bjerke-user-meetings", particles: 100, generations: 2, seed: 1,
  parameters: [{key: "staff.daytime", min: 0, max: 1}],
  targets: [{measure: "listed", observed: 50, tolerance: 5, role: "fit"}, {measure: "organisersCame", observed: 200, tolerance: 1, role: "heldOut"}]});
const n = 100;
const last: Population = {generation: 1, epsilon: 1, thetas: Array.from({length: n}, (_, i) => [i / 100]), weights: Array(n).fill(1), distances: Array(n).fill(0),
  summaries: Array.from({length: n}, (_, i) => [40 + i / 5, 3]), attempts: 400, simulations: 450};
const first: Population = {...last, generation: 0, epsilon: Infinity, attempts: 100, simulations: 100};

describe("calibration report", () => {
  const r = calibrationReport(c, {populations: [first, last], stop: "schedule"})!;
  it("posterior median and central 95% interval of the last generation", () => {
    expect(r.parameters[0]).toMatchObject({key: "staff.daytime", median: 0.49, lo: 0.02, hi: 0.97, prior: [0, 1]});
  });
  it("predictive per target: inside the interval, share within tolerance", () => {
    expect(r.targets[0]).toMatchObject({measure: "listed", role: "fit", median: 49.8, inside: true});
    expect(r.targets[0].withinTolerance).toBeCloseTo(51 / 100, 12); // 45 <= 40 + i/5 <= 55: i = 25..75
    expect(r.targets[1]).toMatchObject({role: "heldOut", median: 3, inside: false, withinTolerance: 0});
    expect(r.generations.map((g) => g.acceptance)).toEqual([1, 0.25]);
    expect(r.simulations).toBe(550);
    const text = reportText(r);
    expect(text).toMatch(/held out organisersCame: 3\.00 \[3\.00, 3\.00\]; observed 200 ± 1\.00; OUTSIDE; 0%/);
  });
  it("nothing to report without a generation", () => {
    expect(calibrationReport(c, {populations: [], stop: "budget"})).toBeUndefined();
  });
});
