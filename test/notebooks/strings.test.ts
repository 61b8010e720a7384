import {readdirSync, readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {hasKey} from "../../notebooks/lib/i18n.ts";
import {UI_STRINGS} from "../../notebooks/lib/strings.ts";
import {STRINGS} from "../../viz/i18n.ts";

describe("notebook strings", () => {
  it("live with the notebooks: ui.* keys here, none in the charts' catalogue, no key in both", () => {
    const keys = Object.keys(UI_STRINGS);
    expect(keys.length).toBeGreaterThan(100);
    expect(keys.filter((k) => !k.startsWith("ui."))).toEqual([]);
    expect(Object.keys(STRINGS).filter((k) => k.startsWith("ui."))).toEqual([]);
  });

  it("are one flat catalogue sorted by key, every entry in both languages with the same placeholders", () => {
    const keys = Object.keys(UI_STRINGS);
    expect(keys).toEqual([...keys].sort());
    // a placeholder's name, with or without the words that agree with it ({n} or {n#one|other})
    const names = (s: string) => [...s.matchAll(/\{(\w+)(?:#[^{}|]*\|[^{}]*)?\}/g)].map((m) => m[1]).sort().join();
    for (const [key, entry] of Object.entries(UI_STRINGS) as [string, {en: string; nb: string}][]) {
      expect(entry.en, key).toBeTruthy();
      expect(entry.nb, key).toBeTruthy();
      expect(names(entry.nb), key).toBe(names(entry.en));
    }
  });

  it("every literal key the notebooks use is in their catalogue or the charts'", () => {
    const dir = new URL("../../notebooks/lib/", import.meta.url);
    const missing: string[] = [];
    let seen = 0;
    for (const f of readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
      const src = readFileSync(new URL(f, dir), "utf8");
      for (const m of src.matchAll(/\bt\("([\w.]+)"/g)) {
        seen++;
        if (!hasKey(m[1])) missing.push(`${f}: ${m[1]}`);
      }
    }
    expect(seen).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });
});
