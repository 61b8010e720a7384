import {readFileSync} from "node:fs";
import {csvParse} from "d3-dsv";
import {afterAll, beforeAll, describe, expect, inject, test} from "vitest";
import type {Browser, Page} from "playwright-core";
import {compareOptions} from "../../sim/experiment/compare.ts";
import {runReplications, type MeasureRow} from "../../sim/experiment/run.ts";
import {preset} from "../../sim/participation/presets.ts";
import {launch, open} from "./browser.ts";

const base = inject("baseURL");

function parseCSV(text: string): Record<string, string>[] {
  return csvParse(text);
}

async function downloadCSV(page: Page, figure: string): Promise<Record<string, string>[]> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.click(`figure[data-name='${figure}'] button[data-filename='${figure}.csv']`)
  ]);
  expect(download.suggestedFilename()).toBe(`${figure}.csv`);
  return parseCSV(readFileSync(await download.path(), "utf8"));
}

describe.skipIf(!base)("compare notebook", () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  test("its figures equal sim/experiment/ (the CLI's code path) for the same seed and replications", async () => {
    const ids = ["transfer-written", "transfer-visit", "team"];
    const reps = 24, seed = "7";
    const url = `${base}compare.html?${ids.map((id) => `opt=${id}`).join("&")}&reps=${reps}&seed=${seed}`;
    const {page, errors, foreign} = await open(browser, url, {waitFor: ".gc-results[data-state=ready]"});
    const rows: Record<string, MeasureRow[]> = {};
    for (const id of ids) rows[id] = runReplications(preset(id), {reps, seed});
    const expected = compareOptions(rows);
    for (const m of ["influence", "timeToDecision", "staffEnergy"]) {
      const got = await downloadCSV(page, `compare-${m}-estimates`);
      const want = expected.estimates.filter((e) => e.measure === m);
      expect(got.length).toBe(want.length);
      got.forEach((g, i) => {
        for (const k of ["mean", "sd", "lo", "hi", "n"] as const) expect(Number(g[k])).toBeCloseTo(want[i].estimate[k], 10);
      });
      const gotD = await downloadCSV(page, `compare-${m}-differences`);
      const wantD = expected.differences.filter((d) => d.measure === m);
      expect(gotD.length).toBe(wantD.length);
      gotD.forEach((g, i) => {
        for (const k of ["mean", "lo", "hi"] as const) expect(Number(g[k])).toBeCloseTo(wantD[i].estimate[k], 10);
      });
    }
    expect(await page.textContent("[data-verdict]")).toMatch(/vs/);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.context().close();
  });

  test("changing an input redraws the charts; a figure downloads as SVG", async () => {
    const {page, errors} = await open(browser, `${base}compare.html?opt=transfer-written&opt=rg-decide&reps=10`, {waitFor: ".gc-results[data-state=ready]"});
    const before = await page.innerHTML("section[data-measure=influence]");
    await page.fill("input[name=seed]", "99");
    await page.press("input[name=seed]", "Enter");
    await page.waitForFunction(() => new URL(location.href).searchParams.get("seed") === "99");
    await page.waitForSelector(".gc-results[data-state=ready]");
    expect(await page.innerHTML("section[data-measure=influence]")).not.toBe(before);
    await page.selectOption("select[name=measure]", "fit");
    await page.waitForSelector("section[data-measure=fit] svg");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("figure[data-name=compare-ladder] button[data-filename$='.svg']")]);
    expect(readFileSync(await download.path(), "utf8")).toContain("<svg");
    // an edited copy can be watched in the classroom (the scenario rides in the link)
    await page.click("[data-option='2'] details.gc-editor summary");
    await page.fill("[data-option='2'] input[name='load.timePressure']", "2");
    await page.press("[data-option='2'] input[name='load.timePressure']", "Enter");
    await page.waitForFunction(() => new URL(location.href).searchParams.get("o2.load.timePressure") === "2");
    await page.click("[data-option='2'] a[href*='classroom.html']");
    await page.waitForSelector(".gc-figure svg");
    expect(new URL(page.url()).searchParams.get("model")).toMatch(/^~/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("a bad URL shows the error message and the default comparison", async () => {
    const {page} = await open(browser, `${base}compare.html?opt=no-such-option&reps=abc&o1.nonsense=3`, {waitFor: "[role=alert]"});
    const text = await page.textContent("[role=alert]");
    expect(text).toContain("no-such-option");
    expect(text).toContain("reps=abc");
    await page.waitForSelector(".gc-results[data-state=ready]", {timeout: 30_000});
    await page.context().close();
  });
  test("Stop cancels the running batch; the same button runs it again", async () => {
    const {page, errors} = await open(browser, `${base}compare.html?reps=5000`, {waitFor: "button[name=stop]:not([disabled])"});
    const status = () => page.textContent(".gc-progress");
    await page.waitForFunction(() => /\b[1-9]\d* of 20000 runs/.test(document.querySelector(".gc-progress")?.textContent ?? ""));
    await page.click("button[name=stop]");
    expect(await page.getAttribute(".gc-results", "data-state")).toBe("stopped");
    expect(await page.getAttribute(".gc-results", "aria-busy")).toBe("false");
    const stopped = await status();
    expect(stopped).toMatch(/Stopped after \d+ of 20000 runs\./);
    expect(await page.textContent("button[name=stop]")).toBe("Run again");
    await page.waitForTimeout(800);
    expect(await status()).toBe(stopped);
    expect(await page.$$("[data-verdict]")).toHaveLength(0);
    // run again: the batch starts over, and can be stopped again
    await page.click("button[name=stop]");
    await page.waitForFunction(() => /\b[1-9]\d* of 20000 runs$/.test(document.querySelector(".gc-progress")?.textContent?.replace(/Stop$/, "") ?? ""));
    expect(await page.getAttribute(".gc-results", "data-state")).toBe("running");
    await page.click("button[name=stop]");
    expect(await page.getAttribute(".gc-results", "data-state")).toBe("stopped");
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
