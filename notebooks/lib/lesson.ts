// Lesson mode of the Classroom (`classroom.html?lesson=<id>&step=<n>`): a
// panel on the stage with the step's title, what to show, the question to the
// students and the parameter to change live; buttons and keys to step through
// the lesson (Page Down / Page Up always, → / ← in presentation mode, where
// Shift+→ / ← still step the run); and a printable handout with a picture of
// every step. The lesson itself is data (data/lessons/*.json, sim/lesson.ts);
// the Classroom supplies the runs (runOf) and applies the state changes (go,
// apply), so this module holds no model logic.

import {LESSON_IDS, lesson as lessonById, modelKind, type Lesson, type LessonStep} from "../../sim/lesson.ts";
import {CollectiveSimulator} from "../../sim/collective/engine.ts";
import {collectivePreset} from "../../sim/collective/presets.ts";
import {setCollectiveParameter, type CollectiveScenario} from "../../sim/collective/scenario.ts";
import type {MeetingFrame} from "../../sim/collective/records.ts";
import {runSeed, SHARED_KEY} from "../../sim/seeds.ts";
import {presetNotes} from "./participationAdapter.ts";
import {meetingDots} from "../../viz/meetingDots.ts";
import {streamsFrame} from "../../viz/streamsFrame.ts";
import type {StreamsFrameData} from "../../viz/frameData.ts";
import {t, type Lang} from "./i18n.ts";
import {button, h, replace} from "./ui.ts";
import {issueFrom, type StateIssue} from "./urlState.ts";
import "./lesson.css";

/** The Classroom's URL fields for a lesson ("none": no lesson). */
export const LESSON_FIELDS = {
  lesson: {type: "string", pattern: /^(none|[a-z0-9][a-z0-9_-]{0,60})$/, default: "none"},
  step: {type: "int", min: 1, max: 40, default: 1}
} as const;

export interface LessonPlace {
  lesson: Lesson;
  /** Index of the step shown (0-based). */
  index: number;
  step: LessonStep;
}

/** The lesson and step a state names, or null (no lesson, or one the link got wrong: lessonIssues says why). */
export function lessonPlace(state: {lesson: string; step: number}): LessonPlace | null {
  if (state.lesson === "none" || !LESSON_IDS.includes(state.lesson)) return null;
  const lesson = lessonById(state.lesson);
  const index = Math.min(state.step, lesson.steps.length) - 1;
  return {lesson, index, step: lesson.steps[index]};
}

/** What is wrong with a link's lesson fields, one issue each. */
export function lessonIssues(state: {lesson: string; step: number}): StateIssue[] {
  if (state.lesson === "none") return [];
  try {
    const l = lessonById(state.lesson);
    if (state.step > l.steps.length) return [issueFrom("step", String(state.step), new Error(`invalid step: ${state.step} (allowed: an integer in [1, ${l.steps.length}] for this lesson)`))];
  } catch (e) {
    return [issueFrom("lesson", state.lesson, e)];
  }
  return [];
}

/** The Classroom state that shows step `index` of a lesson: its model and seed from the first week. */
export function stepPatch(lesson: Lesson, index: number): Record<string, string | number> {
  const step = lesson.steps[index];
  // The collective meetings are drawn by the lesson panel itself (the Classroom's stage runs case
  // and 1972 runs); the stage keeps its run meanwhile.
  const kind = modelKind(step.model);
  const classic: Record<string, string> = kind === "classic" ? {load: "moderate", access: "unsegmented", decision: "unsegmented", energy: "equal", entry: "1"} : {};
  return {step: index + 1, seed: step.seed, t: 0, ...(kind === "collective" ? {} : {model: step.model}), ...classic};
}

/** Whether the stage should show this step's run (false for the collective meetings, which the panel draws). */
export function stageShowsStep(place: LessonPlace): boolean {
  return modelKind(place.step.model) !== "collective";
}

/** A link to Compare with the step's two presets (case presets in the query, collective ones in Compare's panel fragment). */
function compareHref(step: LessonStep, lang: Lang): string | null {
  if (step.compare === "none") return null;
  if (modelKind(step.model) === "collective")
    return `./compare.html${lang === "nb" ? "?lang=nb" : ""}#${new URLSearchParams([["c.opt", `${step.compare},${step.model}`], ["c.seed", step.seed]])}`;
  const q = new URLSearchParams([["opt", step.compare], ["opt", step.model], ["seed", step.seed], ...(lang === "nb" ? [["lang", "nb"]] : [])]);
  return `./compare.html?${q}`;
}

function title(model: string, lang: Lang): string {
  if (model === "classic") return t("ui.classroom.classic.title", lang);
  if (modelKind(model) === "collective") return collectivePreset(model).meta.title[lang];
  return presetNotes(model, lang).title;
}

/** The meetings of a collective step (the same run as the collective Classroom panel's for this preset and seed). */
function meetings(step: LessonStep, scenario: CollectiveScenario = collectivePreset(step.model)): MeetingFrame[] {
  return new CollectiveSimulator(scenario).run({seed: runSeed(step.seed, SHARED_KEY, 0), trace: true, cases: false}).trace ?? [];
}

