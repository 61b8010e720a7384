// Staff energy left per week of a participation run (the classroom's second
// time plot), drawn up to the frame shown on an axis fixed to the whole run.

import * as Plot from "@observablehq/plot";
import {t} from "./i18n.ts";
import {formatNumber} from "./format.ts";
import {resolveOptions, positive, type Chart, type ChartOptions} from "./options.ts";
import {OKABE_ITO} from "./palette.ts";
import type {RunningRow} from "./runningData.ts";

export interface EnergyLineOptions extends ChartOptions {
  /** Draw the rows up to this time (default: all). */
  upTo?: number;
  /** Base font size in px (default 12). */
  fontSize?: number;
}

export function energyLine(rows: readonly RunningRow[], options: EnergyLineOptions = {}): Chart {
  const {lang, plot} = resolveOptions("energyLine", options, ["upTo", "fontSize"]);
  if (!Array.isArray(rows as unknown) || rows.length === 0) throw new Error("invalid rows for energyLine: expected at least one runningRows() row");
  if (rows.some((r) => r.energyLeft === null)) throw new Error("invalid rows for energyLine: energyLeft is null (staff energy is tracked in participation runs only)");
  const fontSize = options.fontSize === undefined ? 12 : positive("fontSize", options.fontSize);
  const upTo = options.upTo ?? rows[rows.length - 1].time;
  if (typeof upTo !== "number" || !Number.isFinite(upTo)) throw new Error(`invalid upTo: ${String(upTo)} (allowed: a time in the run)`);
  const shown = rows.filter((r) => r.time <= upTo).map((r) => ({time: r.time, energy: r.energyLeft!, title: `${t("frame.week", lang, {n: r.time})}\n${formatNumber(r.energyLeft, lang, 1)}`}));
  const max = Math.max(0, ...rows.map((r) => r.energyLeft!));
  const last = shown[shown.length - 1];
  return Plot.plot({
    height: fontSize * 10,
    ...plot,
    marginLeft: fontSize * 3.5,
    marginRight: fontSize * 5,
    style: {fontSize: `${fontSize}px`},
    ariaLabel: t("chart.energyLine.label", lang),
    ariaDescription: t("chart.energyLine.description", lang, {time: last ? t("frame.week", lang, {n: last.time}).toLowerCase() : "–", n: last ? formatNumber(last.energy, lang, 1) : "–"}),
    x: {domain: [rows[0].time, rows[rows.length - 1].time], label: t("axis.week", lang), grid: true},
    y: {domain: [0, max || 1], label: t("chart.energyLine.y", lang), grid: true},
    marks: [
      Plot.frame({stroke: "#ddd"}),
      Plot.lineY(shown, {x: "time", y: "energy", stroke: OKABE_ITO.blue, strokeWidth: 2.5, curve: "step-after"}),
      Plot.dot(shown, Plot.selectLast({x: "time", y: "energy", fill: OKABE_ITO.blue, r: fontSize * 0.3, title: "title", tip: true}))
    ]
  });
}
