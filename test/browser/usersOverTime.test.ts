// The notebooks and users over time: the Classroom draws a user's trajectory
// over the year when a feedback loop is on, and Compare and Explore offer the
// new measures (read from the vocabulary in sim/participation/measures.ts).
import {afterAll, beforeAll, describe, expect, inject, test} from "vitest";
import type {Browser} from "playwright-core";
import {launch, open} from "./browser.ts";

const base = inject("baseURL");

describe.skipIf(!base)("users over time in the notebooks", () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  test("Classroom: a preset with the loops on shows the user over the year, and it grows as the run is stepped; one without shows none", async () => {
    const {page, errors} = await open(browser, base + "classroom.html?model=housing-structured", {waitFor: ".gc-body[data-index='0'] svg"});
    const chart = () => page.$eval("svg[aria-label='A user over the year']", (s) => s.outerHTML);
    const first = await chart();
    await page.fill("#classroom-time", "30");
    expect(await chart()).not.toBe(first);
    expect(await page.textContent(".gc-over-time")).toContain("User 1 of 12 over the year");
    expect(errors).toEqual([]);
    await page.context().close();
    const other = await open(browser, base + "classroom.html?model=casework", {waitFor: ".gc-body[data-index='0'] svg"});
    expect(await other.page.$$("svg[aria-label='A user over the year']")).toHaveLength(0);
    await other.page.context().close();
  });

  test("Compare and Explore offer the new measures by their declared labels", async () => {
    const {page, errors} = await open(browser, `${base}compare.html?opt=three-doors&opt=one-door&reps=4&seed=1&measure=handoffs`, {waitFor: ".gc-results[data-state=ready]"});
    await page.waitForSelector("section[data-measure=handoffs] svg");
    const values = await page.$$eval("select[name=measure] option", (o) => o.map((x) => (x as HTMLOptionElement).value));
    for (const k of ["handoffs", "userEnergy", "desiredGap", "decidedWithoutUser", "influenceGap", "gini", "mastery"]) expect(values).toContain(k);
    expect(await page.textContent("section[data-measure=handoffs]")).toContain("Hand-offs between services per case");
    expect(errors).toEqual([]);
    await page.context().close();
    const ex = await open(browser, `${base}explore.html?base=housing-structured&x=feedback.trustRate&xFrom=0.1&xTo=0.3&xn=2&reps=2&seed=1&measure=mastery`, {waitFor: ".gc-results[data-state=ready] svg"});
    expect(await ex.page.$$eval("select[name=measure] option", (o) => o.map((x) => (x as HTMLOptionElement).value))).toContain("gini");
    expect(ex.errors).toEqual([]);
    await ex.page.context().close();
  });
});
