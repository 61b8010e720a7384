// Explore's section for a result file loaded back: named from the file's own
// experiment (resultLabels.ts), offering only the file's measures, with the
// sensitivity indices of a Saltelli or Morris design, the sweep charts of a
// one- or two-parameter design, and for any sample its scatter plots and
// scenario discovery (PRIM and a tree, run in a Worker).

import type {Discovery} from "../../sim/experiment/discovery/region.ts";
import {DUMMY_KEY} from "../../sim/experiment/experimentFile.ts";
import {regionText} from "../../viz/discovery.ts";
import {primTradeOff} from "../../viz/discoveryCharts.ts";
import {formatNumber, formatPercent} from "../../viz/format.ts";
import {sampleBox, sampleScatter, type SampleColumn} from "../../viz/sampleCharts.ts";
import {sensitivityBars} from "../../viz/sensitivityBars.ts";
import {sensitivityConvergence} from "../../viz/sensitivityConvergence.ts";
import {discoverInWorker} from "./discoveryRun.ts";
import {figureBlock} from "./figure.ts";
import {t, type Lang} from "./i18n.ts";
import {resultLabels, type ResultLabels} from "./resultLabels.ts";
import {interestOf, medianOf, MIN_DISCOVERY_POINTS, numericColumns, type Direction} from "./sampleDiscovery.ts";
import {MAX_SAMPLE_POINTS, type LoadedSummary} from "./sweepResult.ts";
import {button, h, numberInput, select} from "./ui.ts";

/** Parameters named in the design line before the rest go behind a details element. */
export const VARIED_SHOWN = 4;
/** Most scatter panels drawn (a Morris screening may vary 80 parameters). */
export const MAX_PANELS = 12;

/** A loaded result and what the reader chose on it. */
export interface Loaded {
  file: string;
  result: LoadedSummary;
  /** The measure chosen among the file's (unset: the page's measure when the file has it). */
  measure?: string;
  direction: Direction;
  threshold?: number;
  discovery?: {key: string; discovery: Discovery};
}

/** The file's measure to show: the one chosen, else the page's when the file has it, else its first; and whether the page's is missing. */
export function loadedMeasure(l: Pick<Loaded, "result" | "measure">, pageMeasure: string): {measure: string; missing: boolean} {
  const ms = l.result.measures;
  if (l.measure !== undefined && ms.includes(l.measure)) return {measure: l.measure, missing: false};
  return ms.includes(pageMeasure) ? {measure: pageMeasure, missing: false} : {measure: ms[0], missing: true};
}

/** The design line: how many parameters were varied and the first few by label; the rest in a details element. */
export function variedSummary(result: LoadedSummary, labels: ResultLabels, lang: Lang): HTMLElement[] {
  const names = result.parameters.map((k) => (k === DUMMY_KEY ? t("ui.explore.dummy", lang) : labels.param(k)));
  const shown = names.slice(0, VARIED_SHOWN), rest = names.slice(VARIED_SHOWN);
  const line = h("p", {class: "gc-small", "data-varied": String(names.length)},
    t("ui.explore.loadedVaried", lang, {n: names.length, parameters: shown.join("; ") + (rest.length ? "; …" : ""), rows: result.rowCount}),
    result.meta ? ` ${t("ui.explore.loadedBase", lang, {base: result.meta.base, edits: result.meta.edits.length})}` : "",
    result.experiment ? ` ${t("ui.explore.loadedExperiment", lang, {id: result.experiment.id, model: t(`ui.explore.model.${labels.model}`, lang)})}` : "");
  if (!rest.length) return [line];
  return [line, h("details", {class: "gc-varied-more"}, h("summary", {}, t("ui.explore.loadedMore", lang, {n: rest.length})), h("ul", {}, rest.map((n) => h("li", {}, n))))];
}

/** Indices of one measure against the dummy's noise floor, and their convergence (as `summarise --indices` and `--convergence`). */
function indicesFigures(sensitivity: NonNullable<LoadedSummary["sensitivity"]>, measure: string, labels: ResultLabels, lang: Lang, width: number): HTMLElement[] {
  const rows = sensitivity.indices.filter((r) => r.measure === measure);
  if (!rows.length) return [];
  const names: Record<string, string> = {[DUMMY_KEY]: t("ui.explore.dummy", lang)};
  for (const r of rows) for (const k of r.parameter.split(" x ")) names[k] ??= labels.param(k);
  const name = `loaded-${sensitivity.id}-${measure.replace(/\W+/g, "-")}`;
  const convergence = sensitivity.convergence[measure] ?? [];
  return [
    figureBlock({name: `${name}-indices`, lang, heading: t("chart.sensitivityBars.label", lang, {measure: labels.measure(measure)}) + ` (${sensitivity.design})`,
      figure: sensitivityBars(rows, {lang, width, measure, labels: names}), rows}),
    ...(convergence.length ? [figureBlock({name: `${name}-convergence`, lang, heading: t("chart.sensitivityConvergence.label", lang, {measure: labels.measure(measure)}),
      figure: sensitivityConvergence(convergence, {lang, width, measure, labels: names}), rows: convergence})] : [])
  ];
}

