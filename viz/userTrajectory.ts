// One user's competence, trust and motivation week by week over a
// participation run (the classroom's "a user over the year"), drawn up to
// the frame shown on axes fixed to the whole run. The rows come from the
// run's trace (userTrajectoryRows); the state names are declared in
// sim/participation/userState.ts.

import * as Plot from "@observablehq/plot";
import {t} from "./i18n.ts";
import {formatNumber} from "./format.ts";
import {resolveOptions, positive, type Chart, type ChartOptions} from "./options.ts";
import {OKABE_ITO} from "./palette.ts";
import {USER_STATE_KEYS, USER_STATE_LABELS, type UserStateKey} from "../sim/participation/userState.ts";

/** One week of one user: each state in 0-1. */
export interface UserTrajectoryRow {
  week: number;
  competence: number;
  trust: number;
  motivation: number;
}

/** A trace frame as far as this chart reads it (ParticipationFrame's users). */
export interface UserFrameLike {
  week: number;
  users?: {competence: number[]; trust: number[]; motivation: number[]};
}

/** The rows of user `user` from a run's trace (frames without users give none). */
export function userTrajectoryRows(frames: readonly UserFrameLike[], user: number): UserTrajectoryRow[] {
  const out: UserTrajectoryRow[] = [];
  for (const f of frames) {
    const u = f.users;
    if (!u || !(user >= 0 && user < u.competence.length)) continue;
    out.push({week: f.week, competence: u.competence[user], trust: u.trust[user], motivation: u.motivation[user]});
  }
  return out;
}

export interface UserTrajectoryOptions extends ChartOptions {
  /** Draw the rows up to this week (default: all). */
  upTo?: number;
  /** Base font size in px (default 12). */
  fontSize?: number;
}

const COLOUR: Record<UserStateKey, string> = {competence: OKABE_ITO.bluishGreen, trust: OKABE_ITO.blue, motivation: OKABE_ITO.orange};

export function userTrajectory(rows: readonly UserTrajectoryRow[], options: UserTrajectoryOptions = {}): Chart {
  const {lang, plot} = resolveOptions("userTrajectory", options, ["upTo", "fontSize"]);
  if (!Array.isArray(rows as unknown) || rows.length === 0) throw new Error("invalid rows for userTrajectory: expected at least one userTrajectoryRows() row");
  const fontSize = options.fontSize === undefined ? 12 : positive("fontSize", options.fontSize);
  const upTo = options.upTo ?? rows[rows.length - 1].week;
  if (typeof upTo !== "number" || !Number.isFinite(upTo)) throw new Error(`invalid upTo: ${String(upTo)} (allowed: a week in the run)`);
  const long = rows.filter((r) => r.week <= upTo).flatMap((r) => USER_STATE_KEYS.map((k) => ({
    week: r.week, state: USER_STATE_LABELS[k][lang], key: k, value: r[k],
    title: `${t("frame.week", lang, {n: r.week})}\n${USER_STATE_LABELS[k][lang]}: ${formatNumber(r[k], lang, 2)}`
  })));
  const last = long.length ? long[long.length - 1].week : null;
  return Plot.plot({
    height: fontSize * 14,
    ...plot,
    marginLeft: fontSize * 3.5,
    marginRight: fontSize * 11,
    style: {fontSize: `${fontSize}px`},
    ariaLabel: t("chart.userTrajectory.label", lang),
    ariaDescription: t("chart.userTrajectory.description", lang, {time: last === null ? "–" : t("frame.week", lang, {n: last}).toLowerCase()}),
    x: {domain: [rows[0].week, rows[rows.length - 1].week], label: t("axis.week", lang), grid: true},
    y: {domain: [0, 1], label: t("chart.userTrajectory.y", lang), grid: true},
    color: {domain: USER_STATE_KEYS.map((k) => USER_STATE_LABELS[k][lang]), range: USER_STATE_KEYS.map((k) => COLOUR[k])},
    marks: [
      Plot.frame({stroke: "#ddd"}),
      Plot.lineY(long, {x: "week", y: "value", z: "state", stroke: "state", strokeWidth: 2.5, curve: "step-after"}),
      Plot.dot(long, Plot.selectLast({x: "week", y: "value", z: "state", fill: "state", r: fontSize * 0.3, title: "title", tip: true})),
      Plot.text(long, Plot.selectLast({x: "week", y: "value", z: "state", text: "state", fill: "state", dx: fontSize * 0.6, textAnchor: "start"}))
    ]
  });
}
