import {describe, expect, it} from "vitest";
import {STRINGS, has, t} from "../../viz/i18n.ts";

describe("i18n", () => {
  it("is one flat catalogue sorted by key, every entry in both languages", () => {
    const keys = Object.keys(STRINGS);
    expect(keys).toEqual([...keys].sort());
    for (const [key, entry] of Object.entries(STRINGS)) {
      expect(entry.en, key).toBeTruthy();
      expect(entry.nb, key).toBeTruthy();
      // the same placeholders in both languages
      const names = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join();
      expect(names(entry.nb), key).toBe(names(entry.en));
    }
  });

  it("uses the source texts' Norwegian terms", () => {
    expect(t("term.responsibilityGroup", "nb")).toBe("Ansvarsgruppe");
    expect(t("term.fixedTeam", "nb")).toBe("Samhandlingsgruppe (fast team)");
  });

  it("fills placeholders and fails loudly", () => {
    expect(t("frame.week", "nb", {n: 3})).toBe("Uke 3");
    expect(() => t("no.such.key", "en")).toThrow("unknown string key: no.such.key");
    expect(() => t("frame.week", "en")).toThrow("missing parameter {n}");
    expect(() => t("frame.week", "de" as "en", {n: 1})).toThrow("invalid lang: de");
    expect(has("frame.week")).toBe(true);
    expect(has("frame.nothing")).toBe(false);
  });
});
