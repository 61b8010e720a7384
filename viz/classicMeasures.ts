// A 1972 measure by net energy load (x), one line per energy distribution,
// in a grid of panels: access structure (columns) x decision structure (rows).
// Each point is the mean over the runs in that cell (the entry orders).

import * as Plot from "@observablehq/plot";
import {t} from "./i18n.ts";
import {measureLabel} from "./vocabulary.ts";
import {CLASSIC_MEASURES, type ClassicMeasure} from "../sim/classic/measures.ts";
import {ENERGIES, LOADS, STRUCTURES, energyLabels, loadLabels, structureLabels} from "./classicFactors.ts";
import {oneOf, resolveOptions, type Chart, type ChartOptions} from "./options.ts";
import {formatNumber, tickFormat} from "./format.ts";
import {OKABE_ITO} from "./palette.ts";
import type {ClassicRow} from "./types.ts";

export interface ClassicMeasuresOptions extends ChartOptions {
  /** The measure to plot (a ClassicSummary field; default "problemsUnsolved"). */
  measure?: ClassicMeasure;
}

const ENERGY_COLOURS = [OKABE_ITO.vermillion, OKABE_ITO.blue, OKABE_ITO.bluishGreen];

/** The 1972 measure by load and by access/decision structure, from tidy rows {load, access, decision, energy, choiceSeq, problemSeq, ...ClassicSummary}. */
export function classicMeasures(data: readonly ClassicRow[], options: ClassicMeasuresOptions = {}): Chart {
  const {lang, plot} = resolveOptions("classicMeasures", options, ["measure"]);
  const measure = oneOf("measure", options.measure ?? "problemsUnsolved", CLASSIC_MEASURES);
  if (!Array.isArray(data) || data.length === 0) throw new Error("invalid data for classicMeasures: expected classic rows");
  const loads = loadLabels(lang), structures = structureLabels(lang), energies = energyLabels(lang);
  const rows = data.map((d) => {
    const value = d[measure];
    if (typeof value !== "number") throw new Error(`invalid row for classicMeasures: ${measure} is ${String(value)}`);
    return {
      load: loads[index("load", d.load, LOADS)],
      access: structures[index("access", d.access, STRUCTURES)],
      decision: structures[index("decision", d.decision, STRUCTURES)],
      energy: energies[index("energy", d.energy, ENERGIES)],
      value
    };
  });
  const cells = new Set(rows.map((r) => `${r.load}/${r.access}/${r.decision}/${r.energy}`)).size;
  const label = measureLabel(measure, lang);
  const groups = {x: "load", y: "value", stroke: "energy", fx: "access", fy: "decision"} as const;
  // the tooltip of a point: its cell and the mean over its runs, in the chosen language
  const tipText = (cell: (typeof rows)[number][]) => {
    const {load, access, decision, energy} = cell[0];
    const mean = cell.reduce((s, r) => s + r.value, 0) / cell.length;
    return [
      `${t("axis.load", lang)}: ${load}`, `${t("axis.access", lang)}: ${access}`, `${t("axis.decision", lang)}: ${decision}`,
      `${t("axis.energy", lang)}: ${energy}`, `${label}: ${formatNumber(mean, lang)}`, `${t("tip.n", lang)}: ${cell.length}`
    ].join("\n");
  };
  return Plot.plot({
    ...plot,
    height: plot.height ?? 560,
    marginTop: 50,
    marginRight: 100,
    marginBottom: 45,
    ariaLabel: t("chart.classicMeasures.label", lang, {measure: label}),
    ariaDescription: t("chart.classicMeasures.description", lang, {measure: label, runs: formatNumber(rows.length / cells, lang, 1)}),
    x: {domain: loads, label: t("axis.load", lang), padding: 0.3},
    y: {label, grid: true, nice: true, zero: true, tickFormat: tickFormat(lang)},
    fx: {domain: structures, label: t("axis.access", lang)},
    fy: {domain: structures, label: t("axis.decision", lang), padding: 0.12},
    color: {type: "ordinal", domain: energies, range: ENERGY_COLOURS},
    // fill: "color" tells the symbol legend to colour its symbols (a legend option Plot's types omit)
    symbol: {domain: energies, range: ["circle", "square", "triangle"], legend: true, fill: "color"} as Plot.ScaleOptions,
    facet: {marginTop: 40},
    marks: [
      Plot.frame({stroke: "#DDDDDD"}),
      Plot.lineY(rows, Plot.groupX({y: "mean"}, {...groups, z: "energy", strokeWidth: 1.5})),
      Plot.dot(rows, Plot.groupX({y: "mean", symbol: "first", title: tipText}, {...groups, fill: "energy", stroke: null, symbol: "energy", title: (d) => d, r: 3.5, tip: true}))
    ]
  });
}

function index<T extends string>(name: string, value: T, allowed: readonly T[]): number {
  const i = allowed.indexOf(value);
  if (i < 0) throw new Error(`invalid ${name}: ${String(value)} (allowed: ${allowed.join(", ")})`);
  return i;
}
