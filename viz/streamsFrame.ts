// The classroom animation frame: choice opportunities (or arenas) drawn as
// cans, one column each; problems (cases), participants and solutions as
// marks inside the can they are attached to, or waiting in a column at the
// side; cans made now coloured by decision style (made earlier: a solid
// band and a thick outline in that colour, which survive a washed-out
// projector where low opacity does not); under each can its label (wrapped
// to the column, never over the can) and an energy bar (accumulated, filled,
// against required, outline). Cases decided now carry the number of their
// ladder step, explained in a key line under the plot.

import * as Plot from "@observablehq/plot";
import type {ClassicFrame} from "../sim/classic/engine.ts";
import {frameData, type FrameCan, type FrameItem, type ParticipationFrameLike, type StreamsFrameData} from "./frameData.ts";
import {labelOr, t} from "./i18n.ts";
import {styleLabel} from "./vocabulary.ts";
import {positive, resolveOptions, type Chart, type ChartOptions} from "./options.ts";
import {formatNumber} from "./format.ts";
import {DARK_GREY, ENTITY_COLOURS, GREY, LADDER_COLOURS, STYLE_COLOURS} from "./palette.ts";
import {LADDER_STEPS, STYLE_KEYS} from "./types.ts";
import {stepLabel, stepWord} from "./vocabulary.ts";

export interface StreamsFrameOptions extends ChartOptions {
  /** Base font size in px (default 12); raise it for classrooms (e.g. 20). Marks scale with it. */
  fontSize?: number;
  /** Classic frames: the trace up to this frame, so cans made earlier keep their style colour. */
  history?: readonly ClassicFrame[];
  /**
   * Display names by id for arenas, participants (roles) and solutions, e.g.
   * the scenario's labels in the chosen language. Arenas without one use the
   * catalogue's arena.<id>, else the id.
   */
  labels?: Readonly<Record<string, string>>;
}

const KINDS = ["problem", "participant", "user", "advocate", "solution"] as const;
const KIND_SYMBOL = {problem: "circle", participant: "square", user: "star", advocate: "triangle", solution: "diamond"} as const;
/** Horizontal offset of each kind inside a column (in column widths); users and solutions share the middle. */
const KIND_DX = {problem: -0.24, participant: 0.24, user: 0, advocate: 0, solution: 0} as const;
/**
 * Participation weeks: cases on the left with, in their row, the step number, the user (or proxy) and
 * advocate who came for them and the options shown; solutions and professionals to the right.
 */
const WEEK_DX = {problem: -0.34, participant: 0.32, user: 0, advocate: 0, solution: 0.16} as const;
const BESIDE_DX = {user: 0.15, advocate: 0.21} as const;
const SHOWN_DX = 0.27, SHOWN_STEP = 0.045;
const KIND_STACK = {problem: "left", participant: "right", user: "middle", advocate: "middle", solution: "middle"} as const;
const HALF = 0.42;

interface PlacedItem extends FrameItem {
  col: number;
  x: number;
  y: number;
  label: string;
  title: string;
}

