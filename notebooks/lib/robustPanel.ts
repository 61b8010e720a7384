// "Where does the verdict hold?" on the Compare page: the robustness run of
// sim/experiment/robust.ts (the code behind `compare --robust N --fix k=v`)
// with its replications in the page's Web Workers and the scenario discovery
// in another worker, so the page's thread only assembles (in slices). The
// share of draws in which each headline judgement holds; where it does not
// hold everywhere, PRIM's box with its coverage/density trade-off (a step
// chosen by clicking it, or in the list), the tree's rules in words, and the
// draws with the box on two parameters.

import type {Region} from "../../sim/experiment/discovery/region.ts";
import type {MeasureRow} from "../../sim/experiment/run.ts";
import {MAX_DRAWS, MIN_DRAWS, robustColumns, robustDraw, robustPlan, robustResult, type RobustDraw, type RobustFinding, type RobustResult} from "../../sim/experiment/robust.ts";
import type {Scenario} from "../../sim/participation/scenario.ts";
import {findingLines, regionText, robustText} from "../../viz/discovery.ts";
import {primTradeOff, robustDraws} from "../../viz/discoveryCharts.ts";
import {formatPercent} from "../../viz/format.ts";
import {measureName} from "../../viz/vocabulary.ts";
import {nearestPoint} from "./chartClick.ts";
import {figureBlock} from "./figure.ts";
import {t, type Lang} from "./i18n.ts";
import {ReplicationPool} from "./pool.ts";
import type {RobustJob, RobustReply} from "./robustWorker.ts";
import {button, h, numberInput, replace, saveBlob, select, textInput} from "./ui.ts";

/** The panel's part of the page's URL state. */
export const ROBUST_SCHEMA = {
  robust: {type: "bool", default: false},
  rdraws: {type: "int", min: MIN_DRAWS, max: 1000, default: 100},
  rreps: {type: "int", min: 2, max: 500, default: 20},
  fix: {type: "list", maxItems: 40, default: []},
  rfind: {type: "string", pattern: /^\d{1,2}:[\w.]{1,60}$|^$/, default: ""},
  rstep: {type: "int", min: -1, max: 100000, default: -1}
} as const;

export interface RobustState {
  robust: boolean;
  rdraws: number;
  rreps: number;
  fix: string[];
  rfind: string;
  rstep: number;
  seed: string;
}

export interface RobustContext {
  lang: Lang;
  state: RobustState;
  /** Changes the state; render false keeps the page as it is (the panel redraws itself). */
  set(patch: Partial<RobustState>, render?: boolean): void;
  width: number;
}

export interface RobustOutcome {
  result: RobustResult;
  findings: RobustFinding[];
}

/** The fixes of the URL as pairs; a malformed one is a one-line error naming it. */
export function parseFixes(list: readonly string[]): [string, string][] {
  return list.map((x) => {
    const i = x.indexOf("=");
    if (i <= 0) throw new Error(`invalid fix: "${x.slice(0, 80)}" (allowed: parameter=value, e.g. load.timePressure=1.2)`);
    return [x.slice(0, i).trim(), x.slice(i + 1).trim()];
  });
}

// The page's runs: one pool and one analysis worker, kept across redraws; finished runs by their inputs.
const runs = {pool: null as ReplicationPool | null, worker: null as Worker | null, job: 0, generation: 0, cache: new Map<string, RobustOutcome>(), waiting: new Map<number, (r: RobustReply) => void>()};

function ask(job: RobustJob): Promise<RobustReply> {
  if (!runs.worker) {
    runs.worker = new Worker(new URL("./robustWorker.ts", import.meta.url), {type: "module"});
    runs.worker.addEventListener("message", (e: MessageEvent<RobustReply>) => {
      runs.waiting.get(e.data.id)?.(e.data);
      runs.waiting.delete(e.data.id);
    });
  }
  return new Promise((resolve) => {
    runs.waiting.set(job.id, resolve);
    runs.worker!.postMessage(job);
  });
}

const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The last finished outcome for these inputs, if any (the report reads it). */
export function robustOutcome(scenarios: readonly Scenario[], names: readonly string[], state: RobustState): RobustOutcome | undefined {
  return runs.cache.get(runKey(scenarios, names, state));
}

function runKey(scenarios: readonly Scenario[], names: readonly string[], s: RobustState): string {
  return JSON.stringify([scenarios, names, s.seed, s.rdraws, s.rreps, s.fix]);
}

