// The compare notebook (planners): two to four organisational options, each a
// preset or an edited copy or a scenario file, run on common random numbers
// in Web Workers; side by side the ladder distribution, counterfactual
// influence, time to decision, staff energy and their differences from the
// first option with 95% confidence intervals; a written verdict; downloads of
// every chart (SVG) and its data (CSV); print-friendly.

import type {ComparisonResult} from "../../sim/experiment/compare.ts";
import type {MeasureRow} from "../../sim/experiment/run.ts";
import {MEASURES} from "../../sim/participation/measures.ts";
import {getParameter, type Scenario} from "../../sim/participation/scenario.ts";
import {differenceDots} from "../../viz/differenceDots.ts";
import {estimateDots} from "../../viz/estimateDots.ts";
import {measureLabel} from "../../viz/vocabulary.ts";
import {conditionsBars} from "../../viz/conditionsBars.ts";
import {ladderBars} from "../../viz/ladderBars.ts";
import {organisationText} from "../../viz/organisation.ts";
import {roundRows} from "../../viz/rounding.ts";
import {perceivedGap} from "../../viz/perceivedGap.ts";
import {stylesBars} from "../../viz/stylesBars.ts";
import {compressSpec} from "./linkCodec.ts";
import {MAX_OPTIONS, OPTION_PREFIXES, compare, inlineSpec, ladderRows, optionNames, resolveOptions, toExtra, type OptionSpec, type ResolvedOption} from "./compareData.ts";
import {csvText, figureBlock} from "./figure.ts";
import {t, type Lang} from "./i18n.ts";
import {LANG_FIELD, mountPage, type PageContext} from "./page.ts";
import {presetIds, presetNotes} from "./participationAdapter.ts";
import {ReplicationPool, defaultPoolSize} from "./pool.ts";
import {estimateWork, needsConfirm} from "../../sim/experiment/workEstimate.ts";
import {estimateText} from "./estimateText.ts";
import {paramInputs, readScenarioFile} from "./scenarioEdit.ts";
import {costEffectBlock, verdictBlock} from "./verdictBlock.ts";
import {editsSummary} from "./paramLabel.ts";
import {button, downloadButton, fileInput, h, numberInput, pageWidth, replace, saveBlob, select, textInput} from "./ui.ts";
import {inputErrorText} from "./inputErrorText.ts";

export const DEFAULT_OPTIONS = ["transfer-written", "transfer-visit", "team", "rg-decide"];
export const KEY_MEASURES = ["influence", "timeToDecision", "staffEnergy"] as const;

export const COMPARE_SCHEMA = {
  lang: LANG_FIELD,
  opt: {type: "list", minItems: 1, maxItems: MAX_OPTIONS, default: DEFAULT_OPTIONS},
  reps: {type: "int", min: 2, max: 5000, default: 200},
  seed: {type: "string", pattern: /^[\w.-]{1,40}$/, default: "1"},
  measure: {type: "enum", values: MEASURES.map((m) => m.key), default: "preferenceRealised"}
} as const;

type Ctx = PageContext<typeof COMPARE_SCHEMA>;

let pool: ReplicationPool | null = null;
const cache = new Map<string, MeasureRow[]>();
let generation = 0;
let openEditor = -1;
// The heavy work the reader confirmed (its tasks' keys), so a redraw does not ask again.
let confirmedWork: string | null = null;

function cacheKey(s: Scenario, seed: string, reps: number): string {
  return JSON.stringify([seed, reps, s]);
}

function estimateTable(result: ComparisonResult, measure: string) {
  return result.estimates.filter((e) => e.measure === measure).map(({option, estimate: {mean, lo, hi, sd, n, missing}}) => ({option, measure, mean, lo, hi, sd, n, missing}));
}

function differenceTable(result: ComparisonResult, measure: string) {
  return result.differences.filter((d) => d.measure === measure).map(({a, b, estimate: {mean, lo, hi, sd, n, missing}}) => ({option: b, reference: a, measure, mean, lo, hi, sd, n, missing}));
}

function slug(s: string): string {
  return s.replace(/[^\w]+/g, "-").replace(/^-|-$/g, "");
}

