import {describe, expect, it} from "vitest";
import {primTradeOff, robustDraws} from "../../../viz/discoveryCharts.ts";
import {robustFixture} from "../discoveryFixtures.ts";
import {aria, assertSnapshot, chartSvg, makeDocument, texts} from "../snapshot.ts";

describe("primTradeOff", () => {
  const document = makeDocument();
  const {findings} = robustFixture();
  const box = findings[0].discovery!.boxes[0];

  it("draws every step of the box with the chosen one ringed (snapshot)", () => {
    assertSnapshot("primTradeOff", primTradeOff(box.tradeOff, {document, chosen: box.step}));
  });

  it("says how many steps, how many on the front and which was chosen, in both languages", () => {
    const front = box.tradeOff.filter((s) => s.paretoEfficient).length;
    const en = primTradeOff(box.tradeOff, {document, chosen: box.step});
    expect(aria(en).description).toContain(`${box.tradeOff.length} steps, ${front} of them on the Pareto front. Step ${box.step} is chosen (ringed)`);
    expect(chartSvg(en).querySelectorAll("[aria-label=\"dot\"] circle").length).toBe(box.tradeOff.length + 1);
    const nb = primTradeOff(box.tradeOff, {document, lang: "nb"});
    expect(aria(nb).description).toContain(`${box.tradeOff.length} steg, ${front} av dem på Pareto-fronten.`);
    expect(texts(nb)).toContain("Tetthet");
    expect(chartSvg(nb).querySelectorAll("[aria-label=\"dot\"] circle").length).toBe(box.tradeOff.length);
  });

  it("refuses an empty trajectory and a chosen step it does not have", () => {
    expect(() => primTradeOff([], {document})).toThrow("invalid data for primTradeOff");
    expect(() => primTradeOff(box.tradeOff, {document, chosen: 999})).toThrow("invalid chosen for primTradeOff: 999");
  });
});

describe("robustDraws", () => {
  const document = makeDocument();
  const {result, findings} = robustFixture();

  it("draws each draw coloured by whether the verdict held, with the box over them (snapshot)", () => {
    assertSnapshot("robustDraws", robustDraws(result, findings[0], {document}));
  });

  it("puts the box's parameters on the axes by default and draws its rectangle at its limits", () => {
    const el = robustDraws(result, findings[0], {document});
    const held = result.draws.filter((d) => d.judgement[0][0] === 1).length;
    expect(aria(el).description).toContain(`(${held} of 200 draws)`);
    expect(aria(el).description).toContain("The dashed rectangle is the PRIM box");
    expect(texts(el)).toContain("Coordinator visit: Hours per case");
    expect(chartSvg(el).querySelectorAll("[aria-label=\"rect\"] rect").length).toBe(1);
    expect(chartSvg(el).querySelectorAll("[aria-label=\"dot\"] circle").length).toBe(200);
    // on two parameters the box does not restrict there is no rectangle
    const other = robustDraws(result, findings[0], {document, x: "p2", y: "p1"});
    expect(texts(other)).toContain("Patience (weeks)");
    expect(chartSvg(other).querySelectorAll("[aria-label=\"rect\"] rect").length).toBe(1); // p1 is restricted
    const none = robustDraws(result, findings[1], {document, x: "p2", y: "p0", lang: "nb"});
    expect(chartSvg(none).querySelectorAll("[aria-label=\"rect\"] rect").length).toBe(0);
    expect(aria(none).description).toContain("(200 av 200 trekninger)");
  });

  it("refuses a parameter that was not drawn and a finding from elsewhere", () => {
    expect(() => robustDraws(result, findings[0], {document, x: "nope"})).toThrow("invalid x for robustDraws: nope");
    expect(() => robustDraws(result, {...findings[0], option: "other"}, {document})).toThrow("invalid finding for robustDraws");
  });
});
