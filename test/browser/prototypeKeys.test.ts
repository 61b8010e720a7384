// A link whose parameters name __proto__ (or constructor, prototype) gets a
// visible role="alert" naming the parameter, leaves Object.prototype clean,
// and the page still draws its charts from the rest of the link.
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
});
