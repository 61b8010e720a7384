// The Classroom's lesson hook (notebooks/lib/lesson.ts): which run a step shows, and what a bad
// lesson link says.
import {describe, expect, it} from "vitest";
import {lessonIssues, lessonPlace, stageShowsStep, stepPatch} from "../../notebooks/lib/lesson.ts";
import {LESSON_IDS, lesson, modelKind} from "../../sim/lesson.ts";

describe("lesson steps in the Classroom", () => {
  it("each step's state runs its own model and seed from the first week (the collective meetings in the panel)", () => {
    for (const id of LESSON_IDS) {
      const l = lesson(id);
      l.steps.forEach((s, i) => {
        const patch = stepPatch(l, i);
        expect(patch.step).toBe(i + 1);
        expect(patch.seed).toBe(s.seed);
        expect(patch.t).toBe(0);
        const place = lessonPlace({lesson: id, step: i + 1})!;
        expect(place.step).toEqual(s);
        if (modelKind(s.model) === "collective") {
          expect(stageShowsStep(place)).toBe(false);
          expect(patch.model).toBeUndefined();
        } else {
          expect(stageShowsStep(place)).toBe(true);
          expect(patch.model).toBe(s.model);
        }
        // the 1972 run is shown as the lesson declares it, whatever the reader changed before
        if (s.model === "classic") expect(patch).toMatchObject({load: "moderate", access: "unsegmented", decision: "unsegmented", energy: "equal", entry: "1"});
        else expect(patch.load).toBeUndefined();
      });
    }
  });
  it("no lesson, an unknown lesson and a step past the end: no place, and one issue naming the field and what is allowed", () => {
    expect(lessonPlace({lesson: "none", step: 1})).toBeNull();
    expect(lessonIssues({lesson: "none", step: 1})).toEqual([]);
    expect(lessonPlace({lesson: "nope", step: 1})).toBeNull();
    const [unknown, ...more] = lessonIssues({lesson: "nope", step: 1});
    expect(more).toEqual([]);
    expect(unknown.key).toBe("lesson");
    expect(unknown.message).toContain(LESSON_IDS[0]);
    const n = lesson(LESSON_IDS[0]).steps.length;
    const [past] = lessonIssues({lesson: LESSON_IDS[0], step: n + 1});
    expect(past.key).toBe("step");
    expect(past.message).toBe(`invalid step: ${n + 1} (allowed: an integer in [1, ${n}] for this lesson)`);
    // the place clamps to the last step, so the page still shows the lesson
    expect(lessonPlace({lesson: LESSON_IDS[0], step: n + 1})!.index).toBe(n - 1);
    expect(lessonIssues({lesson: LESSON_IDS[0], step: n})).toEqual([]);
  });
});
