import {readdirSync, readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {has} from "../../viz/i18n.ts";

describe("notebook strings", () => {
  it("every literal key the notebooks use is in the catalogue", () => {
    const dir = new URL("../../notebooks/lib/", import.meta.url);
    const missing: string[] = [];
    for (const f of readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
      const src = readFileSync(new URL(f, dir), "utf8");
      for (const m of src.matchAll(/\bt\("([\w.]+)"/g)) if (!has(m[1])) missing.push(`${f}: ${m[1]}`);
    }
    expect(missing).toEqual([]);
  });
});
