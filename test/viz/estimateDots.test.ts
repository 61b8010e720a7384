import {describe, expect, it} from "vitest";
import {differenceDots} from "../../viz/differenceDots.ts";
import {estimateDots} from "../../viz/estimateDots.ts";
import {differences, estimates} from "./fixtures.ts";
import {aria, assertSnapshot, makeDocument, texts} from "./snapshot.ts";

describe("estimateDots", () => {
  const document = makeDocument();
  const ESTIMATES = estimates();

  it("draws mean and 95% CI per option (snapshot)", () => {
    assertSnapshot("estimateDots", estimateDots(ESTIMATES, {document, measure: "influence"}));
  });

  it("sets aria attributes and translates", () => {
    const en = estimateDots(ESTIMATES, {document, measure: "staffEnergy"});
    const nb = estimateDots(ESTIMATES, {document, measure: "staffEnergy", lang: "nb"});
    expect(aria(en).label).toBe("Estimates with 95% confidence intervals: Staff energy spent (hours)");
    expect(aria(en).description).toMatch(/Highest: rg-decide \(181.44\)\. Lowest: transfer-written \(16\)/);
    expect(aria(nb).label).toMatch(/konfidensintervall: Brukt personalenergi \(timer\)/);
    expect(texts(nb)).toMatch(/Brukt personalenergi/);
  });

  it("needs a measure when the rows hold several", () => {
    expect(() => estimateDots(ESTIMATES, {document})).toThrow("pass options.measure");
    expect(() => estimateDots(ESTIMATES, {document, measure: "nope"})).toThrow("invalid measure for estimateDots: nope");
  });
});

describe("differenceDots", () => {
  const document = makeDocument();
  const DIFFERENCES = differences().filter((d) => d.measure === "influence");

  it("draws differences from the reference with a zero rule (snapshot)", () => {
    assertSnapshot("differenceDots", differenceDots(DIFFERENCES, {document}));
  });

  it("sets aria attributes and translates", () => {
    const en = differenceDots(DIFFERENCES, {document});
    const nb = differenceDots(DIFFERENCES, {document, lang: "nb"});
    expect(aria(en).label).toBe("Difference from transfer-written: Counterfactual influence (0–1)");
    expect(aria(en).description).toMatch(/exclude zero: transfer-visit \(0.17\), team \(-0.16\), rg-decide \(-0.07\)\. Intervals that include zero: 0/);
    expect(aria(nb).description).toMatch(/utelukker null: transfer-visit \(0,17\), team \(−0,16\)/);
    expect(texts(nb)).toMatch(/Forskjell fra transfer-written/);
  });

  it("fails loudly on several references", () => {
    expect(() => differenceDots([...DIFFERENCES, {...DIFFERENCES[0], a: "team"}], {document})).toThrow("one reference option");
  });
});
