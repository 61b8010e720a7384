import {describe, expect, it} from "vitest";
import {classicHeatmap} from "../../../viz/classicHeatmap.ts";
import {classicRows} from "../fixtures.ts";
import {aria, assertSnapshot, makeDocument, texts} from "../snapshot.ts";

describe("classicHeatmap", () => {
  const document = makeDocument();
  const rows = classicRows();

  it("draws the 81 variants (snapshot)", () => {
    assertSnapshot("classicHeatmap", classicHeatmap(rows, {document}));
  });

  it("has 81 cells, aria attributes and translations", () => {
    const en = classicHeatmap(rows, {document, measure: "energyExcess"});
    expect(en.querySelectorAll('g[aria-label="cell"] rect')).toHaveLength(81);
    expect(aria(en).label).toBe("The 81 variants of the 1972 model: Energy in excess of need (energy units)");
    expect(aria(en).description).toMatch(/mean over 4 runs per cell/);
    const nb = classicHeatmap(rows, {document, measure: "energyExcess", lang: "nb"});
    expect(aria(nb).label).toMatch(/De 81 variantene/);
    expect(texts(nb)).toMatch(/Viktige personer, mindre energi/);
  });

  it("fails loudly", () => {
    expect(() => classicHeatmap(rows, {document, measure: "x" as "flight"})).toThrow("invalid measure: x");
    expect(() => classicHeatmap([{...rows[0], load: "huge" as "light"}], {document})).toThrow("invalid load: huge");
  });
});