/** The details of one finding: the trade-off with its chosen step, the box in words and the draws with the box. */
function findingDetail(ctx: RobustContext, r: RobustResult, f: RobustFinding, out: HTMLElement): void {
  const {lang, width} = ctx;
  const box = f.discovery?.boxes[0];
  const half = Math.max(320, Math.floor((width - 24) / 2));
  const reference = r.options[0];
  const claimKey = f.interest === "holds" ? "ui.robust.stepHolds" : "ui.robust.stepFails";
  const show = (step: number, region: Region | null) => {
    const shown: RobustFinding = box && region ? {...f, discovery: {...f.discovery!, boxes: [{...box, bounds: region.bounds}]}} : f;
    const tradeFig = box ? primTradeOff(box.tradeOff, {lang, width: half, chosen: step}) : null;
    const chosenBox = box && tradeFig ? figureBlock({
      name: "robust-trade-off", lang, heading: t("ui.robust.tradeOffHeading", lang), figure: tradeFig,
      rows: box.tradeOff.map((s) => ({step: s.id, coverage: s.coverage, density: s.density, restricted: s.restricted, pareto: s.paretoEfficient}))
    }) : null;
    if (box && tradeFig && chosenBox) {
      tradeFig.addEventListener("click", (e) => {
        const i = nearestPoint(tradeFig, e as MouseEvent, box.tradeOff.map((q) => ({x: q.coverage, y: q.density})));
        if (i !== null) choose(box.tradeOff[i].id);
      });
      (tradeFig as HTMLElement).style.cursor = "pointer";
      chosenBox.dataset.step = String(step);
    }
    const steps = box ? select(t("ui.robust.step", lang), box.tradeOff.filter((s) => s.paretoEfficient || s.id === step || s.id === box.step).map((s) => ({
      value: String(s.id),
      label: t("ui.robust.stepOption", lang, {id: s.id, coverage: formatPercent(s.coverage, lang), density: formatPercent(s.density, lang), restricted: s.restricted}) + (s.id === box.step ? " " + t("ui.robust.stepReported", lang) : "")
    })), String(step), (v) => choose(Number(v)), "rstep") : null;
    const words = region ? h("p", {"data-region": ""}, t(claimKey, lang, {
      step, region: regionText(region, r.columns, lang), k: region.k, n: region.n,
      option: f.option, reference, measure: measureName(f.measure, lang).toLowerCase(),
      coverage: formatPercent(region.coverage, lang), density: formatPercent(region.density, lang)
    })) : null;
    const draws = r.columns.length >= 2 ? figureBlock({
      name: "robust-draws", lang, heading: t("ui.robust.drawsHeading", lang),
      figure: robustDraws(r, shown, {lang, width: half}),
      rows: r.draws.map((d, i) => ({draw: i + 1, ...Object.fromEntries(r.columns.map((c, j) => [c.key, d.values[j]]))}))
    }) : null;
    replace(out,
      box ? h("p", {class: "gc-small"}, t("ui.robust.clickHint", lang)) : h("p", {class: "gc-small"}, t("ui.robust.noBox", lang)),
      steps, words,
      h("div", {class: "gc-grid"}, chosenBox, draws));
  };
  const choose = (step: number) => {
    if (!box) return;
    ctx.set({rstep: step === box.step ? -1 : step}, false);
    if (step === box.step) return show(step, box);
    const my = ++runs.job;
    out.dataset.state = "choosing";
    ask({id: my, type: "step", result: r, finding: f, step}).then((reply) => {
      if (reply.type !== "region") return;
      show(step, reply.region);
      out.dataset.state = "ready";
    });
  };
  const wanted = ctx.state.rstep;
  if (box && wanted >= 0 && wanted !== box.step && box.tradeOff.some((s) => s.id === wanted)) choose(wanted);
  else show(box?.step ?? -1, box ?? null);
}

