import {describe, expect, it} from "vitest";
import {importanceData} from "../../../viz/importanceData.ts";
import {importanceProfile} from "../../../viz/importanceProfile.ts";
import {classicResults} from "../fixtures.ts";
import {aria, assertSnapshot, makeDocument, texts} from "../snapshot.ts";

describe("importanceProfile", () => {
  const document = makeDocument();
  const results = classicResults();

  it("draws problems solved by importance over the 324 runs (snapshot)", () => {
    assertSnapshot("importanceProfile-problems", importanceProfile(results, {document}));
  });

  it("draws choice outcomes by importance (snapshot)", () => {
    assertSnapshot("importanceProfile-choices", importanceProfile(results, {document, entity: "choices"}));
  });

  it("ranks by importance under the mirror orientation: rank 1 is the last index", () => {
    const plain = importanceData(results);
    const mirrored = importanceData(results, {orientation: "mirror"});
    const share = (rows: typeof plain, entity: "problems" | "choices", rank: number, outcome: string) =>
      rows.find((r) => r.entity === entity && r.rank === rank && r.outcome === outcome)!.share;
    expect(share(mirrored, "problems", 1, "solved")).toBe(share(plain, "problems", 20, "solved"));
    expect(share(mirrored, "choices", 10, "unmade")).toBe(share(plain, "choices", 1, "unmade"));
    expect(() => importanceData(results, {orientation: "sideways" as never})).toThrow(/invalid orientation/);
  });

  it("has shares that add up per rank, and counts every entity", () => {
    const rows = importanceData(results);
    for (const entity of ["problems", "choices"] as const) {
      const ranks = new Set(rows.filter((r) => r.entity === entity).map((r) => r.rank));
      expect(ranks.size).toBe(entity === "problems" ? 20 : 10);
      for (const rank of ranks) {
        const rs = rows.filter((r) => r.entity === entity && r.rank === rank);
        expect(rs.reduce((s, r) => s + r.share, 0)).toBeCloseTo(1, 10);
        expect(rs[0].n).toBe(324);
      }
    }
  });

  it("sets aria attributes and translates", () => {
    const en = importanceProfile(results, {document, entity: "choices"});
    expect(aria(en).label).toBe("Choice outcomes by importance");
    expect(aria(en).description).toMatch(/over 324 runs/);
    const nb = importanceProfile(results, {document, lang: "nb"});
    expect(aria(nb).label).toBe("Løste problemer etter viktighet");
    expect(texts(nb)).toMatch(/Problemets viktighet/);
  });

  it("fails loudly", () => {
    expect(() => importanceProfile(results, {document, entity: "dms" as "choices"})).toThrow("invalid entity: dms");
    expect(() => importanceProfile([], {document})).toThrow("invalid data");
  });
});
