// The classroom notebook: one run animated. Its parts: the state the link
// carries (classroomState.ts), the run it describes (classroomRun.ts) and the
// view that plays it (classroomView.ts); this page puts them together.

import {traceCaseWeeks} from "../../sim/participation/budget.ts";
import {formatNumber} from "../../viz/format.ts";
import {t} from "./i18n.ts";
import {mountPage} from "./page.ts";
import {baseScenario} from "./compareData.ts";
import {traceRefusal} from "./participationAdapter.ts";
import type {TraceJob, TraceReply} from "./traceWorker.ts";
import {h} from "./ui.ts";
import {CLASSROOM_SCHEMA, validateClassroom} from "./classroomState.ts";
import {classroomRun, participationView, WORKER_CASE_WEEKS} from "./classroomRun.ts";
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
      if (state.model !== "classic") {
        try {
          // A run too large to trace on the page is refused before it starts, saying why and what fits.
          const s = baseScenario(state.model);
          const refused = traceRefusal(s);
          if (refused) {
            ctx.error(t("ui.classroom.tooLarge", lang), t("ui.classroom.tooLarge.detail", lang, {
              title: s.meta.title[lang], ...Object.fromEntries(Object.entries({caseWeeks: refused.caseWeeks, users: s.users.count, weeks: s.horizon, limit: refused.limit, fit: refused.fit, fitWeeks: refused.fitWeeks})
                .map(([k, x]) => [k, formatNumber(x, lang, 0)]))
            }));
            state = {...state, model: "classic"};
          }
        } catch { state = {...state, model: "classic"}; }
      }
      // A large participation run is traced in a worker, so the page keeps answering meanwhile.
      const scenario = state.model === "classic" ? null : baseScenario(state.model);
      if (scenario && traceCaseWeeks(scenario) > WORKER_CASE_WEEKS && typeof Worker !== "undefined") {
        const waiting = h("p", {class: "gc-status", role: "status"}, t("ui.classroom.computing", lang));
        body.append(h("h1", {}, t("ui.classroom.title", lang)), waiting);
        const worker = new Worker(new URL("./traceWorker.ts", import.meta.url), {type: "module"});
        let inner: (() => void) | undefined;
        let alive = true;
        worker.addEventListener("message", (e: MessageEvent<TraceReply>) => {
          worker.terminate();
          if (!alive) return;
          if (e.data.type === "error") {
            waiting.textContent = "";
            ctx.error(t("ui.error.run", lang), e.data.message);
            return;
          }
          body.replaceChildren();
          inner = showRun(ctx, body, state, participationView(scenario, e.data.frames, lang), focus);
        });
        worker.addEventListener("error", (e) => { if (alive) ctx.error(t("ui.error.run", lang), e.message || "worker failed"); });
        worker.postMessage({scenario, seed: state.seed} satisfies TraceJob);
        return () => {
          alive = false;
          worker.terminate();
          inner?.();
        };
      }
      return showRun(ctx, body, state, classroomRun(state, lang), focus);

    }
  });
}
