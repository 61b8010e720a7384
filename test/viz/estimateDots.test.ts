import {describe, expect, it} from "vitest";
import {differenceDots} from "../../viz/differenceDots.ts";
import {estimateDots} from "../../viz/estimateDots.ts";
import {DIFFERENCES, ESTIMATES} from "./fixtures.ts";
import {aria, assertSnapshot, makeDocument, texts} from "./snapshot.ts";

describe("estimateDots", () => {
  const document = makeDocument();

  it("draws mean and 95% CI per option (snapshot)", () => {
    assertSnapshot("estimateDots", estimateDots(ESTIMATES, {document, measure: "influence"}));
  });

  it("sets aria attributes and translates", () => {
    const en = estimateDots(ESTIMATES, {document, measure: "staffEnergy"});
    const nb = estimateDots(ESTIMATES, {document, measure: "staffEnergy", lang: "nb"});
    expect(aria(en).label).toBe("Estimates with 95% confidence intervals: Staff energy spent (hours)");
    expect(aria(en).description).toMatch(/Highest: responsibilityGroup \(66\)/);
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

  it("draws differences from the reference with a zero rule (snapshot)", () => {
    assertSnapshot("differenceDots", differenceDots(DIFFERENCES, {document}));
  });

  it("sets aria attributes and translates", () => {
    const en = differenceDots(DIFFERENCES, {document});
    const nb = differenceDots(DIFFERENCES, {document, lang: "nb"});
    expect(aria(en).label).toBe("Difference from transfer: Counterfactual influence (0–1)");
    expect(aria(en).description).toMatch(/exclude zero: coordinatorVisit \(0.29\), responsibilityGroup \(0.35\)/);
    expect(aria(nb).description).toMatch(/utelukker null: coordinatorVisit \(0,29\)/);
    expect(texts(nb)).toMatch(/Forskjell fra transfer/);
  });

  it("fails loudly on several references", () => {
    expect(() => differenceDots([...DIFFERENCES, {...DIFFERENCES[0], a: "fixedTeam"}], {document})).toThrow("one reference option");
  });
});
