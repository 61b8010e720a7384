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

async function downloadJSON(page: Page, figure: string): Promise<Record<string, number | string | null>[]> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.click(`figure[data-name='${figure}'] button[data-filename='${figure}.json']`)
  ]);
  expect(download.suggestedFilename()).toBe(`${figure}.json`);
  return JSON.parse(readFileSync(await download.path(), "utf8"));
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
      // the JSON holds the full values; the CSV the same, rounded to what each interval supports
      const got = await downloadJSON(page, `compare-${m}-estimates`);
      const csv = await downloadCSV(page, `compare-${m}-estimates`);
      const want = expected.estimates.filter((e) => e.measure === m);
      expect(got.length).toBe(want.length);
      expect(csv.length).toBe(want.length);
      got.forEach((g, i) => {
        for (const k of ["mean", "sd", "lo", "hi", "n"] as const) expect(Number(g[k])).toBeCloseTo(want[i].estimate[k], 10);
        const half = (want[i].estimate.hi - want[i].estimate.lo) / 2;
        for (const k of ["mean", "lo", "hi"] as const) expect(Math.abs(Number(csv[i][k]) - want[i].estimate[k])).toBeLessThanOrEqual(half > 0 ? half / 20 : 1e-5 * Math.abs(want[i].estimate[k]) + 1e-12);
      });
      const gotD = await downloadJSON(page, `compare-${m}-differences`);
      const wantD = expected.differences.filter((d) => d.measure === m);
      expect(gotD.length).toBe(wantD.length);
      gotD.forEach((g, i) => {
        for (const k of ["mean", "lo", "hi"] as const) expect(Number(g[k])).toBeCloseTo(wantD[i].estimate[k], 10);
      });
    }
    expect(await page.textContent("[data-verdict]")).toMatch(/ compared with Transfer by written referral:/);
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

  test("the verdict, near the top at 1024 px, leads with influence and the ladder, one line per measure with levels and units, the trade-off and the thresholds", async () => {
    const url = `${base}compare.html?opt=transfer-written&opt=transfer-visit&reps=40&seed=3`;
    const {page, errors} = await open(browser, url, {waitFor: ".gc-results[data-state=ready]", viewport: {width: 1024, height: 768}});
    const box = await page.locator("[data-verdict]").first().boundingBox();
    expect(box!.y).toBeLessThan(768);
    const items = await page.locator("[data-verdict] li").allInnerTexts();
    expect(await page.locator("[data-verdict] .gc-verdict-head").innerText()).toBe("Transfer with a coordinator visit compared with Transfer by written referral:");
    expect(items[0]).toMatch(/^Counterfactual influence: [\d.]+ → [\d.]+; difference [+-][\d.]+ on the 0–1 scale \(95% CI /);
    expect(items[1]).toMatch(/^User influence or control: \d+ → \d+; difference [+-]?\d+ cases in 100 \(95% CI /);
    expect(items[2]).toMatch(/^Staff time per case: [\d.]+ → [\d.]+; difference [+-]?[\d.]+ staff hours per case \(95% CI /);
    expect(items[3]).toMatch(/^Paid advocate time per case: 0 → 0 paid advocate hours per case; no difference/);
    expect(await page.locator("[data-verdict] [data-trade]").innerText()).toMatch(/^Trade-off: /);
    expect(await page.textContent("[data-thresholds]")).toContain("staff time per case 0.5 staff hours per case");
    // every interval prints as an interval; "per run" is no unit
    const en = (await page.textContent("[data-verdict]"))!;
    for (const [, lo, hi] of en.matchAll(/95% CI (\S+) to ([^)\s]+)\)/g)) expect(lo === hi && lo !== "0").toBe(false);
    expect(en).not.toMatch(/per run|95% CI 0 to 0\)/);
    // the full table has every key measure with its threshold
    const rows = await downloadCSV(page, "compare-verdict-table");
    expect(rows.find((r) => r.measure === "Staff time per case")).toMatchObject({unit: "staff hours per case", threshold: "0.5"});
    expect(rows.find((r) => r.measure === "Paid advocate time per case")).toMatchObject({unit: "paid advocate hours per case", threshold: "0.5"});
    // the legend of the difference dots says which colour is better for the user
    expect(await page.textContent("section[data-measure=influence] figure[data-name$=differences]")).toContain("Better for the user");
    const [dd] = await Promise.all([page.waitForEvent("download"), page.click("section[data-measure=influence] figure[data-name$=differences] button[data-filename$='.svg']")]);
    expect(readFileSync(await dd.path(), "utf8")).toContain(">Better for the user</text>");
    // the cost-effectiveness view: the trade-off's gain against staff time and paid advocate time, one panel each
    expect(await page.getAttribute("figure[data-name=compare-cost-effect] svg[aria-label]:not([class$=ramp])", "aria-label")).toBe("User influence or control (share of cases) against Staff time per case (staff hours per case) and Paid advocate time per case (paid advocate hours per case), per option");
    const ce = await downloadCSV(page, "compare-cost-effect");
    expect(ce.map((r) => r.option)).toEqual(["Transfer by written referral", "Transfer with a coordinator visit"]);
    expect(Number(ce[1].staffHoursPerCase)).toBeGreaterThan(0);
    expect(Object.keys(ce[0])).toEqual(expect.arrayContaining(["ladder.influenceOrControl", "paidHoursPerCase", "paidHoursPerCase.lo"]));
    // the downloaded SVG cuts no label: the reference's name is whole
    const [svg] = await Promise.all([page.waitForEvent("download"), page.click("figure[data-name=compare-cost-effect] button[data-filename$='.svg']")]);
    const file = readFileSync(await svg.path(), "utf8");
    expect(file.replace(/<\/tspan>\s*<tspan[^>]*>/g, " ")).toMatch(/>Transfer by written referral</);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  // An external advocate (paid hours) against written referral, at both screen sizes and in both languages.
  for (const viewport of [{width: 1280, height: 800}, {width: 1024, height: 768}]) for (const lang of ["en", "nb"] as const) {
    test(`at ${viewport.width}x${viewport.height} (${lang}) the verdict shows the paid guardian's paid hours, the option cards say who advocates and how, and the copied text has the replications, the seed and the version`, async () => {
      const url = `${base}compare.html?opt=transfer-written&opt=rg-guardian&reps=20&seed=11${lang === "nb" ? "&lang=nb" : ""}`;
      const {page, errors} = await open(browser, url, {waitFor: `html[lang=${lang}] .gc-results[data-state=ready]`, viewport});
      const verdict = page.locator("[data-verdict]");
      const paid = (await verdict.locator("li").allInnerTexts()).find((l) => l.startsWith(lang === "en" ? "Paid advocate time per case:" : "Betalt talspersontid per sak:"));
      expect(paid).toMatch(lang === "en" ? /^Paid advocate time per case: 0 → [\d.]+; difference \+[\d.]+ paid advocate hours per case \(95% CI [\d.]+ to [\d.]+\), more paid advocate time\.$/
        : /^Betalt talspersontid per sak: 0 → [\d,]+; forskjell \+[\d,]+ betalte talspersontimer per sak \(95 % KI [\d,]+ til [\d,]+\), mer betalt talspersontid\.$/);
      // the trade-off counts the paid hours: the guardian is not free
      expect(await verdict.locator("[data-trade]").innerText()).toMatch(lang === "en" ? /[\d.]+ more paid advocate hours per case\.$/ : /[\d,]+ flere betalte talspersontimer per sak\.$/);
      // the verdict is seen without scrolling past the introduction
      expect((await verdict.first().boundingBox())!.y).toBeLessThan(viewport.height);
      // the option card says the advocate is external and paid
      expect(await page.locator("[data-option='2'] [data-organisation]").innerText()).toMatch(lang === "en" ? /Paid guardian, external, .*paid hours, outside the staff/ : /Betalt verge, ekstern, .*betalte timer, utenfor staben/);
      expect(await page.locator("[data-option='1'] [data-organisation]").innerText()).toMatch(lang === "en" ? /No advocate\./ : /Ingen talsperson\./);
      // no preset id in the verdict
      expect(await page.locator("section[aria-labelledby=gc-verdict-heading]").innerText()).not.toMatch(/rg-guardian|transfer-written/);
      // the copied text: how it was run, then the same lines
      await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
      await page.click("button[name=copy-verdict]");
      await page.waitForFunction((ok) => document.querySelector("button[name=copy-verdict] + [role=status]")?.textContent === ok, lang === "en" ? "Copied." : "Kopiert.");
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toMatch(lang === "en" ? /^Garbage-can lab \d+\.\d+\.\d+( \(\w+\))?: 20 replications per option, seed 11, / : /^Garbage-can lab \d+\.\d+\.\d+( \(\w+\))?: 20 replikasjoner per alternativ, frø 11, /);
      expect(copied).toContain(`- ${paid}`);
      expect(copied).toContain(lang === "en" ? "A difference counts when its 95% interval excludes zero" : "En forskjell teller når");
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

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
