import {afterAll, beforeAll, describe, expect, inject, test} from "vitest";
import type {Browser, Page} from "playwright-core";
import {launch, open} from "./browser.ts";
import {lesson, modelKind} from "../../sim/lesson.ts";

const base = inject("baseURL");
const LESSON = lesson("streams-and-voice");
const last = LESSON.steps.length;
const firstCollective = LESSON.steps.findIndex((s) => modelKind(s.model) === "collective") + 1;

async function inView(page: Page, selector: string, viewport: {width: number; height: number}): Promise<void> {
  const boxes = await page.$$eval(selector, (els) => els.map((e) => e.getBoundingClientRect().toJSON()));
  expect(boxes.length, selector).toBeGreaterThan(0);
  for (const b of boxes) {
    expect(b.top, selector).toBeGreaterThanOrEqual(0);
    expect(b.bottom, selector).toBeLessThanOrEqual(viewport.height);
    expect(b.right, selector).toBeLessThanOrEqual(viewport.width);
  }
}

describe.skipIf(!base)("classroom lesson mode", () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  for (const [lang, viewport] of [["en", {width: 1024, height: 768}], ["nb", {width: 1024, height: 768}], ["en", {width: 1280, height: 800}], ["nb", {width: 1280, height: 800}]] as const) {
    test(`${lang} at ${viewport.width}x${viewport.height}: the arrow keys step the lesson forward and back in presentation mode, and the handout prints`, async () => {
      const {page, errors, foreign} = await open(browser, base + `classroom.html?lesson=${LESSON.id}${lang === "nb" ? "&lang=nb" : ""}`, {waitFor: ".gc-lesson[data-step='1'] ~ * svg, .gc-stage svg", viewport});
      const step = () => page.$eval(".gc-lesson", (e) => Number((e as HTMLElement).dataset.step));
      const param = (k: string) => new URL(page.url()).searchParams.get(k);
      await page.waitForSelector(".gc-lesson[data-step='1']");
      expect(await page.textContent(".gc-lesson-ask")).toContain(LESSON.steps[0].ask[lang]);
      expect(await page.textContent(".gc-lesson-change")).toContain(LESSON.steps[0].change.text[lang]);
      // outside presentation mode the arrows still step the run, Page Down / Up the lesson
      await page.locator("body").focus();
      await page.keyboard.press("ArrowRight");
      expect(await page.$eval(".gc-body", (b) => (b as HTMLElement).dataset.index)).toBe("1");
      expect(await step()).toBe(1);
      await page.keyboard.press("p");
      expect(await page.getAttribute("button[name=present]", "aria-pressed")).toBe("true");
      // presented: the step's question and the animation in the window, nothing to scroll
      await inView(page, ".gc-lesson-ask", viewport);
      await inView(page, ".gc-stage .gc-figure-slot svg[aria-label]", viewport);
      await page.keyboard.press("ArrowRight");
      await page.waitForSelector(".gc-lesson[data-step='2'] ~ .gc-transport");
      expect(param("step")).toBe("2");
      expect(param("model")).toBe(LESSON.steps[1].model);
      expect(await page.textContent(".gc-lesson-ask")).toContain(LESSON.steps[1].ask[lang]);
      // still presenting, from the first week of the step's run
      expect(await page.getAttribute("button[name=present]", "aria-pressed")).toBe("true");
      expect(await page.$eval(".gc-body", (b) => (b as HTMLElement).dataset.index)).toBe("0");
      await inView(page, ".gc-lesson-ask", viewport);
      // a participation run's frames come from its worker: the animation is drawn when the first arrives
      await page.waitForSelector(".gc-stage .gc-figure-slot svg[aria-label]");
      await inView(page, ".gc-stage .gc-figure-slot svg[aria-label]", viewport);
      // Shift+→ steps the run, not the lesson
      await page.keyboard.press("Shift+ArrowRight");
      expect(await page.$eval(".gc-body", (b) => (b as HTMLElement).dataset.index)).toBe("1");
      expect(await step()).toBe(2);
      await page.keyboard.press("ArrowLeft");
      await page.waitForSelector(".gc-lesson[data-step='1']");
      expect(param("model") ?? "classic").toBe("classic");
      expect(await page.getAttribute("button[name=present]", "aria-pressed")).toBe("true");
      // on to the user meetings, which the panel draws meeting by meeting, and to the end, where → stops
      for (let i = 1; i < firstCollective; ++i) {
        await page.keyboard.press("ArrowRight");
        await page.waitForSelector(`.gc-lesson[data-step='${i + 1}']`);
      }
      await page.waitForSelector(".gc-lesson-meetings svg");
      await inView(page, ".gc-lesson-meetings svg", viewport);
      for (let i = firstCollective; i < last + 2; ++i) await page.keyboard.press("ArrowRight").then(() => page.waitForTimeout(150));
      await page.waitForSelector(`.gc-lesson[data-step='${last}']`);
      expect(await page.isDisabled("button[name=lesson-next]")).toBe(true);
      await page.keyboard.press("ArrowLeft");
      await page.waitForSelector(`.gc-lesson[data-step='${last - 1}']`);
      await page.click("button[name=lesson-prev]");
      await page.waitForSelector(`.gc-lesson[data-step='${last - 2}']`);
      await page.click("button[name=lesson-next]");
      await page.waitForSelector(`.gc-lesson[data-step='${last - 1}']`);

      // the handout: every step with its question, its change and a picture; printed alone
      expect(await page.isVisible("button[name=lesson-handout]")).toBe(false);
      await page.keyboard.press("p");
      expect(await page.$eval(".gc-body", (b) => b.classList.contains("gc-presenting"))).toBe(false);
      await page.click("button[name=lesson-handout]");
      await page.waitForSelector(".gc-handout .gc-handout-step");
      const sheet = await page.$$eval(".gc-handout-step", (li) => li.map((e) => ({text: e.textContent ?? "", pictures: e.querySelectorAll("svg").length})));
      expect(sheet).toHaveLength(last);
      sheet.forEach((s, i) => {
        expect(s.text).toContain(LESSON.steps[i].ask[lang]);
        expect(s.text).toContain(LESSON.steps[i].change.text[lang]);
        expect(s.pictures).toBeGreaterThan(0);
      });
      await page.emulateMedia({media: "print"});
      expect(await page.isVisible(".gc-handout")).toBe(true);
      expect(await page.isVisible(".gc-handout-step svg")).toBe(true);
      for (const hidden of ["button[name=lesson-next]", "button[name=lesson-print]", ".gc-lesson", "select[name=lang]", ".gc-head"])
        expect(await page.isVisible(hidden), hidden).toBe(false);
      const pdf = await page.pdf({format: "A4"});
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      expect(pdf.length).toBeGreaterThan(10_000);
      await page.emulateMedia({media: "screen"});
      expect(await page.isVisible("button[name=lesson-next]")).toBe(true);
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
      await page.context().close();
    });
  }

  test("a step's change applies to the run shown, the step is kept; a bad lesson or step in the link is one line", async () => {
    const {page, errors} = await open(browser, base + `classroom.html?lesson=${LESSON.id}&step=2`, {waitFor: ".gc-lesson[data-step='2'] ~ * svg"});
    const input = `.gc-try input[name='${LESSON.steps[1].change.key}']`;
    const before = await page.locator(input).inputValue();
    await page.click("button[name=lesson-apply]");
    await page.waitForFunction(() => (new URL(location.href).searchParams.get("model") ?? "").startsWith("~"));
    await page.waitForSelector(".gc-lesson[data-step='2'] ~ * svg");
    expect(Number(await page.locator(input).inputValue())).toBe(Number(LESSON.steps[1].change.value));
    expect(Number(await page.locator(input).inputValue())).not.toBe(Number(before));
    expect(new URL(page.url()).searchParams.get("step")).toBe("2");
    expect(errors).toEqual([]);
    await page.context().close();
    const bad = await open(browser, base + `classroom.html?lesson=no-such-lesson&step=99`, {waitFor: "[role=alert]"});
    const alert = (await bad.page.textContent("[role=alert]")) ?? "";
    expect(alert).toContain("no-such-lesson");
    expect(alert).toContain(LESSON.id);
    await bad.page.waitForSelector(".gc-figure svg");
    expect(await bad.page.$$(".gc-lesson")).toHaveLength(0);
    await bad.page.context().close();
  });
});
