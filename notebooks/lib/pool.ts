// A small pool of Web Workers (sweepWorker.ts) that runs replications in
// chunks. Results are returned in replication order, so they equal a serial
// run of sim/experiment/run.ts runReplications with the same seed. A new batch
// cancels the queue of the previous one (stale chunks still running are
// dropped when they finish); `cancel` (the Stop button) also ends the workers
// still running, so the machine stops working at once.

import type {MeasureRow} from "../../sim/experiment/run.ts";
import type {Scenario} from "../../sim/participation/scenario.ts";
import type {Job, Reply} from "./sweepWorker.ts";

export interface Task {
  scenario: Scenario;
  seed: string;
  reps: number;
}

interface Pending {
  job: Job;
  batch: number;
  resolve(rows: MeasureRow[]): void;
  reject(e: Error): void;
}

/** Workers a pool starts by default: the browser's cores, 1 to 4. */
export function defaultPoolSize(): number {
  return Math.max(1, Math.min(4, (navigator.hardwareConcurrency || 2)));
}

export class ReplicationPool {
  private workers: Worker[] = [];
  private idle: Worker[] = [];
  private queue: Pending[] = [];
  private running = new Map<number, Pending>();
  private nextId = 0;
  private batch = 0;
  private progress: ((done: number) => void) | null = null;

  constructor(readonly size = defaultPoolSize()) {}

  private spawn(): Worker {
    const w = new Worker(new URL("./sweepWorker.ts", import.meta.url), {type: "module"});
    w.addEventListener("message", (e: MessageEvent<Reply>) => this.receive(w, e.data));
    w.addEventListener("error", (e) => {
      for (const [id, p] of this.running) { this.running.delete(id); p.reject(new Error(e.message || "worker failed")); }
    });
    this.workers.push(w);
    return w;
  }

  private receive(w: Worker, reply: Reply): void {
    const p = this.running.get(reply.id);
    if (reply.type === "progress") {
      if (p && p.batch === this.batch) this.progress?.(reply.done);
      return;
    }
    this.running.delete(reply.id);
    this.idle.push(w);
    if (p) {
      if (reply.type === "rows") p.resolve(reply.rows);
      else p.reject(new Error(reply.message));
    }
    this.pump();
  }

  private pump(): void {
    while (this.queue.length && (this.idle.length || this.workers.length < this.size)) {
      const w = this.idle.pop() ?? this.spawn();
      const p = this.queue.shift()!;
      this.running.set(p.job.id, p);
      w.postMessage(p.job);
    }
  }

  /**
   * Runs every task (in chunks of at most `chunk` replications) and returns
   * each task's rows in replication order. Starting a new batch cancels what
   * is still queued of the previous one (its promise rejects with "cancelled").
   */
  runAll(tasks: readonly Task[], onProgress?: (done: number, total: number) => void, chunk = 25): Promise<MeasureRow[][]> {
    const batch = ++this.batch;
    for (const p of this.queue) p.reject(new Error("cancelled"));
    this.queue = [];
    const total = tasks.reduce((s, t) => s + t.reps, 0);
    let done = 0;
    this.progress = (n) => { done += n; onProgress?.(done, total); };
    onProgress?.(0, total);
    const promises = tasks.map((task) => {
      const parts: Promise<MeasureRow[]>[] = [];
      const size = Math.max(1, Math.min(chunk, Math.ceil(task.reps / this.size)));
      for (let first = 0; first < task.reps; first += size) {
        const job: Job = {id: ++this.nextId, scenario: task.scenario, seed: task.seed, first, reps: Math.min(size, task.reps - first)};
        parts.push(new Promise<MeasureRow[]>((resolve, reject) => this.queue.push({job, batch, resolve, reject})));
      }
      return Promise.all(parts).then((chunks) => chunks.flat());
    });
    this.pump();
    return Promise.all(promises);
  }

  /**
   * Stops the current batch: queued chunks are dropped, busy workers are
   * ended (new ones are started for the next batch) and the batch's promise
   * rejects with "cancelled". Idle workers are kept.
   */
  cancel(): void {
    ++this.batch;
    this.progress = null;
    const pending = [...this.queue, ...this.running.values()];
    this.queue = [];
    this.running.clear();
    const busy = this.workers.filter((w) => !this.idle.includes(w));
    for (const w of busy) w.terminate();
    this.workers = this.workers.filter((w) => this.idle.includes(w));
    for (const p of pending) p.reject(new Error("cancelled"));
  }

  terminate(): void {
    for (const w of this.workers) w.terminate();
    this.workers = [];
    this.idle = [];
    for (const p of [...this.queue, ...this.running.values()]) p.reject(new Error("cancelled"));
    this.queue = [];
    this.running.clear();
  }
}
