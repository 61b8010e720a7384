// One neutral frame shape for the classroom animation (streamsFrame), mapped
// from either engine's per-period trace. Pure data reshaping: no model logic.

import type {ClassicFrame} from "../sim/classic/engine.ts";
import {LADDER_STEPS, STYLE_KEYS, type LadderStep, type Style} from "./types.ts";

/** The participation engine's per-week frame (sim/participation/engine.ts), as far as the chart reads it. */
export interface ParticipationFrameLike {
  week: number;
  /** energy/required, where traced: the arena's accumulated energy this week against what its cases need. */
  arenas: {id: string; meeting: boolean; cases: number[]; attendees: string[]; energy?: number; required?: number}[];
  cases: {id: number; state: "waiting" | "attached" | "decided" | "lost"; at: string | null}[];
  /**
   * Cases decided this week; style is "resolution" | "flight" | "oversight" (or null), checked at run time.
   * Where traced: the options shown to the user (solution ids), who spoke for the user ("user", "proxy" or
   * null) and the advocate's id (or null).
   */
  decided: {id: number; style: string | null; step: string; shown?: string[]; by?: "user" | "proxy" | null; advocate?: string | null}[];
  staffEnergyLeft: number;
  /** Solutions in play, where present: the arena they are tabled at (null = not tabled) and, where traced, free places (null = no limit). */
  solutions?: {id: string; at: string | null; free?: number | null}[];
}

export type CanState = "inactive" | "open" | "meeting" | "made";
/**
 * problem: a classic problem or a user's case; participant: a decision maker or professional (participation:
 * one per role present); user: the service user or a proxy at a meeting; advocate: the user's advocate.
 */
export type ItemKind = "problem" | "participant" | "user" | "advocate" | "solution";
export type ItemStatus = "attached" | "waiting" | "solved" | "decided" | "idle";

export interface FrameCan {
  id: string;
  /** "choice": a classic choice opportunity (id = 1-based index); "arena": a participation arena. */
  kind: "choice" | "arena";
  state: CanState;
  /** Style of the decision made at this can now, or (classic, with history) when it was made earlier. */
  style: Style | null;
  /** True when the can was made in this very period. */
  madeNow: boolean;
  accumulated: number | null;
  required: number | null;
  /** Participation: the professionals' roles present at the arena this week (ids), when it meets. */
  roles?: string[];
}

export interface FrameItem {
  kind: ItemKind;
  id: string;
  /** Can id, or null when waiting at the side. */
  at: string | null;
  status: ItemStatus;
  /** For problems solved or cases decided now: the decision style. */
  style: Style | null;
  /** For cases decided now (participation): the step on Hansen's ladder the decision reached. */
  step: LadderStep | null;
  /** Users, proxies and advocates: the case (id) they came for, drawn beside it; where traced. */
  case?: string | null;
  /** Cases decided now: the options (solution ids) the user was shown; where traced. */
  shown?: string[];
  /** Solutions: free places (null = no limit); where traced. */
  free?: number | null;
}

export interface StreamsFrameData {
  unit: "period" | "week";
  /** The period or week, counted from 1 (participation: the engine's week + 1). */
  time: number;
  cans: FrameCan[];
  items: FrameItem[];
  /** Problems solved / cases decided in earlier periods (no longer drawn). */
  done: number;
  /** Cases lost (participation mode). */
  lost: number;
  /** Staff energy left this week (participation mode), else null. */
  energyLeft: number | null;
}

const STYLE_BY_CODE: readonly (Style | null)[] = [null, "resolution", "flight", "oversight"];

function isClassic(frame: ClassicFrame | ParticipationFrameLike): frame is ClassicFrame {
  return "choiceState" in frame;
}

export interface FrameDataOptions {
  /** Classic only: the trace up to (at least) this frame, so cans made earlier keep their style colour. */
  history?: readonly ClassicFrame[];
}

