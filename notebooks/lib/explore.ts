// The explore notebook (researchers): every parameter of a scenario as an
// input derived from the declarations (sim/participation/parameters.ts); one- and
// two-parameter sweeps with replications on common random numbers, run in
// Web Workers with a progress bar; line charts with 95% bands and heatmaps;
// export of every replication as CSV or Parquet.

import {summariseSweep, type SweepRow} from "../../sim/experiment/designs.ts";
import type {MeasureRow} from "../../sim/experiment/run.ts";
import {MEASURES} from "../../sim/participation/measures.ts";
import {paramByKey} from "../../sim/participation/parameters.ts";
import {getParameter, setParameter, type Scenario} from "../../sim/participation/scenario.ts";
import {measureLabel} from "../../viz/vocabulary.ts";
import {sweepHeatmap} from "../../viz/sweepHeatmap.ts";
import {sweepLine} from "../../viz/sweepLine.ts";
import {baseScenario} from "./compareData.ts";
import {compressSpec} from "./linkCodec.ts";
import {issueFrom} from "./urlState.ts";
import {csvText, figureBlock} from "./figure.ts";
import {t, type Lang} from "./i18n.ts";
import {LANG_FIELD, mountPage, type PageContext} from "./page.ts";
import {presetIds, presetNotes} from "./participationAdapter.ts";
import {paramLabelOf} from "./paramLabel.ts";
import {parquetBlob} from "./parquet.ts";
import {META_KEY, exportRows, type SweepMeta} from "./sweepResult.ts";
import {loadedSection, type Loaded, type SweepFigures} from "./loadedResult.ts";
import {importResult} from "./resultImport.ts";
import {ReplicationPool, defaultPoolSize} from "./pool.ts";
import {sweepCommand, sweepExperiment} from "./sweepExperiment.ts";
import {applyEdits, paramEntries, paramInputs, readScenarioFile, type Edit} from "./scenarioEdit.ts";
import {button, downloadButton, fileInput, filesPicker, h, numberInput, pageWidth, replace, saveBlob, select, textInput} from "./ui.ts";
import type {StateIssue} from "./urlState.ts";
import {inputErrorText} from "./inputErrorText.ts";
import {estimateWork, needsConfirm} from "../../sim/experiment/workEstimate.ts";
import {estimateText} from "./estimateText.ts";

export const MAX_RUNS = 40_000;
/** Sweeps up to this many runs start as soon as the design changes; larger ones wait for the Run button. */
export const AUTO_RUNS = 2_000;

export const EXPLORE_SCHEMA = {
  lang: LANG_FIELD,
  base: {type: "string", pattern: /^(~~?[\w-]+|[a-z0-9][a-z0-9_-]{0,60})$/, default: "rg-decide"},
  mode: {type: "enum", values: ["one", "two"], default: "one"},
  x: {type: "string", pattern: /^[\w.*-]{1,80}$/, default: "load.timePressure"},
  xFrom: {type: "number", min: -1e9, max: 1e9, default: 0.5},
  xTo: {type: "number", min: -1e9, max: 1e9, default: 3},
  xn: {type: "int", min: 2, max: 25, default: 6},
  y: {type: "string", pattern: /^[\w.*-]{1,80}$/, default: "power.crowding"},
  yFrom: {type: "number", min: -1e9, max: 1e9, default: 0},
  yTo: {type: "number", min: -1e9, max: 1e9, default: 1},
  yn: {type: "int", min: 2, max: 15, default: 4},
  measure: {type: "enum", values: MEASURES.map((m) => m.key), default: "influence"},
  reps: {type: "int", min: 2, max: 2000, default: 30},
  seed: {type: "string", pattern: /^[\w.-]{1,40}$/, default: "1"}
} as const;

type Ctx = PageContext<typeof EXPLORE_SCHEMA>;
type State = Ctx["state"];

let pool: ReplicationPool | null = null;
const cache = new Map<string, SweepRow[]>();
let generation = 0;
let paramsOpen = false;
// A result file loaded back and the choices on it (kept across redraws of the page until another is loaded).
let loaded: Loaded | null = null;
// The error of a failed load, taken down by the next successful one.
let loadError: HTMLElement | null = null;
// The sweep the user asked to run with the Run button (by its key), so that
// editing fields does not start large sweeps and a stopped one can be run again.
let runKey: string | null = null;

