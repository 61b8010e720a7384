import {readFileSync} from "node:fs";
import {deflateRawSync} from "node:zlib";
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
    expect(await page.textContent("[data-verdict]")).toMatch(/ compared with Transfer by written referral: /);
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
    const svg = readFileSync(await download.path(), "utf8");
    expect(svg).toContain("<svg");
    // the download keeps the figure's title and legend
    expect(svg).toMatch(/class="gc-title"[^>]*>Hansen/);
    expect(svg).toContain(">User perspective</text>");
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

  test("the verdict, near the top at 1024 px, leads with influence and the ladder, gives staff hours per case with units, the trade-off and the thresholds, in both languages", async () => {
    const url = `${base}compare.html?opt=transfer-written&opt=transfer-visit&reps=40&seed=3`;
    const {page, errors} = await open(browser, url, {waitFor: ".gc-results[data-state=ready]"});
    await page.setViewportSize({width: 1024, height: 768});
    const box = await page.locator("[data-verdict]").first().boundingBox();
    expect(box!.y).toBeLessThan(768);
    const en = (await page.textContent("[data-verdict]"))!;
    expect(en).toMatch(/^Transfer with a coordinator visit compared with Transfer by written referral: Counterfactual influence: .*User influence or control: [+-]?\d+ cases in 100 \(95% CI .*Staff time per case: [+-]?[\d.]+ staff hours per case \(95% CI .*Trade-off: /);
    expect(await page.textContent("[data-thresholds]")).toContain("staff time per case 0.5 staff hours per case");
    // every interval prints as an interval
    for (const [, lo, hi] of en.matchAll(/95% CI (\S+) to ([^)\s]+)\)/g)) expect(lo === hi && lo !== "0").toBe(false);
    // the full table has every key measure with its threshold
    const rows = await downloadCSV(page, "compare-verdict-table");
    expect(rows.find((r) => r.measure === "Staff time per case")).toMatchObject({unit: "staff hours per case", threshold: "0.5"});
    // the legend of the difference dots says which colour is better for the user
    expect(await page.textContent("section[data-measure=influence] figure[data-name$=differences]")).toContain("Better for the user");
    const [dd] = await Promise.all([page.waitForEvent("download"), page.click("section[data-measure=influence] figure[data-name$=differences] button[data-filename$='.svg']")]);
    expect(readFileSync(await dd.path(), "utf8")).toContain(">Better for the user</text>");
    // the cost-effectiveness view: each option as influence against staff hours per case
    expect(await page.getAttribute("figure[data-name=compare-cost-effect] svg[aria-label]:not([class$=ramp])", "aria-label")).toBe("Counterfactual influence (0–1) against Staff time per case (staff hours per case), per option");
    const ce = await downloadCSV(page, "compare-cost-effect");
    expect(ce.map((r) => r.option)).toEqual(["Transfer by written referral", "Transfer with a coordinator visit"]);
    expect(Number(ce[1].staffHoursPerCase)).toBeGreaterThan(0);
    // the verdict copies as plain text, thresholds included
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.click("button[name=copy-verdict]");
    await page.waitForFunction(() => document.querySelector("button[name=copy-verdict] + [role=status]")?.textContent === "Copied.");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(en);
    expect(copied).toContain("A difference counts when its 95% interval excludes zero");
    await page.context().close();
    const nb = await open(browser, `${url}&lang=nb`, {waitFor: ".gc-results[data-state=ready]"});
    const text = (await nb.page.textContent("[data-verdict]"))!;
    expect(text).toMatch(/sammenlignet med .*saker av 100 .*personaltimer per sak \(95 % KI .*Avveining: /);
    expect(text).not.toMatch(/\d\.\d/);
    expect(await nb.page.textContent("[data-thresholds]")).toContain("personaltid per sak 0,5 personaltimer per sak");
    expect(await nb.page.textContent("section[data-measure=influence] figure[data-name$=differences]")).toContain("Bedre for brukeren");
    expect([...errors, ...nb.errors]).toEqual([]);
    await nb.page.context().close();
  });

  test("an option carried compressed in the link (\"~~\" + raw deflate) is read before the first drawing; its classroom link is compressed too", async () => {
    const s = {...preset("team"), id: "team-copy", meta: {...preset("team").meta, title: {en: "Team, from a file", nb: "Team, fra en fil"}}};
    const spec = "~~" + deflateRawSync(JSON.stringify(s)).toString("base64").replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
    const {page, errors} = await open(browser, `${base}compare.html?opt=transfer-written&opt=${spec}&reps=4&o2.load.timePressure=1.1`, {waitFor: ".gc-results[data-state=ready]"});
    expect(await page.$$("[role=alert]")).toHaveLength(0);
    expect(await page.textContent("[data-option='2']")).toContain("Team, from a file");
    // the edited option's "watch in the classroom" link carries it compressed
    await page.waitForFunction(() => (document.querySelector("[data-option='2'] a.gc-watch")?.getAttribute("href") ?? "").includes("model=%7E%7E"));
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