/** Draws one frame of either engine (ClassicFrame or participation frame), or an already neutral frame. */
export function streamsFrame(
  frame: ClassicFrame | ParticipationFrameLike | StreamsFrameData,
  options: StreamsFrameOptions = {}
): Chart {
  const {lang, plot} = resolveOptions("streamsFrame", options, ["fontSize", "history", "labels"]);
  const names = options.labels ?? {};
  if (typeof names !== "object") throw new Error(`invalid labels: ${String(names)}`);
  const nameOf = (id: string) => (Object.prototype.hasOwnProperty.call(names, id) ? String(names[id]) : null);
  const fontSize = options.fontSize === undefined ? 12 : positive("fontSize", options.fontSize);
  const neutral = "cans" in frame && "items" in frame;
  if (neutral && options.history) throw new Error("invalid option for streamsFrame: history applies to engine frames, not to frameData() output (pass it to frameData)");
  const data: StreamsFrameData = neutral ? frame : frameData(frame, options.history ? {history: options.history} : {});
  const cans = data.cans;
  const colOf = new Map(cans.map((c, i) => [c.id, i + 1]));
  const week = data.unit === "week";
  const kindLabel = (k: FrameItem["kind"]) => t(`entity.${k === "problem" && week ? "case" : k === "user" ? "userOrProxy" : k}`, lang);
  const canName = (c: FrameCan) => (c.kind === "choice" ? `${t("entity.choice", lang)} ${c.id}` : nameOf(c.id) ?? labelOr("arena", c.id, lang));
  const canShort = (c: FrameCan) => (c.kind === "choice" ? c.id : nameOf(c.id) ?? labelOr("arena", c.id, lang));
  const itemName = (item: FrameItem) =>
    (item.kind !== "problem" && nameOf(item.id)) || (item.kind === "user" ? t(`entity.${item.id === "proxy" ? "proxy" : "user"}`, lang) : `${kindLabel(item.kind)} ${item.id}`);
  const solutionName = (id: string) => nameOf(id) ?? `${t("entity.solution", lang)} ${id}`;

  // Stack items per column and kind, bottom up; a user, proxy or advocate who came for a case sits in its row.
  const counts = new Map<string, number>();
  const caseRow = new Map<string, {x: number; y: number}>();
  const dx = week ? WEEK_DX : KIND_DX;
  const placed: PlacedItem[] = [];
  for (const pass of [0, 1]) for (const item of data.items) {
    const beside = (item.kind === "user" || item.kind === "advocate") && item.case != null;
    if ((pass === 1) !== beside) continue;
    const col = item.at === null ? 0 : colOf.get(item.at) ?? invalidAt(item);
    const where = item.at === null ? t(`frame.status.${item.status === "idle" ? "idle" : "waiting"}`, lang) : `${t(`frame.status.${item.status}`, lang)}: ${canName(cans[col - 1])}`;
    const style = item.style ? ` (${styleLabel(item.style, lang)})` : "";
    const extra = [
      item.shown?.length ? `${t("frame.shown", lang)}: ${item.shown.map(solutionName).join(", ")}` : "",
      item.free !== undefined ? `${t("frame.free", lang)}: ${item.free === null ? t("frame.free.unlimited", lang) : item.free}` : "",
      beside ? `${t("frame.for", lang)} ${kindLabel("problem").toLowerCase()} ${item.case}` : ""
    ].filter(Boolean).map((x) => "\n" + x).join("");
    const title = `${itemName(item)}\n${where}${style}${extra}`;
    const row = beside ? caseRow.get(`${item.at}/${item.case}`) : undefined;
    if (row) {
      placed.push({...item, col, x: row.x + BESIDE_DX[item.kind as "user" | "advocate"], y: row.y, label: kindLabel(item.kind), title});
      continue;
    }
    const key = `${col}/${KIND_STACK[item.kind]}`;
    const slot = counts.get(key) ?? 0;
    counts.set(key, slot + 1);
    const p = {...item, col, x: col + dx[item.kind], y: slot + 0.5, label: kindLabel(item.kind), title};
    if (item.kind === "problem") caseRow.set(`${item.at}/${item.id}`, {x: p.x, y: p.y});
    placed.push(p);
  }
  // the options shown to the user at a decision: small hollow diamonds in the case's row
  const shownMarks = placed.filter((p) => p.kind === "problem" && p.shown?.length).flatMap((p) =>
    p.shown!.map((id, k) => ({x: p.x + SHOWN_DX + k * SHOWN_STEP, y: p.y, title: `${t("frame.shown", lang)} (${kindLabel("problem").toLowerCase()} ${p.id}): ${solutionName(id)}`})));
  const timeText = t(data.unit === "week" ? "frame.week" : "frame.period", lang, {n: data.time});
  const headline = [timeText, `${t(`frame.done.${data.unit}`, lang)}: ${data.done}`];
  if (data.unit === "week") headline.push(`${t("frame.lost", lang)}: ${data.lost}`);
  if (data.energyLeft !== null) headline.push(t("frame.energyLeft", lang, {n: formatNumber(data.energyLeft, lang, 1)}));
  const rows = Math.max(6, ...counts.values());
  const slotPx = fontSize * 1.5;
  // the key line: what the black outline and (participation) the step numbers mean
  const keyText = week
    ? [t("frame.key.week", lang, {steps: LADDER_STEPS.map((s) => `${stepWord(s, lang)} = ${stepLabel(s, lang)}`).join(" · ")}),
      ...(data.items.some((i) => i.case != null || i.shown !== undefined || i.free !== undefined) || cans.some((c) => c.roles) ? [t("frame.key.weekDetail", lang)] : [])].join(". ")
    : t("frame.key.period", lang);
  const hasEnergy = cans.some((c) => c.accumulated !== null);
  const width = plot.width ?? Math.max(560, Math.round((cans.length + 1) * fontSize * 5), Math.round(fontSize * 0.62 * [...headline.slice(1)].join("  ·  ").length));
  // the key line wraps to the width, with room below the plot for its lines
  const keyFont = fontSize * 0.85;
  const keyEms = Math.max(10, (width - 2 * fontSize) / keyFont);
  const keyLines = wrappedLines(keyText, Math.floor(keyEms / 0.6));
  const margin = {top: fontSize * 4, bottom: fontSize * 0.6 + keyLines * keyFont * 1.2, left: fontSize, right: fontSize};
  // Labels under the cans are wrapped to the column and get the room their lines need (in px), so they never
  // overlap a can or the energy bar and are not clipped; the cans' rows share what is left.
  const colPx = (width - margin.left - margin.right) / (cans.length + 1);
  const labelFont = Math.max(9, Math.min(fontSize, colPx / 4));
  const charsPerLine = Math.max(3, Math.floor((colPx * 0.92) / (labelFont * 0.6)));
  // under a meeting arena: the roles of the professionals present
  // (at most two lines, so the cans keep their room; the full list is in the tooltip)
  const roleList = (c: FrameCan) => (c.roles?.length ? c.roles.map((r) => nameOf(r) ?? r).join(", ") : "");
  const roleChars = Math.floor(charsPerLine / 0.9);
  const roleNames = (c: FrameCan) => {
    const full = roleList(c);
    if (wrappedLines(full, roleChars) <= 2) return full;
    let cut = full;
    while (cut.length > 1 && wrappedLines(cut + "…", roleChars) > 2) cut = cut.slice(0, -1);
    return cut.trimEnd() + "…";
  };
  const roleLines = (c: FrameCan) => (roleList(c) ? Math.min(2, wrappedLines(roleNames(c), roleChars)) * 0.9 : 0);
  const labelLines = Math.min(6, Math.max(1, ...cans.map((c) => Math.min(4, wrappedLines(canShort(c), charsPerLine)) + roleLines(c)), wrappedLines(t("frame.waiting", lang), charsPerLine)));
  const labelPx = fontSize * 0.3 + labelLines * labelFont * 1.2;
  const energyPx = hasEnergy ? fontSize * 2.4 : 0;
  const bottomPx = labelPx + energyPx + fontSize * 0.3;
  const height = plot.height ?? Math.round(margin.top + margin.bottom + rows * slotPx + bottomPx);
  const u = Math.max(1, (height - margin.top - margin.bottom - bottomPx) / rows); // px per row inside a can
  const below = (px: number) => -px / u; // a distance under the cans, in rows
  const labelY = below(fontSize * 0.3);
  const energyY1 = below(labelPx + fontSize * 0.4), energyY2 = below(labelPx + fontSize * 2.1);
  const px = Math.min(u, colPx / 3);
  // glyphs at least 16 px across (a lecture hall's back row), larger with the type
  const r = Math.max(8, Math.min(fontSize * 0.55, px * 0.45));

  // Energy bars (classic): widths relative to the largest energy in the frame.
  const maxEnergy = Math.max(0, ...cans.flatMap((c) => [c.accumulated ?? 0, c.required ?? 0]));
  const energyCans = cans.map((c, i) => ({c, col: i + 1})).filter(({c}) => c.accumulated !== null && c.required !== null);
  const ew = (x: number) => (maxEnergy > 0 ? (2 * HALF * x) / maxEnergy : 0);
  const energyTitle = (c: FrameCan) =>
    `${canName(c)}\n${t("axis.energyBar", lang)}\n${formatNumber(c.accumulated, lang)} / ${formatNumber(c.required, lang)}`;

  const styleName = (s: string) => styleLabel(s, lang);
  // users and solutions appear in the legend only when the frame has them
  const kinds = KINDS.filter((k) => k === "problem" || k === "participant" || placed.some((p) => p.kind === k));
  const colourDomain = [...kinds.map((k) => kindLabel(k)), ...STYLE_KEYS.map(styleName)];
  const colourRange = [...kinds.map((k) => ENTITY_COLOURS[k]), ...STYLE_KEYS.map((s) => STYLE_COLOURS[s])];

  const canTitle = (c: FrameCan) => {
    const lines = [canName(c), t(`frame.state.${c.state}`, lang)];
    if (c.style) lines.push(styleName(c.style));
    if (c.accumulated !== null) lines.push(`${formatNumber(c.accumulated, lang)} / ${formatNumber(c.required, lang)}`);
    return lines.join("\n");
  };
  const canRows = cans.map((c, i) => ({c, col: i + 1, title: canTitle(c)}));

  const n = (kind: FrameItem["kind"], pred: (p: PlacedItem) => boolean) => placed.filter((p) => p.kind === kind && pred(p)).length;
  const solutions = placed.filter((p) => p.kind === "solution").length;
  const solutionsText = solutions ? t("chart.streamsFrame.solutions", lang, {n: solutions}) : "";
  const ariaDescription = data.unit === "period"
    ? t("chart.streamsFrame.description", lang, {
      time: timeText,
      cans: cans.length,
      open: cans.filter((c) => c.state === "open").length,
      made: cans.filter((c) => c.state === "made").length,
      attached: n("problem", (p) => p.col > 0),
      waiting: n("problem", (p) => p.col === 0),
      done: data.done,
      busy: n("participant", (p) => p.col > 0),
      idle: n("participant", (p) => p.col === 0),
      solutions: solutionsText
    })
    : t("chart.streamsFrame.descriptionWeek", lang, {
      time: timeText,
      cans: cans.length,
      meeting: cans.filter((c) => c.state === "meeting").length,
      decidedAt: cans.filter((c) => c.madeNow).length,
      attached: n("problem", (p) => p.col > 0 && p.status === "attached"),
      decided: n("problem", (p) => p.status === "decided"),
      waiting: n("problem", (p) => p.col === 0),
      done: data.done,
      lost: data.lost,
      busy: n("participant", (p) => p.col > 0),
      users: n("user", (p) => p.col > 0),
      solutions: solutionsText
    });

  return Plot.plot({
    ...plot,
    width,
    height,
    marginTop: margin.top,
    marginBottom: margin.bottom,
    marginLeft: margin.left,
    marginRight: margin.right,
    style: {fontSize: `${fontSize}px`},
    ariaLabel: t("chart.streamsFrame.label", lang, {time: timeText.toLowerCase()}),
    ariaDescription,
    x: {domain: [-0.5, cans.length + 0.5], axis: null},
    y: {domain: [below(bottomPx), rows], axis: null},
    // `style` is passed on to the legend (Plot reads legend options from the scale options; its types omit it)
    color: {type: "categorical", domain: colourDomain, range: colourRange, legend: true, style: {fontSize: `${fontSize}px`}, swatchSize: Math.round(fontSize * 1.2)} as Plot.ScaleOptions,
    symbol: {domain: KINDS.map((k) => kindLabel(k)), range: KINDS.map((k) => KIND_SYMBOL[k])},
    marks: [
      // the waiting area
      Plot.rect([0], {x1: -HALF, x2: HALF, y1: 0, y2: rows, fill: "#F2F2F2", ariaLabel: "waiting area"}),
      Plot.text([t("frame.waiting", lang)], {x: 0, y: labelY, fontSize: labelFont, fontWeight: "bold", lineWidth: charsPerLine * 0.6, lineAnchor: "top"}),
      // the cans
      Plot.rect(canRows.filter((d) => d.c.state === "inactive"), {
        x1: (d) => d.col - HALF, x2: (d) => d.col + HALF, y1: 0, y2: rows,
        fill: "white", stroke: GREY, strokeDasharray: "4,3", title: "title", tip: true, ariaLabel: "can not yet open"
      }),
      Plot.rect(canRows.filter((d) => d.c.state === "made" && !d.c.style), {
        x1: (d) => d.col - HALF, x2: (d) => d.col + HALF, y1: 0, y2: rows,
        fill: "#E8E8E8", stroke: "black", title: "title", tip: true, ariaLabel: "can made earlier"
      }),
      Plot.rect(canRows.filter((d) => (d.c.state === "open" || d.c.state === "meeting") && !d.c.style), {
        x1: (d) => d.col - HALF, x2: (d) => d.col + HALF, y1: 0, y2: rows,
        fill: "white",
        stroke: "black",
        strokeWidth: (d) => (d.c.state === "meeting" ? 3 : 1),
        title: "title", tip: true, ariaLabel: "can"
      }),
      // made now: filled with the style's colour; made earlier: white with a solid band and thick outline in it
      Plot.rect(canRows.filter((d) => d.c.state !== "inactive" && d.c.style && d.c.madeNow), {
        x1: (d) => d.col - HALF, x2: (d) => d.col + HALF, y1: 0, y2: rows,
        fill: (d) => styleName(d.c.style!),
        fillOpacity: 0.6,
        stroke: "black",
        strokeWidth: 3,
        title: "title", tip: true, ariaLabel: "can made now"
      }),
      Plot.rect(canRows.filter((d) => d.c.state !== "inactive" && d.c.style && !d.c.madeNow), {
        x1: (d) => d.col - HALF, x2: (d) => d.col + HALF, y1: 0, y2: rows,
        fill: "white",
        stroke: (d) => styleName(d.c.style!),
        strokeWidth: Math.max(3, fontSize * 0.25),
        title: "title", tip: true, className: "gc-made-earlier", ariaLabel: "can made earlier"
      }),
      Plot.rect(canRows.filter((d) => d.c.state !== "inactive" && d.c.style && !d.c.madeNow), {
        x1: (d) => d.col - HALF, x2: (d) => d.col + HALF, y1: rows - Math.min(1, rows * 0.12), y2: rows,
        fill: (d) => styleName(d.c.style!), ariaLabel: "style band"
      }),
      Plot.text(canRows, {x: "col", y: labelY, text: (d) => canShort(d.c), fontSize: labelFont, fontWeight: "bold", fill: (d) => (d.c.state === "inactive" ? "#767676" : "black"), lineWidth: charsPerLine * 0.6, lineAnchor: "top"}),
      // the roles present, under the arena's name (as many lines down as the name takes)
      Plot.text(canRows.filter((d) => roleNames(d.c)), {x: "col", y: (d) => labelY - (wrappedLines(canShort(d.c), charsPerLine) * labelFont * 1.2) / u, text: (d) => roleNames(d.c), title: (d) => roleList(d.c), fontSize: labelFont * 0.9, fill: "black", lineWidth: roleChars * 0.6, lineAnchor: "top", className: "gc-roles", ariaLabel: "roles present"}),
      Plot.text(energyCans.length ? [t("frame.energy", lang)] : [], {x: 0, y: (energyY1 + energyY2) / 2, fontSize: labelFont * 0.9, lineWidth: charsPerLine * 0.6}),
      // energy: required (outline) and accumulated (filled); of cans made earlier in a lighter solid grey
      Plot.rect(energyCans, {x1: (d) => d.col - HALF, x2: (d) => d.col - HALF + ew(d.c.accumulated!), y1: energyY2, y2: energyY1, fill: (d) => (d.c.state === "made" && !d.c.madeNow ? "#9E9E9E" : "#4D4D4D"), title: (d) => energyTitle(d.c), tip: true, ariaLabel: "energy accumulated"}),
      Plot.rect(energyCans, {x1: (d) => d.col - HALF, x2: (d) => d.col - HALF + ew(d.c.required!), y1: energyY2, y2: energyY1, fill: "none", stroke: (d) => (d.c.state === "made" && !d.c.madeNow ? "#767676" : "black"), strokeWidth: 1.5, ariaLabel: "energy required"}),
      // what is required, also as a mark standing out above and below the bar (seen where the filled bar covers the outline)
      Plot.ruleX(energyCans, {x: (d) => d.col - HALF + ew(d.c.required!), y1: energyY2 - (energyY1 - energyY2) * 0.3, y2: energyY1 + (energyY1 - energyY2) * 0.3, stroke: "black", strokeWidth: 3, ariaLabel: "energy required mark"}),
      // problems, participants, solutions
      Plot.dot(placed, {
        x: "x", y: "y", r, symbol: "label", fill: "label",
        stroke: (d) => (d.status === "solved" || d.status === "decided" ? "black" : "white"),
        strokeWidth: (d) => (d.status === "solved" || d.status === "decided" ? 2 : 0.5),
        title: "title", tip: true, ariaLabel: "stream item"
      }),
      // the options shown to the user, and each solution's free places (∞: no limit)
      Plot.dot(shownMarks, {x: "x", y: "y", r: r * 0.6, symbol: "diamond", fill: "white", stroke: ENTITY_COLOURS.solution, strokeWidth: 1.5, title: "title", tip: true, className: "gc-shown", ariaLabel: "option shown"}),
      Plot.text(placed.filter((p) => p.kind === "solution" && p.free !== undefined), {
        x: (d) => d.x + r / colPx + 0.01, y: "y", text: (d) => (d.free === null ? "∞" : String(d.free)),
        fontSize: fontSize * 0.75, fontStyle: "italic", textAnchor: "start", fill: DARK_GREY, className: "gc-free", ariaLabel: "free places"
      }),
      // the ladder step of each case decided now, as a word beside the case on a band of the step's colour
      // (white letters on the two dark steps, black on the two light ones)
      Plot.text(placed.filter((p) => p.step !== null), {
        x: (d) => d.x + r / colPx + 0.02, y: "y", text: (d) => stepWord(d.step!, lang),
        fontSize: fontSize * 0.95, fontWeight: "bold", textAnchor: "start",
        fill: (d) => (LADDER_STEPS.indexOf(d.step!) < 2 ? "white" : "black"), stroke: (d) => LADDER_COLOURS[d.step as keyof typeof LADDER_COLOURS], strokeWidth: fontSize * 0.5, strokeLinejoin: "round", paintOrder: "stroke",
        title: (d) => stepLabel(d.step!, lang), className: "gc-step", ariaLabel: "ladder step"
      }),
      Plot.text([keyText], {frameAnchor: "bottom-left", dy: margin.bottom - fontSize * 0.3, fontSize: keyFont, lineWidth: keyEms * 0.95, textAnchor: "start", lineAnchor: "bottom", className: "gc-key", ariaLabel: "key"}),
      Plot.text([headline[0]], {frameAnchor: "top-left", dy: -margin.top + fontSize * 0.3, fontSize: fontSize * 1.4, fontWeight: "bold", textAnchor: "start", lineAnchor: "top"}),
      Plot.text([headline.slice(1).join("  ·  ")], {frameAnchor: "top-left", dy: -margin.top + fontSize * 2.1, fontSize, textAnchor: "start", lineAnchor: "top"})
    ]
  });
}

/** How many lines a label wraps to at a given number of characters per line (by words, as Plot wraps). */
function wrappedLines(text: string, chars: number): number {
  let lines = 1, len = 0;
  for (const word of text.split(/\s+/)) {
    if (len && len + 1 + word.length > chars) { lines++; len = word.length; } else len += (len ? 1 : 0) + word.length;
  }
  return lines;
}

function invalidAt(item: FrameItem): never {
  throw new Error(`invalid frame: ${item.kind} ${item.id} is at unknown can ${item.at}`);
}
