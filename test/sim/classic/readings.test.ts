import {describe, expect, it} from "vitest";
import {DEFAULT_READINGS, parseReadings} from "../../../sim/classic/readings.ts";

describe("classic readings files", () => {
  it("round-trips and fills missing fields with the pinned defaults", () => {
    const r = {...DEFAULT_READINGS, comparison: "<", orientation: "mirror"};
    expect(parseReadings(JSON.parse(JSON.stringify(r)))).toEqual(r);
    expect(parseReadings({deficits: "live"})).toEqual({...DEFAULT_READINGS, deficits: "live"});
  });
  it("names the field, the value and the allowed values", () => {
    expect(() => parseReadings({tieBreak: "first"})).toThrow('invalid tieBreak: "first" (allowed: lowest, highest, random)');
    expect(() => parseReadings({arithmetic: 3})).toThrow("invalid arithmetic: 3 (allowed: integer, float)");
    expect(() => parseReadings({colour: "red"})).toThrow('invalid field "colour"');
    expect(() => parseReadings({kind: "scenario"})).toThrow(/invalid kind/);
    expect(() => parseReadings([])).toThrow(/expected a JSON object/);
    expect(() => parseReadings({seed: "a b"})).toThrow(/invalid seed/);
  });
});
