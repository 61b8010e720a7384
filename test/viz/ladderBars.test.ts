import {describe, expect, it} from "vitest";
import {ladderBars} from "../../viz/ladderBars.ts";
import {ladders} from "./fixtures.ts";
import {aria, assertSnapshot, makeDocument, texts} from "./snapshot.ts";

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
    expect(aria(en).description).toMatch(/Largest share with influence or control: transfer-visit \(43%\); smallest: transfer-written \(0%\)/);
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