/** Evenly spaced values from `from` to `to` (n of them); integers rounded and made distinct. */
export function grid(from: number, to: number, n: number, integer: boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; ++i) {
    const x = n === 1 ? from : from + ((to - from) * i) / (n - 1);
    out.push(integer ? Math.round(x) : Math.round(x * 1e4) / 1e4);
  }
  return Array.from(new Set(out));
}

/** Keys of the parameters a sweep can vary: numbers over a grid, choices and switches over every value. */
export function sweepKeys(s: Scenario): string[] {
  return paramEntries(s).map((e) => e.key);
}

/** Whether a parameter is swept over its values (enum, boolean) rather than a numeric grid. */
export function categorical(key: string): boolean {
  const d = paramByKey(key);
  return d !== undefined && (d.type === "enum" || d.type === "boolean");
}

/** Every value a categorical parameter can take in this scenario (enum values and ids; false, true). */
export function categoricalValues(s: Scenario, key: string): string[] {
  const e = paramEntries(s).find((x) => x.key === key);
  if (!e) return [];
  return e.decl.type === "boolean" ? ["false", "true"] : (e.values ?? []).map(String);
}

function edits(extra: readonly [string, string][]): Edit[] {
  return extra.filter(([k]) => k.startsWith("p.")).map(([k, v]) => [k.slice(2), v]);
}

/** The base scenario with its edits, and the issues found. */
export function resolveBase(state: State, extra: readonly [string, string][]): {base: Scenario; scenario: Scenario; edits: Edit[]; issues: StateIssue[]} {
  const issues: StateIssue[] = [];
  let base: Scenario;
  try {
    base = baseScenario(state.base);
  } catch (e) {
    issues.push(issueFrom("base", state.base, e));
    base = baseScenario(EXPLORE_SCHEMA.base.default);
  }
  const applied = applyEdits(base, edits(extra), "p.");
  issues.push(...applied.issues);
  const kept = edits(extra).filter(([k]) => !applied.issues.some((x) => x.key === `p.${k}`));
  return {base, scenario: applied.scenario, edits: kept, issues};
}

function checkSweep(state: State, s: Scenario): StateIssue[] {
  const keys = sweepKeys(s);
  const issues: StateIssue[] = [];
  for (const k of state.mode === "two" ? (["x", "y"] as const) : (["x"] as const)) {
    if (!keys.includes(state[k])) issues.push({key: k, value: state[k], message: "not a parameter of this scenario"});
    else if (!categorical(state[k])) {
      const d = paramByKey(state[k])!;
      for (const end of [`${k}From`, `${k}To`] as const) {
        const v = state[end];
        if (v < (d.min ?? -Infinity) || v > (d.max ?? Infinity)) issues.push({key: end, value: String(v), message: `outside ${d.min}–${d.max}`});
      }
    }
  }
  if (state.mode === "two" && state.x === state.y) issues.push({key: "y", value: state.y, message: "the same parameter as x"});
  return issues;
}

type SweepPoint = {x: number | string; y?: number | string; scenario: Scenario};

/** The sweep's points: the scenario with x (and y) set. */
function sweepPoints(scenario: Scenario, xKey: string, xs: (number | string)[], yKey: string | null, ys: (number | string)[] | null): SweepPoint[] {
  const points: SweepPoint[] = [];
  for (const x of xs) {
    const sx = setParameter(scenario, xKey, x);
    if (yKey && ys) for (const y of ys) points.push({x, y, scenario: setParameter(sx, yKey, y)});
    else points.push({x, scenario: sx});
  }
  return points;
}

/** Runs the sweep's points in the worker pool; rows as sim/experiment/designs.ts sweep1/sweep2 give them. */
async function runSweep(points: SweepPoint[], reps: number, seed: string, onProgress: (done: number, total: number) => void): Promise<SweepRow[]> {
  pool ??= new ReplicationPool();
  const rows = await pool.runAll(points.map((p) => ({scenario: p.scenario, seed, reps})), onProgress);
  return points.flatMap((p, i) => rows[i].map((r: MeasureRow) => (p.y === undefined ? {...r, x: p.x} : {...r, x: p.x, y: p.y}) as SweepRow));
}

