import {describe, expect, it} from "vitest";
import {ladderBars} from "../../../viz/ladderBars.ts";
import {formatPercent} from "../../../viz/format.ts";
import {ladders} from "../fixtures.ts";
import {aria, assertSnapshot, makeDocument, texts} from "../snapshot.ts";

describe("ladderBars", () => {
  const document = makeDocument();
  const LADDERS = ladders();

  it("stacks the ladder per option (snapshot)", () => {
    assertSnapshot("ladderBars", ladderBars(LADDERS, {document}));
  });

  it("sets aria attributes and translates", () => {
    const en = ladderBars(LADDERS, {document});
    const nb = ladderBars(LADDERS, {document, lang: "nb"});
    expect(aria(en).label).toBe("Hansen's ladder per organisational option");
    const high = LADDERS.map((d) => ({option: d.option, x: d.ladder.influence + d.ladder.control}));
    const best = high.reduce((a, b) => (b.x > a.x ? b : a)), worst = high.reduce((a, b) => (b.x < a.x ? b : a));
    expect(aria(en).description).toContain(`Largest share with influence or control: ${best.option} (${formatPercent(best.x, "en")}); smallest: ${worst.option} (${formatPercent(worst.x, "en")}).`);
    expect(aria(nb).label).toBe("Hansens trapp per organiseringsform");
    expect(texts(nb)).toMatch(/Brukerinnflytelse/);
    expect(texts(nb)).toMatch(/Andel av sakene/);
    expect(texts(en)).not.toMatch(/Brukerinnflytelse/);
  });

  it("fails loudly on bad input", () => {
    expect(() => ladderBars(LADDERS, {document, lang: "sv" as "en"})).toThrow("invalid lang: sv");
    expect(() => ladderBars([], {document})).toThrow("invalid data");
    expect(() => ladderBars([{option: "x", ladder: {...LADDERS[0].ladder, control: 0.5}}], {document})).toThrow("sum to");
    expect(() => ladderBars(LADDERS, {document, measure: "x"} as never)).toThrow("invalid option for ladderBars: measure");
  });
});
