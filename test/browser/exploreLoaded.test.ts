// Explore with a committed result loaded back (a small collective Latin
// hypercube, made by `sweep` from fixtures/collective-lhs-small.json): named
// from the file's own experiment, offering only its measures, a failed load's
// error taken down by the next good one, scatter plots and a PRIM box.
import {readFileSync} from "node:fs";
import {afterAll, beforeAll, describe, expect, inject, test} from "vitest";
import type {Browser} from "playwright-core";
import {COLLECTIVE_MEASURES} from "../../sim/collective/measures.ts";
import {collectiveParamByKey} from "../../sim/collective/parameters.ts";
import {collectivePreset} from "../../sim/collective/presets.ts";
import {launch, open} from "./browser.ts";

const base = inject("baseURL");
const FIXTURES = new URL("./fixtures/", import.meta.url);
const experiment = JSON.parse(readFileSync(new URL("collective-lhs-small.json", FIXTURES), "utf8"));
const parquet = readFileSync(new URL("collective-lhs-small.parquet", FIXTURES));
const csv = readFileSync(new URL("collective-lhs-small.csv", FIXTURES));
const keys: string[] = experiment.parameters.map((p: {key: string}) => p.key);
const points = new Set(csv.toString("utf8").trim().split("\n").slice(1).map((l) => l.split(",")[0])).size;

describe.skipIf(!base)("explore: a loaded sample", () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  for (const lang of ["en", "nb"] as const) {
    test(`labels from the file's experiment, only its measures, errors cleared, scatter plots and a PRIM box (${lang})`, async () => {
      const {page, errors, foreign} = await open(browser, `${base}explore.html?lang=${lang}&base=team&x=load.timePressure&xFrom=1&xTo=2&xn=2&reps=2`, {waitFor: "input[name=load-result]"});
      // a bad file first: its error is shown, then taken down by the good load
      await page.setInputFiles("input[name=load-result]", {name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from("a,b\n1,2\n")});
      await page.waitForSelector("[role=alert]:has-text('bad.csv')");
      await page.setInputFiles("input[name=load-result]", {name: "small.parquet", mimeType: "application/vnd.apache.parquet", buffer: parquet});
      const section = "[data-loaded='small.parquet']";
      await page.waitForSelector(`${section} figure svg`);
      expect(await page.locator("[role=alert]:has-text('bad.csv')").count()).toBe(0);
      expect(await page.getAttribute(section, "data-model")).toBe("collective");

      // labels: the file's scenario members and the collective declarations, never the keys
      const design = await page.textContent(`${section} [data-varied]`);
      const scenario = collectivePreset(experiment.scenario) as unknown as {outreach: Record<string, {label: Record<string, string>}>};
      expect(design).toContain(`${scenario.outreach.posters.label[lang]}: ${collectiveParamByKey("outreach.posters.invites")!.label[lang]}`);
      for (const k of keys) {
        expect(design).toContain(collectiveParamByKey(k)!.label[lang]);
        expect(design).not.toContain(k);
      }
      expect(await page.getAttribute(`${section} [data-varied]`, "data-varied")).toBe(String(keys.length));

      // only the file's measures are offered, by their declared labels; the page's own measure is said to be missing
      const options = await page.$$eval(`${section} select[name=loaded-measure] option`, (els) => els.map((e) => [(e as HTMLOptionElement).value, e.textContent]));
      expect(options.map(([v]) => v)).toEqual(experiment.measures);
      for (const [v, label] of options) expect(label).toContain(COLLECTIVE_MEASURES.find((m) => m.key === v)!.label[lang]);
      expect(await page.getAttribute(`${section} [data-measure-missing]`, "data-measure-missing")).toBe("influence");

      // scatter plots: every design point in a panel per varied parameter
      const scatter = `${section} figure[data-name^='loaded-scatter-turnout'] svg[aria-label]`;
      expect(await page.$$eval(`${scatter} g[aria-label=dot] circle`, (els) => els.length)).toBe(points * keys.length);
      // another measure of the file redraws them
      await page.selectOption(`${section} select[name=loaded-measure]`, "staffHours");
      await page.waitForSelector(`${section} figure[data-name^='loaded-scatter-staffHours']`);
      await page.selectOption(`${section} select[name=loaded-measure]`, "turnout");
      await page.waitForSelector(`${section} figure[data-name^='loaded-scatter-turnout']`);

      // scenario discovery (turnout above its median): a PRIM box in words and drawn over the points
      await page.click(`${section} button[name=discover]`);
      await page.waitForSelector(`${section} [data-discovery-text]`);
      const words = await page.textContent(`${section} [data-discovery-text]`);
      expect(words).toContain(lang === "en" ? "PRIM box 1:" : "PRIM-boks 1:");
      expect(words).toContain(lang === "en" ? "Tree rule:" : "Treregel:");
      expect(words).not.toMatch(/outreach\.posters|behaviour\.|population\./);
      expect(await page.$$eval(`${section} figure[data-name^='loaded-box-'] g[aria-label=rect] rect`, (els) => els.length)).toBe(1);
      expect(await page.$$eval(`${section} figure[data-name^='loaded-box-'] g[aria-label=dot] circle`, (els) => els.length)).toBe(points);
      expect(await page.$$eval(`${section} figure[data-name^='loaded-prim-'] svg[aria-description]`, (els) => els.length)).toBe(1);

      // the CSV with the experiment file beside it reads the same way
      await page.setInputFiles("input[name=load-result]", [
        {name: "small.csv", mimeType: "text/csv", buffer: csv},
        {name: "experiment.json", mimeType: "application/json", buffer: readFileSync(new URL("collective-lhs-small.json", FIXTURES))}
      ]);
      await page.waitForSelector("[data-loaded='small.csv'] figure svg");
      expect(await page.textContent("[data-loaded='small.csv'] [data-varied]")).toBe(design);
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
      await page.context().close();
    });
  }
});