/** The numeric varied parameters in the order to draw them: by the measure's largest index when the design has indices. */
export function panelOrder(result: LoadedSummary, keys: readonly string[], measure: string): {keys: string[]; byIndex: boolean} {
  const rows = result.sensitivity?.indices.filter((r) => r.measure === measure && (r.index === "ST" || r.index === "mu*")) ?? [];
  if (!rows.length) return {keys: [...keys], byIndex: false};
  const score = (k: string) => Math.max(-Infinity, ...rows.filter((r) => r.parameter === k).map((r) => r.estimate));
  return {keys: [...keys].sort((a, b) => score(b) - score(a)), byIndex: true};
}

export interface LoadedHooks {
  /** Redraws this section (after a choice on it). */
  redraw(): void;
  close(): void;
  /** The one-line error of a failed discovery run. */
  error(message: string): void;
}

/** The scatter plots and scenario discovery of a loaded sample. */
function sampleFigures(l: Loaded, measure: string, labels: ResultLabels, lang: Lang, width: number, hooks: LoadedHooks): HTMLElement[] {
  const {result} = l;
  const sample = result.sample;
  if (!sample) return [h("p", {class: "gc-small", "data-no-scatter": ""}, t("ui.explore.scatterNone", lang, {why: t("ui.explore.scatterTooMany", lang, {max: MAX_SAMPLE_POINTS})}))];
  const numeric = numericColumns(sample);
  if (!numeric.keys.length) return [h("p", {class: "gc-small", "data-no-scatter": ""}, t("ui.explore.scatterNone", lang, {why: t("ui.explore.scatterNoNumber", lang)}))];
  const means = sample.means[measure];
  const columnOf = (k: string): SampleColumn => ({label: labels.param(k), values: numeric.values[numeric.keys.indexOf(k)]});
  const order = panelOrder(result, numeric.keys, measure);
  const drawn = order.keys.slice(0, MAX_PANELS);
  const direction = l.direction, threshold = l.threshold ?? medianOf(means);
  const key = JSON.stringify([measure, direction, threshold]);
  const found = l.discovery?.key === key ? l.discovery.discovery : undefined;
  const interest = found ? interestOf(means, threshold, direction) : undefined;
  const rows = means.map((y, i) => ({...Object.fromEntries(numeric.keys.map((k, j) => [k, numeric.values[j][i]])), [measure]: y}));
  const out: HTMLElement[] = [];
  if (drawn.length < numeric.keys.length) out.push(h("p", {class: "gc-small"}, t("ui.explore.scatterSome", lang, {shown: drawn.length, n: numeric.keys.length, order: t(order.byIndex ? "ui.explore.scatterByIndex" : "ui.explore.scatterByOrder", lang)})));
  out.push(figureBlock({name: `loaded-scatter-${measure.replace(/\W+/g, "-")}`, lang, heading: t("chart.sampleScatter.label", lang, {measure: labels.measure(measure)}),
    figure: sampleScatter(drawn.map(columnOf), means, {lang, width, measure: labels.measure(measure), ...(interest ? {interest} : {})}), rows}));

  // Scenario discovery
  const n = means.length;
  const section = h("section", {class: "gc-discovery", "data-discovery": ""}, h("h3", {}, t("ui.explore.discovery", lang)), h("p", {class: "gc-small"}, t("ui.explore.discovery.intro", lang)));
  out.push(section);
  if (n < MIN_DISCOVERY_POINTS) {
    section.append(h("p", {class: "gc-small"}, t("ui.explore.discovery.few", lang, {min: MIN_DISCOVERY_POINTS, n})));
    return out;
  }
  const status = h("p", {class: "gc-small", role: "status"});
  const run = button(t("ui.explore.discovery.run", lang), () => {
    run.disabled = true;
    status.textContent = t("ui.explore.discovery.running", lang);
    discoverInWorker({columns: numeric.keys, x: numeric.values, y: interestOf(means, threshold, direction)}).then((discovery) => {
      l.discovery = {key, discovery};
      hooks.redraw();
    }, (e: Error) => {
      run.disabled = false;
      status.textContent = "";
      hooks.error(e.message);
    });
  }, {name: "discover"});
  section.append(h("div", {class: "gc-controls", role: "group", "aria-label": t("ui.explore.discovery", lang)},
    select(t("ui.explore.discovery.direction", lang), [{value: "above", label: t("ui.explore.discovery.above", lang)}, {value: "below", label: t("ui.explore.discovery.below", lang)}], direction,
      (v) => { l.direction = v as Direction; hooks.redraw(); }, "discovery-direction"),
    numberInput(t("ui.explore.discovery.threshold", lang), threshold, {step: "any", name: "discovery-threshold"}, (v) => { l.threshold = v; hooks.redraw(); }),
    run), status);
  if (!found) return out;
  const columns = numeric.keys.map(labels.column);
  const dirText = t(`ui.explore.discovery.${direction}`, lang).replace(/ .*/, "");
  const lines = [t("ui.explore.discovery.share", lang, {k: found.positives, n: found.points, measure: labels.measure(measure), direction: dirText, threshold: formatNumber(threshold, lang, 3)})];
  if (found.positives === 0 || found.positives === found.points) lines.push(t("ui.explore.discovery.none", lang));
  else {
    if (!found.boxes.length) lines.push(t("ui.explore.discovery.noBox", lang));
    for (const b of found.boxes) lines.push(t("ui.explore.discovery.box", lang, {box: b.box, region: regionText(b, columns, lang), n: b.n, k: b.k, coverage: formatPercent(b.coverage, lang), density: formatPercent(b.density, lang)}));
    const rule = found.rules[0];
    lines.push(rule ? t("ui.explore.discovery.rule", lang, {region: regionText(rule, columns, lang), n: rule.n, k: rule.k, coverage: formatPercent(rule.coverage, lang), density: formatPercent(rule.density, lang)}) : t("ui.explore.discovery.noRule", lang));
  }
  section.append(h("div", {class: "gc-discovery-text", "data-discovery-text": ""}, lines.map((s) => h("p", {}, s))));
  const box = found.boxes[0];
  if (box) {
    section.append(figureBlock({name: `loaded-prim-${measure.replace(/\W+/g, "-")}`, lang, heading: t("chart.primTradeOff.label", lang),
      figure: primTradeOff(box.tradeOff, {lang, width: Math.min(width, 560), chosen: box.step}), rows: box.tradeOff}));
  }
  if (numeric.keys.length >= 2 && interest) {
    // the box's first two parameters on the axes, else the first two drawn
    const axes = [...(box?.bounds ?? []).map((b) => numeric.keys[b.column]), ...drawn].filter((k, i, a) => a.indexOf(k) === i).slice(0, 2);
    const bound = (k: string) => box?.bounds.find((b) => numeric.keys[b.column] === k);
    const bx = bound(axes[0]), by = bound(axes[1]);
    section.append(figureBlock({name: `loaded-box-${measure.replace(/\W+/g, "-")}`, lang, heading: t("chart.sampleBox.label", lang, {x: labels.param(axes[0]), y: labels.param(axes[1])}),
      figure: sampleBox(columnOf(axes[0]), columnOf(axes[1]), {lang, width: Math.min(width, 640), measure: labels.measure(measure), interest,
        ...(bx || by ? {box: {...(bx ? {x: {lower: bx.lower, upper: bx.upper}} : {}), ...(by ? {y: {lower: by.lower, upper: by.upper}} : {})}} : {})}),
      rows: rows.map((r, i) => ({...r, interest: interest[i]}))}));
  }
  return out;
}

