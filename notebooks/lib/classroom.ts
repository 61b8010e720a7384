// The classroom notebook: one run animated. The engine computes the whole
// trace first; the Runner (runner.ts) decides which frame is drawn and when.
// Controls: play/pause, step back, step, reset, speed, render every N, a time
// slider, presentation mode, and the keyboard (space = play/pause, right/left
// arrow = step forward/back, r = reset, p = presentation mode). The stage
// (controls, animation and, beside it, time plots of the decisions so far)
// comes first and is sized to the window, again after a resize.

import {runClassic, type ClassicFrame} from "../../sim/classic/engine.ts";
import {config1972, randomEntry, variantConfig, variantKey, type ClassicDesignPoint} from "../../sim/classic/design.ts";
import {CHOICES, ENERGIES, LOADS, PROBLEMS, STRUCTURES} from "../../sim/classic/gcm1972.ts";
import {LADDER_STEPS} from "../../sim/participation/ladder.ts";
import {rng} from "../../sim/rng.ts";
import {DEFAULT_SEED, runSeed} from "../../sim/seeds.ts";
import {traceCaseWeeks} from "../../sim/participation/budget.ts";
import {DECISION_STYLES} from "../../sim/streams.ts";
import {formatNumber} from "../../viz/format.ts";
import {frameData, type ParticipationFrameLike, type StreamsFrameData} from "../../viz/frameData.ts";
import {streamsFrame} from "../../viz/streamsFrame.ts";
import {energyLine} from "../../viz/energyLine.ts";
import {userTrajectory, userTrajectoryRows, type UserFrameLike, type UserTrajectoryRow} from "../../viz/userTrajectory.ts";
import {runningRows} from "../../viz/runningData.ts";
import {runningShares} from "../../viz/runningShares.ts";
import {stepLabel, styleLabel} from "../../viz/vocabulary.ts";
import {figureBlock} from "./figure.ts";
import {t, type Lang} from "./i18n.ts";
import {LANG_FIELD, mountPage, type PageContext} from "./page.ts";
import type {Scenario} from "../../sim/participation/scenario.ts";
import {baseScenario} from "./compareData.ts";
import {compressSpec} from "./linkCodec.ts";
import {participationTrace, presetIds, presetNotes, scenarioNotes, traceRefusal} from "./participationAdapter.ts";
import {paramEntries, paramInput, readScenarioFile} from "./scenarioEdit.ts";
import {setParameter} from "../../sim/participation/scenario.ts";
import {paramByKey} from "../../sim/participation/parameters.ts";
import {paramValue} from "../../sim/participation/paramVocabulary.ts";
import {Runner, SPEEDS} from "./runner.ts";
import type {TraceJob, TraceReply} from "./traceWorker.ts";
import {button, downloadButton, fileInput, h, pageWidth, replace, select, textInput} from "./ui.ts";
import {LinkError, issueFrom, type StateIssue} from "./urlState.ts";
import {inputErrorText} from "./inputErrorText.ts";
import {LESSON_FIELDS, lessonIssues, lessonLinks, lessonPanel, lessonPlace, stageShowsStep, stepPatch, type LessonPlace} from "./lesson.ts";

export const CLASSROOM_SCHEMA = {
  lang: LANG_FIELD,
  /** "classic" or a participation preset id (checked against the presets in validate). */
  model: {type: "string", pattern: /^(~~?[\w-]+|[a-z0-9][a-z0-9_-]{0,60})$/, default: "classic"},
  load: {type: "enum", values: LOADS, default: "moderate"},
  access: {type: "enum", values: STRUCTURES, default: "unsegmented"},
  decision: {type: "enum", values: STRUCTURES, default: "unsegmented"},
  energy: {type: "enum", values: ENERGIES, default: "equal"},
  /** Classic entry order: the 1972 sequences (1 or 2) or "random" (seeded). */
  entry: {type: "enum", values: ["1", "2", "random"], default: "1"},
  seed: {type: "string", pattern: /^[\w.-]{1,40}$/, default: DEFAULT_SEED},
  speed: {type: "number", min: 0.25, max: 32, default: 2},
  every: {type: "int", min: 1, max: 52, default: 1},
  t: {type: "int", min: 0, max: 10000, default: 0},
  /** A lesson (data/lessons) and its step, shown in a panel on the stage (lesson.ts). */
  ...LESSON_FIELDS
} as const;