/** The figures for a finished comparison. */
export function compareFigures(result: ComparisonResult, measures: readonly string[], lang: Lang, width: number): HTMLElement {
  const half = Math.max(320, Math.floor((width - 24) / 2));
  const ladder = ladderRows(result);
  const out = h("div", {class: "gc-results-figures"},
    figureBlock({round: true,
      name: "compare-ladder", lang, heading: t("chart.ladderBars.label", lang),
      figure: ladderBars(ladder, {lang, width, height: 60 + 44 * ladder.length}),
      rows: ladder.map((r) => ({option: r.option, ...r.ladder}))
    }),
    costEffectBlock(result, lang, width));
  const mean = (option: string, m: string) => {
    const x = result.estimates.find((e) => e.option === option && e.measure === m)?.estimate.mean;
    return Number.isFinite(x) ? (x as number) : 0;
  };
  const styles = result.options.map((option) => ({option, styles: {resolution: mean(option, "styles.resolution"), flight: mean(option, "styles.flight"), oversight: mean(option, "styles.oversight")}}));
  const conditions = result.options.map((option) => ({option, conditions: {formulated: mean(option, "conditions.formulated"), alternatives: mean(option, "conditions.alternatives"), consequences: mean(option, "conditions.consequences"), routine: mean(option, "conditions.routine")}}));
  const perceived = ladder.map((r) => ({option: r.option, perceived: Math.min(1, Math.max(0, mean(r.option, "perceived"))), ladder: r.ladder}));
  const extra = h("div", {class: "gc-grid"},
    figureBlock({round: true, name: "compare-perceived-gap", lang, heading: t("chart.perceivedGap.label", lang), figure: perceivedGap(perceived, {lang, width: half}), rows: perceived.map((r) => ({option: r.option, perceived: r.perceived, ...r.ladder}))}),
    figureBlock({round: true, name: "compare-conditions", lang, heading: t("chart.conditionsBars.label", lang), figure: conditionsBars(conditions, {lang, width: half}), rows: conditions.map((r) => ({option: r.option, ...r.conditions}))}),
    styles.some((r) => r.styles.resolution + r.styles.flight + r.styles.oversight > 0)
      ? figureBlock({round: true, name: "compare-styles", lang, heading: t("chart.stylesBars.label", lang), figure: stylesBars(styles, {lang, width: half}), rows: styles.map((r) => ({option: r.option, ...r.styles}))})
      : null);
  for (const m of measures) {
    const label = measureLabel(m, lang);
    const est = result.estimates.filter((e) => e.measure === m);
    const dif = result.differences.filter((d) => d.measure === m);
    out.append(h("section", {class: "gc-measure", "data-measure": m},
      h("h3", {}, label),
      h("div", {class: "gc-grid"},
        figureBlock({round: true, name: `compare-${slug(m)}-estimates`, lang, figure: estimateDots(est, {lang, width: half, measure: m}), rows: estimateTable(result, m)}),
        dif.length ? figureBlock({round: true, name: `compare-${slug(m)}-differences`, lang, figure: differenceDots(dif, {lang, width: half, measure: m}), rows: differenceTable(result, m)}) : null)));
  }
  out.append(h("h3", {}, t("ui.compare.more", lang)), extra);
  return out;
}

function optionCard(ctx: Ctx, options: ResolvedOption[], i: number, names: string[]): HTMLElement {
  const lang = ctx.lang;
  const o = options[i];
  const specs = (): OptionSpec[] => options.map(({spec, edits}) => ({spec, edits}));
  const commit = (next: OptionSpec[]) => ctx.set({opt: next.map((x) => x.spec)}, {extra: toExtra(next)});
  const presetChoices = presetIds().map((id) => ({value: id, label: presetNotes(id, lang).title}));
  if (o.spec.startsWith("~")) presetChoices.unshift({value: o.spec, label: `${t("ui.compare.fromFile", lang)}: ${o.base.meta.title[lang]}`});
  const editor = h("details", {class: "gc-editor", open: openEditor === i},
    h("summary", {}, t("ui.compare.edit", lang, {n: o.edits.length})));
  editor.addEventListener("toggle", () => {
    if (editor.open) {
      openEditor = i;
      if (editor.childElementCount === 1) editor.append(paramInputs(o.scenario, lang, (key, raw) => {
        const next = specs();
        const same = String(getParameter(o.base, key)) === raw;
        next[i] = {spec: o.spec, edits: [...o.edits.filter(([k]) => k !== key), ...(same ? [] : [[key, raw] as [string, string]])]};
        commit(next);
      }, new Set(o.edits.map(([k]) => k))));
    } else if (openEditor === i) openEditor = -1;
  });
  if (openEditor === i) editor.dispatchEvent(new Event("toggle"));
  // an edited option opens in the classroom as a compressed copy (the plain link serves until it is made)
  const watchHref = (model: string) => `./classroom.html?${new URLSearchParams({model, seed: ctx.state.seed, ...(lang === "nb" ? {lang} : {})})}`;
  const watch = h("a", {href: watchHref(o.edits.length ? inlineSpec(o.scenario) : o.spec), class: "gc-watch"}, t("ui.compare.watch", lang));
  if (o.edits.length) compressSpec(o.scenario).then((spec) => watch.setAttribute("href", watchHref(spec)), () => undefined);
  return h("section", {class: "gc-card gc-option", "data-option": i + 1, "aria-label": t("ui.compare.option", lang, {n: i + 1})},
    h("h3", {}, i === 0 ? t("ui.compare.reference", lang, {n: i + 1}) : t("ui.compare.option", lang, {n: i + 1})),
    select(t("ui.compare.organisation", lang), presetChoices, o.spec, (v) => {
      const next = specs();
      next[i] = {spec: v, edits: []};
      commit(next);
    }, `opt${i + 1}`),
    h("p", {class: "gc-small"}, names[i]),
    // the organisation in words: arenas, who attends, advocate and its kind, channel
    h("ul", {class: "gc-small gc-organisation", "data-organisation": ""}, organisationText(o.scenario, lang).map((line) => h("li", {}, line))),
    o.edits.length ? h("p", {class: "gc-small gc-print-only", "data-edits": ""}, t("ui.compare.editedList", lang, {list: editsSummary(o.base, o.edits, lang)})) : null,
    editor,
    h("p", {}, watch),
    h("div", {class: "gc-actions"},
      o.edits.length ? button(t("ui.compare.resetEdits", lang), () => { const next = specs(); next[i] = {spec: o.spec, edits: []}; commit(next); }) : null,
      downloadButton(t("ui.compare.save", lang), `${o.scenario.id}${o.edits.length ? "-edited" : ""}.json`, () => new Blob([JSON.stringify(o.scenario, null, 2) + "\n"], {type: "application/json"})),
      options.length > 2 ? button(t("ui.compare.remove", lang), () => { const next = specs(); next.splice(i, 1); openEditor = -1; commit(next); }) : null));
}

