// Calibration files: the published schema is the declared one, the shipped
// Bjerke file is valid and its model runs, and bad fields are refused in one
// line naming the field, the value and what is allowed.
import {describe, expect, it} from "vitest";
import {readFileSync} from "node:fs";
import {CALIBRATION_SCHEMA, parseCalibration} from "../../../../sim/experiment/calibration/calibrationFile.ts";
import {calibrationDistance, calibrationModel} from "../../../../sim/experiment/calibration/model.ts";

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../../../${path}`, import.meta.url), "utf8"));
const base = {id: "t", model: "collective", scenario: "bjerke-user-meetings", particles: 10, generations: 2, seed: 1,
  parameters: [{key: "staff.daytime", min: 0.01, max: 0.3}],
  targets: [{measure: "arenas.daytime.staffPerMeeting", observed: 2, tolerance: 1, role: "fit"}, {measure: "meetingTurnout", observed: 17.5, tolerance: 2.5, role: "heldOut"}]};

describe("calibration files", () => {
  it("data/calibration.schema.json is CALIBRATION_SCHEMA (npx tsx data/generateExperiments.ts)", () => {
    expect(read("data/calibration.schema.json")).toEqual(JSON.parse(JSON.stringify(CALIBRATION_SCHEMA)));
  });
  it("data/calibrations/bjerke.json is valid, fits some figures and holds out turnout and the committee's 3", () => {
    const c = parseCalibration(read("data/calibrations/bjerke.json"));
    const held = c.targets.filter((t) => t.role === "heldOut").map((t) => t.measure);
    expect(held).toEqual(expect.arrayContaining(["meetingTurnout", "organisersCame"]));
    expect(c.targets.some((t) => t.role === "fit")).toBe(true);
    const figures = calibrationModel(c)(c.parameters.map((p) => (p.min + p.max) / 2), "check/0");
    expect(figures).toHaveLength(c.targets.length);
    expect(figures.every(Number.isFinite)).toBe(true);
  });
  it("the distance is the largest fitted |simulated - observed| / tolerance; held-out targets do not count", () => {
    const d = calibrationDistance(parseCalibration(base));
    expect(d([3, 1000])).toBe(1);
    expect(d([2.5, 17.5])).toBe(0.5);
    expect(d([NaN, 17.5])).toBe(Infinity);
  });
  it("a particle's run is deterministic in its seed and moves with its parameters", () => {
    const run = calibrationModel(parseCalibration(base));
    expect(run([0.1], "s/1")).toEqual(run([0.1], "s/1"));
    const mean = (x: number) => Array.from({length: 40}, (_, r) => run([x], `s/${r}`)[0]).reduce((a, b) => a + b, 0) / 40;
    expect(mean(0.25)).toBeGreaterThan(mean(0.05) + 2);
  });
  it("calibrates participation measures too", () => {
    const raw = {id: "p", model: "participation", scenario: "transfer-visit", particles: 10, generations: 1, seed: 1,
      parameters: [{key: "load.timePressure", min: 0.5, max: 3}], targets: [{measure: "decided", observed: 10, tolerance: 1, role: "fit"}]};
    const c = parseCalibration(raw);
    const run = calibrationModel(c);
    expect(run([1], "p/1")).toEqual(run([1], "p/1"));
    expect(run([1], "p/1")).toHaveLength(1);
    expect(() => parseCalibration({...raw, targets: [{measure: "nope", observed: 1, tolerance: 1, role: "fit"}]})).toThrow(/targets\[0\]\.measure: "nope" \(allowed: /);
  });
  const bad: [Record<string, unknown>, RegExp][] = [
    [{model: "classic"}, /^invalid calibration model: "classic" \(allowed: collective or participation\)$/],
    [{scenario: "nope"}, /calibration scenario: "nope" \(allowed: a collective preset id/],
    [{parameters: [{key: "nope", min: 0, max: 1}]}, /parameters\[0\]\.key: "nope" \(allowed: a declared numeric collective parameter key/],
    [{parameters: [{key: "staff.overtime", min: 0, max: 1}]}, /parameters\[0\]\.key: "staff.overtime"/],
    [{parameters: [{key: "staff.daytime", min: 0.5, max: 0.2}]}, /parameters\[0\]\.max: 0.2 \(allowed: a number in \(0.5, 1\]\)/],
    [{parameters: [{key: "staff.daytime", min: -1, max: 0.2}]}, /parameters\[0\]\.min: -1 \(allowed: a number in \[0, 1\]\)/],
    [{parameters: [{key: "staff.daytime", min: 0, max: 1, prior: "beta"}]}, /parameters\[0\]\.prior: "beta" \(allowed: no such field/],
    [{targets: [{measure: "listed", observed: 55, tolerance: 10, role: "heldOut"}]}, /targets: "no fit target" \(allowed: at least one target with role fit\)/],
    [{targets: [{measure: "listed", observed: 55, tolerance: 0, role: "fit"}]}, /targets\[0\]\.tolerance: 0 \(allowed: a number in \(0, /],
    [{targets: [{measure: "listed", observed: 55, tolerance: 1, role: "test"}]}, /targets\[0\]\.role: "test" \(allowed: fit or heldOut\)/],
    [{method: "mcmc"}, /method: "mcmc" \(allowed: smc or rejection\)/],
    [{method: "rejection"}, /generations: 2 \(allowed: nothing for method rejection/],
    [{epsilons: [3, 3]}, /generations: 2 \(allowed: nothing beside epsilons/],
    [{generations: undefined, epsilons: [3, 3]}, /epsilons\[1\]: 3 \(allowed: a number >= 0 below 3\)/],
    [{quantile: 0}, /quantile: 0 \(allowed: a number in \(0, 1\]\)/],
    [{particles: 1}, /particles: 1 \(allowed: an integer in \[2, 100000\]\)/],
    [{seed: ""}, /seed: "" \(allowed: a number or a non-empty string/],
    [{base: {"staff.daytime": 0.1}}, /base.staff.daytime: 0.1 \(allowed: a key not also among the free parameters\)/]
  ];
  for (const [patch, re] of bad) {
    it(`refuses ${JSON.stringify(patch)}`, () => {
      const input = {...base, ...patch};
      for (const k of Object.keys(patch)) if (patch[k] === undefined) delete (input as Record<string, unknown>)[k];
      expect(() => parseCalibration(input)).toThrow(re);
    });
  }
  it("refuses targets and keys the scenario does not have, when the model is built", () => {
    expect(() => calibrationModel(parseCalibration({...base, targets: [{measure: "campaigns.nope.came", observed: 1, tolerance: 1, role: "fit"}]}))).toThrow(/targets\[0\]\.measure: "campaigns.nope.came" \(allowed: a collective measure/);
    expect(() => calibrationModel(parseCalibration({...base, parameters: [{key: "arenas.nope.attend", min: 0, max: 1}]}))).toThrow(/parameters\[0\]\.key: "arenas.nope.attend" \(allowed: a key whose id is in the scenario\)/);
  });
});