function showOutcome(ctx: RobustContext, outcome: RobustOutcome, out: HTMLElement): void {
  const {lang} = ctx;
  const {result: r, findings} = outcome;
  const reference = r.options[0];
  const summary = h("div", {"data-robust-summary": ""}, r.options.slice(1).map((option) => h("section", {},
    h("h4", {}, t("verdict.head", lang, {option, reference})),
    h("ul", {class: "gc-robust-lines"}, findings.filter((f) => f.option === option).flatMap((f) => findingLines(f, reference, r.columns, lang)).map((line) => h("li", {class: line.startsWith("    ") ? "gc-sub2" : line.startsWith("  ") ? "gc-sub" : ""}, line.trim()))))));
  const open = findings.map((f, i) => ({f, i})).filter(({f}) => f.interest !== null && f.discovery && (f.discovery.boxes.length || f.discovery.rules.length));
  const detail = h("div", {class: "gc-robust-detail", "data-state": "ready"});
  const keyOf = (f: RobustFinding) => `${r.options.indexOf(f.option)}:${f.measure}`;
  const current = open.find(({f}) => keyOf(f) === ctx.state.rfind) ?? open[0];
  replace(out,
    h("p", {"data-robust-head": ""}, t("robust.head", lang, {draws: r.draws.length, params: r.drawn.length, reps: r.reps, seed: r.seed})),
    summary,
    open.length ? select(t("ui.robust.finding", lang), open.map(({f}) => ({value: keyOf(f), label: `${f.option}: ${measureName(f.measure, lang)} (${t("ui.robust.holdsIn", lang, {share: formatPercent(f.holds / f.draws, lang)})})`})), keyOf(current.f), (v) => {
      ctx.set({rfind: v, rstep: -1}, false);
      const next = open.find(({f}) => keyOf(f) === v);
      if (next) findingDetail(ctx, r, next.f, detail);
    }, "rfind") : h("p", {}, t("ui.robust.allHold", lang)),
    detail,
    h("div", {class: "gc-actions"}, button(t("ui.robust.download", lang), () => saveBlob(new Blob([robustText(r, findings, lang) + "\n"], {type: "text/plain"}), "compare-robustness.txt"))));
  // the charts in a task of their own, so the page answers in between
  if (current) setTimeout(() => { if (detail.isConnected) findingDetail(ctx, r, current.f, detail); }, 0);
}

/** The panel; it starts its run when the state asks for one and no finished run has these inputs. */
export function robustPanel(ctx: RobustContext, scenarios: readonly Scenario[], names: readonly string[], onReady?: (o: RobustOutcome) => void): HTMLElement {
  const {lang, state} = ctx;
  const out = h("div", {class: "gc-robust-out", "data-state": state.robust ? "running" : "idle"});
  // an alert only once it has something to say (an empty alert is still announced and counted)
  const fixError = h("p", {class: "gc-field-error", "data-fix-error": ""});
  const showFixError = (e: unknown) => {
    fixError.textContent = (e as Error).message.replace("--fix", "fix");
    fixError.setAttribute("role", "alert");
  };
  let fixes: [string, string][] = [];
  try {
    fixes = parseFixes(state.fix);
    robustPlan({scenarios, names, draws: MIN_DRAWS, reps: 2, seed: state.seed, fixes});
  } catch (e) {
    showFixError(e);
    fixes = [];
  }
  // the parameters she can fix: those drawn, by their concrete keys in these options
  const columns = robustColumns(scenarios, []);
  let fixKey = columns[0]?.key ?? "";
  let fixValue = "";
  const tryFix = () => {
    const next = [...state.fix.filter((x) => !x.startsWith(fixKey + "=")), `${fixKey}=${fixValue}`];
    try {
      robustPlan({scenarios, names, draws: MIN_DRAWS, reps: 2, seed: state.seed, fixes: parseFixes(next)});
      ctx.set({fix: next, rstep: -1});
    } catch (e) {
      showFixError(e);
    }
  };
  const fixRow = h("div", {class: "gc-controls", role: "group", "aria-label": t("ui.robust.fixGroup", lang)},
    select(t("ui.robust.fixParam", lang), columns.map((c) => ({value: c.key, label: `${c.label[lang]} (${c.key})`})), fixKey, (v) => { fixKey = v; }, "fixKey"),
    textInput(t("ui.robust.fixValue", lang), "", {name: "fixValue", size: 8}, (v) => { fixValue = v; }),
    button(t("ui.robust.fixAdd", lang), tryFix, {name: "fixAdd"}));
  const fixList = state.fix.length ? h("ul", {class: "gc-small", "data-fixes": ""}, state.fix.map((x) => h("li", {}, x, " ",
    button(t("ui.robust.fixRemove", lang), () => ctx.set({fix: state.fix.filter((y) => y !== x), rstep: -1}))))) : null;
  const progress = h("progress", {max: 1, value: 0, "aria-label": t("ui.progress", lang)});
  const progressText = h("span", {});
  const stop = button(t("ui.compare.stop", lang), () => {
    ++runs.generation;
    runs.pool?.cancel();
    stop.disabled = true;
    progressText.textContent = t("ui.progress.stopped", lang, {done: Number(progress.value), total: Number(progress.max)});
    out.dataset.state = "stopped";
    ctx.set({robust: false}, false);
    start.disabled = false;
  }, {name: "robustStop"});
  stop.disabled = true;
  // starting the check changes only the link: the page is not drawn again (its charts would hold the thread)
  const start = button(t("ui.robust.run", lang, {runs: (state.rdraws + 1) * names.length * state.rreps}), () => {
    if (fixError.textContent) return;
    ctx.set({robust: true}, false);
    begin();
  }, {name: "robustRun"});
  const panel = h("section", {class: "gc-robust", "data-robust": ""},
    h("h2", {}, t("ui.robust.title", lang)),
    h("p", {}, t("ui.robust.intro", lang)),
    h("div", {class: "gc-controls", role: "group", "aria-label": t("ui.robust.settings", lang)},
      numberInput(t("ui.robust.draws", lang), state.rdraws, {min: MIN_DRAWS, max: Math.min(1000, MAX_DRAWS), step: 1, name: "rdraws"}, (x) => ctx.set({rdraws: Math.round(x), rstep: -1})),
      numberInput(t("ui.robust.reps", lang), state.rreps, {min: 2, max: 500, step: 1, name: "rreps"}, (x) => ctx.set({rreps: Math.round(x), rstep: -1}))),
    fixRow, fixError, fixList,
    h("div", {class: "gc-progress", role: "status"}, start, progress, progressText, stop),
    out);
  const key = runKey(scenarios, names, state);
  const cached = runs.cache.get(key);
  if (cached) {
    start.disabled = true;
    progress.value = 1;
    showOutcome(ctx, cached, out);
    out.dataset.state = "ready";
    onReady?.(cached);
    return panel;
  }
  const begin = () => {
    start.disabled = true;
    stop.disabled = false;
    out.dataset.state = "running";
    void run(ctx, scenarios, names, fixes, {progress, progressText, stop, out}).then((o) => {
      if (!o) return;
      runs.cache.set(key, o);
      while (runs.cache.size > 8) runs.cache.delete(runs.cache.keys().next().value as string);
      showOutcome(ctx, o, out);
      out.dataset.state = "ready";
      stop.disabled = true;
      onReady?.(o);
    }, (e: Error) => {
      if (e.message === "cancelled") return;
      out.dataset.state = "error";
      replace(out, h("p", {class: "gc-field-error", role: "alert"}, e.message));
    });
  };
  if (state.robust && !fixError.textContent) begin();
  return panel;
}

