// "The best design for the money" on the Compare page: a design search
// (the `search` command's code) run in a Web Worker for a small lever set,
// bundled or loaded as a search file; its Pareto front of user gain against
// cost with the planner's options placed on it; any design on the front
// opens as an option in the comparison.

import type {ComparisonResult} from "../../sim/experiment/compare.ts";
import {designScenario, type DesignResult, type SearchResult} from "../../sim/experiment/search/designSearch.ts";
import {parseSearch, spaceSize, type SearchSpec} from "../../sim/experiment/search/searchFile.ts";
import {getParameter, type Scenario} from "../../sim/participation/scenario.ts";
import {searchFront, type FrontPoint} from "../../viz/searchFront.ts";
import rgLevers from "../../data/searches/rg-levers.json";
import {nearestPoint} from "./chartClick.ts";
import {figureBlock} from "./figure.ts";
import {t, type Lang} from "./i18n.ts";
import type {SearchJob, SearchReply} from "./searchWorker.ts";
import {button, fileInput, h, replace, select} from "./ui.ts";

/** The bundled search the page runs (its link asks for it by id). */
export const BUNDLED_SEARCHES: Record<string, unknown> = {"rg-levers": rgLevers};

export const SEARCH_SCHEMA_FIELDS = {
  search: {type: "enum", values: ["", ...Object.keys(BUNDLED_SEARCHES)], default: ""}
} as const;

// Finished searches by their file's text, and the running worker.
const runs = {worker: null as Worker | null, job: 0, cache: new Map<string, {spec: SearchSpec; result: SearchResult}>()};

/** The design's levers in words: "rg-guardian: arenas.rg.mode = decide, ..." (only levers its organisation has). */
export function designLabel(spec: SearchSpec, d: DesignResult): string {
  const s = spec.scenarios[spec.names.indexOf(d.scenario)];
  const set = spec.levers.map((l, i) => [l.key, d.levers[i]] as const).filter(([key]) => getParameter(s, key) !== undefined);
  return `${d.scenario}: ${set.map(([k, v]) => `${k.split(".").pop()} = ${String(v)}`).join(", ")}`;
}

/** The design as a scenario of its own, titled by its levers. */
export function designOption(spec: SearchSpec, d: DesignResult): Scenario {
  const k = spec.names.indexOf(d.scenario);
  const s = designScenario(spec, [k, ...spec.levers.map((l, i) => Math.max(0, l.values.indexOf(d.levers[i])))]);
  const label = designLabel(spec, d).slice(d.scenario.length + 2);
  return {...s, id: `${s.id}-design`, meta: {...s.meta, title: {en: `${s.meta.title.en} (${label})`, nb: `${s.meta.title.nb} (${label})`}}};
}

export interface SearchContext {
  lang: Lang;
  search: string;
  set(patch: {search: string}): void;
  error(title: string, detail: string): void;
  /** Adds a scenario to the comparison. */
  open(s: Scenario): void;
}