/** A run as the Classroom draws it: its frames and the arena names. */
export type RunOf = (model: string, seed: string) => {frames: StreamsFrameData[]; labels?: Record<string, string>};

/** The first frame in which something is decided (else the middle one): the step's picture in the handout. */
function pictureFrame(frames: StreamsFrameData[]): StreamsFrameData {
  return frames.find((f) => f.cans.some((c) => c.madeNow) || f.items.some((i) => i.status === "decided")) ?? frames[Math.floor(frames.length / 2)];
}

/** A picture of a step: its first meeting with users present, or the first frame of its run in which something is decided. */
function stepPicture(step: LessonStep, lang: Lang, runOf: RunOf, width: number): {figure: Element; caption: string} {
  if (modelKind(step.model) === "collective") {
    const all = meetings(step);
    const i = Math.max(0, all.findIndex((f) => f.users.length > 0));
    return {figure: meetingDots(all[i], {lang, width}), caption: t("ui.lesson.meeting", lang, {n: i + 1, total: all.length})};
  }
  const run = runOf(step.model, step.seed);
  const frame = pictureFrame(run.frames);
  return {figure: streamsFrame(frame, {lang, width, height: Math.round(width * 0.45), fontSize: 12, ...(run.labels ? {labels: run.labels} : {})}),
    caption: t(modelKind(step.model) === "classic" ? "frame.period" : "frame.week", lang, {n: frame.time})};
}

export interface LessonPanelOptions {
  place: LessonPlace;
  lang: Lang;
  /** Shows step `index` (0-based). */
  go: (index: number) => void;
  /** Applies the step's change to the run on the stage (a collective step's meetings are changed here). */
  apply: (key: string, value: string) => void;
  runOf: RunOf;
  /** The Classroom's body: where the handout goes, and whose presentation mode the arrow keys follow. */
  body: HTMLElement;
}

/** The lesson panel for the stage, with its keys and the handout; returns the panel and its cleanup. */
export function lessonPanel(o: LessonPanelOptions): {element: HTMLElement; cleanup: () => void} {
  const {place, lang} = o;
  const {lesson, index, step} = place;
  const n = lesson.steps.length;
  const prev = button(t("ui.lesson.prev", lang), () => o.go(index - 1), {name: "lesson-prev", "aria-keyshortcuts": "PageUp"});
  const next = button(t("ui.lesson.next", lang), () => o.go(index + 1), {name: "lesson-next", "aria-keyshortcuts": "PageDown"});
  prev.disabled = index === 0;
  next.disabled = index === n - 1;
  const href = compareHref(step, lang);
  const handout = button(t("ui.lesson.handout", lang), () => showHandout().scrollIntoView(), {name: "lesson-handout", class: "gc-lesson-handout"});
  const panel = h("section", {class: "gc-lesson", "aria-label": t("ui.lesson.label", lang), "data-step": index + 1},
    h("div", {class: "gc-lesson-head"},
      h("span", {class: "gc-lesson-count"}, t("ui.lesson.step", lang, {n: index + 1, total: n})),
      h("strong", {class: "gc-lesson-title"}, step.title[lang]),
      h("span", {class: "gc-small"}, t("ui.lesson.minutes", lang, {n: step.minutes})),
      h("span", {class: "gc-lesson-buttons"}, prev, next, handout)),
    h("p", {class: "gc-lesson-ask"}, h("span", {class: "gc-lesson-label"}, t("ui.lesson.ask", lang)), " ", step.ask[lang]),
    h("p", {class: "gc-lesson-show"}, h("span", {class: "gc-lesson-label"}, t("ui.lesson.show", lang)), " ", step.show[lang],
      href ? [" ", h("a", {href, class: "gc-lesson-compare"}, t("ui.lesson.compare", lang, {a: title(step.model, lang), b: title(step.compare, lang)}))] : null),
    h("p", {class: "gc-lesson-change"}, h("span", {class: "gc-lesson-label"}, t("ui.lesson.change", lang)), " ", step.change.text[lang], " ",
      button(t("ui.lesson.apply", lang), () => {
        if (stageShowsStep(place)) o.apply(step.change.key, step.change.value);
        else panel.querySelector(".gc-lesson-meetings")?.replaceWith(meetingStage(step, lang, setCollectiveParameter(collectivePreset(step.model), step.change.key, step.change.value)));
      }, {name: "lesson-apply"})));
  panel.append(h("p", {class: "gc-small gc-lesson-keys"}, t("ui.lesson.keys", lang)));
  if (!stageShowsStep(place)) panel.append(meetingStage(step, lang));

  // Page Down / Page Up step the lesson (a presenter's clicker sends them); in presentation mode
  // the arrows do too, and Shift+arrow steps the run (the Classroom's keys see the rest).
  const onKey = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
    const el = e.target as HTMLElement | null;
    if (el && (el.tagName === "INPUT" || el.tagName === "SELECT" || el.tagName === "TEXTAREA" || el.isContentEditable)) return;
    // a step the stage does not run has no presentation button: P switches its presentation here
    if (!stageShowsStep(place) && (e.key === "p" || e.key === "P")) {
      e.preventDefault();
      if (e.type === "keydown" && !e.repeat) o.body.classList.toggle("gc-presenting");
      return;
    }
    const presenting = o.body.classList.contains("gc-presenting") || !stageShowsStep(place);
    const forward = e.key === "PageDown" || (presenting && !e.shiftKey && e.key === "ArrowRight");
    const back = e.key === "PageUp" || (presenting && !e.shiftKey && e.key === "ArrowLeft");
    if (!forward && !back) return;
    e.preventDefault();
    if (e.type !== "keydown" || e.repeat) return;
    if (forward && index < n - 1) o.go(index + 1);
    else if (back && index > 0) o.go(index - 1);
  };
  // before the Classroom's own key handler, which skips what this one took (defaultPrevented)
  document.addEventListener("keydown", onKey, {capture: true});
  const onBeforePrint = () => showHandout();
  window.addEventListener("beforeprint", onBeforePrint);

  function showHandout(): HTMLElement {
    let sheet = o.body.querySelector<HTMLElement>(".gc-handout");
    if (!sheet) o.body.append(sheet = lessonHandout(lesson, lang, o.runOf));
    return sheet;
  }
  return {
    element: panel,
    cleanup: () => {
      document.removeEventListener("keydown", onKey, {capture: true});
      window.removeEventListener("beforeprint", onBeforePrint);
    }
  };
}

