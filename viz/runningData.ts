// Running tallies of a run for the time plot beside the classroom animation:
// per frame, the decisions so far by style and (participation) by ladder
// step, and the staff energy left. Pure counting of what the frames show.

import type {StreamsFrameData} from "./frameData.ts";
import {LADDER_STEPS, STYLE_KEYS, type LadderStep, type Style} from "./types.ts";

export interface RunningRow {
  unit: "period" | "week";
  time: number;
  /** Decisions so far by style (classic: choices made; participation: cases decided). */
  styles: Record<Style, number>;
  /** Cases decided so far by ladder step (participation), else null. */
  steps: Record<LadderStep, number> | null;
  /** Staff energy left in this week (participation), else null. */
  energyLeft: number | null;
}

/** Cumulative tallies fed one frame at a time (a run played week by week keeps only this). */
export class RunningTally {
  private readonly styles = Object.fromEntries(STYLE_KEYS.map((s) => [s, 0])) as Record<Style, number>;
  private readonly steps = Object.fromEntries(LADDER_STEPS.map((s) => [s, 0])) as Record<LadderStep, number>;
  /** The row of this frame: the decisions up to and including it. */
  add(f: StreamsFrameData): RunningRow {
    const {styles, steps} = this;
    for (const c of f.cans) if (c.kind === "choice" && c.madeNow && c.style) styles[c.style]++;
    for (const it of f.items) {
      if (it.kind !== "problem" || it.status !== "decided") continue;
      if (it.style) styles[it.style]++;
      if (it.step) steps[it.step]++;
    }
    return {unit: f.unit, time: f.time, styles: {...styles}, steps: f.unit === "week" ? {...steps} : null, energyLeft: f.energyLeft};
  }

  /**
   * The row of a participation week from the engine's own list of cases
   * decided in it (the same counts as add(frameData(frame))), without
   * converting the frame: a run played far ahead steps through many weeks
   * that are never drawn.
   */
  addWeek(week: number, decided: readonly {style: string | null; step: string}[], energyLeft: number): RunningRow {
    const {styles, steps} = this;
    for (const d of decided) {
      if (d.style !== null && (STYLE_KEYS as readonly string[]).includes(d.style)) styles[d.style as Style]++;
      if ((LADDER_STEPS as readonly string[]).includes(d.step)) steps[d.step as LadderStep]++;
    }
    return {unit: "week", time: week + 1, styles: {...styles}, steps: {...steps}, energyLeft};
  }
}

/** Cumulative tallies, one row per frame, in the frames' order. */
export function runningRows(frames: readonly StreamsFrameData[]): RunningRow[] {
  if (!Array.isArray(frames as unknown)) throw new Error("invalid frames for runningRows: expected an array of frameData() frames");
  const tally = new RunningTally();
  return frames.map((f) => tally.add(f));
}
