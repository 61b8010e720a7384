// The Classroom's view: a computed run drawn with its controls. The Runner
// (runner.ts) decides which frame is drawn and when. Controls: play/pause,
// step back, step, reset, speed, render every N, a time slider, presentation
// mode, and the keyboard (space = play/pause, right/left arrow = step
// forward/back, r = reset, p = presentation mode). The stage (controls,
// animation and, beside it, time plots of the decisions so far) comes first
// and is sized to the window, again after a resize.

import {ENERGIES, LOADS, STRUCTURES} from "../../sim/classic/gcm1972.ts";
import {LADDER_STEPS} from "../../sim/participation/ladder.ts";
import {DECISION_STYLES} from "../../sim/streams.ts";
import {streamsFrame} from "../../viz/streamsFrame.ts";
import {energyLine} from "../../viz/energyLine.ts";
import {userTrajectory} from "../../viz/userTrajectory.ts";
import {runningShares} from "../../viz/runningShares.ts";
import {stepLabel, styleLabel} from "../../viz/vocabulary.ts";
import {figureBlock} from "./figure.ts";
import {t} from "./i18n.ts";
import {compressSpec} from "./linkCodec.ts";
import {presetIds, presetNotes} from "./participationAdapter.ts";
import {paramEntries, paramInput, readScenarioFile} from "./scenarioEdit.ts";
import {setParameter} from "../../sim/participation/scenario.ts";
import {paramByKey} from "../../sim/participation/parameters.ts";
import {paramValue} from "../../sim/participation/paramVocabulary.ts";
import {formatNumber} from "../../viz/format.ts";
import {lessonLinks, lessonPanel, type LessonPlace, type RunOf} from "./lesson.ts";
import {Runner, SPEEDS} from "./runner.ts";
import {button, downloadButton, fileInput, h, pageWidth, replace, select, textInput} from "./ui.ts";
import {inputErrorText} from "./inputErrorText.ts";
import {events, type RunView} from "./classroomRun.ts";
import {CLASSROOM_SCHEMA, encodeEdits, type State} from "./classroomState.ts";
import {editRefusal} from "../../sim/participation/edits.ts";
import type {PageContext} from "./page.ts";

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.tagName === "INPUT" || el.tagName === "SELECT" || el.tagName === "TEXTAREA" || el.isContentEditable);
}

/** Width of the column of time plots beside the animation (presentation mode keeps them: they are what the lecture is about). */
function sideWidth(presenting: boolean): number {
  const vw = typeof window === "undefined" ? 1024 : window.innerWidth || 1024;
  return presenting ? Math.round(Math.max(260, Math.min(440, vw * 0.3))) : Math.round(Math.max(250, Math.min(380, pageWidth() * 0.3)));
}
const SIDE_GAP = 16;

/** Chart size for the space left under the stage's controls, so the whole animation fits the window (1024x768 included). */
function stageSize(presenting: boolean, trim = 0): {width: number; height: number; fontSize: number} {
  const vh = typeof window === "undefined" ? 768 : window.innerHeight || 768;
  const vw = typeof window === "undefined" ? 1024 : window.innerWidth || 1024;
  if (presenting) return {width: Math.max(320, vw - 32 - sideWidth(true) - SIDE_GAP), height: Math.max(280, vh - 190 - trim), fontSize: 20};
  // head, title, controls, status and legend take about 330 px above the plot, the downloads about 40 below;
  // the time plots take a column on the right
  return {width: Math.max(300, pageWidth() - sideWidth(false) - SIDE_GAP), height: Math.max(260, Math.min(620, vh - 370 - trim)), fontSize: 15};
}

/** Which control to focus after the page is redrawn (kept by the page across redraws). */
export interface Focus {
  name: string | null;
}

/** A lesson shown on the stage: its place, how to go to a step, the runs of its handout. */
export interface LessonHook {
  place: LessonPlace;
  go: (index: number) => void;
  runOf: RunOf;
  /** Set when a step is taken in presentation mode: the next step's view opens in presentation mode too. */
  keep: {presenting: boolean};
}

