// Every notebook loads with no console errors and no request to any host
// other than 127.0.0.1, in both languages; the classic and model notebooks'
// own behaviour; scenario files: a bad one gives a visible message.
import {statSync, writeFileSync, mkdtempSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, inject, test} from "vitest";
import type {Browser} from "playwright-core";
import {preset} from "../../sim/participation/presets.ts";
import {launch, open} from "./browser.ts";
import {CLAIMS, REGION_CHECKS} from "../../sim/participation/claims.ts";
import {shoot} from "./gallery.ts";

const base = inject("baseURL");
const NOTEBOOKS = ["index", "classroom", "compare", "explore", "classic", "model"];
const READY: Record<string, string> = {
  index: ".gc-cards", classroom: ".gc-figure svg", compare: ".gc-results[data-state=ready]",
  explore: ".gc-results[data-state=ready]", classic: ".gc-figure svg", model: "table"
};

describe.skipIf(!base)("all notebooks", () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  for (const name of NOTEBOOKS) for (const lang of ["en", "nb"]) {
    test(`${name} (${lang}) loads with no console errors and no foreign requests`, async () => {
      // ready once the page itself has drawn in its language (a panel of its own may draw first, before the page sets <html lang>)
      const {page, errors, foreign} = await open(browser, `${base}${name}.html?lang=${lang}`, {waitFor: `html[lang=${lang}] ${READY[name]}`});
      expect(await page.getAttribute("html", "lang")).toBe(lang);
      expect(await page.$$("[role=alert]")).toHaveLength(0);
      // every form control has a label
      const unlabelled = await page.$$eval("main input:not([type=hidden]), main select", (els) => els.filter((e) => !(e as HTMLInputElement).labels?.length && !e.getAttribute("aria-label")).map((e) => e.outerHTML.slice(0, 80)));
      expect(unlabelled).toEqual([]);
      await page.waitForTimeout(150);
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
      // the gallery: a screenshot of the page as loaded, in this language
      expect(statSync(await shoot(page, name, lang)).size).toBeGreaterThan(5000);
      await page.context().close();
    });
  }

  test("classic: switching a reading changes the charts and the table; the link keeps it", async () => {
    const {page, errors} = await open(browser, `${base}classic.html`, {waitFor: ".gc-figure svg"});
    const before = await page.innerHTML(".gc-charts");
    const props = await page.$$eval("[data-property]", (li) => li.length);
    expect(props).toBeGreaterThanOrEqual(5);
    await page.selectOption("select[name=comparison]", "<");
    await page.waitForFunction(() => new URL(location.href).searchParams.get("comparison") === "<");
    expect(await page.innerHTML(".gc-charts")).not.toBe(before);
    await page.selectOption("select[name=measure]", "flight");
    await page.waitForSelector("figure[data-name=classic-flight-heatmap] svg");
    const {page: again} = await open(browser, page.url(), {waitFor: ".gc-figure svg"});
    expect(await again.$eval("select[name=comparison]", (s) => (s as HTMLSelectElement).value)).toBe("<");
    await again.context().close();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("model: the parameter table lists every declared parameter; a bad URL gives a message", async () => {
    const {page} = await open(browser, `${base}model.html?lang=xx`, {waitFor: "[role=alert]"});
    expect(await page.textContent("[role=alert]")).toContain("lang=xx");
    expect(await page.$$eval("figure[data-name=parameters] tbody tr", (tr) => tr.length)).toBeGreaterThan(40);
    // every claim of the brief with its label
    const claims = await page.$$eval("figure[data-name=claims] tbody tr", (tr) => tr.map((r) => r.textContent ?? ""));
    expect(claims.length).toBe(CLAIMS.length);
    expect(claims.find((c) => c.includes("absent-perspective"))).toContain("definitional");
    expect(claims.find((c) => c.includes("visit-influence"))).toContain("emergent");
    // the declared failing regions, each with whether it was confirmed on fresh draws, in both languages
    const regions = await page.$$eval("figure[data-name=claim-regions] tbody tr", (tr) => tr.map((r) => r.textContent ?? ""));
    expect(regions.length).toBe(REGION_CHECKS.length);
    expect(regions.filter((r) => r.includes("advocate-internal")).every((r) => r.includes("not confirmed"))).toBe(true);
    const report = regions.find((r) => r.includes("report-vs-decide"))!;
    expect(report).toMatch(/confirmed$/);
    expect(report).not.toContain("not confirmed");
    await page.context().close();
    const {page: nb} = await open(browser, `${base}model.html?lang=nb`, {waitFor: "figure[data-name=claim-regions] tbody tr"});
    const nbRegions = await nb.$$eval("figure[data-name=claim-regions] tbody tr", (tr) => tr.map((r) => r.textContent ?? ""));
    expect(nbRegions.filter((r) => r.includes("advocate-internal")).every((r) => r.includes("ikke bekreftet"))).toBe(true);
    expect(await nb.textContent("figure[data-name=claim-regions] thead")).toContain("Treffsikkerhet");
    await nb.context().close();
  });

  test("scenario files: a good one loads into the classroom and explore; a bad one gives a visible message", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gc-scenario-"));
    const good = join(dir, "mine.json"), bad = join(dir, "bad.json");
    const s = structuredClone(preset("team")) as unknown as {id: string; meta: {title: {en: string}}};
    s.id = "mine";
    s.meta.title.en = "My own team";
    writeFileSync(good, JSON.stringify(s));
    writeFileSync(bad, JSON.stringify({...s, horizon: -3}));
    const {page, errors} = await open(browser, `${base}classroom.html`, {waitFor: ".gc-figure svg"});
    await page.setInputFiles(".gc-controls input[type=file]", bad);
    await page.waitForSelector("[role=alert]");
    expect(await page.textContent("[role=alert]")).toContain("invalid horizon: -3 (allowed: an integer in [1, 520])");
    // under bokmål the same file is refused in bokmål: the frame and what is allowed
    const {page: nb, errors: nbErrors} = await open(browser, `${base}classroom.html?lang=nb`, {waitFor: ".gc-figure svg"});
    await nb.setInputFiles(".gc-controls input[type=file]", bad);
    await nb.waitForSelector("[role=alert]");
    const nbAlert = await nb.textContent("[role=alert]");
    expect(nbAlert).toContain("ugyldig horizon: -3 (tillatt: et heltall i [1, 520])");
    expect(nbAlert).not.toContain("allowed");
    expect(nbErrors).toEqual([]);
    await nb.context().close();
    await page.setInputFiles(".gc-controls input[type=file]", good);
    await page.waitForFunction(() => new URL(location.href).searchParams.get("model")?.startsWith("~"));
    await page.waitForSelector("h2:has-text('My own team')");
    // the link carries the scenario: reopening it shows the same run
    const {page: again} = await open(browser, page.url(), {waitFor: "h2:has-text('My own team')"});
    await again.context().close();
    const {page: ex} = await open(browser, `${base}explore.html?reps=4&xn=2`, {waitFor: ".gc-results[data-state=ready]"});
    await ex.setInputFiles("input[type=file]", good);
    await ex.waitForFunction(() => new URL(location.href).searchParams.get("base")?.startsWith("~"));
    await ex.waitForSelector(".gc-results[data-state=ready]");
    await ex.context().close();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("classic readings files: saved readings load back into the switches; a bad one gives a visible message", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gc-readings-"));
    const good = join(dir, "readings.json"), bad = join(dir, "bad.json");
    writeFileSync(good, JSON.stringify({kind: "classic-readings", comparison: "<", orientation: "mirror"}));
    writeFileSync(bad, JSON.stringify({kind: "classic-readings", deficits: "sometimes"}));
    const {page, errors} = await open(browser, `${base}classic.html`, {waitFor: "[data-property=P1]"});
    await page.setInputFiles("fieldset input[type=file]", bad);
    await page.waitForSelector("[role=alert]");
    expect(await page.textContent("[role=alert]")).toContain("invalid deficits");
    await page.setInputFiles("fieldset input[type=file]", good);
    await page.waitForFunction(() => new URL(location.href).searchParams.get("orientation") === "mirror");
    expect(new URL(page.url()).searchParams.get("comparison")).toBe("<");
    await page.waitForSelector("[data-property=P6][data-holds=false]");
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
