// The classroom notebook: one run animated. Its parts: the state the link
// carries (classroomState.ts), the run it describes (classroomRun.ts) and the
// view that plays it (classroomView.ts), with a lesson's panel (lesson.ts)
// where the link names one; this page puts them together.

import {t} from "./i18n.ts";
import {mountPage} from "./page.ts";
import {h} from "./ui.ts";
import {LiveSource} from "./classroomSource.ts";
import type {StepJob} from "./stepSession.ts";
import {CLASSROOM_SCHEMA, validateClassroom, type State} from "./classroomState.ts";
import {classroomRun, runFrames} from "./classroomRun.ts";
import {showRun, type Focus, type LessonHook} from "./classroomView.ts";
import {lessonPanel, lessonPlace, stageShowsStep, stepPatch, type LessonPlace, type RunOf} from "./lesson.ts";

export {CLASSROOM_SCHEMA} from "./classroomState.ts";
export {classroomRun, participationView} from "./classroomRun.ts";

export function classroomPage(search?: string): HTMLElement {
  // the control that changed the run, focused again after the page is redrawn
  const focus: Focus = {name: null};
  // a lesson step taken in presentation mode opens the next step in presentation mode too
  const keep = {presenting: false};
  return mountPage({
    name: "classroom",
    schema: CLASSROOM_SCHEMA,
    search,
    validate: validateClassroom,
    render(ctx, body) {
      const lang = ctx.lang;
      let state = ctx.state;
      // what the checks refused falls back (the alert says why): edits to none, a model to the 1972 run
      const refused = new Set(validateClassroom(state).map((i) => i.key));
      if (refused.has("edits")) state = {...state, edits: ""};
      if (refused.has("model")) state = {...state, model: "classic", edits: ""};
      const place = lessonPlace(state);
      // a lesson link that names no run shows its step's
      if (place && stageShowsStep(place) && state.model === "classic" && place.step.model !== "classic") state = {...state, model: place.step.model, seed: place.step.seed, edits: ""};
      const go = (i: number) => { keep.presenting = body.classList.contains("gc-presenting"); ctx.set(stepPatch(place!.lesson, i) as Partial<State>); };
      const runOf: RunOf = (model, seed) => runFrames({...state, model, seed, edits: "", load: "moderate", access: "unsegmented", decision: "unsegmented", energy: "equal", entry: "1"}, lang);
      if (place && !stageShowsStep(place)) return lessonOnly(place);
      // a participation run plays week by week in a worker, so any legal scenario plays and the page keeps answering
      const live = typeof Worker === "undefined" ? undefined : (job: StepJob) => {
        const source = new LiveSource(job);
        source.onError = (message) => ctx.error(t("ui.error.run", lang), message);
        return source;
      };
      const lesson: LessonHook | null = place ? {place, go, runOf, keep} : null;
      return showRun(ctx, body, state, classroomRun(state, lang, live), focus, lesson);

      /** A lesson step the stage does not run (the collective meetings): the lesson panel alone, which draws them. */
      function lessonOnly(p: LessonPlace): () => void {
        const bits = lessonPanel({place: p, lang, body, runOf, go, apply: () => undefined});
        body.classList.add("gc-classroom");
        body.classList.toggle("gc-presenting", keep.presenting);
        keep.presenting = false;
        body.append(h("h1", {class: "gc-classroom-title"}, t("ui.classroom.title", lang)), h("section", {class: "gc-stage", "aria-label": t("ui.classroom.stage", lang)}, bits.element));
        body.dataset.index = "0";
        return () => { bits.cleanup(); body.classList.remove("gc-presenting"); };
      }
    }
  });
}