type State = PageContext<typeof CLASSROOM_SCHEMA>["state"];

/** Participation runs estimated above this many case-weeks are traced in a worker (the presets stay below). */
const WORKER_CASE_WEEKS = 5000;

interface RunView {
  frames: StreamsFrameData[];
  unit: "period" | "week";
  notice: string[];
  tryThis: string[];
  title: string;
  description: string;
  /** Arena names in the chosen language (participation runs). */
  labels?: Record<string, string>;
  scenario?: Scenario;
  /** Participation runs with a feedback loop on: the first user's competence, trust and motivation per week. */
  trajectory?: UserTrajectoryRow[];
}

/** The trace of the run the state describes, as neutral frames (classic or participation). */
export function classroomRun(state: Omit<State, keyof typeof LESSON_FIELDS>, lang: Lang): RunView {
  if (state.model === "classic") {
    const point: ClassicDesignPoint = {load: state.load as ClassicDesignPoint["load"], access: state.access as ClassicDesignPoint["access"], decision: state.decision as ClassicDesignPoint["decision"], energy: state.energy as ClassicDesignPoint["energy"], choiceSeq: 1, problemSeq: 1};
    let config;
    if (state.entry === "random") {
      // replication 0 of the variant, as the CLI's `classic --reps 1 --seed S` with the same selection
      config = {...variantConfig(point), ...randomEntry(rng(runSeed(state.seed, variantKey(point), 0)), CHOICES, PROBLEMS)};
    } else {
      const seq = Number(state.entry) as 1 | 2;
      config = config1972({...point, choiceSeq: seq, problemSeq: seq});
    }
    const trace = runClassic(config, {trace: true}).trace as ClassicFrame[];
    return {
      frames: trace.map((f, i) => frameData(f, {history: trace.slice(0, i + 1)})),
      unit: "period",
      notice: [t("ui.classroom.classic.notice", lang)],
      tryThis: [t("ui.classroom.classic.try", lang)],
      title: t("ui.classroom.classic.title", lang),
      description: t("ui.classroom.classic.description", lang)
    };
  }
  const scenario = baseScenario(state.model);
  return participationView(scenario, participationTrace(scenario, state.seed), lang);
}

/** The view of a traced participation run (computed here or in a worker). */
export function participationView(scenario: Scenario, trace: ParticipationFrameLike[], lang: Lang): RunView {
  const notes = scenarioNotes(scenario, lang);
  // display names of arenas, and of the roles, advocates and solutions the picture names
  const labels = Object.fromEntries([scenario.roles, scenario.advocates, scenario.solutions, scenario.arenas]
    .flatMap((group) => Object.entries(group ?? {}).map(([id, x]) => [id, (x as {label: Record<Lang, string>}).label[lang]])));
  const loops = scenario.feedback.mastery || scenario.feedback.trust || scenario.feedback.motivation;
  const trajectory = loops ? userTrajectoryRows(trace as unknown as UserFrameLike[], 0) : undefined;
  return {frames: trace.map((f) => frameData(f)), unit: "week", notice: notes.notice, tryThis: notes.tryThis, title: notes.title, description: notes.description, labels, scenario, trajectory};
}

/** A one-line account of what was decided in a frame ("Choice 3 made by flight"). */
function events(frame: StreamsFrameData, lang: Lang, labels?: Record<string, string>): string[] {
  const out: string[] = [];
  for (const can of frame.cans) {
    if (!can.madeNow || !can.style) continue;
    if (can.kind === "choice") out.push(t("ui.classroom.event.choice", lang, {id: can.id, style: styleLabel(can.style, lang).toLowerCase()}));
  }
  for (const item of frame.items) {
    if (item.kind === "problem" && item.status === "decided" && item.style)
      out.push(t("ui.classroom.event.case", lang, {id: item.id, at: (item.at && labels?.[item.at]) ?? item.at ?? "–", style: styleLabel(item.style, lang).toLowerCase()})
        + (item.step ? ` — ${stepLabel(item.step, lang).toLowerCase()}` : ""));
  }
  return out;
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.tagName === "INPUT" || el.tagName === "SELECT" || el.tagName === "TEXTAREA" || el.isContentEditable);
}

