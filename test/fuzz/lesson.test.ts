// Lesson-file fuzz cases: each bad file is refused with one line naming the
// field; the odd but legal ones are read.
import {describe, expect, it} from "vitest";
import {readFileSync} from "node:fs";
import {readLessonFile} from "../../sim/lesson.ts";
import {caseText, corpus, expectCleanPrototype, expectClearError, messageOf, title} from "./corpus.ts";

const {base, cases} = corpus("lesson");
const baseLesson = JSON.parse(readFileSync(new URL(`../../data/lessons/${base as string}.json`, import.meta.url), "utf8"));

describe("lesson-file fuzz corpus", () => {
  it("holds bad cases of every kind, __proto__ among them, and legal ones", () => {
    expect(cases.filter((c) => !c.ok).length).toBeGreaterThanOrEqual(20);
    expect(cases.some((c) => (c.path as string[] | undefined)?.includes("__proto__"))).toBe(true);
    expect(cases.some((c) => c.ok)).toBe(true);
  });
  cases.forEach((c) => {
    it(title(c), () => {
      const text = caseText(c, baseLesson);
      if (c.ok) expect(readLessonFile(text).id).toBe(baseLesson.id);
      else expectClearError(messageOf(() => readLessonFile(text)), c.field);
      expectCleanPrototype();
    });
  });
});