/** Every option on the given values and on each draw, in the pool; the draws judged a slice at a time; the regions in the worker. */
async function run(ctx: RobustContext, scenarios: readonly Scenario[], names: readonly string[], fixes: [string, string][], ui: {progress: HTMLProgressElement; progressText: HTMLElement; stop: HTMLButtonElement; out: HTMLElement}): Promise<RobustOutcome | null> {
  const {lang, state} = ctx;
  const my = ++runs.generation;
  // the draws' scenarios are made in the worker (each is every option with every drawn parameter set and checked)
  const planned = await ask({id: ++runs.job, type: "plan", setup: {scenarios, names, draws: state.rdraws, reps: state.rreps, seed: state.seed, fixes}});
  if (planned.type === "error") throw new Error(planned.message.replace("--robust", "draws").replace("--fix", "fix"));
  if (planned.type !== "plan" || my !== runs.generation) return null;
  const {plan, sets} = planned;
  const tasks = sets.flatMap((ss) => ss.map((scenario) => ({scenario, seed: plan.seed, reps: plan.reps})));
  runs.pool ??= new ReplicationPool();
  const rows: MeasureRow[][] = await runs.pool.runAll(tasks, (done, total) => {
    if (my !== runs.generation) return;
    ui.progress.max = total;
    ui.progress.value = done;
    ui.progressText.textContent = t("ui.progress.runs", lang, {done, total});
  }, plan.reps);
  if (my !== runs.generation) return null;
  ui.progressText.textContent = t("ui.robust.analysing", lang);
  const n = names.length;
  const draws: RobustDraw[] = [];
  for (let k = 0; k < plan.fractions.length; ++k) {
    draws.push(robustDraw(plan, k, rows.slice((k + 1) * n, (k + 2) * n), sets[k + 1]));
    if (k % 5 === 4) await nextFrame();
    if (my !== runs.generation) return null;
  }
  await nextFrame();
  const result = robustResult(plan, rows.slice(0, n), draws);
  const findings: RobustFinding[] = [];
  for (let o = 0; o + 1 < n; ++o) {
    const reply = await ask({id: ++runs.job, type: "analyse", result, option: o});
    if (reply.type === "error") throw new Error(reply.message);
    if (reply.type === "findings") findings.push(...reply.findings);
    if (my !== runs.generation) return null;
  }
  ui.progressText.textContent = t("ui.progress.done", lang, {n: tasks.length * plan.reps});
  return {result, findings};
}
