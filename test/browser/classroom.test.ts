import {afterAll, beforeAll, describe, expect, inject, test} from "vitest";
import type {Browser} from "playwright-core";
import {launch, open} from "./browser.ts";
import {preset} from "../../sim/participation/presets.ts";
import {paramByKey} from "../../sim/participation/parameters.ts";
import {inlineSpec} from "../../notebooks/lib/compareData.ts";

const base = inject("baseURL");

describe.skipIf(!base)("classroom notebook", () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  test("steps with buttons and keyboard, plays and pauses, resets; no errors, nothing leaves the machine", async () => {
    const {page, errors, foreign} = await open(browser, base + "classroom.html", {waitFor: ".gc-body[data-index='0'] svg"});
    const index = () => page.$eval(".gc-body", (b) => Number((b as HTMLElement).dataset.index));
    const chart = () => page.$eval(".gc-figure", (f) => f.innerHTML);
    const first = await chart();
    await page.click("button[name=step]");
    expect(await index()).toBe(1);
    expect(await chart()).not.toBe(first);
    expect(new URL(page.url()).searchParams.get("t")).toBe("1");
    await page.locator("body").focus();
    await page.keyboard.press("ArrowRight");
    expect(await index()).toBe(2);
    // a step back shows the frame before, exactly as it was drawn going forward
    const atTwo = await chart();
    await page.click("button[name=back]");
    expect(await index()).toBe(1);
    await page.keyboard.press("ArrowRight");
    expect(await chart()).toBe(atTwo);
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    expect(await index()).toBe(0);
    expect(await chart()).toBe(first);
    expect(await page.isDisabled("button[name=back]")).toBe(true);
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("r");
    expect(await index()).toBe(0);
    await page.keyboard.press("Space");
    await page.waitForFunction(() => Number((document.querySelector(".gc-body") as HTMLElement).dataset.index) >= 2, undefined, {timeout: 10_000});
    await page.keyboard.press("Space");
    expect(await page.$eval(".gc-body", (b) => (b as HTMLElement).dataset.playing)).toBe("false");
    const stopped = await index();
    await page.waitForTimeout(700);
    expect(await index()).toBe(stopped);
    // the styles appear as they happen: by the end of the run some decisions are listed
    await page.fill("#classroom-time", "19");
    expect(await page.$$eval(".gc-events li", (li) => li.length)).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.context().close();
  });

  for (const [model, viewport] of [["classic", {width: 1024, height: 768}], ["transfer-written", {width: 1024, height: 768}], ["transfer-written", {width: 1280, height: 800}],
    // a week with users, advocates' places and the options shown (a longer legend, roles under the arena)
    ["team-user-present&t=6", {width: 1024, height: 768}]] as const) test(`at ${viewport.width}x${viewport.height} the whole animation, the play controls and the time plots beside it are visible without scrolling (${model}); P and a button switch presentation mode`, async () => {
    const {page, errors} = await open(browser, base + `classroom.html?model=${model}`, {waitFor: ".gc-body[data-index] svg", viewport});
    const inView = async (selector: string) => {
      const boxes = await page.$$eval(selector, (els) => els.map((e) => { const r = e.getBoundingClientRect(); return {top: r.top, left: r.left, bottom: r.bottom, right: r.right}; }));
      expect(boxes.length, selector).toBeGreaterThan(0);
      for (const b of boxes) {
        expect(b.top, selector).toBeGreaterThanOrEqual(0);
        expect(b.left, selector).toBeGreaterThanOrEqual(0);
        expect(b.bottom, selector).toBeLessThanOrEqual(viewport.height);
        expect(b.right, selector).toBeLessThanOrEqual(viewport.width);
      }
    };
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // the stage is fitted again once the page's web fonts have arrived (debounced)
    await page.waitForFunction(() => document.fonts.status === "loaded");
    await page.waitForTimeout(400);
    await inView(".gc-stage .gc-figure svg");
    await inView(".gc-stage button[name=play], .gc-stage button[name=step], .gc-stage button[name=reset], .gc-stage #classroom-time, .gc-stage button[name=present]");
    await inView(".gc-stage .gc-status");
    // the time plots sit beside the animation (to its right, overlapping it vertically), not under it
    await inView(".gc-stage .gc-over-time .gc-figure svg[aria-label]");
    const plots = await page.$$eval(".gc-stage .gc-over-time .gc-figure svg[aria-label]", (s) => s.length);
    expect(plots).toBe(model === "classic" ? 1 : 2);
    const anim = await page.$eval(".gc-stage .gc-figure-slot svg[aria-label]", (e) => e.getBoundingClientRect().toJSON());
    const side = await page.$eval(".gc-stage .gc-over-time svg[aria-label]", (e) => e.getBoundingClientRect().toJSON());
    expect(side.left).toBeGreaterThanOrEqual(anim.right);
    expect(side.top).toBeLessThan(anim.bottom);
    expect(await page.$eval(".gc-stage .gc-over-time", (col) => col.scrollHeight <= col.clientHeight + 1)).toBe(true);
    // presentation mode: one key, larger type, only the stage shown, controls still in view
    const fontSize = () => page.$eval(".gc-stage .gc-figure svg[aria-label]", (s) => parseFloat(getComputedStyle(s).fontSize));
    const small = await fontSize();
    await page.locator("body").focus();
    await page.keyboard.press("p");
    expect(await page.getAttribute("button[name=present]", "aria-pressed")).toBe("true");
    expect(await fontSize()).toBeGreaterThan(small);
    expect(await page.isVisible("h1.gc-classroom-title")).toBe(false);
    // the time plots of ladder and style (and staff energy) stay beside the animation, whole, within the window
    expect(await page.isVisible(".gc-over-time")).toBe(true);
    await inView(".gc-stage .gc-over-time .gc-figure svg[aria-label]");
    expect(await page.$$eval(".gc-stage .gc-over-time .gc-figure svg[aria-label]", (s) => s.length)).toBe(plots);
    // nothing cut off: each plot is as tall as its own box (the column clips nothing)
    expect(await page.$eval(".gc-stage .gc-over-time", (col) => col.scrollHeight <= col.clientHeight + 1)).toBe(true);
    await inView(".gc-stage .gc-figure svg");
    await inView(".gc-stage button[name=play], .gc-stage button[name=present]");
    // the legend wraps within the window (nothing to scroll sideways)
    expect(await page.$eval(".gc-stage", (e) => e.scrollWidth <= e.clientWidth)).toBe(true);
    await page.click("button[name=present]");
    expect(await page.getAttribute("button[name=present]", "aria-pressed")).toBe("false");
    expect(await page.isVisible("h1.gc-classroom-title")).toBe(true);
    expect(await fontSize()).toBe(small);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("after a window resize the stage is fitted again to the new window (debounced)", async () => {
    const {page, errors} = await open(browser, base + "classroom.html?model=transfer-written", {waitFor: ".gc-body[data-index='0'] svg", viewport: {width: 1280, height: 800}});
    const box = (sel: string) => page.$eval(sel, (e) => e.getBoundingClientRect().toJSON());
    const wide = await box(".gc-stage .gc-figure-slot svg[aria-label]");
    await page.setViewportSize({width: 1024, height: 768});
    await page.waitForFunction((w) => (document.querySelector(".gc-stage .gc-figure-slot svg[aria-label]")?.getBoundingClientRect().width ?? w) < w, wide.width);
    await page.waitForTimeout(400);
    for (const sel of [".gc-stage .gc-figure-slot svg[aria-label]", ".gc-stage .gc-over-time svg[aria-label]", ".gc-stage button[name=play]"]) {
      const boxes = await page.$$eval(sel, (els) => els.map((e) => e.getBoundingClientRect().toJSON()));
      expect(boxes.length, sel).toBeGreaterThan(0);
      for (const b of boxes) {
        expect(b.bottom, sel).toBeLessThanOrEqual(768);
        expect(b.right, sel).toBeLessThanOrEqual(1024);
      }
    }
    // and back: a larger window gives the animation more room again
    await page.setViewportSize({width: 1280, height: 800});
    await page.waitForFunction((w) => (document.querySelector(".gc-stage .gc-figure-slot svg[aria-label]")?.getBoundingClientRect().width ?? 0) >= w, wide.width - 1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("decided cases show their ladder step in the picture, explained in the key line; the frame's table and CSV carry the step", async () => {
    const {page, errors} = await open(browser, base + "classroom.html?model=transfer-written", {waitFor: ".gc-body[data-index='0'] svg"});
    // find a week with a decided case
    const max = Number(await page.getAttribute("#classroom-time", "max"));
    let week = -1;
    for (let i = 0; i <= max && week < 0; i++) {
      await page.fill("#classroom-time", String(i));
      if (await page.$$eval(".gc-figure .gc-step text", (t) => t.length) > 0) week = i;
    }
    expect(week).toBeGreaterThanOrEqual(0);
    const glyphs = await page.$$eval(".gc-figure .gc-step text", (t) => t.map((e) => e.firstChild?.textContent ?? ""));
    for (const g of glyphs) expect(["perspective", "participation", "influence", "control"]).toContain(g);
    expect(await page.textContent(".gc-figure .gc-key")).toContain("the word beside it is its step on Hansen's ladder: perspective = User");
    const download = page.waitForEvent("download");
    await page.click(".gc-figure .gc-actions button:has-text('CSV')");
    const csv = await (await (await download).createReadStream()).toArray().then((b) => Buffer.concat(b).toString("utf8"));
    const [head, ...lines] = csv.trim().split(/\r?\n/);
    expect(head.split(",")).toContain("step");
    const col = head.split(",").indexOf("step");
    expect(lines.filter((l) => /\b(perspective|participation|influence|control)\b/.test(l.split(",")[col])).length).toBe(glyphs.length);
    // and who came for which case, the options shown and the solutions' free places
    for (const c of ["case", "shown", "free"]) expect(head.split(",")).toContain(c);
    const free = head.split(",").indexOf("free");
    const solutions = lines.filter((l) => l.startsWith("solution,"));
    expect(solutions.length).toBeGreaterThan(0);
    for (const l of solutions) expect(l.split(",")[free]).toMatch(/^(\d+|unlimited)$/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("the time plots of ladder shares, styles and staff energy left grow as the run plays", async () => {
    const {page, errors} = await open(browser, base + "classroom.html?model=transfer-written", {waitFor: ".gc-body[data-index='0'] svg"});
    const plots = () => page.$$eval(".gc-over-time .gc-figure svg[aria-label]", (s) => s.map((e) => e.getAttribute("aria-label")));
    expect(await plots()).toEqual(["Decisions so far, over time", "Staff energy left, over time"]);
    const energyPoints = () => page.$eval(".gc-over-time .gc-figure[data-name^=classroom-energy] [aria-label=line] path", (p) => (p.getAttribute("d") ?? "").split(/[MLHV]/).length);
    const before = await energyPoints();
    await page.fill("#classroom-time", "30");
    expect(await energyPoints()).toBeGreaterThan(before);
    expect(await page.textContent(".gc-over-time")).toMatch(/User influence|User participation|User perspective|User control/);
    // the 1972 model has styles only (no ladder, no staff energy)
    await page.goto(base + "classroom.html?t=19");
    await page.waitForSelector(".gc-body[data-index='19'] svg");
    expect(await plots()).toEqual(["Decisions so far, over time"]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("a \"Things to try\" suggestion naming a parameter has an input that applies the change here", async () => {
    const {page, errors} = await open(browser, base + "classroom.html?model=transfer-written", {waitFor: ".gc-body[data-index='0'] svg"});
    // "Raise power.wishWeight: ..." carries its input, showing the preset's value
    const input = page.locator(".gc-try input[name='power.wishWeight']");
    expect(await input.count()).toBe(1);
    const before = Number(await input.inputValue());
    await input.fill(String(before + 2));
    await input.press("Enter");
    await page.waitForFunction(() => (new URL(location.href).searchParams.get("model") ?? "").startsWith("~"));
    await page.waitForSelector(".gc-body[data-index='0'] svg");
    // the run shown is the edited copy: its input now holds the new value, and keeps focus
    expect(Number(await page.locator(".gc-try input[name='power.wishWeight']").inputValue())).toBe(before + 2);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe("power.wishWeight");
    expect(await page.$$("[role=alert]")).toHaveLength(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("an edited run rides in the link compressed: the link reopens the same run; a damaged one gives a one-line alert", async () => {
    const {page, errors} = await open(browser, base + "classroom.html?model=transfer-written", {waitFor: ".gc-body[data-index='0'] svg"});
    const input = page.locator(".gc-try input[name='power.wishWeight']");
    const edited = Number(await input.inputValue()) + 3;
    await input.fill(String(edited));
    await input.press("Enter");
    await page.waitForFunction(() => (new URL(location.href).searchParams.get("model") ?? "").startsWith("~~"));
    const link = page.url();
    const model = new URL(link).searchParams.get("model")!;
    // well under the plain form of a preset (about 6,000 characters)
    expect(model.length).toBeLessThan(3500);
    // reopen the link in a fresh page: inflated before the first drawing, same run, no alert
    const again = await open(browser, link, {waitFor: ".gc-body[data-index='0'] svg"});
    expect(Number(await again.page.locator(".gc-try input[name='power.wishWeight']").inputValue())).toBe(edited);
    expect(await again.page.$$("[role=alert]")).toHaveLength(0);
    expect(again.errors).toEqual([]);
    await again.page.context().close();
    // a damaged compressed link: one line naming what is wrong, and the default view still drawn
    const bad = await open(browser, base + "classroom.html?model=~~" + model.slice(2, 40), {waitFor: "[role=alert]"});
    await bad.page.waitForSelector(".gc-body[data-index='0'] svg");
    const alert = (await bad.page.textContent("[role=alert]")) ?? "";
    expect(alert).toMatch(/model=~~.*damaged|model=~~.*invalid/);
    expect(bad.errors).toEqual([]);
    await bad.page.context().close();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("a suggestion whose input is a key pattern offers the field of each member (or those it names), which applies the change here", async () => {
    const {page, errors} = await open(browser, base + "classroom.html?model=rg-decide", {waitFor: ".gc-body[data-index='0'] svg"});
    // "Add or remove professionals (roles.*.count)": one input per role of the scenario
    const inputs = page.locator(".gc-try [data-pattern='roles.*.count'] input");
    expect(await inputs.count()).toBe(6);
    // the legend names the parameter in words, with a count that agrees with its noun
    expect(await page.textContent(".gc-try [data-pattern='roles.*.count'] legend")).toBe(`${paramByKey("roles.*.count")!.label.en}: 6 members of this scenario`);
    const first = inputs.first();
    const name = (await first.getAttribute("name"))!;
    expect(name).toMatch(/^roles\.\w+\.count$/);
    const next = Number(await first.inputValue()) + 1;
    await first.fill(String(next));
    await first.press("Enter");
    await page.waitForFunction(() => (new URL(location.href).searchParams.get("model") ?? "").startsWith("~~"));
    await page.waitForSelector(".gc-body[data-index='0'] svg");
    expect(Number(await page.locator(`.gc-try [data-pattern='roles.*.count'] input[name='${name}']`).inputValue())).toBe(next);
    // a pattern with named members offers only those (its tryInputs entry names coordinator, municipal, nav, dps)
    await page.goto(base + "classroom.html?model=rg-user-choice&lang=nb");
    await page.waitForSelector(".gc-body[data-index='0'] svg");
    const named = await page.$$eval(".gc-try [data-pattern='roles.*.knowledge'] input", (els) => els.map((e) => e.getAttribute("name")).sort());
    expect(named).toEqual(["roles.coordinator.knowledge", "roles.dps.knowledge", "roles.municipal.knowledge", "roles.nav.knowledge"]);
    expect(await page.textContent(".gc-try [data-pattern='roles.*.knowledge'] legend")).toContain("medlemmer i dette scenarioet");
    // a pattern over a group this scenario has no members of is explained, not offered
    const s = preset("rg-decide");
    const copy = {...s, meta: {...s.meta, try: {en: [...s.meta.try.en, "Give the advocates no knowledge."], nb: [...s.meta.try.nb, "La talspersonene være uten kunnskap."]},
      tryInputs: [...(s.meta.tryInputs ?? []), {key: "advocates.*.knowledge", value: "0"}]}};
    await page.goto(base + "classroom.html?model=" + inlineSpec(copy));
    await page.waitForSelector(".gc-body[data-index='0'] svg");
    expect(Object.keys(s.advocates)).toEqual([]);
    expect(await page.textContent(".gc-try p[data-pattern='advocates.*.knowledge']")).toContain("this scenario has no advocates to change here; add them in a scenario file");
    expect(await page.$$("[role=alert]")).toHaveLength(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("a suggestion naming another preset links to Compare with this run and that preset", async () => {
    const {page, errors} = await open(browser, base + "classroom.html?model=transfer-written&seed=7", {waitFor: ".gc-body[data-index='0'] svg"});
    const href = await page.getAttribute(".gc-try a.gc-try-compare", "href");
    const q = new URL(href!, base).searchParams;
    expect(q.getAll("opt")).toEqual(["transfer-written", "transfer-visit"]);
    expect(q.get("seed")).toBe("7");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("the Model select keeps keyboard focus after the run is redrawn", async () => {
    const {page, errors} = await open(browser, base + "classroom.html", {waitFor: ".gc-body[data-index='0'] svg"});
    await page.focus("select[name=model]");
    await page.selectOption("select[name=model]", "transfer-written");
    await page.waitForFunction(() => new URL(location.href).searchParams.get("model") === "transfer-written");
    await page.waitForSelector(".gc-body[data-index='0'] svg");
    expect(await page.evaluate(() => (document.activeElement as HTMLSelectElement | null)?.name)).toBe("model");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("a copied link reopens the same view, in bokmål", async () => {
    const {page, errors} = await open(browser, base + "classroom.html?lang=nb&load=heavy&access=specialized&t=5", {waitFor: ".gc-body[data-index='5'] svg"});
    expect(await page.$eval("select[name=load]", (s) => (s as HTMLSelectElement).value)).toBe("heavy");
    expect(await page.textContent(".gc-status")).toContain("Periode 6");
    expect(await page.getAttribute("html", "lang")).toBe("nb");
    // the seed is editable: a new seed gives the 1972 model a random entry order
    const before = await page.innerHTML(".gc-figure");
    await page.fill("input[name=seed]", "abc");
    await page.press("input[name=seed]", "Enter");
    await page.waitForFunction(() => new URL(location.href).searchParams.get("entry") === "random");
    expect(new URL(page.url()).searchParams.get("seed")).toBe("abc");
    expect(await page.innerHTML(".gc-figure")).not.toBe(before);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("a bad URL shows a visible error and still draws the default view", async () => {
    const {page} = await open(browser, base + "classroom.html?load=enormous&speed=abc&bogus=1", {waitFor: "[role=alert]"});
    const text = await page.textContent("[role=alert]");
    expect(text).toContain("load=enormous");
    expect(text).toContain("bogus");
    await page.waitForSelector(".gc-figure svg");
    await page.context().close();
    // under bokmål the reasons are in bokmål too, and follow a switch of language
    const nb = await open(browser, base + "classroom.html?lang=nb&load=enormous&model=no-such-preset", {waitFor: "[role=alert]"});
    const alert = () => nb.page.textContent("[data-url-issues]");
    expect(await alert()).toContain("load=enormous: ukjent verdi \"enormous\" (tillatt: light, moderate, heavy)");
    expect(await alert()).toMatch(/model=no-such-preset: ukjent forhåndsinnstilling \(tillatt: .*, eller en scenariofil\); eller classic/);
    await nb.page.selectOption("select[name=lang]", "en");
    expect(await alert()).toContain("load=enormous: unknown value \"enormous\" (allowed: light, moderate, heavy)");
    expect(nb.errors).toEqual([]);
    await nb.page.context().close();
  });
  test("a legal link at the scenario maxima (far above the old trace limit) plays week by week: a step, a jump far ahead, play", async () => {
    const s = preset("team");
    const big = {...s, horizon: 520, users: {...s.users, count: 500, casesPerYear: 52}};
    for (const lang of ["nb", "en"] as const) {
      const {page, errors} = await open(browser, base + `classroom.html?lang=${lang}&model=` + inlineSpec(big), {waitFor: ".gc-body[data-index='0'] .gc-figure svg"});
      expect(await page.$$("[role=alert]")).toHaveLength(0);
      expect(await page.textContent(".gc-status")).toMatch(lang === "nb" ? /Uke 1\s*av 520/ : /Week 1\s*of 520/);
      expect(await page.getAttribute("#classroom-time", "max")).toBe("519");
      await page.click("button[name=step]");
      await page.waitForFunction(() => /(Week|Uke) 2\b/.test(document.querySelector(".gc-status")?.textContent ?? ""));
      // a jump far ahead is played there in the worker, then drawn
      await page.fill("#classroom-time", "300");
      await page.waitForFunction(() => /(Week|Uke) 301\b/.test(document.querySelector(".gc-status")?.textContent ?? ""), undefined, {timeout: 60_000});
      // it plays on from there (the run steps in the worker; how long the page's thread is busy meanwhile is measured by bench:browser)
      await page.click("button[name=play]");
      await page.waitForFunction(() => Number((document.querySelector(".gc-body") as HTMLElement).dataset.index) > 301, undefined, {timeout: 30_000});
      await page.waitForFunction(() => /(Week|Uke) 30[3-9]\b/.test(document.querySelector(".gc-status")?.textContent ?? ""), undefined, {timeout: 30_000});
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  test("a parameter changed while the run plays takes effect from the next week: the week shown stays, the link carries the edit and reopens the same run", async () => {
    for (const viewport of [{width: 1024, height: 768}, {width: 1280, height: 800}]) {
      const {page, errors} = await open(browser, base + "classroom.html?model=transfer-written", {waitFor: ".gc-body[data-index='0'] .gc-figure svg", viewport});
      const index = () => page.$eval(".gc-body", (b) => Number((b as HTMLElement).dataset.index));
      await page.fill("#classroom-time", "5");
      expect(await index()).toBe(5);
      const atFive = await page.$eval(".gc-figure", (f) => f.innerHTML);
      const input = page.locator(".gc-try input[name='power.wishWeight']");
      const value = Number(await input.inputValue()) + 2;
      await input.fill(String(value));
      await input.press("Enter");
      await page.waitForFunction(() => new URL(location.href).searchParams.get("edits") !== null);
      const url = new URL(page.url());
      expect(url.searchParams.get("edits")).toBe(`6:power.wishWeight=${value}`);
      expect(url.searchParams.get("model")).toBe("transfer-written"); // the preset itself, not an edited copy
      expect(url.searchParams.get("t")).toBe("5");
      expect(await index()).toBe(5);
      expect(await page.$eval(".gc-figure", (f) => f.innerHTML)).toBe(atFive);
      // the run goes on with the edit; the copied link replays it
      await page.fill("#classroom-time", "40");
      await page.waitForFunction(() => /Week 41\b/.test(document.querySelector(".gc-status")?.textContent ?? ""));
      const live = await page.$eval(".gc-figure", (f) => f.innerHTML);
      const again = await open(browser, url.toString(), {waitFor: ".gc-body[data-index='5'] .gc-figure svg", viewport});
      expect(await again.page.$eval(".gc-figure", (f) => f.innerHTML)).toBe(atFive);
      await again.page.fill("#classroom-time", "40");
      await again.page.waitForFunction(() => /Week 41\b/.test(document.querySelector(".gc-status")?.textContent ?? ""));
      expect(await again.page.$eval(".gc-figure", (f) => f.innerHTML)).toBe(live);
      expect(again.errors).toEqual([]);
      await again.page.context().close();
      expect(errors).toEqual([]);
      await page.context().close();
    }
    // a bad edit in a link is named in one line and the run plays without it
    const bad = await open(browser, base + "classroom.html?lang=nb&model=transfer-written&edits=3:users.casesPerYear=4", {waitFor: "[role=alert]"});
    expect(await bad.page.textContent("[data-url-issues]")).toContain("users.casesPerYear");
    await bad.page.waitForSelector(".gc-body[data-index='0'] .gc-figure svg");
    expect(bad.errors).toEqual([]);
    await bad.page.context().close();
  });
});
