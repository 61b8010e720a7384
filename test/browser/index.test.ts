import {afterAll, beforeAll, describe, expect, inject, test} from "vitest";
import type {Browser} from "playwright-core";
import {launch, open} from "./browser.ts";

const base = inject("baseURL");

describe.skipIf(!base)("index notebook", () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  test("loads with no console errors and no foreign requests, and links to every notebook", async () => {
    const {page, errors, foreign} = await open(browser, base + "index.html", {waitFor: "a[href$='classroom.html']"});
    const hrefs = await page.$$eval("a", (as) => as.map((a) => a.getAttribute("href")));
    for (const name of ["classroom", "compare", "explore", "classic", "model"]) expect(hrefs.some((h) => h?.endsWith(`${name}.html`))).toBe(true);
    await page.waitForTimeout(200);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.context().close();
  });
});
