import {describe, expect, it} from "vitest";
import {userTypeDots} from "../../../viz/userTypeDots.ts";
import {userTypeRows} from "../fixtures.ts";
import {aria, assertSnapshot, makeDocument, texts} from "../snapshot.ts";

describe("userTypeDots", () => {
  const document = makeDocument();
  const rows = userTypeRows();
  const labels: Record<string, string> = {resourceful: "Resourceful user", vulnerable: "Vulnerable user", frail: "Frail user"};

  it("draws influence per option and user type (snapshot)", () => {
    assertSnapshot("userTypeDots", userTypeDots(rows, {document, measure: "influence", labels}));
  });

  it("sets aria attributes and translates", () => {
    const en = userTypeDots(rows, {document, measure: "meanStep", labels});
    expect(aria(en).label).toBe("Differences between user types: Mean ladder step (1 = perspective, 4 = control)");
    const types = [...new Set(rows.filter((r) => r.measure === "meanStep").map((r) => labels[r.userType] ?? r.userType))];
    expect(aria(en).description).toContain(`for each user type (${types.join(", ")})`);
    const nb = userTypeDots(rows, {document, measure: "meanStep", lang: "nb", labels: {resourceful: "Ressurssterk", vulnerable: "Sårbar"}});
    expect(aria(nb).label).toMatch(/^Forskjeller mellom brukertyper: Gjennomsnittlig trinn/);
    expect(texts(nb)).toMatch(/Sårbar/);
  });

  it("fails loudly", () => {
    expect(() => userTypeDots(rows, {document})).toThrow("pass options.measure");
    expect(() => userTypeDots(rows, {document, measure: "influence", labels: 3 as never})).toThrow("invalid labels");
  });
});