export function comparePage(search?: string): HTMLElement {
  return mountPage({
    name: "compare",
    schema: COMPARE_SCHEMA,
    prefixes: OPTION_PREFIXES,
    search,
    validate(state, extra) {
      return resolveOptions(state.opt, extra).issues;
    },
    render(ctx, body) {
      const {lang, state} = ctx;
      let {options} = resolveOptions(state.opt, ctx.extra);
      if (options.length < 2) options = resolveOptions(DEFAULT_OPTIONS, []).options;
      const names = optionNames(options, lang, t("ui.compare.edited", lang));
      const width = pageWidth();
      const specs = (): OptionSpec[] => options.map(({spec, edits}) => ({spec, edits}));

      const addRow = h("div", {class: "gc-actions"},
        options.length < MAX_OPTIONS ? button(t("ui.compare.add", lang), () => {
          const next = specs();
          next.push({spec: presetIds().find((id) => !state.opt.includes(id)) ?? presetIds()[0], edits: []});
          ctx.set({opt: next.map((x) => x.spec)}, {extra: toExtra(next)});
        }, {name: "add"}) : null,
        fileInput(t("ui.compare.load", lang), "application/json,.json", (text, file) => {
          try {
            const s = readScenarioFile(text);
            // the link carries the file compressed
            compressSpec(s).then((spec) => {
              const next = specs();
              if (next.length >= MAX_OPTIONS) next.pop();
              next.push({spec, edits: []});
              ctx.set({opt: next.map((x) => x.spec)}, {extra: toExtra(next)});
            }, (e) => ctx.error(t("ui.error.file", lang, {file}), inputErrorText(e, lang)));
          } catch (e) {
            ctx.error(t("ui.error.file", lang, {file}), inputErrorText(e, lang));
          }
        }));

      const settings = h("div", {class: "gc-controls", role: "group", "aria-label": t("ui.compare.settings", lang)},
        numberInput(t("ui.reps", lang), state.reps, {min: 2, max: 5000, step: 1, name: "reps"}, (x) => ctx.set({reps: Math.round(x)})),
        textInput(t("ui.seed", lang), state.seed, {name: "seed", pattern: "[\\w.\\-]{1,40}"}, (v) => ctx.set({seed: v})),
        select(t("ui.compare.extraMeasure", lang), MEASURES.map((m) => ({value: m.key, label: measureLabel(m.key, lang)})), state.measure, (v) => ctx.set({measure: v}), "measure"));

      const progress = h("progress", {max: 1, value: 0, "aria-label": t("ui.progress", lang)});
      const progressText = h("span", {});
      // Stop cancels the running batch (queued chunks dropped, busy workers ended);
      // after a stop the same button runs the comparison again.
      let running = false, done = 0, total = 0;
      const stop = button(t("ui.compare.stop", lang), () => {
        if (!running) return ctx.set({});
        running = false;
        ++generation;
        pool?.cancel();
        stop.textContent = t("ui.compare.rerun", lang);
        progressText.textContent = t("ui.progress.stopped", lang, {done, total});
        results.dataset.state = "stopped";
        results.setAttribute("aria-busy", "false");
      }, {name: "stop"});
      stop.disabled = true;
      const progressRow = h("div", {class: "gc-progress", role: "status"}, progress, progressText, stop);
      const results = h("div", {class: "gc-results", "data-state": "running", "aria-busy": "true"});
      // The verdict sits under the introduction, so a planner sees it first (also at 1024 px).
      const verdictBox = h("div", {class: "gc-verdict-box", "aria-live": "polite"});

      body.append(
        h("h1", {}, t("ui.compare.title", lang)),
        h("p", {}, t("ui.compare.intro", lang)),
        verdictBox,
        h("h2", {}, t("ui.compare.options", lang)),
        h("div", {class: "gc-cards"}, options.map((_, i) => optionCard(ctx, options, i, names))),
        addRow,
        settings,
        progressRow,
        results
      );

      const my = ++generation;
      const tasks = options.map((o) => ({scenario: o.scenario, seed: state.seed, reps: state.reps, key: cacheKey(o.scenario, state.seed, state.reps)}));
      const missing = tasks.filter((x) => !cache.has(x.key));
      const draw = () => {
        if (my !== generation) return;
        const rows = tasks.map((x) => cache.get(x.key)!);
        const result = compare(names, rows);
        const measures = [...KEY_MEASURES, ...(KEY_MEASURES.includes(state.measure as (typeof KEY_MEASURES)[number]) ? [] : [state.measure])];
        const all = rows.flatMap((rs, i) => rs.map((r) => ({option: names[i], ...r})));
        replace(verdictBox, verdictBlock(result, lang, t("ui.compare.method", lang, {reps: state.reps, seed: state.seed, reference: names[0]}), {reps: state.reps, seed: state.seed}));
        replace(results,
          options.every((o) => !o.edits.length && !o.spec.startsWith("~"))
            ? h("p", {class: "gc-small"}, t("ui.compare.cli", lang), " ", h("code", {class: "gc-cli"}, `npx tsx sim/cli.ts compare ${options.map((o) => o.spec).join(" ")} --reps ${state.reps} --seed ${state.seed}`))
            : null,
          h("h2", {}, t("ui.compare.results", lang)),
          compareFigures(result, measures, lang, width),
          h("div", {class: "gc-actions"},
            button(t("ui.compare.allRows", lang), () => saveBlob(new Blob([csvText(roundRows(all))], {type: "text/csv"}), "compare-replications.csv")),
            button(t("ui.compare.allRowsJson", lang), () => saveBlob(new Blob([JSON.stringify(all) + "\n"], {type: "application/json"}), "compare-replications.json")),
            button(t("ui.print", lang), () => print())));
        results.dataset.state = "ready";
        results.setAttribute("aria-busy", "false");
        running = false;
        stop.disabled = true;
        progress.value = 1;
        progressText.textContent = t("ui.progress.done", lang, {n: tasks.length * state.reps});
        body.dispatchEvent(new CustomEvent("gc-ready", {bubbles: true}));
      };
      if (missing.length === 0) {
        draw();
        return;
      }
      // a heavy comparison (a link to a large scenario) shows its estimated work and waits for a confirm
      const estimate = estimateWork(missing.map((x) => x.scenario), state.reps, pool?.size ?? defaultPoolSize());
      const workKey = JSON.stringify(missing.map((x) => x.key));
      if (needsConfirm(estimate) && confirmedWork !== workKey) {
        results.dataset.state = "waiting";
        results.setAttribute("aria-busy", "false");
        progressText.textContent = estimateText(estimate, lang);
        progressText.dataset.estimate = String(Math.round(estimate.seconds));
        replace(results, button(t("ui.estimate.start", lang, {runs: estimate.runs}), () => { confirmedWork = workKey; ctx.set({}); }, {name: "start"}));
        return;
      }
      pool ??= new ReplicationPool();
      running = true;
      stop.disabled = false;
      pool.runAll(missing, (d, n) => {
        if (my !== generation) return;
        done = d;
        total = n;
        progress.max = total;
        progress.value = done;
        progressText.textContent = t("ui.progress.runs", lang, {done, total});
      }).then((rowsList) => {
        missing.forEach((x, i) => cache.set(x.key, rowsList[i]));
        while (cache.size > 64) cache.delete(cache.keys().next().value as string);
        draw();
      }, (e: Error) => {
        if (e.message === "cancelled" || my !== generation) return;
        ctx.error(t("ui.error.run", lang), e.message);
        results.dataset.state = "error";
      });
    }
  });
}

