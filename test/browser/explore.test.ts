import {mkdtempSync, readFileSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {csvParse} from "d3-dsv";
import {afterAll, beforeAll, describe, expect, inject, test} from "vitest";
import type {Browser} from "playwright-core";
import {summariseSweep, sweep1} from "../../sim/experiment/designs.ts";
import {preset} from "../../sim/participation/presets.ts";
import {launch, open} from "./browser.ts";
import {main} from "../../sim/cli.ts";
import {planExperiment} from "../../sim/experiment/experimentFile.ts";

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
    expect(got.map((g) => g["load.timePressure"])).toEqual(want.map((w) => w.x));
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
    expect(got.map((g) => g["arenas.rg.mode"])).toEqual(["decide", "report"]);
    got.forEach((g, i) => expect(Number(g.mean)).toBeCloseTo(want[i].estimate.mean, 10));
    // unordered values: dots with interval bars, no line joining them
    expect(await page.$$eval(".gc-results figure svg g[aria-label=line]", (els) => els.length)).toBe(0);
    expect(await page.$$eval(".gc-results figure svg g[aria-label=rule] line", (els) => els.length)).toBe(2);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.context().close();
  });

  test("a sweep over the page's limit shows the sweep command and offers the experiment file for the same sweep", async () => {
    const {page, errors} = await open(browser, `${base}explore.html?base=team&x=load.timePressure&xFrom=1&xTo=2&xn=25&reps=2000&seed=4&p.horizon=30`, {waitFor: "[data-command]"});
    expect(await page.textContent("[role=alert]")).toContain("50000 runs");
    expect(await page.textContent("[data-command] code")).toBe("npx tsx sim/cli.ts sweep explore-load.timePressure.json --out runs/explore-load.timePressure");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-command] button")]);
    expect(download.suggestedFilename()).toBe("explore-load.timePressure.json");
    const plan = planExperiment(JSON.parse(readFileSync((await download.path())!, "utf8")));
    expect(plan.experiment).toMatchObject({scenario: "team", base: {horizon: 30}, replications: 2000, seed: "4"});
    expect(plan.points).toHaveLength(25);
    expect(plan.points[24].values["load.timePressure"]).toBe(2);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("a merged Morris sweep from the command line loads and shows its indices, the same as summarise --indices", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gc-explore-morris-"));
    try {
      let out = "";
      const cli = async (...args: string[]) => { out = ""; expect(await main(args, (s) => { out += s; }, () => {})).toBe(0); return out; };
      await cli("sweep", "test/browser/fixtures/morris-small.json", "--out", dir, "--workers", "1");
      await cli("merge", dir);
      const want = (await cli("summarise", dir, "--indices", "--format", "jsonl")).trim().split("\n").map((l) => JSON.parse(l)).filter((r) => r.measure === "fit");
      const {page, errors} = await open(browser, `${base}explore.html?base=team&x=load.timePressure&xFrom=1&xTo=2&xn=2&reps=2&measure=fit`, {waitFor: ".gc-results[data-state=ready] svg"});
      await page.setInputFiles("input[name=load-result]", {name: "merged.parquet", mimeType: "application/vnd.apache.parquet", buffer: readFileSync(join(dir, "merged.parquet"))});
      await page.waitForSelector("[data-loaded='merged.parquet'] svg");
      // the chart's own svg (a legend's swatches are svgs too, before it)
      const figures = await page.$$eval("[data-loaded='merged.parquet'] figure.gc-figure", (els) => els.map((e) => e.querySelector("svg[aria-label]")?.getAttribute("aria-label") ?? ""));
      // then the sample's scatter plots (a Morris design is a sample too)
      expect(figures).toEqual(["Sensitivity of Fit of solution to need (0–1)", "Convergence of the sensitivity of Fit of solution to need (0–1)", "Fit of solution to need (0–1) at each design point against each varied parameter"]);
      // one bar per parameter and the dummy (the noise floor) for mu* and for sigma
      expect(await page.$$eval("[data-loaded='merged.parquet'] g[aria-label=bar] rect", (els) => els.length)).toBe(8);
      const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-loaded='merged.parquet'] figure button[data-filename$='-indices.csv']")]);
      const got = csvParse(readFileSync((await download.path())!, "utf8"));
      expect(got.map((g) => `${g.parameter} ${g.index}`)).toEqual(want.map((w) => `${w.parameter} ${w.index}`));
      got.forEach((g, i) => {
        for (const k of ["estimate", "lo", "hi"]) expect(Number(g[k])).toBeCloseTo(want[i][k], 9);
      });
      // the CSV, chosen together with the folder's experiment.json, shows the same indices
      await page.setInputFiles("input[name=load-result]", [
        {name: "merged.csv", mimeType: "text/csv", buffer: readFileSync(join(dir, "merged.csv"))},
        {name: "experiment.json", mimeType: "application/json", buffer: readFileSync(join(dir, "experiment.json"))}
      ]);
      await page.waitForSelector("[data-loaded='merged.csv'] svg");
      expect(await page.$$eval("[data-loaded='merged.csv'] g[aria-label=bar] rect", (els) => els.length)).toBe(8);
      const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.click("[data-loaded='merged.csv'] figure button[data-filename$='-indices.csv']")]);
      expect(readFileSync((await csvDownload.path())!, "utf8")).toBe(readFileSync((await download.path())!, "utf8"));
      // alone, the CSV is refused with a line saying what to choose with it
      await page.setInputFiles("input[name=load-result]", {name: "merged.csv", mimeType: "text/csv", buffer: readFileSync(join(dir, "merged.csv"))});
      await page.waitForSelector("[role=alert]");
      expect(await page.textContent("[role=alert]")).toContain("choose this CSV together with the experiment.json from its folder");
      expect(errors).toEqual([]);
      await page.context().close();
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });

  test("exports name the swept columns by parameter key and carry the base edits and the design; a CSV or Parquet result loads back and is charted", async () => {
    const url = `${base}explore.html?base=team&mode=two&x=load.timePressure&xFrom=1&xTo=2&xn=2&y=arenas.team.mode&reps=3&seed=5&measure=fit&p.horizon=30`;
    const {page, errors} = await open(browser, url, {waitFor: ".gc-results[data-state=ready] svg"});
    const save = async (name: string) => {
      const [d] = await Promise.all([page.waitForEvent("download"), page.click(`button[name=${name}]`)]);
      return (await d.path())!;
    };
    const csvPath = await save("csv");
    const rows = csvParse(readFileSync(csvPath, "utf8"));
    expect(rows.columns.slice(0, 6)).toEqual(["point", "load.timePressure", "arenas.team.mode", "scenario", "replication", "seed"]);
    expect(rows.columns).not.toContain("x");
    const design = JSON.parse(readFileSync(await save("design"), "utf8"));
    expect(design.edits).toEqual([["horizon", "30"]]);
    expect(design.scenario.horizon).toBe(30);
    expect(design.design.parameters.map((p: {key: string}) => p.key)).toEqual(["load.timePressure", "arenas.team.mode"]);
    expect(design.design).toMatchObject({reps: 3, seed: "5"});
    const parquetPath = await save("parquet");
    const parquetText = readFileSync(parquetPath).toString("latin1");
    expect(parquetText).toContain("garbage-can-lab.sweep");
    expect(parquetText).toContain("load.timePressure");
    // load the Parquet file back: its design and charts appear
    await page.setInputFiles("input[name=load-result]", {name: "result.parquet", mimeType: "application/vnd.apache.parquet", buffer: readFileSync(parquetPath)});
    await page.waitForSelector("[data-loaded='result.parquet'] svg");
    expect(await page.textContent("[data-loaded='result.parquet']")).toContain("with 1 parameter edits");
    expect(await page.$$eval("[data-loaded='result.parquet'] figure.gc-figure", (els) => els.length)).toBe(2);
    // and the CSV
    await page.setInputFiles("input[name=load-result]", {name: "result.csv", mimeType: "text/csv", buffer: readFileSync(csvPath)});
    await page.waitForSelector("[data-loaded='result.csv'] svg");
    expect(await page.textContent("[data-loaded='result.csv']")).toContain(`${rows.length} rows`);
    // a file without parameter columns: a one-line error
    await page.setInputFiles("input[name=load-result]", {name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from("a,b\n1,2\n")});
    await page.waitForSelector("[role=alert]");
    expect(await page.textContent("[role=alert]")).toContain("invalid result file bad.csv");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("a two-parameter sweep above the size that starts by itself waits for Run, then draws a heatmap", async () => {
    // how long the page's own thread stalls meanwhile is timed by bench/browser.ts
    // (npm run bench:browser), not here: a wall-clock bound fails under load
    const url = `${base}explore.html?base=rg-decide&mode=two&x=load.timePressure&xFrom=0.5&xTo=3&xn=5&y=power.crowding&yFrom=0&yTo=1&yn=4&reps=300`;
    const {page, errors} = await open(browser, url, {waitFor: "button[name=run]"});
    expect(await page.getAttribute(".gc-results", "data-state")).toBe("waiting");
    // 6,000 runs: above the size that starts by itself, so it waits for Run
    expect(await page.textContent("button[name=run]")).toContain("6000");
    await page.click("button[name=run]");
    await page.waitForSelector(".gc-results[data-state=ready]", {timeout: 120_000});
    expect(await page.$$eval(".gc-results figure.gc-figure", (f) => f.length)).toBe(2);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("a large sweep waits for Run; after Stop it can be run again", async () => {
    const url = `${base}explore.html?base=team&x=load.timePressure&xFrom=0.5&xTo=3&xn=25&reps=100&seed=8`;
    const {page, errors} = await open(browser, url, {waitFor: "button[name=run]"});
    expect(await page.getAttribute(".gc-results", "data-state")).toBe("waiting");
    // editing a field does not start it either
    await page.fill("input[name=xTo]", "2.5");
    await page.press("input[name=xTo]", "Enter");
    await page.waitForFunction(() => new URL(location.href).searchParams.get("xTo") === "2.5");
    expect(await page.getAttribute(".gc-results", "data-state")).toBe("waiting");
    await page.click("button[name=run]");
    await page.waitForSelector(".gc-results[data-state=running]", {state: "attached"});
    await page.click("button[name=stop]");
    expect(await page.getAttribute(".gc-results", "data-state")).toBe("stopped");
    expect(await page.textContent("button[name=run]")).toBe("Run again");
    await page.click("button[name=run]");
    await page.waitForSelector(".gc-results[data-state=ready] svg", {timeout: 60_000});
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
