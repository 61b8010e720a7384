import {describe, expect, it} from "vitest";
import {classicMeasures} from "../../../viz/classicMeasures.ts";
import {classicRows} from "../fixtures.ts";
import {aria, assertSnapshot, makeDocument, texts} from "../snapshot.ts";

describe("classicMeasures", () => {
  const document = makeDocument();
  const rows = classicRows();

  it("draws problems unsolved by load and structure over the 324 runs (snapshot)", () => {
    assertSnapshot("classicMeasures", classicMeasures(rows, {document}));
  });

  it("draws flight in Norwegian (snapshot)", () => {
    assertSnapshot("classicMeasures-flight-nb", classicMeasures(rows, {document, measure: "flight", lang: "nb"}));
  });

  it("sets aria attributes and translates", () => {
    const en = classicMeasures(rows, {document});
    expect(aria(en).label).toBe("1972 measure by load and structure: Problems unsolved (count)");
    expect(aria(en).description).toMatch(/mean over 4 runs/);
    const nb = classicMeasures(rows, {document, lang: "nb"});
    expect(aria(nb).label).toBe("1972-mål etter belastning og struktur: Uløste problemer (antall)");
    expect(texts(nb)).toMatch(/Tilgangsstruktur/);
    expect(texts(nb)).toMatch(/Hierarkisk/);
  });

  it("fails loudly on an unknown measure", () => {
    expect(() => classicMeasures(rows, {document, measure: "happiness" as "flight"})).toThrow("invalid measure: happiness");
  });
});
