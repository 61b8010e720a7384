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
      const names = (s: string) => [...s.matchAll(/\{(\w+)(?:#[^{}|]*\|[^{}]*)?\}/g)].map((m) => m[1]).sort().join();
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

describe("counts with the word that agrees with them", () => {
  it("uses the singular for exactly one and the plural otherwise, in both languages", async () => {
    const {translator} = await import("../../viz/i18n.ts");
    const {t: tr} = translator({"x.n": {en: "{n#user|users} and {s#staff member|staff}", nb: "{n#bruker|brukere} og {s#ansatt|ansatte}"}});
    expect(tr("x.n", "en", {n: 1, s: 1})).toBe("1 user and 1 staff member");
    expect(tr("x.n", "en", {n: 2, s: 0})).toBe("2 users and 0 staff");
    expect(tr("x.n", "nb", {n: 1, s: 1})).toBe("1 bruker og 1 ansatt");
    expect(tr("x.n", "nb", {n: "1,5", s: 3})).toBe("1,5 brukere og 3 ansatte");
    expect(() => tr("x.n", "en", {n: 1})).toThrow(/missing parameter \{s\}/);
  });
  it("the collective notes say one user, one staff member (no '1 users', no '1 ansatte')", async () => {
    const {t: ui} = await import("../../notebooks/lib/i18n.ts");
    for (const lang of ["en", "nb"] as const) {
      const text = ui("ui.collective.frameNote", lang, {users: 1, staff: 1, rung: "–", proposed: 0, adopted: 0}) + ui("chart.meetingDots.description", lang, {users: 1, staff: 1, rung: "–"});
      expect(text).not.toMatch(/\b1 (users|staff(?! member)|brukere|ansatte)/);
      expect(text).toMatch(lang === "en" ? /1 user and 1 staff member/ : /1 bruker og 1 ansatt/);
    }
  });
});
