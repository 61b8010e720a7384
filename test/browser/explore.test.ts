import {readFileSync} from "node:fs";
import {csvParse} from "d3-dsv";
import {afterAll, beforeAll, describe, expect, inject, test} from "vitest";
import type {Browser} from "playwright-core";
import {summariseSweep, sweep1} from "../../sim/experiment/designs.ts";
import {preset} from "../../sim/participation/presets.ts";
import {launch, open} from "./browser.ts";

const base = inject("baseURL");

describe.skipIf(!base)("explore notebook", () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  test("a one-parameter sweep equals sim/experiment/designs.ts sweep1; moving an input redraws the chart", async () => {
    const url = `${base}explore.html?base=team&x=load.timePressure&xFrom=1&xTo=2&xn=3&reps=8&seed=3&measure=fit`;
    const {page, errors, foreign} = await open(browser, url, {waitFor: ".gc-results[data-state=ready] svg"});
    const want = summariseSweep(sweep1(preset("team"), "load.timePressure", [1, 1.5, 2], {reps: 8, seed: "3"}), "fit");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click(".gc-results figure button[data-filename$='-line.csv']")]);
    const got = csvParse(readFileSync(await download.path(), "utf8")).map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Number(v)])));
    expect(got.map((g) => g.x)).toEqual(want.map((w) => w.x));
    got.forEach((g, i) => {
      expect(g.mean).toBeCloseTo(want[i].estimate.mean, 10);
      expect(g.lo).toBeCloseTo(want[i].estimate.lo, 10);
    });
    const before = await page.innerHTML(".gc-results figure.gc-figure");
    await page.fill("input[name=xTo]", "4");
    await page.press("input[name=xTo]", "Enter");
    await page.waitForFunction(() => new URL(location.href).searchParams.get("xTo") === "4");
    await page.waitForSelector(".gc-results[data-state=ready] svg");
    expect(await page.innerHTML(".gc-results figure.gc-figure")).not.toBe(before);
    // every parameter has a labelled native input derived from the declarations
    await page.click(".gc-all-params summary");
    const unlabelled = await page.$$eval(".gc-all-params input, .gc-all-params select", (els) => els.filter((e) => !(e as HTMLInputElement).labels?.length).length);
    expect(unlabelled).toBe(0);
    expect(await page.$$eval(".gc-all-params [data-key]", (els) => els.length)).toBeGreaterThan(50);
    const [pq] = await Promise.all([page.waitForEvent("download"), page.click("button[name=parquet]")]);
    const bytes = readFileSync(await pq.path());
    expect(bytes.subarray(0, 4).toString()).toBe("PAR1");
    expect(bytes.subarray(bytes.length - 4).toString()).toBe("PAR1");
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.context().close();
  });

  test("a sweep over a choice parameter runs every value and equals sweep1", async () => {
    const url = `${base}explore.html?base=rg-decide&x=arenas.rg.mode&reps=10&seed=4&measure=influence`;
    const {page, errors, foreign} = await open(browser, url, {waitFor: ".gc-results[data-state=ready] svg"});
    expect(await page.textContent("[data-values=x]")).toContain("decide, report");
    const want = summariseSweep(sweep1(preset("rg-decide"), "arenas.rg.mode", ["decide", "report"], {reps: 10, seed: "4"}), "influence");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click(".gc-results figure button[data-filename$='-line.csv']")]);
    const got = csvParse(readFileSync(await download.path(), "utf8"));
    expect(got.map((g) => g.x)).toEqual(["decide", "report"]);
    got.forEach((g, i) => expect(Number(g.mean)).toBeCloseTo(want[i].estimate.mean, 10));
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.context().close();
  });

  test("a two-parameter sweep draws a heatmap while the page stays responsive (Web Workers)", async () => {
    const url = `${base}explore.html?base=rg-decide&mode=two&x=load.timePressure&xFrom=0.5&xTo=3&xn=5&y=power.crowding&yFrom=0&yTo=1&yn=4&reps=300`;
    // 20 points x 300 replications take about a second of CPU: run on the page's
    // own thread they would stall its timers far beyond the bound below.
    const {page, errors} = await open(browser, url, {waitFor: ".gc-results"});
    // while the sweep runs, timers on the page's thread keep firing on time
    const worst = await page.evaluate(() => new Promise<number>((resolve) => {
      let last = performance.now(), worstGap = 0;
      const tick = () => {
        const now = performance.now();
        worstGap = Math.max(worstGap, now - last);
        last = now;
        if (document.querySelector(".gc-results")?.getAttribute("data-state") === "ready") resolve(worstGap);
        else setTimeout(tick, 10);
      };
      tick();
    }));
    expect(worst).toBeLessThan(250);
    expect(await page.$$eval(".gc-results figure.gc-figure", (f) => f.length)).toBe(2);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("a bad URL shows the error message", async () => {
    const {page} = await open(browser, `${base}explore.html?base=nope&x=not.a.param&xn=99&p.load.timePressure=abc`, {waitFor: "[role=alert]"});
    const text = await page.textContent("[role=alert]");
    expect(text).toContain("base=nope");
    expect(text).toContain("xn=99");
    expect(text).toContain("load.timePressure");
    await page.waitForSelector(".gc-results[data-state=ready] svg", {timeout: 60_000});
    await page.context().close();
  });
});