/** Draws a computed run with its controls (and a lesson's panel on the stage); returns the cleanup. */
export function showRun(ctx: PageContext<typeof CLASSROOM_SCHEMA>, body: HTMLElement, state: State, run: RunView, focus: Focus, lessonHook: LessonHook | null = null): () => void {
  const lang = ctx.lang;
  // the select that changed the run, focused again after the page is redrawn so keyboard users keep their place
  const setFrom = (c: {set: (p: object) => void}, name: string, patch: object) => { focus.name = name; c.set(patch); };
  const source = run.source;
  const unitKey = run.unit === "period" ? "frame.period" : "frame.week";
  const last = source.count - 1;

  // --- controls: what to run
  const modelOptions = [{value: "classic", label: t("ui.classroom.classic.title", lang)}, ...presetIds().map((id) => ({value: id, label: presetNotes(id, lang).title}))];
  if (state.model.startsWith("~")) modelOptions.push({value: state.model, label: `${t("ui.compare.fromFile", lang)}: ${run.title}`});
  const what = h("div", {class: "gc-controls", role: "group", "aria-label": t("ui.classroom.what", lang)},
    select(t("ui.classroom.model", lang), modelOptions, state.model, (v) => setFrom(ctx, "model", {model: v, t: 0, edits: ""}), "model"),
    state.model === "classic" ? [
      select(t("axis.load", lang), LOADS.map((v) => ({value: v, label: t(`load.${v}`, lang)})), state.load, (v) => setFrom(ctx, "load", {load: v, t: 0}), "load"),
      select(t("axis.access", lang), STRUCTURES.map((v) => ({value: v, label: t(`structure.${v}`, lang)})), state.access, (v) => setFrom(ctx, "access", {access: v, t: 0}), "access"),
      select(t("axis.decision", lang), STRUCTURES.map((v) => ({value: v, label: t(`structure.${v}`, lang)})), state.decision, (v) => setFrom(ctx, "decision", {decision: v, t: 0}), "decision"),
      select(t("axis.energy", lang), ENERGIES.map((v) => ({value: v, label: t(`energy.${v}`, lang)})), state.energy, (v) => setFrom(ctx, "energy", {energy: v, t: 0}), "energy"),
      select(t("ui.classroom.entry", lang), [
        {value: "1", label: t("ui.classroom.entry.seq", lang, {n: 1})},
        {value: "2", label: t("ui.classroom.entry.seq", lang, {n: 2})},
        {value: "random", label: t("ui.classroom.entry.random", lang)}
      ], state.entry, (v) => setFrom(ctx, "entry", {entry: v, t: 0}), "entry")
    ] : null,
    // the seed is always visible; for the 1972 model a new seed means a random entry order
    textInput(t("ui.seed", lang), state.seed, {name: "seed", pattern: "[\\w.\\-]{1,40}"}, (v) => ctx.set(state.model === "classic" ? {seed: v, entry: "random", t: 0} : {seed: v, t: 0})),
    fileInput(t("ui.compare.load", lang), "application/json,.json", (text, file) => {
      try {
        // the link carries the file compressed
        compressSpec(readScenarioFile(text)).then((model) => ctx.set({model, t: 0, edits: ""}), (e) => ctx.error(t("ui.error.file", lang, {file}), inputErrorText(e, lang)));
      } catch (e) {
        ctx.error(t("ui.error.file", lang, {file}), inputErrorText(e, lang));
      }
    }),
    run.scenario ? downloadButton(t("ui.compare.save", lang), `${run.scenario.id}.json`, () => new Blob([JSON.stringify(run.scenario, null, 2) + "\n"], {type: "application/json"})) : null);

  // --- transport
  const playBtn = button(t("ui.play", lang), () => runner.toggle(), {"aria-keyshortcuts": "Space", name: "play"});
  // a step back shows the seeded run's frame before (kept, or run again in the worker)
  const backBtn = button(t("ui.stepBack", lang), () => runner.step(-1), {"aria-keyshortcuts": "ArrowLeft", name: "back"});
  const stepBtn = button(t("ui.step", lang), () => runner.step(), {"aria-keyshortcuts": "ArrowRight", name: "step"});
  const resetBtn = button(t("ui.reset", lang), () => runner.reset(), {"aria-keyshortcuts": "R", name: "reset"});
  const speed = select(t("ui.speed", lang), SPEEDS.map((s) => ({value: String(s), label: t("ui.speed.value", lang, {n: s})})), String(SPEEDS.includes(state.speed as (typeof SPEEDS)[number]) ? state.speed : 2), (v) => {
    runner.setSpeed(Number(v));
    ctx.set({speed: Number(v)}, {render: false});
  }, "speed");
  const every = select(t(`ui.every.${run.unit}`, lang), [1, 2, 5, 10].map((n) => ({value: String(n), label: String(n)})), String([1, 2, 5, 10].includes(state.every) ? state.every : 1), (v) => {
    runner.setRenderEvery(Number(v));
    ctx.set({every: Number(v)}, {render: false});
  }, "every");
  const sliderId = "classroom-time";
  const slider = h("input", {id: sliderId, type: "range", min: 0, max: last, step: 1, value: Math.min(state.t, last), name: "time"});
  slider.addEventListener("input", () => runner.seek(slider.valueAsNumber));
  let presenting = false;
  const presentBtn = button(t("ui.classroom.present", lang), () => setPresenting(!presenting), {"aria-keyshortcuts": "P", "aria-pressed": "false", name: "present"});
  const transport = h("div", {class: "gc-controls gc-transport", role: "group", "aria-label": t("ui.classroom.transport", lang)},
    playBtn, backBtn, stepBtn, resetBtn, speed, every,
    h("div", {class: "gc-field"}, h("label", {for: sliderId}, t(`ui.classroom.time.${run.unit}`, lang)), slider),
    presentBtn);

  const status = h("p", {class: "gc-status", "aria-live": "polite"});
  const chartSlot = h("div", {class: "gc-figure-slot"});
  const tally = h("p", {class: "gc-tally"});
  const log = h("ol", {class: "gc-events", "aria-label": t("ui.classroom.events", lang)});

  const overTime = h("div", {class: "gc-over-time"});

  // frames arrive from the worker: the one shown is drawn when it comes
  source.onReady = () => { if (alive && waiting === runner.state().index) draw(waiting); };
  let waiting = -1;
  // each drawing is timed (performance entries "classroom-draw", read by the browser bench; the last few hundred kept)
  let timed = 0;
  const draw = (i: number) => {
    const start = performance.now();
    drawFrame(i);
    if (++timed % 500 === 0) performance.clearMeasures("classroom-draw");
    performance.measure("classroom-draw", {start, end: performance.now()});
  };
  const drawFrame = (i: number) => {
    source.want(i);
    const frame = source.frame(i);
    if (!frame) {
      waiting = i;
      replace(status, t("ui.classroom.computing", lang));
      slider.value = String(i);
      return;
    }
    waiting = -1;
    // decisions so far, per frame (cumulative), for the tally and the time plots
    const running = source.rows(i);
    replace(status, t(unitKey, lang, {n: frame.time}), " ", h("span", {class: "gc-of"}, t("ui.classroom.of", lang, {n: source.lastTime})));
    const size = stageSize(presenting, trim[presenting ? 1 : 0]);
    // the animation keeps its width (its legend wraps within it), so the time plots stay beside it
    chartSlot.style.width = `${size.width}px`;
    replace(chartSlot, figureBlock({
      name: `classroom-${run.unit}-${frame.time}`,
      figure: streamsFrame(frame, {lang, ...size, ...(run.labels ? {labels: run.labels} : {})}),
      // participation: the step, the case a user or advocate came for, the options shown, free places ("unlimited": no limit)
      rows: frame.items.map((it) => ({kind: it.kind, id: it.id, at: it.at ?? "", status: it.status, style: it.style ?? "", ...(run.unit === "week"
        ? {step: it.step ?? "", case: it.case ?? "", shown: (it.shown ?? []).join(" "), free: it.free === undefined ? "" : it.free === null ? "unlimited" : it.free}
        : {})})),
      lang
    }));
    const c = running[running.length - 1];
    replace(tally, DECISION_STYLES.map((s) => `${styleLabel(s, lang)} ${c.styles[s]}`).join(" · "),
      c.steps ? [h("br"), t("ui.classroom.ladderTally", lang, {steps: LADDER_STEPS.map((s) => `${stepLabel(s, lang).toLowerCase()} ${c.steps![s]}`).join(" · ")})] : null);
    // the time plots beside the animation, drawn up to this frame (in presentation mode too);
    // they share the animation's height (less what the fit found overflowing), shares above energy
    {
      const plotWidth = sideWidth(presenting), plotFont = presenting ? 14 : 12;
      overTime.style.width = `${plotWidth}px`;
      const energy = c.energyLeft !== null;
      const room = Math.max(energy ? 180 : 120, size.height + 40 - sideTrim[presenting ? 1 : 0]);
      // a user's trajectory (users-over-time scenarios) takes the bottom third
      const trajectory = run.loops ? source.userRows(i) : [];
      const user = trajectory.length > 0;
      const linesShare = user ? 0.62 * (2 / 3) : 0.62;
      const sharesHeight = Math.round(energy || user ? room * linesShare : room);
      const energyHeight = energy ? Math.round((user ? room * (2 / 3) : room) - sharesHeight) : 0;
      const tidy = running.map((r) => ({[run.unit]: r.time, ...r.styles, ...(r.steps ?? {}), ...(r.energyLeft === null ? {} : {energyLeft: r.energyLeft})}));
      replace(overTime,
        figureBlock({name: `classroom-shares-${run.unit}-${frame.time}`, figure: runningShares(running, {lang, upTo: frame.time, width: plotWidth, height: sharesHeight, fontSize: plotFont}), rows: tidy, lang, heading: t("ui.classroom.overTime", lang)}),
        energy ? figureBlock({name: `classroom-energy-${run.unit}-${frame.time}`, figure: energyLine(running, {lang, upTo: frame.time, width: plotWidth, height: energyHeight, fontSize: plotFont}), rows: running.map((r) => ({week: r.time, energyLeft: r.energyLeft})), lang, heading: t("ui.classroom.energyOverTime", lang)}) : null,
        user ? figureBlock({name: `classroom-user-${frame.time}`, figure: userTrajectory(trajectory, {lang, upTo: frame.time, width: plotWidth, height: Math.max(120, room - sharesHeight - energyHeight), fontSize: plotFont}), rows: trajectory, lang, heading: t("ui.classroom.userOverTime", lang, {n: run.scenario!.users.count})}) : null);
    }
    replace(log, source.recent(i).flatMap((f) => events(f, lang, run.labels).map((e) => h("li", {}, `${t(unitKey, lang, {n: f.time})}: ${e}`)))
      .reverse().slice(0, 40));
    slider.value = String(i);
    fit(i);
  };
  // Once per mode, after the first drawing: shrink the plot by what still overflows the window
  // (the legend's and controls' height depend on the language and the window), then redraw.
  const trim = [0, 0];
  const fitted = [false, false];
  const passes = [0, 0];
  const sideTrim = [0, 0];
  let fitTries = 0, alive = true;
  function fit(i: number) {
    const mode = presenting ? 1 : 0;
    if (fitted[mode] || typeof window === "undefined") return;
    // the page is put into the document after it is built: try again on the next frames until it is there
    if (!chartSlot.isConnected) {
      if (alive && fitTries++ < 100) requestAnimationFrame(() => fit(runner.state().index));
      return;
    }
    // up to three passes: a plot's height does not follow its requested height exactly (legend lines, rounding)
    if (++passes[mode] >= 3) fitted[mode] = true;
    const plot = chartSlot.querySelector("svg[aria-label]");
    if (!plot) return;
    const top = presenting ? 0 : window.scrollY;
    const over = plot.getBoundingClientRect().bottom + top - window.innerHeight + 8;
    // the time plots' column: its last plot ends within the window too
    const side = [...overTime.querySelectorAll("svg[aria-label]")];
    const sideOver = side.length ? side[side.length - 1].getBoundingClientRect().bottom + top - window.innerHeight + 8 : 0;
    if (sideOver > 0) sideTrim[mode] += sideOver;
    if (over > 0) trim[mode] += over;
    if (over > 0 || sideOver > 0) draw(i);
    else fitted[mode] = true;
  }
  // after a window resize (debounced), fit the stage to the new window from scratch
  let resizeTimer: ReturnType<typeof setTimeout> | undefined;
  const refit = () => {
    if (!alive) return;
    trim[0] = trim[1] = 0;
    sideTrim[0] = sideTrim[1] = 0;
    fitted[0] = fitted[1] = false;
    passes[0] = passes[1] = 0;
    draw(runner.state().index);
  };
  const onResize = () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(refit, 150);
  };
  window.addEventListener("resize", onResize);
  // the page's web fonts arrive after the first drawing and change the text's size: fit again then
  const fonts = typeof document !== "undefined" ? document.fonts : undefined;
  fonts?.addEventListener("loadingdone", onResize);
  const runner = new Runner({
    frames: source.count,
    speed: state.speed,
    renderEvery: state.every,
    index: Math.min(state.t, last),
    render: draw,
    onChange: (s) => {
      playBtn.textContent = s.playing ? t("ui.pause", lang) : t("ui.play", lang);
      playBtn.setAttribute("aria-pressed", String(s.playing));
      stepBtn.disabled = s.done;
      backBtn.disabled = s.index === 0;
      body.dataset.index = String(s.index);
      body.dataset.playing = String(s.playing);
      if (!s.playing && s.index !== ctx.state.t) ctx.set({t: s.index}, {render: false});
    }
  });

  const onKey = (e: KeyboardEvent) => {
    // (defaultPrevented: a key the lesson panel took)
    if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented || isTyping(e.target)) return;
    if (e.key === " " || e.code === "Space") { e.preventDefault(); if (e.type === "keydown" && !e.repeat) runner.toggle(); }
    else if (e.type !== "keydown") return;
    else if (e.key === "ArrowRight") { e.preventDefault(); runner.step(); }
    else if (e.key === "ArrowLeft") { e.preventDefault(); runner.step(-1); }
    else if (e.key === "r" || e.key === "R") { e.preventDefault(); runner.reset(); }
    else if (e.key === "p" || e.key === "P") { e.preventDefault(); setPresenting(!presenting); }
  };
  /** Presentation mode: the stage alone, full screen where the browser allows it, larger type. */
  function setPresenting(on: boolean) {
    if (on === presenting) return;
    presenting = on;
    body.classList.toggle("gc-presenting", on);
    presentBtn.setAttribute("aria-pressed", String(on));
    presentBtn.textContent = t(on ? "ui.classroom.present.leave" : "ui.classroom.present", lang);
    const root = document.documentElement;
    if (on && !document.fullscreenElement && root.requestFullscreen) root.requestFullscreen().catch(() => undefined);
    else if (!on && document.fullscreenElement && document.exitFullscreen) document.exitFullscreen().catch(() => undefined);
    draw(runner.state().index);
  }
  // leaving full screen (Esc) leaves presentation mode too
  const onFullscreen = () => { if (!document.fullscreenElement && presenting) setPresenting(false); };
  document.addEventListener("fullscreenchange", onFullscreen);
  document.addEventListener("keydown", onKey);
  document.addEventListener("keyup", onKey);

  const lesson = lessonHook ? lessonPanel({place: lessonHook.place, lang, body, runOf: lessonHook.runOf, go: lessonHook.go, apply: (key, value) => {
    if (!run.scenario) { setFrom(ctx, key, {[key]: value, t: 0}); return; }
    try {
      compressSpec(setParameter(run.scenario, key, value)).then((model) => ctx.set({model, t: 0, edits: ""}), (err) => ctx.error(t("ui.error.run", lang), inputErrorText(err, lang)));
    } catch (err) {
      ctx.error(t("ui.error.run", lang), inputErrorText(err, lang));
    }
  }}) : null;
  body.classList.add("gc-classroom");
  // the stage (playback, status, animation) comes first, so it fits the window without scrolling
  body.append(
    h("h1", {class: "gc-classroom-title"}, t("ui.classroom.title", lang)),
    h("section", {class: "gc-stage", "aria-label": t("ui.classroom.stage", lang)}, ...(lesson ? [lesson.element] : []), transport, status,
      h("div", {class: "gc-stage-row"}, chartSlot, overTime)),
    h("p", {class: "gc-keys"}, t("ui.classroom.keys", lang)),
    what,
    lessonHook ? "" : lessonLinks(lang),
    h("h2", {}, run.title),
    h("p", {}, run.description),
    h("p", {}, t("ui.classroom.intro", lang)),
    h("h3", {}, t("ui.classroom.styles", lang)),
    tally,
    log,
    h("section", {class: "gc-note", "aria-label": t("ui.classroom.notice", lang)}, h("h3", {}, t("ui.classroom.notice", lang)), h("ul", {}, run.notice.map((x) => h("li", {}, x)))),
    h("section", {class: "gc-note gc-try", "aria-label": t("ui.classroom.try", lang)}, h("h3", {}, t("ui.classroom.try", lang)), h("ul", {}, run.tryThis.map((x, i) => h("li", {}, x, tryInputs(i) ?? ""))))
  );
  fit(runner.state().index);
  if (lessonHook?.keep.presenting) {
    lessonHook.keep.presenting = false;
    setPresenting(true);
  }
  /**
   * The input a suggestion offers (its entry in the scenario's meta.tryInputs, so the text itself stays plain
   * language): the parameter it changes, or for a pattern (`roles.*.count`) that field of every member of the
   * group (only the members it names, where it names some; a group with no members here is explained, since
   * members are added in a scenario file); a button that sets the value it proposes; and a link to Compare
   * with the preset it names. A change applies here: the run becomes the edited copy, in the link, from the
   * first week, or, while the run plays, from the next week (see apply).
   */
  function tryInputs(i: number): HTMLElement | null {
    const scenario = run.scenario;
    const spec = scenario?.meta.tryInputs?.[i];
    if (!scenario || !spec) return null;
    const entries = paramEntries(scenario, lang);
    const parts = spec.key?.split(".") ?? [];
    const pattern = parts[1] === "*";
    const decl = spec.key ? paramByKey(spec.key) : undefined;
    const named = spec.key && !pattern ? entries.filter((e) => e.key === spec.key) : [];
    const members = pattern ? entries.filter((e) => e.key.split(".").length === 3 && e.key.startsWith(`${parts[0]}.`) && e.key.endsWith(`.${parts[2]}`)
      && (!spec.members || spec.members.includes(e.key.split(".")[1]))) : [];
    const other = spec.compare && spec.compare !== state.model && presetIds().includes(spec.compare) ? spec.compare : null;
    const apply = (keys: string[], raw: string) => {
      // while a run plays, a parameter that can change during a run changes from the next week on (the week
      // shown has been run): the run goes on from there, and the link carries the edit at that week
      const {index: shown, playing} = runner.state(), week = shown + 1;
      const edit = source.edit?.bind(source);
      if (edit && (shown > 0 || playing) && week <= last && keys.every((key) => !editRefusal(key, true))) {
        keys.reduce<Promise<unknown>>((p, key) => p.then(() => edit(week, key, raw)), Promise.resolve())
          .then((edits) => ctx.set({edits: encodeEdits(edits as Parameters<typeof encodeEdits>[0]), t: shown}, {render: false}),
            (err) => ctx.error(t("ui.error.run", lang), inputErrorText(err, lang)));
        return;
      }
      try {
        const edited = keys.reduce((s, key) => setParameter(s, key, raw), scenario);
        compressSpec(edited).then((model) => setFrom(ctx, keys[0], {model, t: 0, edits: ""}), (err) => ctx.error(t("ui.error.run", lang), inputErrorText(err, lang)));
      } catch (err) {
        ctx.error(t("ui.error.run", lang), inputErrorText(err, lang));
      }
    };
    const one = (key: string, raw: string) => apply([key], raw);
    const targets = pattern ? members : named;
    const label = decl?.label[lang] ?? "";
    const shown = spec.value === undefined ? "" : Number.isFinite(Number(spec.value)) && spec.value.trim() !== "" ? formatNumber(Number(spec.value), lang, 6) : paramValue(spec.value, lang);
    return h("div", {class: "gc-try-inputs"},
      pattern ? (members.length
        ? h("fieldset", {class: "gc-try-pattern", "data-pattern": spec.key}, h("legend", {}, t("ui.classroom.tryPattern", lang, {pattern: label, n: members.length})), members.map((e) => paramInput(e, lang, one)))
        : h("p", {class: "gc-try-pattern gc-small", "data-pattern": spec.key}, t("ui.classroom.tryPatternNone", lang, {pattern: label, group: parts[0]}))) : "",
      named.map((e) => paramInput(e, lang, one)),
      spec.value !== undefined && targets.length ? button(t("ui.classroom.trySet", lang, {label, value: shown}), () => apply(targets.map((e) => e.key), spec.value!), {name: "try-set", class: "gc-try-set"}) : "",
      other ? h("p", {}, h("a", {href: `./compare.html?${new URLSearchParams([["opt", state.model], ["opt", other], ["seed", state.seed], ...(lang === "nb" ? [["lang", lang]] : [])])}`, class: "gc-try-compare"},
        t("ui.classroom.tryCompare", lang, {a: run.title, b: presetNotes(other, lang).title}))) : "");
  }
  if (focus.name) {
    if (focus.name.includes(".")) body.querySelector<HTMLElement>(`.gc-try [name="${focus.name}"]`)?.focus();
    else body.querySelector<HTMLElement>(`select[name=${focus.name}]`)?.focus();
    focus.name = null;
  }
  return () => {
    alive = false;
    lesson?.cleanup();
    runner.destroy();
    source.destroy();
    clearTimeout(resizeTimer);
    window.removeEventListener("resize", onResize);
    fonts?.removeEventListener("loadingdone", onResize);
    document.removeEventListener("fullscreenchange", onFullscreen);
    if (presenting && document.fullscreenElement && !lessonHook?.keep.presenting) document.exitFullscreen().catch(() => undefined);
    body.classList.remove("gc-presenting");
    document.removeEventListener("keydown", onKey);
    document.removeEventListener("keyup", onKey);
  };
}
