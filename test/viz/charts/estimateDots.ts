import {describe, expect, it} from "vitest";
import {differenceDots} from "../../../viz/differenceDots.ts";
import {estimateDots} from "../../../viz/estimateDots.ts";
import {formatNumber} from "../../../viz/format.ts";
import {measureLabel} from "../../../viz/vocabulary.ts";
import {differences, estimates} from "../fixtures.ts";
import {aria, assertSnapshot, makeDocument, texts} from "../snapshot.ts";

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
    const energy = ESTIMATES.filter((e) => e.measure === "staffEnergy");
    const hi = energy.reduce((a, b) => (b.estimate.mean > a.estimate.mean ? b : a));
    const lo = energy.reduce((a, b) => (b.estimate.mean < a.estimate.mean ? b : a));
    expect(aria(en).description).toContain(`Highest: ${hi.option} (${formatNumber(hi.estimate.mean, "en")}). Lowest: ${lo.option} (${formatNumber(lo.estimate.mean, "en")}).`);
    expect(aria(nb).label).toMatch(/konfidensintervall: Brukt personalenergi \(timer\)/);
    expect(texts(nb)).toMatch(/Brukt personalenergi/);
  });

  it("names a measure by its one declaration in sim/", () => {
    const nb = estimateDots(ESTIMATES, {document, measure: "timeToDecision", lang: "nb"});
    expect(aria(nb).label).toContain(measureLabel("timeToDecision", "nb"));
    expect(texts(nb)).toContain(measureLabel("timeToDecision", "nb"));
    expect(texts(nb) + aria(nb).description).not.toMatch(/Tid til beslutning/);
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
    const clear = DIFFERENCES.filter((d) => d.estimate.lo > 0 || d.estimate.hi < 0);
    const list = (lang: "en" | "nb") => (clear.length ? clear.map((d) => `${d.b} (${formatNumber(d.estimate.mean, lang)})`).join(", ") : "–");
    expect(aria(en).description).toContain(`exclude zero: ${list("en")}. Intervals that include zero: ${DIFFERENCES.length - clear.length}.`);
    expect(aria(nb).description).toContain(`utelukker null: ${list("nb")}.`);
    expect(texts(nb)).toMatch(/Forskjell fra transfer-written/);
  });

  it("fails loudly on several references", () => {
    expect(() => differenceDots([...DIFFERENCES, {...DIFFERENCES[0], a: "team"}], {document})).toThrow("one reference option");
  });
});
