// One collective meeting as the classroom shows it: each user present a dot
// (heard, spoke but not on the table, listened and understood, did not
// understand), seat members ringed, staff as squares; the heading names the
// arena, the week and the meeting's Arnstein rung.

import * as Plot from "@observablehq/plot";
import {RUNG_LABELS, type Rung} from "../sim/collective/arnstein.ts";
import {t} from "./i18n.ts";
import {resolveOptions, type Chart, type ChartOptions} from "./options.ts";
import {GREY, OKABE_ITO} from "./palette.ts";

export interface MeetingFrameRow {
  week: number;
  arena: string;
  staff: number;
  rung: Rung | null;
  users: readonly {id: number; language: string; understood: boolean; spoke: boolean; heard: boolean; member: boolean}[];
}

const PER_ROW = 12;

export function meetingDots(frame: MeetingFrameRow, options: ChartOptions & {title?: string} = {}): Chart {
  const {lang, plot} = resolveOptions("meetingDots", options, ["title"]);
  if (!frame || !Array.isArray(frame.users) || !(frame.staff >= 0)) throw new Error("invalid frame for meetingDots: expected {users, staff}");
  const kinds = ["heard", "spoke", "understood", "lost"].map((k) => t(`chart.meetingDots.${k}`, lang));
  const users = frame.users.map((u, i) => ({
    x: i % PER_ROW, y: Math.floor(i / PER_ROW) + 1, member: u.member,
    kind: kinds[u.heard ? 0 : u.spoke ? 1 : u.understood ? 2 : 3],
    title: `${t("chart.meetingDots.user", lang)} ${u.id} (${u.language})`
  }));
  const staff = Array.from({length: frame.staff}, (_, i) => ({x: i, y: 0}));
  const rows = Math.max(1, Math.ceil(frame.users.length / PER_ROW));
  const rung = frame.rung ? RUNG_LABELS[frame.rung][lang] : t("chart.meetingDots.noUsers", lang);
  return Plot.plot({
    ...plot,
    height: plot.height ?? 110 + 34 * rows,
    marginTop: 30,
    title: options.title,
    ariaLabel: t("chart.meetingDots.label", lang),
    ariaDescription: t("chart.meetingDots.description", lang, {users: String(frame.users.length), staff: String(frame.staff), rung}),
    x: {axis: null, domain: [-0.5, PER_ROW - 0.5]},
    y: {axis: null, domain: [rows + 0.5, -0.5]},
    color: {domain: kinds, range: [OKABE_ITO.bluishGreen, OKABE_ITO.orange, OKABE_ITO.skyBlue, GREY], legend: true},
    marks: [
      Plot.dot(staff, {x: "x", y: "y", symbol: "square", r: 7, fill: OKABE_ITO.black, title: () => t("chart.meetingDots.staff", lang)}),
      Plot.dot(users, {x: "x", y: "y", r: 9, fill: "kind", stroke: (d) => (d.member ? OKABE_ITO.black : "none"), strokeWidth: 2, title: "title", tip: true}),
      Plot.text([rung], {frameAnchor: "top-left", dy: -20, fontSize: 15, fontWeight: "bold"})
    ]
  });
}
