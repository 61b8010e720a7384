// A link whose parameters name __proto__ (or constructor, prototype) gets a
// visible role="alert" naming the parameter, leaves Object.prototype clean,
// and the page still draws its charts from the rest of the link. Likewise a
// classic readings file with a __proto__ key; a byte-order mark is accepted.
import {mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, inject, test} from "vitest";
import type {Browser} from "playwright-core";
import {launch, open} from "./browser.ts";

const base = inject("baseURL");

describe.skipIf(!base)("links with prototype keys", () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  const pages = [
    {name: "explore", query: "base=team&x=load.timePressure&xFrom=1&xTo=2&xn=2&reps=2&seed=3&p.arenas.__proto__.rule=user&__proto__=1&p.constructor.prototype.rule=user",
      keys: ["p.arenas.__proto__.rule", "__proto__=1", "p.constructor.prototype.rule"]},
    {name: "compare", query: "opt=team&opt=rg-decide&reps=4&seed=2&o1.arenas.__proto__.rule=user&o2.arenas.constructor.rule=user",
      keys: ["o1.arenas.__proto__.rule", "o2.arenas.constructor.rule"]}
  ];
  for (const p of pages) {
    test(`${p.name}: an alert names each refused parameter and the charts are drawn`, async () => {
      const {page, errors, foreign} = await open(browser, `${base}${p.name}.html?${p.query}`, {waitFor: ".gc-results[data-state=ready] svg"});
      const alert = (await page.textContent("[role=alert]")) ?? "";
      for (const k of p.keys) expect(alert).toContain(k);
      expect(alert).not.toMatch(/TypeError|is not a function|\bat .+:\d+:\d+/);
      expect(await page.$$eval(".gc-results svg", (svgs) => svgs.length)).toBeGreaterThan(0);
      expect(await page.evaluate(() => [Object.getOwnPropertyNames(Object.prototype).includes("rule"), ({} as Record<string, unknown>).rule])).toEqual([false, undefined]);
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
      await page.context().close();
    });
  }

  test("classic: a readings file with a __proto__ key gets an alert naming it; one with a byte-order mark loads", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gc-proto-"));
    const bad = join(dir, "proto.json"), good = join(dir, "bom.json");
    writeFileSync(bad, '{"kind": "classic-readings", "__proto__": {"comparison": "<"}}');
    writeFileSync(good, '\uFEFF{"kind": "classic-readings", "orientation": "mirror"}');
    const {page, errors} = await open(browser, `${base}classic.html`, {waitFor: "[data-property=P1]"});
    await page.setInputFiles("fieldset input[type=file]", bad);
    await page.waitForSelector("[role=alert]");
    const alert = (await page.textContent("[role=alert]")) ?? "";
    expect(alert).toContain("invalid __proto__");
    expect(alert).not.toMatch(/is not a function|TypeError/);
    await page.setInputFiles("fieldset input[type=file]", good);
    await page.waitForFunction(() => new URL(location.href).searchParams.get("orientation") === "mirror");
    expect(await page.evaluate(() => Object.getOwnPropertyNames(Object.prototype).includes("comparison"))).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