/** Maps a ClassicFrame or a participation frame to the neutral frame shape. */
export function frameData(frame: ClassicFrame | ParticipationFrameLike, options: FrameDataOptions = {}): StreamsFrameData {
  for (const key of Object.keys(options)) if (key !== "history") throw new Error(`invalid option for frameData: ${key}`);
  if (isClassic(frame)) return classicFrameData(frame, options.history);
  if (frame && typeof frame === "object" && "arenas" in frame && "week" in frame) {
    if (options.history) throw new Error("invalid option for frameData: history applies to classic frames only");
    return participationFrameData(frame);
  }
  throw new Error("invalid frame: expected a ClassicFrame (choiceState, problemAt, dmAt) or a participation frame (week, arenas, cases)");
}

function styleCode(code: number): Style | null {
  if (!(code >= 0 && code < STYLE_BY_CODE.length)) throw new Error(`invalid style code: ${code}`);
  return STYLE_BY_CODE[code];
}

function classicFrameData(frame: ClassicFrame, history?: readonly ClassicFrame[]): StreamsFrameData {
  const m = frame.choiceState.length;
  for (const [name, arr] of [["madeNow", frame.madeNow], ["accumulated", frame.accumulated], ["required", frame.required]] as const)
    if (arr.length !== m) throw new Error(`invalid frame: ${name} has ${arr.length} entries, choiceState ${m}`);
  const earlierStyle: (Style | null)[] = new Array(m).fill(null);
  if (history) for (const f of history) {
    if (f.period > frame.period) continue;
    f.madeNow.forEach((code, j) => { if (code > 0) earlierStyle[j] = styleCode(code); });
  }
  const cans: FrameCan[] = frame.choiceState.map((s, j) => {
    const now = styleCode(frame.madeNow[j]);
    const state: CanState = s === 0 ? "inactive" : s === 1 ? "open" : s === 2 ? "made" : invalid(`choiceState[${j}]`, s);
    return {
      id: String(j + 1), kind: "choice", state,
      style: now ?? (state === "made" ? earlierStyle[j] : null),
      madeNow: now !== null,
      accumulated: state === "inactive" ? null : frame.accumulated[j],
      required: state === "inactive" ? null : frame.required[j]
    };
  });
  const items: FrameItem[] = [];
  let done = 0;
  frame.problemAt.forEach((at, i) => {
    if (at === -1) return;
    if (at === -2) { ++done; return; }
    if (at === 0) { items.push({kind: "problem", id: String(i + 1), at: null, status: "waiting", style: null, step: null}); return; }
    const can = cans[at - 1];
    if (!can) invalid(`problemAt[${i}]`, at);
    const solved = can.madeNow;
    items.push({kind: "problem", id: String(i + 1), at: can.id, status: solved ? "solved" : "attached", style: solved ? can.style : null, step: null});
  });
  frame.dmAt.forEach((at, k) => {
    if (at === 0) { items.push({kind: "participant", id: String(k + 1), at: null, status: "idle", style: null, step: null}); return; }
    if (!cans[at - 1]) invalid(`dmAt[${k}]`, at);
    items.push({kind: "participant", id: String(k + 1), at: String(at), status: "attached", style: null, step: null});
  });
  return {unit: "period", time: frame.period, cans, items, done, lost: 0, energyLeft: null};
}

function invalid(name: string, value: unknown): never {
  throw new Error(`invalid frame: ${name} is ${String(value)}`);
}