const labelOf = paramLabelOf;

function summaryRows(points: ReturnType<typeof summariseSweep>, xKey: string, yKey: string | null) {
  return points.map((p) => ({[xKey]: p.x, ...(p.y === undefined || !yKey ? {} : {[yKey]: p.y}), measure: p.measure, ...p.estimate}));
}

/** The charts of a sweep's rows: a heatmap when two parameters vary, and the line (or dots) along the first (labels of parameters and of the measure as given). */
function sweepFigures(points: ReturnType<typeof summariseSweep>, xKey: string, yKey: string | null, measure: string, label: (key: string) => string, measureText: string, lang: Lang, width: number, name: string): HTMLElement[] {
  const xLabel = label(xKey), yLabel = yKey ? label(yKey) : "";
  const vizRows = points.map((p) => ({x: p.x as number | string, ...(p.y === undefined ? {} : {y: p.y as number | string, option: `${yLabel} = ${p.y}`}), measure: p.measure, estimate: p.estimate}));
  const figures: HTMLElement[] = [];
  if (yKey) {
    figures.push(figureBlock({name: `${name}-heatmap`, lang, heading: t("chart.sweepHeatmap.label", lang, {measure: measureText}),
      figure: sweepHeatmap(vizRows.map(({option: _o, ...r}) => r), {lang, width, measure, xParameter: xLabel, yParameter: yLabel}), rows: summaryRows(points, xKey, yKey)}));
  }
  figures.push(figureBlock({name: `${name}-line`, lang, heading: t("chart.sweepLine.label", lang, {x: xLabel, measure: measureText}),
    figure: sweepLine(vizRows, {lang, width, measure, parameter: xLabel}), rows: summaryRows(points, xKey, yKey)}));
  return figures;
}

