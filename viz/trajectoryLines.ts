// Users' system literacy and avmakt over a run: one thin line per user who
// came, from the start through each meeting week, in two panels; users who
// need an interpreter in one colour, the others in another.

import * as Plot from "@observablehq/plot";
import {t} from "./i18n.ts";
import {resolveOptions, type Chart, type ChartOptions} from "./options.ts";
import {OKABE_ITO} from "./palette.ts";

export interface TrajectoryRow {
  id: number;
  minority: boolean;
  /** Week of each value; -1 is the start. */
  weeks: readonly number[];
  literacy: readonly number[];
  avmakt: readonly number[];
}

export function trajectoryLines(data: readonly TrajectoryRow[], options: ChartOptions = {}): Chart {
  const {lang, plot} = resolveOptions("trajectoryLines", options);
  if (!Array.isArray(data) || data.length === 0) throw new Error("invalid data for trajectoryLines: expected at least one user");
  const panels = [t("chart.trajectoryLines.literacy", lang), t("chart.trajectoryLines.avmakt", lang)];
  const groups = [t("chart.trajectoryLines.minority", lang), t("chart.trajectoryLines.others", lang)];
  const long: {id: number; panel: string; group: string; week: number; value: number}[] = [];
  for (const d of data) {
    if (d.weeks.length !== d.literacy.length || d.weeks.length !== d.avmakt.length) throw new Error(`invalid trajectory for user ${d.id}: weeks, literacy and avmakt differ in length`);
    const group = groups[d.minority ? 0 : 1];
    d.weeks.forEach((w: number, i: number) => {
      const week = Math.max(0, w);
      long.push({id: d.id, panel: panels[0], group, week, value: d.literacy[i]});
      long.push({id: d.id, panel: panels[1], group, week, value: d.avmakt[i]});
    });
  }
  return Plot.plot({
    ...plot,
    ariaLabel: t("chart.trajectoryLines.label", lang),
    ariaDescription: t("chart.trajectoryLines.description", lang, {n: String(data.length)}),
    marginRight: 120,
    fy: {domain: panels, label: null},
    x: {label: t("axis.week", lang)},
    y: {domain: [0, 1], label: null, grid: true},
    color: {domain: groups, range: [OKABE_ITO.vermillion, OKABE_ITO.blue], legend: true},
    marks: [
      Plot.line(long, {x: "week", y: "value", fy: "panel", z: (d) => `${d.id}/${d.panel}`, stroke: "group", strokeOpacity: 0.35, curve: "step-after"}),
      Plot.frame({stroke: "#ccc"})
    ]
  });
}