function participationFrameData(frame: ParticipationFrameLike): StreamsFrameData {
  const decidedNow = new Map(frame.decided.map((d) => [d.id, d]));
  const arenaIds = new Set(frame.arenas.map((a) => a.id));
  const stylesAt = new Map<string, Style[]>();
  const items: FrameItem[] = [];
  let done = 0, lost = 0;
  for (const c of frame.cases) {
    const id = String(c.id);
    if (c.at !== null && !arenaIds.has(c.at)) invalid(`case ${id} at`, c.at);
    if (c.state === "waiting") items.push({kind: "problem", id, at: null, status: "waiting", style: null, step: null});
    else if (c.state === "attached") items.push({kind: "problem", id, at: c.at, status: c.at === null ? "waiting" : "attached", style: null, step: null});
    else if (c.state === "decided") {
      const d = decidedNow.get(c.id);
      if (!d) { ++done; continue; }
      const style = d.style === null ? null : STYLE_KEYS.includes(d.style as Style) ? (d.style as Style) : invalid(`case ${id} style`, d.style);
      const step = LADDER_STEPS.includes(d.step as LadderStep) ? (d.step as LadderStep) : invalid(`case ${id} step`, d.step);
      items.push({kind: "problem", id, at: c.at, status: "decided", style, step, ...(d.shown ? {shown: d.shown.map(String)} : {})});
      if (c.at !== null && style) {
        const list = stylesAt.get(c.at) ?? [];
        list.push(style);
        stylesAt.set(c.at, list);
      }
    } else if (c.state === "lost") ++lost;
    else invalid(`case ${id} state`, (c as {state: unknown}).state);
  }
  // Where the trace says who came for which decided case, the user (or proxy) and the advocate are drawn
  // beside that case; the other attendees are the professionals, one per role. Older traces: by attendee.
  const traced = frame.decided.length > 0 && frame.decided.every((d) => d.by !== undefined);
  const advocates = new Set(frame.decided.map((d) => d.advocate).filter((x): x is string => typeof x === "string"));
  const rolesAt = new Map<string, string[]>();
  for (const a of frame.arenas) if (a.meeting) for (const who of a.attendees) {
    const isUser = who === "user" || who === "proxy";
    if (traced && (isUser || advocates.has(who))) continue;
    const kind = isUser ? "user" : advocates.has(who) ? "advocate" : "participant";
    items.push({kind, id: who, at: a.id, status: "attached", style: null, step: null});
    if (kind === "participant") rolesAt.set(a.id, [...(rolesAt.get(a.id) ?? []), who]);
  }
  if (traced) for (const d of frame.decided) {
    const c = frame.cases.find((x) => x.id === d.id);
    if (!c || c.at === null) continue;
    if (d.by) items.push({kind: "user", id: d.by, at: c.at, status: "attached", style: null, step: null, case: String(d.id)});
    if (d.advocate) items.push({kind: "advocate", id: d.advocate, at: c.at, status: "attached", style: null, step: null, case: String(d.id)});
  }
  for (const s of frame.solutions ?? []) {
    if (s.at !== null && !arenaIds.has(s.at)) invalid(`solution ${s.id} at`, s.at);
    items.push({kind: "solution", id: s.id, at: s.at, status: s.at === null ? "waiting" : "attached", style: null, step: null, ...(s.free !== undefined ? {free: s.free} : {})});
  }
  const cans: FrameCan[] = frame.arenas.map((a) => {
    const styles = stylesAt.get(a.id) ?? [];
    return {
      id: a.id, kind: "arena", state: a.meeting ? "meeting" : "open",
      style: mostFrequent(styles), madeNow: styles.length > 0,
      // the arena's energy against what its cases need, where traced (in the weeks it meets)
      accumulated: a.meeting && typeof a.energy === "number" ? a.energy : null,
      required: a.meeting && typeof a.required === "number" ? a.required : null,
      ...(a.meeting ? {roles: rolesAt.get(a.id) ?? []} : {})
    };
  });
  // weeks are shown counted from 1, as the classic engine counts its periods (the engine's week 0 is week 1)
  return {unit: "week", time: frame.week + 1, cans, items, done, lost, energyLeft: frame.staffEnergyLeft};
}

/** The most frequent style (ties: resolution > flight > oversight), or null. */
function mostFrequent(styles: Style[]): Style | null {
  let best: Style | null = null, bestN = 0;
  for (const s of STYLE_KEYS) {
    const n = styles.filter((x) => x === s).length;
    if (n > bestN) { best = s; bestN = n; }
  }
  return best;
}