export function explorePage(search?: string): HTMLElement {
  return mountPage({
    name: "explore",
    schema: EXPLORE_SCHEMA,
    prefixes: ["p"],
    search,
    validate(state, extra) {
      const r = resolveBase(state, extra);
      return [...r.issues, ...checkSweep(state, r.scenario)];
    },
    render(ctx, body) {
      const {lang} = ctx;
      let state = ctx.state;
      const {base, scenario, edits: kept} = resolveBase(state, ctx.extra);
      const keys = sweepKeys(scenario);
      // fall back to usable sweep parameters (the problems were reported already)
      const range = (k: string) => ({from: paramByKey(k)?.min ?? 0, to: paramByKey(k)?.max ?? 1});
      if (!keys.includes(state.x)) state = {...state, x: keys[0], xFrom: range(keys[0]).from, xTo: range(keys[0]).to};
      // (the first key is "horizon", a number, so the fallbacks always have ranges)
      if (!keys.includes(state.y) || state.y === state.x) {
        const y = keys.find((k) => k !== state.x)!;
        state = {...state, y, yFrom: range(y).from, yTo: range(y).to};
      }
      const setEdits = (next: Edit[]) => ctx.set({}, {extra: next.map(([k, v]) => [`p.${k}`, v] as [string, string])});
      const paramOptions = keys.map((k) => ({value: k, label: labelOf(k, scenario, lang)}));
      const pickParam = (axis: "x" | "y") => (key: string) => {
        if (categorical(key)) return ctx.set(axis === "x" ? {x: key} : {y: key});
        const d = paramByKey(key)!;
        const current = Number(getParameter(scenario, key));
        const lo = d.min ?? 0, hi = d.max ?? Math.max(1, current * 2);
        // a sensible default range: the declared range, narrowed around the current value when it is wide
        const wide = (hi - lo) > 50;
        const from = wide ? Math.max(lo, Math.round(current / 4)) : lo;
        const to = wide ? Math.min(hi, Math.max(from + 1, current * 4)) : hi;
        ctx.set(axis === "x" ? {x: key, xFrom: from, xTo: to} : {y: key, yFrom: from, yTo: to});
      };
      const axisControls = (axis: "x" | "y") => {
        const key = state[axis];
        const d = paramByKey(key)!;
        const head = select(t("ui.explore.parameter", lang), paramOptions, key, pickParam(axis), `sweep-${axis}`);
        if (categorical(key)) {
          return h("fieldset", {}, h("legend", {}, t(`ui.explore.axis.${axis}`, lang)), head,
            h("span", {class: "gc-small", "data-values": axis}, t("ui.explore.allValues", lang, {values: categoricalValues(scenario, key).join(", ")})));
        }
        return h("fieldset", {}, h("legend", {}, t(`ui.explore.axis.${axis}`, lang)),
          head,
          numberInput(t("ui.explore.from", lang), state[`${axis}From`], {min: d.min, max: d.max, step: d.step ?? "any", name: `${axis}From`}, (v) => ctx.set({[`${axis}From`]: v} as Partial<State>)),
          numberInput(t("ui.explore.to", lang), state[`${axis}To`], {min: d.min, max: d.max, step: d.step ?? "any", name: `${axis}To`}, (v) => ctx.set({[`${axis}To`]: v} as Partial<State>)),
          numberInput(t("ui.explore.points", lang), state[`${axis}n`], {min: 2, max: axis === "x" ? 25 : 15, step: 1, name: `${axis}n`}, (v) => ctx.set({[`${axis}n`]: Math.round(v)} as Partial<State>)));
      };

      const presetChoices = presetIds().map((id) => ({value: id, label: presetNotes(id, lang).title}));
      if (state.base.startsWith("~")) presetChoices.unshift({value: state.base, label: `${t("ui.compare.fromFile", lang)}: ${base.meta.title[lang]}`});
      const scenarioRow = h("div", {class: "gc-controls", role: "group", "aria-label": t("ui.explore.scenario", lang)},
        select(t("ui.explore.base", lang), presetChoices, state.base, (v) => ctx.set({base: v}, {extra: []}), "base"),
        fileInput(t("ui.compare.load", lang), "application/json,.json", (text, file) => {
          try {
            const s = readScenarioFile(text);
            // the link carries the file compressed
            compressSpec(s).then((base) => ctx.set({base}, {extra: []}), (e) => ctx.error(t("ui.error.file", lang, {file}), inputErrorText(e, lang)));
          } catch (e) {
            ctx.error(t("ui.error.file", lang, {file}), inputErrorText(e, lang));
          }
        }),
        downloadButton(t("ui.compare.save", lang), `${scenario.id}${kept.length ? "-edited" : ""}.json`, () => new Blob([JSON.stringify(scenario, null, 2) + "\n"], {type: "application/json"})),
        kept.length ? button(t("ui.compare.resetEdits", lang), () => setEdits([])) : null);

      const params = h("details", {class: "gc-editor gc-all-params", open: paramsOpen},
        h("summary", {}, t("ui.explore.params", lang, {n: paramEntries(scenario).length, edited: kept.length})));
      params.addEventListener("toggle", () => { paramsOpen = params.open; });
      params.append(paramInputs(scenario, lang, (key, raw) => {
        const same = String(getParameter(base, key)) === raw;
        setEdits([...kept.filter(([k]) => k !== key), ...(same ? [] : [[key, raw] as Edit])]);
      }, new Set(kept.map(([k]) => k))));

      const design = h("div", {class: "gc-controls", role: "group", "aria-label": t("ui.explore.design", lang)},
        select(t("ui.explore.mode", lang), [{value: "one", label: t("ui.explore.mode.one", lang)}, {value: "two", label: t("ui.explore.mode.two", lang)}], state.mode, (v) => ctx.set({mode: v}), "mode"),
        axisControls("x"),
        state.mode === "two" ? axisControls("y") : null,
        select(t("ui.measure", lang), MEASURES.map((m) => ({value: m.key, label: measureLabel(m.key, lang)})), state.measure, (v) => ctx.set({measure: v}), "measure"),
        numberInput(t("ui.reps", lang), state.reps, {min: 2, max: 2000, step: 1, name: "reps"}, (v) => ctx.set({reps: Math.round(v)})),
        textInput(t("ui.seed", lang), state.seed, {name: "seed", pattern: "[\\w.\\-]{1,40}"}, (v) => ctx.set({seed: v})));

      const progress = h("progress", {max: 1, value: 0, "aria-label": t("ui.progress", lang)});
      const progressText = h("span", {});
      const runRow = h("span", {class: "gc-run"});
      const stop = button(t("ui.stop", lang), () => {
        pool?.terminate(); pool = null; ++generation; runKey = null;
        progressText.textContent = t("ui.stopped", lang); results.dataset.state = "stopped"; stop.disabled = true;
        replace(runRow, runButton(t("ui.explore.runAgain", lang)));
      }, {name: "stop"});
      // Set when the design is known (below); the button runs that sweep.
      let requestRun = () => {};
      const runButton = (label: string) => button(label, () => requestRun(), {name: "run"});
      const results = h("div", {class: "gc-results", "data-state": "running", "aria-busy": "true"});
      const loadedBox = h("div", {class: "gc-loaded-box"});
      const loadedSweep = (l: Loaded): SweepFigures => (m, label, measureText) => {
        const [xKey, yKey] = l.result.parameters;
        return sweepFigures(l.result.points[m], xKey, yKey ?? null, m, label, measureText, lang, pageWidth(), `loaded-${m.replace(/\W+/g, "-")}`);
      };
      const showLoaded = (): void => replace(loadedBox, loaded ? loadedSection(loaded, state.measure, lang, pageWidth(), loadedSweep(loaded), {
        redraw: showLoaded,
        close: () => { loaded = null; showLoaded(); },
        error: (message) => { ctx.error(t("ui.error.run", lang), message); }
      }) : null);
      // A CSV from `sweep` comes with its folder's experiment.json (chosen together); Parquet carries its design.
      const loadResult = filesPicker(t("ui.explore.loadResult", lang), ".csv,.parquet,.json,text/csv,application/vnd.apache.parquet,application/json", async (files) => {
        try {
          const {file, result} = await importResult(files);
          loaded = {file, result, direction: "above"};
          loadError?.remove();
          loadError = null;
          showLoaded();
        } catch (e) {
          loadError?.remove();
          loadError = ctx.error(t("ui.error.file", lang, {file: files.map((f) => f.name).join(", ")}), inputErrorText(e, lang));
        }
      }, "load-result");

      body.append(
        h("h1", {}, t("ui.explore.title", lang)),
        h("p", {}, t("ui.explore.intro", lang)),
        scenarioRow,
        h("p", {class: "gc-small"}, scenario.meta.description[lang]),
        params,
        h("h2", {}, t("ui.explore.sweep", lang)),
        design,
        h("div", {class: "gc-progress", role: "status"}, progress, progressText, stop, runRow),
        results,
        h("h2", {}, t("ui.explore.loadTitle", lang)),
        loadResult,
        loadedBox);
      showLoaded();

      const xd = paramByKey(state.x)!, yd = paramByKey(state.y)!;
      const values = (key: string, from: number, to: number, n: number, integer: boolean): (number | string)[] =>
        categorical(key) ? categoricalValues(scenario, key) : grid(from, to, n, integer);
      const xs = values(state.x, state.xFrom, state.xTo, state.xn, xd.type === "integer");
      const ys = state.mode === "two" ? values(state.y, state.yFrom, state.yTo, state.yn, yd.type === "integer") : null;
      const total = xs.length * (ys?.length ?? 1) * state.reps;
      if (total > MAX_RUNS) {
        ctx.error(t("ui.explore.tooMany", lang, {n: total, max: MAX_RUNS}));
        results.dataset.state = "error";
        const experiment = sweepExperiment({baseId: state.base, base, scenario, edited: kept.map(([k]) => k), reps: state.reps, seed: state.seed,
          parameters: [{key: state.x, values: xs}, ...(ys ? [{key: state.y, values: ys}] : [])]});
        const file = `${experiment.id}.json`;
        replace(results, h("div", {class: "gc-command", "data-command": ""},
          h("p", {}, t("ui.explore.tooManyCommand", lang)),
          h("pre", {}, h("code", {}, sweepCommand(file, `runs/${experiment.id}`))),
          downloadButton(t("ui.explore.tooManyFile", lang, {file}), file, () => new Blob([JSON.stringify(experiment, null, 2) + "\n"], {type: "application/json"}))));
        return;
      }
      const key = JSON.stringify([scenario, state.x, xs, ys ? state.y : null, ys, state.reps, state.seed]);
      const my = ++generation;
      const width = pageWidth();
      const draw = (rows: SweepRow[]) => {
        if (my !== generation) return;
        const name = `explore-${state.measure.replace(/\W+/g, "-")}-by-${state.x.replace(/\W+/g, "-")}${ys ? "-and-" + state.y.replace(/\W+/g, "-") : ""}`;
        const yKey = ys ? state.y : null;
        const meta: SweepMeta = {
          format: "garbage-can-lab sweep", version: 1, base: state.base, edits: kept, scenario,
          design: {parameters: [{key: state.x, values: xs}, ...(ys ? [{key: state.y, values: ys}] : [])], reps: state.reps, seed: state.seed, seeds: "replication r of every point uses seed <seed>/<r> (common random numbers)"}
        };
        const tidy = () => exportRows(rows, state.x, yKey);
        replace(results,
          h("p", {class: "gc-small"}, t("ui.explore.method", lang, {reps: state.reps, seed: state.seed, points: xs.length * (ys?.length ?? 1)})),
          sweepFigures(summariseSweep(rows, state.measure), state.x, yKey, state.measure, (k) => labelOf(k, scenario, lang), measureLabel(state.measure, lang), lang, width, name),
          h("div", {class: "gc-actions"},
            button(t("ui.explore.csv", lang), () => saveBlob(new Blob([csvText(tidy())], {type: "text/csv"}), `${name}-replications.csv`), {name: "csv"}),
            button(t("ui.explore.designJson", lang), () => saveBlob(new Blob([JSON.stringify(meta, null, 2) + "\n"], {type: "application/json"}), `${name}-replications.json`), {name: "design"}),
            button(t("ui.explore.parquet", lang), () => saveBlob(parquetBlob(tidy(), {[META_KEY]: JSON.stringify(meta)}), `${name}-replications.parquet`), {name: "parquet"})));
        results.dataset.state = "ready";
        results.setAttribute("aria-busy", "false");
        progress.max = 1;
        progress.value = 1;
        progressText.textContent = t("ui.progress.done", lang, {n: total});
        stop.disabled = true;
      };
      const cached = cache.get(key);
      if (cached) {
        draw(cached);
        return;
      }
      requestRun = () => { runKey = key; ctx.set({}); };
      const points = sweepPoints(scenario, state.x, xs, ys ? state.y : null, ys);
      const estimate = estimateWork(points.map((p) => p.scenario), state.reps, pool?.size ?? defaultPoolSize());
      if ((total > AUTO_RUNS || needsConfirm(estimate)) && runKey !== key) {
        // a large or heavy sweep waits for an explicit Run, with its estimated work on view
        results.dataset.state = "waiting";
        results.setAttribute("aria-busy", "false");
        stop.disabled = true;
        progressText.textContent = (total > AUTO_RUNS ? t("ui.explore.waiting", lang, {n: total, max: AUTO_RUNS}) + " " : "") + estimateText(estimate, lang);
        progressText.dataset.estimate = String(Math.round(estimate.seconds));
        replace(runRow, runButton(t("ui.explore.run", lang, {n: total})));
        return;
      }
      runSweep(points, state.reps, state.seed, (done, all) => {
        if (my !== generation) return;
        progress.max = all;
        progress.value = done;
        progressText.textContent = t("ui.progress.runs", lang, {done, total: all});
      }).then((rows) => {
        cache.set(key, rows);
        while (cache.size > 16) cache.delete(cache.keys().next().value as string);
        draw(rows);
      }, (e: Error) => {
        if (e.message === "cancelled" || my !== generation) return;
        ctx.error(t("ui.error.run", lang), e.message);
        results.dataset.state = "error";
      });
    }
  });
}
