// What planners, researchers and readers of the classic and model pages see
// beyond the charts: parameter help by keyboard, invalid values in words,
// choice values by name, the printout, dismissable alerts in the page's
// language, units in bokmål, the classic page's link to the classroom, the
// model document's bokmål summaries and the reader's place on a language switch.
import {afterAll, beforeAll, describe, expect, inject, test} from "vitest";
import type {Browser} from "playwright-core";
import {launch, open} from "./browser.ts";

const base = inject("baseURL");

describe.skipIf(!base)("readers", () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  test("compare: parameter help by keyboard, an invalid value in words, choice values by name, a printout that says what was edited", async () => {
    const {page, errors} = await open(browser, `${base}compare.html?opt=transfer-written&opt=rg-decide&reps=4&lang=nb&o2.load.timePressure=2`, {waitFor: ".gc-results[data-state=ready]"});
    await page.click("[data-option='2'] details.gc-editor summary");
    const field = page.locator("[data-option='2'] [data-key='load.timePressure']");
    // the help button is reached with Tab from the input and opened with Enter
    await field.locator("input").focus();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.className)).toBe("gc-help");
    await page.keyboard.press("Enter");
    expect(await field.locator(".gc-help-text").isVisible()).toBe(true);
    expect(await field.locator(".gc-help-text").textContent()).toMatch(/\w{4}/);
    expect(await field.locator(".gc-unit").textContent()).toBe("faktor");
    // an invalid value gets words, not only a red border
    await field.locator("input").fill("99999");
    await field.locator("input").press("Enter");
    expect(await field.locator(".gc-invalid-text").textContent()).toMatch(/^Ikke tillatt: skriv et tall fra \S+ til \S+\.$/);
    // choice values are shown by name
    const rule = await page.$$eval("[data-option='2'] [data-key$='.rule'] option", (els) => els.map((e) => [(e as HTMLOptionElement).value, e.textContent]));
    expect(rule.length).toBeGreaterThan(0);
    for (const [value, label] of rule) expect(label).not.toBe(value);
    expect(rule.map(([, l]) => l)).toContain("forhandlet (maktvekter)");
    // the printout says what was edited and leaves out the classroom links
    await page.emulateMedia({media: "print"});
    expect(await page.locator("[data-option='2'] [data-edits]").textContent()).toMatch(/^Endret: .*Tidspress.* = 2\.$/);
    expect(await page.locator("[data-option='2'] [data-edits]").isVisible()).toBe(true);
    expect(await page.locator("[data-option='2'] a[href*='classroom.html']").isVisible()).toBe(false);
    await page.emulateMedia({media: "screen"});
    expect(await page.locator("[data-option='2'] [data-edits]").isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("a URL error is in the page's language, follows a language switch and can be dismissed", async () => {
    const {page} = await open(browser, `${base}compare.html?opt=transfer-written&opt=team&reps=abc&lang=nb`, {waitFor: "[data-url-issues]"});
    const title = async () => page.locator("[data-url-issues] strong").textContent();
    const nb = await title();
    await page.selectOption("select[name=lang]", "en");
    await page.waitForFunction(() => document.documentElement.lang === "en");
    const en = await title();
    expect(en).not.toBe(nb);
    await page.click("[data-url-issues] button[name=dismiss]");
    expect(await page.locator("[data-url-issues]").count()).toBe(0);
    await page.selectOption("select[name=lang]", "nb");
    await page.waitForFunction(() => document.documentElement.lang === "nb");
    expect(await page.locator("[data-url-issues]").count()).toBe(0);
    await page.context().close();
  });

  test("explore: labels carry units in the page's language and never repeat them", async () => {
    const {page, errors} = await open(browser, `${base}explore.html?base=team&x=users.count&xFrom=5&xTo=10&xn=2&reps=2&lang=nb`, {waitFor: ".gc-results[data-state=ready] svg"});
    const labels = await page.$$eval("select[name=sweep-x] option", (els) => els.map((e) => e.textContent ?? ""));
    expect(labels).toContain("Brukere");
    expect(labels.some((l) => /\((weeks|users|share|hours\/week)\)/.test(l))).toBe(false);
    expect(labels.some((l) => /\(uker\)/.test(l))).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("classic: evidence names the measures; a chosen variant opens animated in the classroom", async () => {
    const {page, errors} = await open(browser, `${base}classic.html?lang=nb`, {waitFor: "[data-property=P2]"});
    const evidence = await page.$$eval(".gc-evidence", (els) => els.map((e) => e.textContent ?? ""));
    for (const e of evidence) expect(e).not.toMatch(/[a-z][A-Z]/);
    expect(evidence.join(" ")).toContain("problemaktivitet");
    await page.selectOption("select[name=animate-load]", "heavy");
    await page.selectOption("select[name=animate-access]", "hierarchical");
    await page.selectOption("select[name=animate-entry]", "2");
    await page.click("a[data-classroom-link]");
    await page.waitForSelector(".gc-figure svg");
    const q = new URL(page.url()).searchParams;
    expect(Object.fromEntries(q)).toMatchObject({model: "classic", load: "heavy", access: "hierarchical", decision: "unsegmented", energy: "equal", entry: "2", lang: "nb"});
    expect(await page.inputValue("select[name=load]")).toBe("heavy");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("model: a bokmål summary under every section, units in bokmål, and a language switch keeps the reader's place", async () => {
    const {page, errors} = await open(browser, `${base}model.html?lang=nb`, {waitFor: "#parameter-table table"});
    const sections = await page.$$eval(".gc-odd h2[id]", (els) => els.map((e) => [e.id, e.nextElementSibling?.getAttribute("data-summary") ?? null]));
    expect(sections.length).toBeGreaterThan(6);
    for (const [id, summary] of sections) expect(summary, id!).toBe(id);
    const units = await page.$$eval("#parameter-table tbody tr", (rows) => rows.map((r) => r.textContent ?? ""));
    expect(units.join(" ")).toContain("uker");
    expect(units.join(" ")).not.toMatch(/hours\/week|cases\/meeting/);
    // read down to section 4, switch to English: section 4 is still where the reader was
    const id = sections[3][0]!;
    await page.evaluate((x) => document.getElementById(x)!.scrollIntoView(), id);
    const before = await page.evaluate((x) => document.getElementById(x)!.getBoundingClientRect().top, id);
    await page.selectOption("select[name=lang]", "en");
    await page.waitForFunction(() => document.documentElement.lang === "en");
    const after = await page.evaluate((x) => document.getElementById(x)!.getBoundingClientRect().top, id);
    expect(Math.abs(after - before)).toBeLessThan(40);
    expect(await page.locator("[data-summary]").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