/** Width of the column of time plots beside the animation (0 in presentation mode, where they are hidden). */
function sideWidth(presenting: boolean): number {
  return presenting ? 0 : Math.round(Math.max(250, Math.min(380, pageWidth() * 0.3)));
}
const SIDE_GAP = 16;

/** Chart size for the space left under the stage's controls, so the whole animation fits the window (1024x768 included). */
function stageSize(presenting: boolean, trim = 0): {width: number; height: number; fontSize: number} {
  const vh = typeof window === "undefined" ? 768 : window.innerHeight || 768;
  const vw = typeof window === "undefined" ? 1024 : window.innerWidth || 1024;
  if (presenting) return {width: Math.max(320, vw - 32), height: Math.max(280, vh - 190 - trim), fontSize: 22};
  // head, title, controls, status and legend take about 330 px above the plot, the downloads about 40 below;
  // the time plots take a column on the right
  return {width: Math.max(300, pageWidth() - sideWidth(false) - SIDE_GAP), height: Math.max(260, Math.min(620, vh - 370 - trim)), fontSize: 15};
}

export function classroomPage(search?: string): HTMLElement {
  // the select that changed the run, focused again after the page is redrawn so keyboard users keep their place
  let refocus: string | null = null;
  const setFrom = (ctx: {set: (p: object) => void}, name: string, patch: object) => { refocus = name; ctx.set(patch); };
  // a lesson step taken in presentation mode opens the next step in presentation mode too
  let keepPresenting = false;
  return mountPage({
    name: "classroom",
    schema: CLASSROOM_SCHEMA,
    search,
    validate(state) {
      const issues: StateIssue[] = lessonIssues(state);
      if (state.model !== "classic") {
        try {
          baseScenario(state.model);
        } catch (e) {
          // the classroom also runs the 1972 model
          const issue = issueFrom("model", state.model, e);
          issues.push(issue.reason?.key === "ui.url.unknownPreset"
            ? issueFrom("model", state.model, new LinkError("ui.url.unknownPresetOrClassic", issue.reason.params))
            : {...issue, input: undefined, message: `${issue.message}; or classic`}); // the English text carries the addition
        }
      }
      return issues;
    },
    render(ctx, body) {
      const lang = ctx.lang;
      let state = ctx.state;
      const place = lessonPlace(state);
      // a lesson link that names no run shows its step's
      if (place && stageShowsStep(place) && state.model === "classic" && place.step.model !== "classic") state = {...state, model: place.step.model, seed: place.step.seed};
      const lessonGo = (i: number) => { keepPresenting = body.classList.contains("gc-presenting"); ctx.set(stepPatch(place!.lesson, i) as Partial<State>); };
      const runOf = (model: string, seed: string) => classroomRun({...state, model, seed, load: "moderate", access: "unsegmented", decision: "unsegmented", energy: "equal", entry: "1"}, lang);
      if (place && !stageShowsStep(place)) return lessonOnly(place);
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
          inner = show(participationView(scenario, e.data.frames, lang));
        });
        worker.addEventListener("error", (e) => { if (alive) ctx.error(t("ui.error.run", lang), e.message || "worker failed"); });
        worker.postMessage({scenario, seed: state.seed} satisfies TraceJob);
        return () => {
          alive = false;
          worker.terminate();
          inner?.();
        };
      }
      return show(classroomRun(state, lang));

      /** A lesson step the stage does not run (the collective meetings): the lesson panel alone, which draws them. */
      function lessonOnly(p: LessonPlace): () => void {
        const bits = lessonPanel({place: p, lang, body, runOf, go: lessonGo, apply: () => undefined});
        body.classList.add("gc-classroom");
        body.classList.toggle("gc-presenting", keepPresenting);
        keepPresenting = false;
        body.append(h("h1", {class: "gc-classroom-title"}, t("ui.classroom.title", lang)), h("section", {class: "gc-stage", "aria-label": t("ui.classroom.stage", lang)}, bits.element));
        body.dataset.index = "0";
        return () => { bits.cleanup(); body.classList.remove("gc-presenting"); };
      }

      /** Draws a computed run with its controls; returns the cleanup. */
      function show(run: RunView): () => void {
        const frames = run.frames;
        const unitKey = run.unit === "period" ? "frame.period" : "frame.week";
        const last = frames.length - 1;

        // --- controls: what to run
        const modelOptions = [{value: "classic", label: t("ui.classroom.classic.title", lang)}, ...presetIds().map((id) => ({value: id, label: presetNotes(id, lang).title}))];
        if (state.model.startsWith("~")) modelOptions.push({value: state.model, label: `${t("ui.compare.fromFile", lang)}: ${run.title}`});
        const what = h("div", {class: "gc-controls", role: "group", "aria-label": t("ui.classroom.what", lang)},
          select(t("ui.classroom.model", lang), modelOptions, state.model, (v) => setFrom(ctx, "model", {model: v, t: 0}), "model"),
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
              compressSpec(readScenarioFile(text)).then((model) => ctx.set({model, t: 0}), (e) => ctx.error(t("ui.error.file", lang, {file}), inputErrorText(e, lang)));
            } catch (e) {
              ctx.error(t("ui.error.file", lang, {file}), inputErrorText(e, lang));
            }
          }),
          run.scenario ? downloadButton(t("ui.compare.save", lang), `${run.scenario.id}.json`, () => new Blob([JSON.stringify(run.scenario, null, 2) + "\n"], {type: "application/json"})) : null);

        // --- transport
        const playBtn = button(t("ui.play", lang), () => runner.toggle(), {"aria-keyshortcuts": "Space", name: "play"});
        // the whole seeded run is traced before it is shown, so a step back shows exactly the frame before
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

        // decisions so far, per frame (cumulative), for the tally and the time plots
        const running = runningRows(frames);
        const overTime = h("div", {class: "gc-over-time"});

        const draw = (i: number) => {
          const frame = frames[i];
          replace(status, t(unitKey, lang, {n: frame.time}), " ", h("span", {class: "gc-of"}, t("ui.classroom.of", lang, {n: frames[last].time})));
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
          const c = running[i];
          replace(tally, DECISION_STYLES.map((s) => `${styleLabel(s, lang)} ${c.styles[s]}`).join(" · "),
            c.steps ? [h("br"), t("ui.classroom.ladderTally", lang, {steps: LADDER_STEPS.map((s) => `${stepLabel(s, lang).toLowerCase()} ${c.steps![s]}`).join(" · ")})] : null);
          // the time plots beside the animation, drawn up to this frame (hidden in presentation mode, so not drawn then);
          // they share the animation's height (less what the fit found overflowing), shares above energy
          if (!presenting) {
            const plotWidth = sideWidth(false);
            overTime.style.width = `${plotWidth}px`;
            const energy = c.energyLeft !== null;
            const room = Math.max(energy ? 220 : 140, size.height + 40 - sideTrim);
            // a user's trajectory (users-over-time scenarios) takes the bottom third
            const user = (run.trajectory?.length ?? 0) > 0;
            const linesShare = user ? 0.62 * (2 / 3) : 0.62;
            const sharesHeight = Math.round(energy || user ? room * linesShare : room);
            const energyHeight = energy ? Math.round((user ? room * (2 / 3) : room) - sharesHeight) : 0;
            const tidy = running.slice(0, i + 1).map((r) => ({[run.unit]: r.time, ...r.styles, ...(r.steps ?? {}), ...(r.energyLeft === null ? {} : {energyLeft: r.energyLeft})}));
            replace(overTime,
              figureBlock({name: `classroom-shares-${run.unit}-${frame.time}`, figure: runningShares(running, {lang, upTo: frame.time, width: plotWidth, height: sharesHeight, fontSize: 12}), rows: tidy, lang, heading: t("ui.classroom.overTime", lang)}),
              energy ? figureBlock({name: `classroom-energy-${run.unit}-${frame.time}`, figure: energyLine(running, {lang, upTo: frame.time, width: plotWidth, height: energyHeight, fontSize: 12}), rows: running.slice(0, i + 1).map((r) => ({week: r.time, energyLeft: r.energyLeft})), lang, heading: t("ui.classroom.energyOverTime", lang)}) : null,
              user ? figureBlock({name: `classroom-user-${frame.time}`, figure: userTrajectory(run.trajectory!, {lang, upTo: frame.time, width: plotWidth, height: Math.max(120, room - sharesHeight - energyHeight), fontSize: 12}), rows: run.trajectory!.filter((r) => r.week <= frame.time), lang, heading: t("ui.classroom.userOverTime", lang, {n: run.scenario!.users.count})}) : null);
          }
          replace(log, frames.slice(0, i + 1).flatMap((f) => events(f, lang, run.labels).map((e) => h("li", {}, `${t(unitKey, lang, {n: f.time})}: ${e}`)))
            .reverse().slice(0, 40));
          slider.value = String(i);
          fit(i);
        };
        // Once per mode, after the first drawing: shrink the plot by what still overflows the window
        // (the legend's and controls' height depend on the language and the window), then redraw.
        const trim = [0, 0];
        const fitted = [false, false];
        const passes = [0, 0];
        let sideTrim = 0;
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
          const side = presenting ? [] : [...overTime.querySelectorAll("svg[aria-label]")];
          const sideOver = side.length ? side[side.length - 1].getBoundingClientRect().bottom + top - window.innerHeight + 8 : 0;
          if (sideOver > 0) sideTrim += sideOver;
          if (over > 0) trim[mode] += over;
          if (over > 0 || sideOver > 0) draw(i);
          else fitted[mode] = true;
        }
        // after a window resize (debounced), fit the stage to the new window from scratch
        let resizeTimer: ReturnType<typeof setTimeout> | undefined;
        const refit = () => {
          if (!alive) return;
          trim[0] = trim[1] = 0;
          sideTrim = 0;
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
          frames: frames.length,
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

        const lesson = place ? lessonPanel({place, lang, body, runOf, go: lessonGo, apply: (key, value) => {
          if (!run.scenario) { setFrom(ctx, key, {[key]: value, t: 0}); return; }
          try {
            compressSpec(setParameter(run.scenario, key, value)).then((model) => ctx.set({model, t: 0}), (err) => ctx.error(t("ui.error.run", lang), inputErrorText(err, lang)));
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
          place ? "" : lessonLinks(lang),
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
        if (keepPresenting) {
          keepPresenting = false;
          setPresenting(true);
        }
        /**
         * The input a suggestion offers (its entry in the scenario's meta.tryInputs, so the text itself stays plain
         * language): the parameter it changes, or for a pattern (`roles.*.count`) that field of every member of the
         * group (only the members it names, where it names some; a group with no members here is explained, since
         * members are added in a scenario file); a button that sets the value it proposes; and a link to Compare
         * with the preset it names. A change applies here: the run becomes the edited copy, in the link, from the first week.
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
            try {
              const edited = keys.reduce((s, key) => setParameter(s, key, raw), scenario);
              compressSpec(edited).then((model) => setFrom(ctx, keys[0], {model, t: 0}), (err) => ctx.error(t("ui.error.run", lang), inputErrorText(err, lang)));
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
        if (refocus) {
          if (refocus.includes(".")) body.querySelector<HTMLElement>(`.gc-try [name="${refocus}"]`)?.focus();
          else body.querySelector<HTMLElement>(`select[name=${refocus}]`)?.focus();
          refocus = null;
        }
        return () => {
          alive = false;
          lesson?.cleanup();
          runner.destroy();
          clearTimeout(resizeTimer);
          window.removeEventListener("resize", onResize);
          fonts?.removeEventListener("loadingdone", onResize);
          document.removeEventListener("fullscreenchange", onFullscreen);
          if (presenting && document.fullscreenElement && !keepPresenting) document.exitFullscreen().catch(() => undefined);
          body.classList.remove("gc-presenting");
          document.removeEventListener("keydown", onKey);
          document.removeEventListener("keyup", onKey);
        };
      }
    }
  });
}
