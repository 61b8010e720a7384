import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {classify, stepNumber, type DecisionFacts} from "../../../sim/participation/ladder.ts";

const base: DecisionFacts = {
  oversight: false, represented: true, wish: true, vetoOffered: false, twoWay: true, alternatives: 3, consequences: true, responsive: true, userDecided: false
};
const facts = fc.record({
  oversight: fc.boolean(), represented: fc.boolean(), wish: fc.boolean(), vetoOffered: fc.boolean(), twoWay: fc.boolean(),
  alternatives: fc.integer({min: 0, max: 6}), consequences: fc.boolean(), responsive: fc.boolean(), userDecided: fc.boolean()
});

describe("ladder classifier", () => {
  it("classifies the four steps from what happened", () => {
    expect(classify(base)).toBe("influence");
    expect(classify({...base, userDecided: true})).toBe("control");
    expect(classify({...base, responsive: false})).toBe("participation");
    expect(classify({...base, alternatives: 1})).toBe("participation");
    expect(classify({...base, twoWay: false})).toBe("participation");
    expect(classify({...base, consequences: false})).toBe("participation");
    expect(classify({...base, represented: false, wish: false, vetoOffered: false})).toBe("perspective");
    expect(classify({...base, represented: false, wish: false, vetoOffered: true})).toBe("participation");
    expect(classify({...base, oversight: true})).toBe("perspective");
  });
  it("property: a user neither present nor represented never reaches influence", () => {
    fc.assert(fc.property(facts, (f) => {
      if (!f.represented) expect(stepNumber(classify(f))).toBeLessThanOrEqual(2);
    }));
  });
  it("property: fewer than two alternatives, one-way, or no effect of the preference caps the step at participation", () => {
    fc.assert(fc.property(facts, (f) => {
      if (f.alternatives < 2 || !f.twoWay || !f.responsive || !f.consequences) expect(stepNumber(classify(f))).toBeLessThanOrEqual(2);
    }));
  });
  it("property: oversight is always user perspective; control needs the user's decision", () => {
    fc.assert(fc.property(facts, (f) => {
      if (f.oversight) expect(classify(f)).toBe("perspective");
      if (classify(f) === "control") expect(f.userDecided).toBe(true);
    }));
  });
});
