// The time plot beside the classroom animation (as NetLogo's plots update
// every tick): the running shares of the decisions so far, by ladder step
// (participation runs) and by decision style, drawn up to the frame shown
// on a time axis fixed to the whole run, so it grows as the run plays.
// A share is missing (no line) until something has been decided.

import * as Plot from "@observablehq/plot";
import {t} from "./i18n.ts";
import {resolveOptions, positive, type Chart, type ChartOptions} from "./options.ts";
import {formatPercent} from "./format.ts";
import {LADDER_COLOURS, STYLE_COLOURS} from "./palette.ts";
import type {RunningRow} from "./runningData.ts";
import {LADDER_STEPS, STYLE_KEYS} from "./types.ts";
import {stepLabel, styleLabel} from "./vocabulary.ts";

export interface RunningSharesOptions extends ChartOptions {
  /** Draw the rows up to this time (default: all). */
  upTo?: number;
  /** Base font size in px (default 12). */
  fontSize?: number;
}

export function runningShares(rows: readonly RunningRow[], options: RunningSharesOptions = {}): Chart {
  const {lang, plot} = resolveOptions("runningShares", options, ["upTo", "fontSize"]);
  if (!Array.isArray(rows as unknown) || rows.length === 0) throw new Error("invalid rows for runningShares: expected at least one runningRows() row");
  const fontSize = options.fontSize === undefined ? 12 : positive("fontSize", options.fontSize);
  const upTo = options.upTo ?? rows[rows.length - 1].time;
  if (typeof upTo !== "number" || !Number.isFinite(upTo)) throw new Error(`invalid upTo: ${String(upTo)} (allowed: a time in the run)`);
  const unit = rows[0].unit;
  const ladder = rows.some((r) => r.steps !== null);
  const panels = {ladder: t("chart.runningShares.ladder", lang), styles: t("chart.runningShares.styles", lang)};
  const shown = rows.filter((r) => r.time <= upTo);
  const long = shown.flatMap((r) => {
    const out: {time: number; panel: string; key: string; share: number; title: string}[] = [];
    const add = (panel: string, key: string, n: number, total: number) => {
      const share = total > 0 ? n / total : NaN; // missing, not zero, before the first decision
      out.push({time: r.time, panel, key, share, title: `${t(unit === "week" ? "frame.week" : "frame.period", lang, {n: r.time})}\n${key}: ${formatPercent(share, lang)} (${n})`});
    };
    if (r.steps) {
      const total = LADDER_STEPS.reduce((a, s) => a + r.steps![s], 0);
      for (const s of LADDER_STEPS) add(panels.ladder, stepLabel(s, lang), r.steps[s], total);
    }
    const total = STYLE_KEYS.reduce((a, s) => a + r.styles[s], 0);
    for (const s of STYLE_KEYS) add(panels.styles, styleLabel(s, lang), r.styles[s], total);
    return out;
  });
  const last = shown[shown.length - 1];
  const decided = last ? STYLE_KEYS.reduce((a, s) => a + last.styles[s], 0) : 0;
  const domain = [...(ladder ? LADDER_STEPS.map((s) => stepLabel(s, lang)) : []), ...STYLE_KEYS.map((s) => styleLabel(s, lang))];
  const range = [...(ladder ? LADDER_STEPS.map((s) => LADDER_COLOURS[s]) : []), ...STYLE_KEYS.map((s) => STYLE_COLOURS[s])];
  const timeLabel = t(unit === "week" ? "axis.week" : "chart.runningShares.period", lang);
  return Plot.plot({
    height: ladder ? fontSize * 22 : fontSize * 13,
    ...plot,
    marginLeft: fontSize * 3.5,
    marginRight: fontSize * 5,
    style: {fontSize: `${fontSize}px`},
    ariaLabel: t("chart.runningShares.label", lang),
    ariaDescription: t("chart.runningShares.description", lang, {time: last ? t(unit === "week" ? "frame.week" : "frame.period", lang, {n: last.time}).toLowerCase() : "–", n: decided}),
    x: {domain: [rows[0].time, rows[rows.length - 1].time], label: timeLabel, grid: true},
    y: {domain: [0, 100], percent: true, label: t("chart.runningShares.share", lang), grid: true},
    // one panel (classic: styles only) needs no panel label
    ...(ladder ? {fy: {domain: [panels.ladder, panels.styles], label: null, padding: 0.2}} : {}),
    // `style` is passed on to the legend (Plot reads legend options from the scale options; its types omit it)
    color: {type: "ordinal", domain, range, legend: true, style: {fontSize: `${fontSize}px`}} as Plot.ScaleOptions,
    marks: [
      Plot.frame({stroke: "#ddd"}),
      Plot.lineY(long, {x: "time", y: "share", z: "key", stroke: "key", ...(ladder ? {fy: "panel"} : {}), strokeWidth: 2.5, curve: "step-after"}),
      Plot.dot(long, Plot.selectLast({x: "time", y: "share", z: "key", fill: "key", ...(ladder ? {fy: "panel"} : {}), r: fontSize * 0.3, title: "title", tip: true}))
    ]
  });
}
