// Arnstein's eight rungs per collective option: stacked horizontal bars of
// the share of meetings with users at each rung, manipulation -> citizen
// control in an ordered (viridis) scale. Labels come from the declaration in
// sim/collective/arnstein.ts.

import * as Plot from "@observablehq/plot";
import {RUNGS, RUNG_GROUP, RUNG_LABELS, type Rung} from "../sim/collective/arnstein.ts";
import {t} from "./i18n.ts";
import {marginFor} from "./labels.ts";
import {resolveOptions, type Chart, type ChartOptions} from "./options.ts";
import {formatPercent} from "./format.ts";

/** Viridis in eight steps, dark (manipulation) to light (citizen control). */
export const RUNG_COLOURS: readonly string[] = ["#440154", "#46327E", "#365C8D", "#277F8E", "#1FA187", "#4AC16D", "#A0DA39", "#FDE725"];

export interface RungRow {
  option: string;
  arnstein: Record<Rung, number>;
}

/** Rung distribution per option; each row's shares must be finite and sum to 1. */
export function rungBars(data: readonly RungRow[], options: ChartOptions = {}): Chart {
  const {lang, plot} = resolveOptions("rungBars", options);
  if (!Array.isArray(data) || data.length === 0) throw new Error("invalid data for rungBars: expected at least one {option, arnstein} row");
  for (const d of data) {
    let sum = 0;
    for (const r of RUNGS) {
      const x = d.arnstein?.[r];
      if (typeof x !== "number" || !(x >= 0 && x <= 1)) throw new Error(`invalid rungs for ${d.option}: ${r} is ${String(x)} (allowed: a share 0..1; leave out options with no meeting)`);
      sum += x;
    }
    if (Math.abs(sum - 1) > 0.01) throw new Error(`invalid rungs for ${d.option}: shares sum to ${sum}, expected 1`);
  }
  const labels = data.map((d) => d.option);
  const rungs = RUNGS.map((r) => RUNG_LABELS[r][lang]);
  const long = data.flatMap((d) => RUNGS.map((r, i) => ({option: d.option, rung: rungs[i], share: d.arnstein[r], title: `${d.option}\n${rungs[i]}: ${formatPercent(d.arnstein[r], lang)}`})));
  const realRungs = RUNGS.filter((r) => RUNG_GROUP[r] === "real");
  const real = data.map((d) => ({option: d.option, x: realRungs.reduce((sum, r) => sum + d.arnstein[r], 0)}));
  const best = real.reduce((a, b) => (b.x > a.x ? b : a));
  return Plot.plot({
    ...plot,
    marginLeft: marginFor(labels),
    ariaLabel: t("chart.rungBars.label", lang),
    ariaDescription: t("chart.rungBars.description", lang, {best: best.option, value: formatPercent(best.x, lang)}),
    x: {percent: true, domain: [0, 100], label: t("axis.shareOfMeetings", lang), grid: true},
    y: {domain: labels, label: null},
    color: {type: "ordinal", domain: rungs, range: [...RUNG_COLOURS], legend: true},
    marks: [
      Plot.barX(long, {x: "share", y: "option", fill: "rung", order: rungs, title: "title", tip: true, inset: 0.5}),
      Plot.ruleX([0])
    ]
  });
}
