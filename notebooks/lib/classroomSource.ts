// Where the Classroom's view gets its frames: a run computed up front (the
// 1972 model: small) or a participation run played week by week in a Web
// Worker (stepWorker.ts), of any size. The live source keeps a bounded ring of
// frames around the one shown (the seeded run's frames; a step back beyond
// the ring runs the run again in the worker) and the small per-week rows of
// the time plots for every week reached.

import type {ScenarioEdit} from "../../sim/participation/edits.ts";
import type {StreamsFrameData} from "../../viz/frameData.ts";
import {RunningTally, type RunningRow} from "../../viz/runningData.ts";
import type {UserTrajectoryRow} from "../../viz/userTrajectory.ts";
import type {StepJob} from "./stepSession.ts";
import type {StepReply, StepRequest} from "./stepWorker.ts";

export interface FrameSource {
  /** Frames in the run (known up front). */
  readonly count: number;
  /** The time (period or week) of the last frame. */
  readonly lastTime: number;
  /** Frame i, when it is here (else undefined: ask with want). */
  frame(i: number): StreamsFrameData | undefined;
  /** The running tallies of frames 0..i that are here (all of them once frame i is). */
  rows(i: number): RunningRow[];
  /** The first user's state per week up to frame i (runs with a feedback loop), else empty. */
  userRows(i: number): UserTrajectoryRow[];
  /** The frames here up to i, newest last (for the log of decisions). */
  recent(i: number): StreamsFrameData[];
  /** Asks for frame i and those just after it; `onReady` is called when frames arrive. */
  want(i: number): void;
  onReady: (() => void) | null;
  /** A parameter changed from frame `week` on (live sources only); resolves to the edits in force. */
  edit?(week: number, key: string, value: string | number | boolean): Promise<readonly ScenarioEdit[]>;
  destroy(): void;
}

/** A run computed up front. */
export class ArraySource implements FrameSource {
  readonly count: number;
  readonly lastTime: number;
  onReady: (() => void) | null = null;
  private readonly running: RunningRow[];
  constructor(private readonly frames: readonly StreamsFrameData[], private readonly users: readonly UserTrajectoryRow[] = []) {
    this.count = frames.length;
    this.lastTime = frames[frames.length - 1]?.time ?? 0;
    const tally = new RunningTally();
    this.running = frames.map((f) => tally.add(f));
  }
  frame(i: number) { return this.frames[i]; }
  rows(i: number) { return this.running.slice(0, i + 1); }
  userRows(i: number) { const time = this.frames[i]?.time ?? -1; return this.users.filter((r) => r.week <= time); }
  recent(i: number) { return this.frames.slice(Math.max(0, i - RECENT + 1), i + 1); }
  want() {}
  destroy() {}
}

/** Frames kept behind the one shown (step back) and asked for ahead of it (play). */
const BEHIND = 64, AHEAD = 32;
/** Frames the log of decisions reads back. */
const RECENT = 40;

/** A participation run played in a worker. */
export class LiveSource implements FrameSource {
  readonly count: number;
  readonly lastTime: number;
  onReady: (() => void) | null = null;
  /** Called with a one-line message when the worker fails. */
  onError: ((message: string) => void) | null = null;
  private readonly ring = new Map<number, StreamsFrameData>();
  private readonly running: RunningRow[] = [];
  private readonly users: (UserTrajectoryRow | null)[] = [];
  private readonly worker: Worker;
  private inFlight = false;
  private shown = 0;
  private edited: {resolve: (e: readonly ScenarioEdit[]) => void; reject: (e: Error) => void} | null = null;

  constructor(job: StepJob) {
    this.count = job.scenario.horizon;
    this.lastTime = job.scenario.horizon; // frames count weeks from 1
    this.worker = new Worker(new URL("./stepWorker.ts", import.meta.url), {type: "module"});
    this.worker.addEventListener("message", (e: MessageEvent<StepReply>) => this.receive(e.data));
    this.worker.addEventListener("error", (e) => this.onError?.(e.message || "worker failed"));
    this.post({type: "start", job});
  }

  frame(i: number) { return this.ring.get(i); }
  rows(i: number) { return this.running.slice(0, i + 1).filter((r) => r !== undefined); }
  userRows(i: number) { return this.users.slice(0, i + 1).filter((r): r is UserTrajectoryRow => !!r); }
  recent(i: number) {
    const out: StreamsFrameData[] = [];
    for (let j = Math.max(0, i - RECENT + 1); j <= i; ++j) { const f = this.ring.get(j); if (f) out.push(f); }
    return out;
  }

  want(i: number): void {
    this.shown = i;
    if (this.inFlight || this.edited) return; // asked again when the answer comes
    const end = Math.min(this.count - 1, i + AHEAD);
    let first = -1;
    for (let j = i; j <= end; ++j) if (!this.ring.has(j)) { first = j; break; }
    // ask only when the shown frame is missing or the frames ahead run short
    if (first < 0 || first - i > AHEAD / 2) return;
    this.inFlight = true;
    this.post({type: "want", from: first, to: end});
  }

  edit(week: number, key: string, value: string | number | boolean): Promise<readonly ScenarioEdit[]> {
    return new Promise((resolve, reject) => {
      this.edited = {resolve, reject};
      this.post({type: "edit", week, key, value});
    });
  }

  destroy(): void {
    this.worker.terminate();
    this.onReady = null;
  }

  private receive(reply: StepReply): void {
    if (reply.type === "error") {
      this.inFlight = false;
      if (this.edited) { this.edited.reject(new Error(reply.message)); this.edited = null; return; }
      this.onError?.(reply.message);
      return;
    }
    if (reply.type === "edited") {
      // the weeks from the edit on are run again: drop what was computed for them
      for (const j of [...this.ring.keys()]) if (j >= reply.week) this.ring.delete(j);
      this.running.length = Math.min(this.running.length, reply.week);
      this.users.length = Math.min(this.users.length, reply.week);
      const done = this.edited;
      this.edited = null;
      done?.resolve(reply.edits);
      this.want(this.shown);
      this.onReady?.();
      return;
    }
    this.inFlight = false;
    for (const r of reply.rows) { this.running[r.index] = r.running; this.users[r.index] = r.user; }
    for (const f of reply.frames) this.ring.set(f.index, f.frame);
    // keep the ring bounded around the frame shown
    for (const j of this.ring.keys()) if (j < this.shown - BEHIND || j > this.shown + 2 * AHEAD) this.ring.delete(j);
    this.want(this.shown);
    this.onReady?.();
  }

  private post(message: StepRequest): void {
    this.worker.postMessage(message);
  }
}
