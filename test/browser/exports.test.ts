// Safe exports, links and imports in the page: the CSV formula rule on every
// download, hostile compressed links, the work estimate before heavy runs,
// result files read in a Worker, and short alerts for odd files and links.
import {mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {deflateRawSync} from "node:zlib";
import {csvParseRows} from "d3-dsv";
import {afterAll, beforeAll, describe, expect, inject, test} from "vitest";
import type {Browser, Page} from "playwright-core";
import {inlineSpec} from "../../notebooks/lib/compareData.ts";
import {isFormulaText} from "../../sim/experiment/records.ts";
import {preset} from "../../sim/participation/presets.ts";
import {setParameter} from "../../sim/participation/scenario.ts";
import {bombSpec} from "../fuzz/bombs.ts";
import {launch, open} from "./browser.ts";

const base = inject("baseURL");
const dir = mkdtempSync(join(tmpdir(), "gc-exports-"));

/** Every CSV download of the page (figures and whole-result buttons): file name and text. */
async function allCsvDownloads(page: Page): Promise<{name: string; text: string}[]> {
  const out: {name: string; text: string}[] = [];
  // every button that says it downloads CSV (figures' data and the whole result)
  // (found again for each click: a page may redraw its figures meanwhile)
  const buttons = page.locator("button:has-text('(CSV)')");
  const n = await buttons.count();
  for (let i = 0; i < n; ++i) {
    // Chromium now and then drops one of many downloads started in quick succession from a page: a second click
    // on the same button is asked for then (the file is the same; every button must still give one)
    let download;
    for (let attempt = 0; !download && attempt < 2; ++attempt)
      download = (await Promise.all([page.waitForEvent("download", {timeout: 10_000}).catch(() => undefined), buttons.nth(i).click()]))[0];
    expect(download, `button ${i} gives a download`).toBeTruthy();
    out.push({name: download!.suggestedFilename(), text: readFileSync((await download!.path())!, "utf8")});
  }
  return out;
}

/** Counts DecompressionStreams made in the page and the compressed and inflated bytes through them. */
const INFLATE_PROBE = `(() => {
  const Real = globalThis.DecompressionStream;
  const probe = globalThis.__inflate = {made: 0, fed: 0, out: 0};
  globalThis.DecompressionStream = class {
    constructor(format) {
      const real = new Real(format);
      ++probe.made;
      const count = new TransformStream({transform(c, k) { probe.fed += c.byteLength; k.enqueue(c); }});
      count.readable.pipeTo(real.writable).catch(() => {});
      this.writable = count.writable;
      this.readable = real.readable.pipeThrough(new TransformStream({transform(c, k) { probe.out += c.byteLength; k.enqueue(c); }}));
    }
  };
})();`;

describe.skipIf(!base)("exports, links and imports in the page", () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  test("a Compare link whose option labels start with = gives no formula cell in any download", async () => {
    const hostile = ["=HYPERLINK(\"http://example.invalid\",\"x\")", "@SUM(1+1)*cmd|' /C calc'!A0"];
    const specs = ["team", "rg-decide"].map((id, i) => {
      const s = structuredClone(preset(id));
      s.meta.title = {en: hostile[i], nb: hostile[i]};
      return inlineSpec(s);
    });
    const {page, errors} = await open(browser, `${base}compare.html?${specs.map((s) => `opt=${encodeURIComponent(s)}`).join("&")}&reps=4`, {waitFor: ".gc-results[data-state=ready]"});
    const files = await allCsvDownloads(page);
    expect(files.length).toBeGreaterThanOrEqual(8);
    expect(files.map((f) => f.name)).toContain("compare-replications.csv");
    let labelled = 0;
    for (const f of files) {
      const cells = csvParseRows(f.text).flat();
      expect({file: f.name, formulas: cells.filter(isFormulaText)}).toEqual({file: f.name, formulas: []});
      labelled += cells.filter((c) => c.startsWith("'=HYPERLINK") || c.startsWith("'@SUM")).length;
    }
    // two-sided: the labels are in the downloads, neutralised
    expect(labelled).toBeGreaterThan(files.length);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("Explore, Classroom and Classic with a seed a spreadsheet would read as a formula (-A1) give no formula cell in any download", async () => {
    const pages: [string, string][] = [
      ["explore.html?seed=-A1&reps=4&xn=2", ".gc-results[data-state=ready]"],
      ["classroom.html?seed=-A1", ".gc-figure svg"],
      ["classic.html?tieBreak=random&seed=-A1", "figure.gc-figure"]
    ];
    let seeded = 0;
    for (const [path, ready] of pages) {
      const {page, errors} = await open(browser, `${base}${path}`, {waitFor: ready});
      const files = await allCsvDownloads(page);
      expect(files.length).toBeGreaterThan(0);
      for (const f of files) {
        const cells = csvParseRows(f.text).flat();
        expect({page: path, file: f.name, formulas: cells.filter(isFormulaText)}).toEqual({page: path, file: f.name, formulas: []});
        seeded += cells.filter((c) => c.startsWith("'-A1")).length;
      }
      expect(errors).toEqual([]);
      await page.context().close();
    }
    // two-sided: the seed is in the replications' download, neutralised
    expect(seeded).toBeGreaterThan(0);
  });

  test("a loaded result CSV's formula cells are neutralised on re-export", async () => {
    const text = "load.timePressure,influence\n" + ["=1+1", "@SUM(A1)", "-2+3", "+cmd"].flatMap((x, i) => [0.1, 0.2, 0.3].map((v) => `${x},${v + i / 10}`)).join("\n") + "\n";
    const {page, errors} = await open(browser, `${base}explore.html?reps=4&xn=2`, {waitFor: ".gc-results[data-state=ready]"});
    await page.setInputFiles("input[name=load-result]", {name: "hostile.csv", mimeType: "text/csv", buffer: Buffer.from(text)});
    await page.waitForSelector("[data-loaded='hostile.csv'] svg");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-loaded='hostile.csv'] figure button[data-filename$='.csv']")]);
    const cells = csvParseRows(readFileSync(await download.path(), "utf8")).flat();
    expect(cells.filter(isFormulaText)).toEqual([]);
    expect(cells).toEqual(expect.arrayContaining(["'=1+1", "'@SUM(A1)", "'-2+3", "'+cmd"]));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("four deflate bombs in one Compare link are refused after a few kB of input each, with a short alert", async () => {
    const specs = [150, 140, 130, 120].map((mb, i) => bombSpec(mb, `b${i}`));
    const t0 = Date.now();
    const {page, errors} = await open(browser, `${base}compare.html?${specs.map((s) => `opt=${s}`).join("&")}`, {waitFor: "[data-url-issues]", init: INFLATE_PROBE});
    const elapsed = Date.now() - t0;
    const alert = await page.textContent("[data-url-issues]");
    expect(alert!.match(/inflates to more than 200000 bytes/g)).toHaveLength(4);
    const probe = await page.evaluate(() => (globalThis as unknown as {__inflate: {made: number; fed: number; out: number}}).__inflate);
    console.log(`four bombs (120-150 MB): refused ${elapsed} ms after navigation began (page load included), ${probe.fed} compressed bytes in, ${probe.out} bytes out`);
    expect(probe.made).toBe(4);
    const input = specs.reduce((n, s) => n + Math.floor((s.length - 2) * 3 / 4), 0);
    expect(probe.fed * 10).toBeLessThan(input);
    // about the cap per bomb came out, not 540 MB
    expect(probe.out).toBeLessThan(4 * (2 << 20));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("200 bombs of 1 MB in one Compare link (over the option limit) are refused before any is inflated", async () => {
    const specs = Array.from({length: 200}, (_, i) => bombSpec(1, `o${i}`));
    const {page, errors} = await open(browser, `${base}compare.html?${specs.map((s) => `opt=${s}`).join("&")}&reps=4`, {waitFor: "[data-url-issues]", init: INFLATE_PROBE});
    expect(await page.textContent("[data-url-issues]")).toContain("allows at most 4 values, got 200");
    expect(await page.evaluate(() => (globalThis as unknown as {__inflate: {made: number}}).__inflate.made)).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("a collective link fragment with 3,000 unknown keys gives a short alert naming the first few and the count", async () => {
    const fragment = Array.from({length: 3000}, (_, i) => `c.unknown${i}=${"x".repeat(40)}`).join("&");
    const {page} = await open(browser, `${base}compare.html?reps=4#${fragment}`, {waitFor: "[data-panel=collective-compare] [role=alert]"});
    const text = (await page.textContent("[data-panel=collective-compare] [role=alert]"))!;
    expect(text.length).toBeLessThan(2000);
    expect(text).toContain("c.unknown0");
    expect(text).toContain("… and 2992 more (3000 in all)");
    await page.context().close();
  });

  test("a link to a 500-user, 520-week scenario shows the estimated work and waits for a confirm (Compare and Explore)", async () => {
    const heavy = setParameter(setParameter(preset("team"), "users.count", 500), "horizon", 520);
    const spec = "~~" + deflateRawSync(JSON.stringify(heavy)).toString("base64url");
    const {page, errors} = await open(browser, `${base}compare.html?opt=${spec}&opt=team`, {waitFor: ".gc-results[data-state=waiting]"});
    const text = (await page.textContent(".gc-progress"))!;
    // both options' replications (200 each by default) count; the light one is part of the wait
    expect(text).toMatch(new RegExp(`This starts ${2 * 200} runs, estimated at about \\d+ (s|min) on \\d workers`));
    expect(text).toContain("500 users over 520 weeks");
    // nothing runs until the reader confirms
    await page.waitForTimeout(500);
    expect(await page.getAttribute(".gc-results", "data-state")).toBe("waiting");
    await page.click("button[name=start]");
    // confirmed: the runs start (progress counts them) and can be stopped
    await page.waitForSelector(".gc-results[data-state=running]", {state: "attached"});
    await page.waitForFunction(() => /of 400 runs/.test(document.querySelector(".gc-progress")?.textContent ?? ""));
    await page.click("button[name=stop]");
    await page.waitForSelector(".gc-results[data-state=stopped]", {state: "attached"});
    expect(errors).toEqual([]);
    await page.context().close();
    const {page: ex, errors: exErrors} = await open(browser, `${base}explore.html?base=${spec}&lang=nb`, {waitFor: "button[name=run]"});
    expect(await ex.getAttribute(".gc-results", "data-state")).toBe("waiting");
    // Explore's default sweep: 6 points x 30 replications
    expect(await ex.textContent(".gc-progress")).toMatch(new RegExp(`Dette starter ${6 * 30} kjøringer, anslått til omtrent \\d+ (s|min)`));
    expect(exErrors).toEqual([]);
    await ex.context().close();
  });

  // How long the page's thread is held while these load is a bench figure (npm run bench:browser), not a test.
  test("result import in a Worker: a 1M-row CSV loads and 100k distinct x values are refused; an unbalanced quote names its line", async () => {
    const million = join(dir, "million.csv");
    writeFileSync(million, "load.timePressure,influence\n" + Array.from({length: 1_000_000}, (_, i) => `${[0.5, 1, 2][i % 3]},${(i % 97) / 97}`).join("\n") + "\n");
    const distinct = join(dir, "distinct.csv");
    writeFileSync(distinct, "load.timePressure,influence\n" + Array.from({length: 100_000}, (_, i) => `${(i + 1) / 1e5},0.5`).join("\n") + "\n");
    const {page, errors} = await open(browser, `${base}explore.html?reps=4&xn=2`, {waitFor: ".gc-results[data-state=ready]"});
    const t0 = Date.now();
    await page.setInputFiles("input[name=load-result]", million);
    await page.waitForSelector("[data-loaded='million.csv'] svg");
    const tMillion = Date.now() - t0;
    expect(await page.textContent("[data-loaded='million.csv']")).toContain("1000000 rows");
    const t1 = Date.now();
    await page.click("button[name=close-loaded]");
    await page.setInputFiles("input[name=load-result]", distinct);
    await page.waitForSelector(".gc-alert:has-text('distinct.csv')");
    const tDistinct = Date.now() - t1;
    expect(await page.textContent(".gc-alert:has-text('distinct.csv')")).toContain("100000 design points (allowed: at most 5000");
    console.log(`result import: 1M rows charted in ${tMillion} ms; 100k distinct x refused in ${tDistinct} ms`);
    await page.setInputFiles("input[name=load-result]", {name: "unbalanced.csv", mimeType: "text/csv", buffer: Buffer.from('load.timePressure,influence\n0.5,0.1\n1,"0.2\n2,0.3\n')});
    await page.waitForSelector(".gc-alert:has-text('unbalanced.csv')");
    expect(await page.textContent(".gc-alert:has-text('unbalanced.csv')")).toContain("invalid result file unbalanced.csv: line 3: a quoted field is not closed (unbalanced quote)");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("a collective scenario file opened in Compare's case-scenario picker is named as one, in bokmål too", async () => {
    const file = join(dir, "council.json");
    writeFileSync(file, readFileSync(new URL("../../data/collective/user-council.json", import.meta.url)));
    for (const [lang, phrase] of [["en", "this file is a collective scenario"], ["nb", "denne fila er et kollektivt scenario"]] as const) {
      const {page, errors} = await open(browser, `${base}compare.html?reps=4&lang=${lang}`, {waitFor: ".gc-results[data-state=ready]"});
      await page.setInputFiles(".gc-body .gc-actions input[type=file]", file);
      await page.waitForSelector(".gc-alert:has-text('council.json')");
      const text = (await page.textContent(".gc-alert:has-text('council.json')"))!;
      expect(text).toContain(phrase);
      expect(text).not.toMatch(/known fields|kjente felt|userTypes/);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });
});
