import {describe, expect, it} from "vitest";
import {DEFAULT_READINGS, parseReadings, readReadingsFile} from "../../../sim/classic/readings.ts";

describe("classic readings files", () => {
  it("round-trips and fills missing fields with the pinned defaults", () => {
    const r = {...DEFAULT_READINGS, comparison: "<", orientation: "mirror"};
    expect(parseReadings(JSON.parse(JSON.stringify(r)))).toEqual(r);
    expect(parseReadings({deficits: "live"})).toEqual({...DEFAULT_READINGS, deficits: "live"});
  });
  it("names the field, the value and the allowed values", () => {
    expect(() => parseReadings({tieBreak: "first"})).toThrow('invalid tieBreak: "first" (allowed: lowest, highest, random)');
    expect(() => parseReadings({arithmetic: 3})).toThrow("invalid arithmetic: 3 (allowed: integer, float)");
    expect(() => parseReadings({colour: "red"})).toThrow('invalid colour: "red" (allowed: known fields: kind, tieBreak, comparison, deficits, arithmetic, orientation, seed)');
    expect(() => parseReadings({kind: "scenario"})).toThrow(/invalid kind/);
    expect(() => parseReadings([])).toThrow("invalid readings file: [] (allowed: a JSON object)");
    expect(() => parseReadings({seed: "a b"})).toThrow(/invalid seed/);
  });
  it("reads own fields only: __proto__, constructor and toString are unknown fields, and Object.prototype stays clean", () => {
    expect(() => readReadingsFile('{"__proto__": {"tieBreak": "random"}}')).toThrow('invalid __proto__: {"tieBreak":"random"} (allowed: known fields: kind, ');
    expect(() => readReadingsFile('{"constructor": "x"}')).toThrow(/^invalid constructor: "x" \(allowed: known fields/);
    expect(() => readReadingsFile('{"toString": "lowest"}')).toThrow(/^invalid toString: "lowest"/);
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain("tieBreak");
    expect(readReadingsFile('{"deficits": "live"}').deficits).toBe("live");
  });
  it("accepts a file that starts with a byte-order mark, and names bad JSON in one line", () => {
    expect(readReadingsFile('\uFEFF{"comparison": "<"}').comparison).toBe("<");
    let message = "";
    try { readReadingsFile("{tieBreak: 1"); } catch (e) { message = (e as Error).message; }
    expect(message).toMatch(/^invalid readings file: "\{tieBreak: 1" \(allowed: JSON text; this file is not valid JSON: .+\)$/);
  });
});
