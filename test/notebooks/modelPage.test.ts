// The model page's table of declared regions: one row per region with how it
// fared on fresh draws, from sim/ (REGION_CHECKS), in both languages.
import {describe, expect, it} from "vitest";
import {regionRows} from "../../notebooks/lib/modelPage.ts";
import {CLAIM_REGIONS, CLAIM_REGIONS_THIRD, REGION_CHECKS} from "../../sim/participation/claims.ts";

describe("model page: declared regions and whether each was confirmed", () => {
  it("lists every declared region once, with its statement, counts and result, in English and bokmål", () => {
    const en = regionRows("en"), nb = regionRows("nb");
    expect(en.length).toBe(CLAIM_REGIONS.length + CLAIM_REGIONS_THIRD.length);
    expect(nb.length).toBe(en.length);
    for (const [k, c] of REGION_CHECKS.entries()) {
      const region = (c.region === "first" ? CLAIM_REGIONS : CLAIM_REGIONS_THIRD).find((r) => r.claim === c.claim)!;
      expect(en[k].id).toBe(c.claim);
      expect(en[k].region).toBe(region.statement.en);
      expect(nb[k].region).toBe(region.statement.nb);
      expect(en[k].confirmed).toBe(region.confirmed ? "confirmed" : "not confirmed");
      expect(nb[k].confirmed).toBe(region.confirmed ? "bekreftet" : "ikke bekreftet");
      expect(en[k].held).toBe(`${c.holds}/${c.draws}`);
    }
  });
  it("shows each advocate-internal region as its declaration says, with the third set's counts", () => {
    const rows = regionRows("en").filter((r) => r.id === "advocate-internal");
    const declared = [...CLAIM_REGIONS, ...CLAIM_REGIONS_THIRD].filter((r) => r.claim === "advocate-internal");
    expect(rows.map((r) => r.confirmed)).toEqual(declared.map((r) => r.confirmed ? "confirmed" : "not confirmed"));
    const third = rows.find((r) => r.checkedOn.startsWith("claims-lhs-third"))!;
    const c = REGION_CHECKS.find((x) => x.region === "third")!;
    expect(third).toMatchObject({readFrom: "claims-lhs, claims-lhs-confirm", held: `${c.holds}/${c.draws}`, inRegion: `${c.inHolds} hold / ${c.inFails} fail`, outside: `${c.outHolds} hold / ${c.outFails} fail`,
      accuracy: (c.inHolds + c.outFails) / c.draws, noInformation: Math.max(c.holds, c.draws - c.holds) / c.draws});
    expect(regionRows("nb").find((r) => r.checkedOn.startsWith("claims-lhs-third"))!.inRegion).toBe(`${c.inHolds} holder / ${c.inFails} svikter`);
  });
});
