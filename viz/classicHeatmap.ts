// The 81 variants of the 1972 model as a heatmap of one measure: access
// structure (x) by decision structure (y), in panels by net energy load
// (columns) and energy distribution (rows). Each cell is the mean over the
// runs of that variant (the entry orders); sequential viridis colours.

import * as Plot from "@observablehq/plot";
import {t} from "./i18n.ts";
import {measureLabel} from "./vocabulary.ts";
import {CLASSIC_MEASURES, type ClassicMeasure} from "../sim/classic/measures.ts";
import {ENERGIES, LOADS, STRUCTURES, energyLabels, loadLabels, structureLabels} from "./classicFactors.ts";
import {oneOf, resolveOptions, type Chart, type ChartOptions} from "./options.ts";
import {formatNumber, tickFormat} from "./format.ts";
import {SEQUENTIAL_SCHEME} from "./palette.ts";
import type {ClassicRow} from "./types.ts";

export interface ClassicHeatmapOptions extends ChartOptions {
  /** The measure to show (a ClassicSummary field; default "problemsUnsolved"). */
  measure?: ClassicMeasure;
}

interface Cell {
  load: string;
  energy: string;
  access: string;
  decision: string;
  mean: number;
  n: number;
  title: string;
}

/** Heatmap of one 1972 measure over the 81 variants, from tidy rows {load, access, decision, energy, ...ClassicSummary}. */
export function classicHeatmap(data: readonly ClassicRow[], options: ClassicHeatmapOptions = {}): Chart {
  const {lang, plot} = resolveOptions("classicHeatmap", options, ["measure"]);
  const measure = oneOf("measure", options.measure ?? "problemsUnsolved", CLASSIC_MEASURES);
  if (!Array.isArray(data) || data.length === 0) throw new Error("invalid data for classicHeatmap: expected classic rows");
  const loads = loadLabels(lang), structures = structureLabels(lang), energies = energyLabels(lang);
  const label = measureLabel(measure, lang);
  const groups = new Map<string, {d: ClassicRow; sum: number; n: number}>();
  for (const d of data) {
    for (const [name, value, allowed] of [["load", d.load, LOADS], ["access", d.access, STRUCTURES], ["decision", d.decision, STRUCTURES], ["energy", d.energy, ENERGIES]] as const)
      oneOf(name, value, allowed as readonly string[]);
    const value = d[measure];
    if (typeof value !== "number" || !Number.isFinite(value)) throw new Error(`invalid row for classicHeatmap: ${measure} is ${String(value)}`);
    const key = `${d.load}/${d.energy}/${d.access}/${d.decision}`;
    const g = groups.get(key) ?? {d, sum: 0, n: 0};
    g.sum += value;
    g.n += 1;
    groups.set(key, g);
  }
  const cells: Cell[] = Array.from(groups.values(), ({d, sum, n}) => {
    const c = {
      load: loads[LOADS.indexOf(d.load)], energy: energies[ENERGIES.indexOf(d.energy)],
      access: structures[STRUCTURES.indexOf(d.access)], decision: structures[STRUCTURES.indexOf(d.decision)],
      mean: sum / n, n
    };
    return {...c, title: `${t("axis.load", lang)}: ${c.load}\n${t("axis.energy", lang)}: ${c.energy}\n${t("axis.access", lang)}: ${c.access}\n${t("axis.decision", lang)}: ${c.decision}\n${label}: ${formatNumber(c.mean, lang)}\n${t("tip.n", lang)}: ${n}`};
  });
  const min = Math.min(...cells.map((c) => c.mean)), max = Math.max(...cells.map((c) => c.mean));
  // white text on the dark (low) end of viridis, black on the light end
  const mid = min + 0.45 * (max - min);
  const runs = cells.reduce((s, c) => s + c.n, 0) / cells.length;
  return Plot.plot({
    ...plot,
    width: plot.width ?? 800,
    height: plot.height ?? 600,
    marginLeft: 90,
    marginRight: 190,
    marginBottom: 50,
    marginTop: 40,
    ariaLabel: t("chart.classicHeatmap.label", lang, {measure: label}),
    ariaDescription: t("chart.classicHeatmap.description", lang, {measure: label, runs: formatNumber(runs, lang, 1), min: formatNumber(min, lang), max: formatNumber(max, lang)}),
    x: {domain: structures, label: t("axis.access", lang), tickRotate: -20},
    y: {domain: structures, label: t("axis.decision", lang)},
    fx: {domain: loads, label: t("axis.load", lang)},
    fy: {domain: energies, label: t("axis.energy", lang)},
    // quantized: discrete bins are easier to read, and the legend needs no canvas (renders in Node)
    color: {type: "quantize", n: 6, scheme: SEQUENTIAL_SCHEME, domain: [min, max === min ? min + 1 : max], legend: true, label, tickFormat: tickFormat(lang, 1)},
    facet: {marginRight: 190},
    marks: [
      Plot.cell(cells, {x: "access", y: "decision", fx: "load", fy: "energy", fill: "mean", inset: 0.5, title: "title", tip: true}),
      Plot.text(cells, {x: "access", y: "decision", fx: "load", fy: "energy", text: (d) => formatNumber(d.mean, lang, 1), fill: (d) => (d.mean > mid ? "black" : "white")})
    ]
  });
}
