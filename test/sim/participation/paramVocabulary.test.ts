import {describe, expect, it} from "vitest";
import {PARAMETERS} from "../../../sim/participation/parameters.ts";
import {COLLECTIVE_PARAMETERS} from "../../../sim/collective/parameters.ts";
import {PARAM_UNITS, PARAM_VALUES, paramUnit, paramValue} from "../../../sim/participation/paramVocabulary.ts";

describe("parameter vocabulary", () => {
  it("labels every declared unit and every declared choice value in both languages", () => {
    for (const p of PARAMETERS) {
      if (p.unit) expect(Object.keys(PARAM_UNITS), p.key).toContain(p.unit);
      for (const v of p.values ?? []) expect(Object.keys(PARAM_VALUES), `${p.key}=${v}`).toContain(v);
    }
    // the collective model's inputs are labelled through the same table
    for (const p of COLLECTIVE_PARAMETERS) if (p.unit) expect(Object.keys(PARAM_UNITS), p.key).toContain(p.unit);
    for (const l of [...Object.values(PARAM_UNITS), ...Object.values(PARAM_VALUES)]) {
      expect(l.en.length).toBeGreaterThan(0);
      expect(l.nb.length).toBeGreaterThan(0);
    }
  });

  it("reads own keys only and passes unknown codes (member ids) through", () => {
    expect(paramUnit("weeks", "nb")).toBe("uker");
    expect(paramValue("negotiate", "nb")).toBe("forhandlet (maktvekter)");
    expect(paramValue("hospital", "nb")).toBe("hospital");
    expect(paramValue("constructor", "en")).toBe("constructor");
    expect(paramUnit("__proto__", "en")).toBe("__proto__");
  });
});
