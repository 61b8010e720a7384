import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {costEffect, dominated} from "../../../viz/costEffect.ts";
import {estimates} from "../fixtures.ts";
import {aria, assertSnapshot, makeDocument, texts} from "../snapshot.ts";

describe("costEffect", () => {
  const document = makeDocument();
  const ESTIMATES = estimates();

  it("draws each option as benefit against staff time with both intervals and a legend (snapshot)", () => {
    const chart = costEffect(ESTIMATES, {document, cost: "staffEnergy"});
    assertSnapshot("costEffect", chart);
    expect(texts(chart)).toMatch(/Not dominated/);
    expect(chart.querySelectorAll('g[aria-label="rule"] line').length).toBe(2 * new Set(ESTIMATES.map((e) => e.option)).size);
  });

  it("names dominated options in its description, in both languages", () => {
    const rows = [
      {option: "a", measure: "influence", estimate: {mean: 0.5, lo: 0.4, hi: 0.6, sd: 0.1, n: 10, missing: 0}},
      {option: "a", measure: "staffHoursPerCase", estimate: {mean: 2, lo: 1.8, hi: 2.2, sd: 0.1, n: 10, missing: 0}},
      {option: "b", measure: "influence", estimate: {mean: 0.3, lo: 0.2, hi: 0.4, sd: 0.1, n: 10, missing: 0}},
      {option: "b", measure: "staffHoursPerCase", estimate: {mean: 3, lo: 2.8, hi: 3.2, sd: 0.1, n: 10, missing: 0}}
    ];
    expect(aria(costEffect(rows, {document})).description).toContain("Dominated options (another gives at least as much for no more staff time): b.");
    expect(aria(costEffect(rows, {document, lang: "nb"})).label).toBe("Kontrafaktisk innflytelse (0–1) mot Personaltid per sak (personaltimer per sak), per alternativ");
    expect(() => costEffect(rows.slice(0, 3), {document})).toThrow("no staffHoursPerCase for option b");
  });

  it("property: some option is never dominated, and none of those is beaten on both axes", () => {
    fc.assert(fc.property(fc.array(fc.record({effect: fc.double({min: 0, max: 1, noNaN: true}), cost: fc.double({min: 0, max: 10, noNaN: true})}), {minLength: 1, maxLength: 8}), (ps) => {
      const d = dominated(ps);
      expect(d.some((x) => !x)).toBe(true);
      ps.forEach((p, i) => {
        if (!d[i]) expect(ps.some((q) => q.effect > p.effect && q.cost < p.cost)).toBe(false);
      });
    }));
  });
});