/** The meetings of a collective step, one at a time with a slider (the stage's run is a case or 1972 run). */
function meetingStage(step: LessonStep, lang: Lang, scenario?: CollectiveScenario): HTMLElement {
  const all = meetings(step, scenario);
  const slot = h("div", {class: "gc-lesson-meeting"});
  const first = Math.max(0, all.findIndex((f) => f.users.length > 0));
  const id = "gc-lesson-meeting";
  const slider = h("input", {type: "range", id, min: "0", max: String(Math.max(0, all.length - 1)), value: String(first), name: "lesson-meeting"}) as HTMLInputElement;
  const draw = (i: number) => {
    const f = all[i];
    replace(slot, f ? h("figure", {class: "gc-figure"}, meetingDots(f, {lang, width: Math.min(760, Math.max(320, (typeof window === "undefined" ? 1024 : window.innerWidth) - 80))}))
      : h("p", {}, t("ui.collective.noMeetings", lang)));
  };
  slider.addEventListener("input", () => draw(Number(slider.value)));
  draw(first);
  return h("div", {class: "gc-lesson-meetings", "data-edited": String(scenario !== undefined)},
    h("p", {class: "gc-small"}, t("ui.lesson.meetingsNote", lang, {title: title(step.model, lang)})),
    h("div", {class: "gc-field"}, h("label", {for: id}, t("ui.lesson.meetingSlider", lang, {total: all.length})), slider), slot);
}

/** The printable handout: the lesson's title and length, then each step with its question, its change and a picture. */
export function lessonHandout(lesson: Lesson, lang: Lang, runOf: RunOf): HTMLElement {
  const total = lesson.steps.reduce((s, x) => s + x.minutes, 0);
  return h("section", {class: "gc-handout", "aria-label": t("ui.lesson.handout", lang)},
    h("h1", {}, lesson.title[lang]),
    h("p", {}, lesson.description[lang]),
    h("p", {class: "gc-small"}, t("ui.lesson.total", lang, {n: total, steps: lesson.steps.length}), " ",
      button(t("ui.lesson.print", lang), () => window.print(), {name: "lesson-print", class: "gc-handout-print"})),
    h("ol", {class: "gc-handout-steps"}, lesson.steps.map((step) => {
      const pic = stepPicture(step, lang, runOf, 560);
      return h("li", {class: "gc-handout-step"},
        h("h2", {}, step.title[lang], " ", h("span", {class: "gc-small"}, `(${t("ui.lesson.minutes", lang, {n: step.minutes})})`)),
        h("p", {}, h("strong", {}, t("ui.lesson.ask", lang)), " ", step.ask[lang]),
        h("p", {}, h("strong", {}, t("ui.lesson.show", lang)), " ", step.show[lang]),
        h("p", {}, h("strong", {}, t("ui.lesson.change", lang)), " ", step.change.text[lang]),
        h("figure", {class: "gc-handout-picture"}, pic.figure, h("figcaption", {class: "gc-small"}, `${title(step.model, lang)}: ${pic.caption}`)));
    })));
}

/** A link that opens a lesson at its first step (for the Classroom's page, outside a lesson). */
export function lessonLinks(lang: Lang): HTMLElement {
  return h("p", {class: "gc-lesson-links"}, t("ui.lesson.open", lang), " ",
    LESSON_IDS.flatMap((id, i) => [i ? ", " : "", h("a", {href: `./classroom.html?${new URLSearchParams([["lesson", id], ...(lang === "nb" ? [["lang", "nb"]] : [])])}`}, lessonById(id).title[lang])]));
}
