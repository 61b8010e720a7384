// The collective panels on Compare, Explore and Classroom: each draws, in
// both languages, with no console errors; Compare's table carries the
// collective measures and its rung chart; Explore redraws when an input
// moves; Classroom steps through the meetings.
import {afterAll, beforeAll, describe, expect, inject, test} from "vitest";
import type {Browser} from "playwright-core";
import {launch, open} from "./browser.ts";
import {GALLERY} from "./gallery.ts";

const base = inject("baseURL");

describe.skipIf(!base)("collective panels", () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  test("compare: collective options give Arnstein's rungs and the measures with paired differences, in bokmål too", async () => {
    const {page, errors} = await open(browser, `${base}compare.html?lang=nb&reps=10`, {waitFor: "[data-panel=collective-compare] .gc-collective-results[data-state=ready]"});
    const panel = page.locator("[data-panel=collective-compare]");
    expect(await panel.locator("figure[data-name=collective-rungs] svg").count()).toBeGreaterThan(0);
    expect(await panel.innerText()).toMatch(/Oppmøte blant brukere som trenger tolk/);
    expect(await panel.innerText()).toMatch(/Forskjell fra Åpne brukermøter på et nøytralt sted med tolk/);
    await page.selectOption("select[name=c-opt2]", "working-committee");
    await page.waitForSelector("[data-panel=collective-compare] .gc-collective-results[data-state=ready]");
    expect(await panel.innerText()).toMatch(/Arbeidsutvalg med betalte brukermedlemmer/);
    // plain names, never preset ids, in the verdict and the tables
    expect(await panel.locator(".gc-collective-results").innerText()).not.toMatch(/working-committee|user-meeting-neutral/);
    // the collective verdict: rungs first, staff hours per meeting with the unit, the trade-off, the thresholds
    const verdict = await panel.locator("[data-collective-verdict] .gc-verdict[data-option=working-committee]").innerText();
    // the headline, then a line per measure: reference level → option level, the difference with its interval and unit
    expect(verdict).toMatch(/^Arbeidsutvalg med betalte brukermedlemmer ved siden av åpne møter sammenlignet med Åpne brukermøter på et nøytralt sted med tolk:\s+Rettighetslinse: møter med reell medvirkning: \d+ → \d+; (forskjell [+−]?\d+ møter av 100|.*ingen forskjell)/);
    expect(verdict).toMatch(/personaltimer per møte \(95 % KI/);
    expect(verdict).toMatch(/Avveining: Arbeidsutvalg med betalte brukermedlemmer ved siden av åpne møter gir /);
    expect(await panel.locator("[data-collective-verdict] [data-thresholds]").innerText()).toMatch(/^En forskjell teller når/);
    await panel.screenshot({path: `${GALLERY}collective-compare-nb.png`});
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("compare: the panel's view rides in the link's fragment, and a bad fragment is named in one line", async () => {
    const {page, errors} = await open(browser, `${base}compare.html?reps=10#c.opt=user-council,small-projects&c.reps=5&c.seed=9`, {waitFor: "[data-panel=collective-compare] .gc-collective-results[data-state=ready]"});
    expect(await page.$eval("select[name=c-opt2]", (s) => (s as HTMLSelectElement).value)).toBe("small-projects");
    expect(await page.$eval("input[name=c-reps]", (s) => (s as HTMLInputElement).value)).toBe("5");
    await page.selectOption("select[name=c-opt1]", "working-committee");
    await page.waitForFunction(() => location.hash.includes("c.opt=working-committee%2Csmall-projects"));
    expect(new URL(page.url()).searchParams.get("reps")).toBe("10"); // the page's own state is kept
    const {page: bad} = await open(browser, `${base}compare.html#c.opt=nowhere&c.reps=1`, {waitFor: "[data-panel=collective-compare] [role=alert]"});
    const text = await bad.locator("[data-panel=collective-compare] [role=alert]").innerText();
    expect(text).toContain('c.opt = "nowhere" (allowed: 2 to 4 comma-separated collective preset ids');
    expect(text).toContain('c.reps = "1" (allowed: an integer in [2, 2000])');
    expect(errors).toEqual([]);
    await page.context().close();
    await bad.context().close();
  });

  test("explore: a collective preset's trajectories and arenas redraw when an input moves", async () => {
    const {page, errors} = await open(browser, `${base}explore.html`, {waitFor: "[data-panel=collective-explore] .gc-collective-results[data-state=ready]"});
    const panel = page.locator("[data-panel=collective-explore]");
    expect(await panel.locator("figure[data-name=collective-trajectories] svg").count()).toBeGreaterThan(0);
    const before = await panel.locator("figure[data-name=collective-arenas]").innerText();
    await page.selectOption("select[name='c-arenas.evening.interpreters']", "none");
    await page.waitForFunction(() => location.hash.includes("ce.arenas.evening.interpreters=none"));
    await page.waitForFunction(() => !!document.querySelector("[data-panel=collective-explore] select[name='c-arenas.evening.interpreters']") && (document.querySelector("[data-panel=collective-explore] select[name='c-arenas.evening.interpreters']") as HTMLSelectElement).value === "none");
    expect(await panel.locator("figure[data-name=collective-arenas]").innerText()).not.toBe(before);
    await panel.screenshot({path: `${GALLERY}collective-explore-en.png`});
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("explore: every declared parameter of the preset is offered with its help text; a value the scenario refuses is named in one line", async () => {
    const {page, errors} = await open(browser, `${base}explore.html`, {waitFor: "[data-panel=collective-explore] .gc-collective-results[data-state=ready]"});
    const panel = page.locator("[data-panel=collective-explore]");
    const all = panel.locator("details[data-all-params]");
    const n = await all.locator("[data-key]").count();
    expect(n).toBeGreaterThan(60);
    await all.locator("summary").click();
    // help behind a button for the key inputs and the full list alike
    expect(await panel.locator("details.gc-collective-params").first().locator("button.gc-help").count()).toBeGreaterThan(5);
    const field = all.locator("[data-key='outreach.letter.channel']");
    await field.locator("button.gc-help").click();
    expect(await field.locator(".gc-help-text").innerText()).toMatch(/^Personal letter with phone follow-up/);
    // a value within the declared range that the scenario refuses (more letters than users)
    await page.fill("input[name='ca-outreach.letter.invites']", "600");
    await page.press("input[name='ca-outreach.letter.invites']", "Enter");
    await page.waitForSelector("[data-panel=collective-explore] [role=alert]");
    expect(await panel.locator("[role=alert]").innerText()).toContain("ce.outreach.letter.invites: 600 (allowed: an integer in [0, 500] (population.count))");
    // an allowed one is kept in the link
    await page.fill("input[name='ca-management.closure']", "0.4");
    await page.press("input[name='ca-management.closure']", "Enter");
    await page.waitForFunction(() => location.hash.includes("ce.management.closure=0.4"));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("classroom: a user meeting animated, stepping meeting by meeting", async () => {
    const {page, errors} = await open(browser, `${base}classroom.html`, {waitFor: "[data-panel=collective-classroom] figure[data-name=collective-meeting] svg"});
    const panel = page.locator("[data-panel=collective-classroom]");
    expect(await panel.locator("[data-frame]").getAttribute("data-frame")).toBe("0");
    await page.click("button[name=c-step]");
    expect(await panel.locator("[data-frame]").getAttribute("data-frame")).toBe("1");
    await page.click("button[name=c-back]");
    expect(await panel.locator("[data-frame]").getAttribute("data-frame")).toBe("0");
    expect(await panel.innerText()).toMatch(/Meeting 1 of \d+: week 0/);
    await page.click("button[name=c-step]");
    await page.waitForFunction(() => location.hash.includes("cc.meeting=2"));
    const {page: again} = await open(browser, page.url(), {waitFor: "[data-panel=collective-classroom] [data-frame]"});
    expect(await again.locator("[data-panel=collective-classroom] [data-frame]").getAttribute("data-frame")).toBe("1");
    await again.context().close();
    await panel.screenshot({path: `${GALLERY}collective-classroom-en.png`});
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
