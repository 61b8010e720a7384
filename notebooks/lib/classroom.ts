// The classroom notebook: one run animated. Its parts: the state the link
// carries (classroomState.ts), the run it describes (classroomRun.ts) and the
// view that plays it (classroomView.ts); this page puts them together.

import {t} from "./i18n.ts";
import {mountPage} from "./page.ts";
import {LiveSource} from "./classroomSource.ts";
import type {StepJob} from "./stepSession.ts";
import {CLASSROOM_SCHEMA, validateClassroom} from "./classroomState.ts";
import {classroomRun} from "./classroomRun.ts";
import {showRun, type Focus} from "./classroomView.ts";

export {CLASSROOM_SCHEMA} from "./classroomState.ts";
export {classroomRun, participationView} from "./classroomRun.ts";

export function classroomPage(search?: string): HTMLElement {
  // the control that changed the run, focused again after the page is redrawn
  const focus: Focus = {name: null};
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
      // a participation run plays week by week in a worker, so any legal scenario plays and the page keeps answering
      const live = typeof Worker === "undefined" ? undefined : (job: StepJob) => {
        const source = new LiveSource(job);
        source.onError = (message) => ctx.error(t("ui.error.run", lang), message);
        return source;
      };
      return showRun(ctx, body, state, classroomRun(state, lang, live), focus);
    }
  });
}
