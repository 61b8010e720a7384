import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {CONFIG_FIELDS, parseClassicConfig, readClassicConfig} from "../../../sim/classic/config.ts";
import {config1972, design1972} from "../../../sim/classic/design.ts";
import {runClassic} from "../../../sim/classic/engine.ts";
import {InputError} from "../../../sim/input.ts";

const GOOD = {periods: 4, load: 1, solutionCoefficient: 0.5, energies: [1, 0.5], access: [[0, 1], [1, 1], [1, 0]], decision: [[1, 1], [0, 1]],
  choiceEntry: [1, 2], problemEntry: [1, 1, 3], tieBreak: "lowest", comparison: "<=", deficits: "previous", arithmetic: "integer"};

function errorOf(input: unknown): InputError {
  try {
    parseClassicConfig(input);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error("expected an InputError");
}

describe("classic config files", () => {
  it("accepts every 1972 design point as it is and runs it the same", () => {
    for (const p of design1972().slice(0, 40)) {
      const c = config1972(p);
      const parsed = parseClassicConfig(JSON.parse(JSON.stringify(c)));
      expect(parsed).toEqual(c);
      expect(runClassic(parsed).resolution).toBe(runClassic(c).resolution);
    }
  });
  it("fills the optional rules with the pinned readings and accepts a byte-order mark", () => {
    const {tieBreak: _t, comparison: _c, deficits: _d, arithmetic: _a, ...bare} = GOOD;
    expect(parseClassicConfig(bare)).toEqual(GOOD);
    expect(readClassicConfig("\uFEFF" + JSON.stringify(GOOD))).toEqual(GOOD);
  });
  it("names the field, the value and what is allowed", () => {
    const cases: [Record<string, unknown>, string][] = [
      [{...GOOD, periods: 0}, "invalid periods: 0 (allowed: an integer in [1, 10000])"],
      [{...GOOD, periods: "4"}, 'invalid periods: "4" (allowed: an integer in [1, 10000] written as a number, not a string)'],
      [{...GOOD, load: -1}, "invalid load: -1 (allowed: a number in [0, 1000000] (energy per problem))"],
      [{...GOOD, solutionCoefficient: 0}, "invalid solutionCoefficient: 0 (allowed: a number above 0, at most 1)"],
      [{...GOOD, energies: [1, null]}, "invalid energies[2]: null (allowed: a number in [0, 1000000])"],
      [{...GOOD, energies: []}, "invalid energies: [] (allowed: an array of 1 to 10000 numbers (one per decision maker); got 0)"],
      [{...GOOD, choiceEntry: [1, 5]}, "invalid choiceEntry[2]: 5 (allowed: an integer in [0, 4] (a period of the run; 0 = never enters))"],
      [{...GOOD, problemEntry: [1, 1.5, 3]}, "invalid problemEntry[2]: 1.5 (allowed: an integer in [0, 4] (a period of the run; 0 = never enters))"],
      [{...GOOD, access: [[0, 1], [1, 1]]}, "invalid access: [[0,1],[1,1]] (allowed: an array of 3 rows (one per problem, as in problemEntry); got 2)"],
      [{...GOOD, decision: [[1, 1], [0, 2]]}, "invalid decision[2][2]: 2 (allowed: 0 or 1)"],
      [{...GOOD, decision: [[1, 1], [0, true]]}, "invalid decision[2][2]: true (allowed: 0 or 1)"],
      [{...GOOD, tieBreak: "first"}, 'invalid tieBreak: "first" (allowed: lowest, highest, random)'],
      [{...GOOD, orientation: "mirror"}, `invalid orientation: "mirror" (allowed: known fields: ${CONFIG_FIELDS.join(", ")})`],
      [{...GOOD, access: undefined}, "invalid access: missing (allowed: a required field of a classic config)"]
    ];
    for (const [input, message] of cases) expect(errorOf(input).message).toBe(message);
  });
  it("reads own fields only", () => {
    const polluted = Object.create({periods: 4});
    Object.assign(polluted, GOOD);
    delete polluted.periods;
    expect(errorOf(polluted).message).toBe("invalid periods: missing (allowed: a required field of a classic config)");
    expect(errorOf(JSON.parse('{"__proto__": {"periods": 4}}')).field).toBe("__proto__");
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain("periods");
  });
  it("property: any value of a wrong type in any field gives a one-line InputError naming that field", () => {
    const wrong = fc.oneof(fc.string(), fc.boolean(), fc.constant(null), fc.double(), fc.array(fc.integer()), fc.dictionary(fc.string(), fc.integer()));
    fc.assert(fc.property(fc.constantFrom(...CONFIG_FIELDS), wrong, (field, value) => {
      let error: unknown;
      try {
        parseClassicConfig({...GOOD, [field]: value});
      } catch (e) {
        error = e;
      }
      if (error === undefined) return; // some values are legal (e.g. a legal rule name)
      expect(error).toBeInstanceOf(InputError);
      // a legal list of another length in a field that gives a size is reported at the matrix it no longer fits
      const sized: Record<string, string[]> = {energies: ["decision"], choiceEntry: ["access", "decision"], problemEntry: ["access"]};
      expect([field, ...(sized[field] ?? [])]).toContain((error as InputError).field.split(/[.[]/)[0]);
      expect((error as Error).message).not.toContain("\n");
    }));
  });
});