/** The charts of a one- or two-parameter design, drawn by explore.ts. */
export type SweepFigures = (measure: string, label: (key: string) => string, measureText: string) => HTMLElement[];

/** A loaded result's section: where it came from, its design, and its charts. */
export function loadedSection(l: Loaded, pageMeasure: string, lang: Lang, width: number, sweep: SweepFigures, hooks: LoadedHooks): HTMLElement {
  const {file, result} = l;
  const labels = resultLabels(result, lang);
  const {measure, missing} = loadedMeasure(l, pageMeasure);
  return h("section", {class: "gc-loaded", "data-loaded": file, "data-model": labels.model},
    h("h2", {}, t("ui.explore.loaded", lang, {file})),
    variedSummary(result, labels, lang),
    h("div", {class: "gc-controls"},
      select(t("ui.explore.loadedMeasure", lang), result.measures.map((m) => ({value: m, label: labels.measure(m)})), measure, (v) => { l.measure = v; hooks.redraw(); }, "loaded-measure")),
    missing ? h("p", {class: "gc-small", "data-measure-missing": pageMeasure}, t("ui.explore.measureMissing", lang, {measure: labels.measure(pageMeasure)})) : null,
    result.sensitivity ? indicesFigures(result.sensitivity, measure, labels, lang, width) : null,
    result.parameters.length <= 2 && result.points[measure] ? sweep(measure, labels.param, labels.measure(measure)) : null,
    result.parameters.length > 2 || result.experiment ? sampleFigures(l, measure, labels, lang, width, hooks) : null,
    button(t("ui.explore.closeLoaded", lang), hooks.close, {name: "close-loaded"}));
}