/** The panel, and place(result): puts the comparison's options on the chart once its runs are in. */
export function searchPanel(ctx: SearchContext): {element: HTMLElement; place(result: ComparisonResult): void} {
  const {lang} = ctx;
  const out = h("div", {class: "gc-search-out", "data-state": "idle"});
  const progress = h("progress", {max: 1, value: 0, "aria-label": t("ui.progress", lang)});
  const progressText = h("span", {});
  let placedFrom: ComparisonResult | null = null;
  let shown: {spec: SearchSpec; result: SearchResult} | null = null;
  const stop = button(t("ui.compare.stop", lang), () => {
    runs.worker?.terminate();
    runs.worker = null;
    ++runs.job;
    stop.disabled = true;
    out.dataset.state = "stopped";
    progressText.textContent = t("ui.search.stopped", lang);
  }, {name: "searchStop"});
  stop.disabled = true;
  const draw = () => {
    if (!shown) return;
    const {spec, result} = shown;
    const designs: FrontPoint[] = result.designs.map((d) => ({label: designLabel(spec, d), gain: d.gain.mean, cost: d.cost.mean, front: d.front}));
    const mean = (o: string, m: string) => placedFrom?.estimates.find((e) => e.option === o && e.measure === m)?.estimate.mean ?? NaN;
    const placed = placedFrom ? placedFrom.options.map((o) => ({label: o, gain: mean(o, spec.maximise), cost: mean(o, spec.minimise)})) : [];
    const front = result.designs.filter((d) => d.front);
    let chosen = 0;
    // a design on the front opens when its point is clicked
    const figure = searchFront(designs, {lang, width: 640, gain: spec.maximise, cost: spec.minimise, placed});
    figure.addEventListener("click", (e) => {
      const i = nearestPoint(figure, e as MouseEvent, front.map((d) => ({x: d.cost.mean, y: d.gain.mean})));
      if (i !== null) ctx.open(designOption(spec, front[i]));
    });
    (figure as HTMLElement).style.cursor = "pointer";
    replace(out,
      h("p", {"data-search-head": ""}, t("ui.search.head", lang, {id: spec.id, method: result.method, evaluated: result.evaluated, space: result.space, front: front.length, reps: spec.replications, seed: spec.seed})),
      figureBlock({name: "search-front", lang, heading: t("chart.searchFront.label", lang), figure,
        rows: result.designs.map((d) => ({scenario: d.scenario, ...Object.fromEntries(spec.levers.map((l, i) => [l.key, d.levers[i]])), gain: d.gain.mean, gainLo: d.gain.lo, gainHi: d.gain.hi, cost: d.cost.mean, costLo: d.cost.lo, costHi: d.cost.hi, front: d.front}))}),
      h("div", {class: "gc-controls"},
        select(t("ui.search.design", lang), front.map((d, i) => ({value: String(i), label: designLabel(spec, d)})), "0", (v) => { chosen = Number(v); }, "design"),
        button(t("ui.search.open", lang), () => ctx.open(designOption(spec, front[chosen])), {name: "openDesign"})));
    out.dataset.state = "ready";
  };
  const start = (raw: unknown) => {
    let spec: SearchSpec;
    try { spec = parseSearch(raw); } catch (e) { ctx.error(t("ui.search.bad", lang), (e as Error).message); return; }
    const key = JSON.stringify(raw);
    const hit = runs.cache.get(key);
    if (hit) { shown = hit; draw(); return; }
    runs.worker?.terminate();
    runs.worker = new Worker(new URL("./searchWorker.ts", import.meta.url), {type: "module"});
    const my = ++runs.job;
    out.dataset.state = "running";
    stop.disabled = false;
    progressText.textContent = t("ui.search.running", lang, {space: spaceSize(spec), reps: spec.replications});
    runs.worker.addEventListener("message", (e: MessageEvent<SearchReply>) => {
      const r = e.data;
      if (r.id !== my) return;
      if (r.type === "progress") { progress.max = Number.isFinite(r.total) ? r.total : spaceSize(spec); progress.value = r.done; return; }
      stop.disabled = true;
      if (r.type === "error") { out.dataset.state = "error"; ctx.error(t("ui.search.bad", lang), r.message); return; }
      progress.value = progress.max;
      progressText.textContent = "";
      shown = {spec, result: r.result};
      runs.cache.set(key, shown);
      draw();
    });
    runs.worker.postMessage({id: my, spec: raw} satisfies SearchJob);
  };
  const element = h("section", {class: "gc-search", "data-search": ""},
    h("h2", {}, t("ui.search.title", lang)),
    h("p", {}, t("ui.search.intro", lang)),
    h("div", {class: "gc-actions"},
      Object.keys(BUNDLED_SEARCHES).map((id) => button(t("ui.search.run", lang, {id}), () => ctx.set({search: id}), {name: "searchRun"})),
      fileInput(t("ui.search.load", lang), "application/json,.json", (text, file) => {
        try { start(JSON.parse(text)); } catch (e) { ctx.error(t("ui.error.file", lang, {file}), (e as Error).message); }
      })),
    h("div", {class: "gc-progress", role: "status"}, progress, progressText, stop),
    out);
  if (ctx.search && BUNDLED_SEARCHES[ctx.search]) start(BUNDLED_SEARCHES[ctx.search]);
  return {element, place(result) { placedFrom = result; draw(); }};
}
