// Stopping a running shard on a signal without losing finished work. SIGINT
// (Ctrl-C) and SIGTERM (scancel, Slurm's time limit) drop the chunks in
// flight: every finished chunk is already in the files and the journal, so
// the files are closed, the lock released and the process exits at once.
// SIGUSR2 is the warning the Slurm script asks for before the time limit: the
// chunks in flight are finished first, then the task stops, and under Slurm it
// requeues itself (when it made progress) so the same command resumes it.

import {spawnSync} from "node:child_process";
import {constants} from "node:os";
import {slurmJob} from "./lock.ts";

/** The signal the Slurm script asks for before its time limit (#SBATCH --signal=B:USR2@...). */
export const WARNING_SIGNAL = "SIGUSR2";
const DROP: NodeJS.Signals[] = ["SIGINT", "SIGTERM"];

export interface Stop {
  /** Set once the warning arrived: start no more chunks. */
  readonly warned: boolean;
  /** Removes the handlers. */
  dispose(): void;
}

/** Exit status of a process stopped by `signal` (128 + its number, as a shell reports it). */
export const exitCode = (signal: NodeJS.Signals) => 128 + (constants.signals[signal] ?? 15);

/**
 * Handles the stop signals while a shard runs. On SIGINT or SIGTERM, `drop`
 * closes what is open and releases the lock, then `line(signal)` is written and the process exits.
 */
export function handleStops(drop: () => void, line: (signal: NodeJS.Signals) => string, err: (s: string) => void): Stop {
  let warned = false;
  const onDrop = (signal: NodeJS.Signals) => {
    try {
      drop();
    } finally {
      err(line(signal));
      process.exit(exitCode(signal));
    }
  };
  const onWarn = () => {
    warned = true;
  };
  for (const s of DROP) process.on(s, onDrop);
  process.on(WARNING_SIGNAL, onWarn);
  return {
    get warned() {
      return warned;
    },
    dispose() {
      for (const s of DROP) process.removeListener(s, onDrop);
      process.removeListener(WARNING_SIGNAL, onWarn);
    }
  };
}

/** Requeues without progress allowed in a row (a warning that came before the first chunk was done). */
const MAX_IDLE_REQUEUES = 3;

/**
 * After the warning: under Slurm, requeues this task when it finished at
 * least one chunk in this run, or has been requeued fewer than three times (a
 * task that never makes progress would be requeued for ever); returns what to tell the user.
 */
export function requeueAfterWarning(progressed: boolean, env: NodeJS.ProcessEnv = process.env, run = spawnSync): string {
  const job = env.SLURM_JOB_ID;
  if (!job) return "run the same command to resume";
  if (!progressed && Number(env.SLURM_RESTART_COUNT ?? 0) >= MAX_IDLE_REQUEUES) return `no chunk finished in this run before the warning, so the task is not requeued: ask for more time (sbatch --time) and resubmit it (sbatch --array=${env.SLURM_ARRAY_TASK_ID ?? "<i>"} ...)`;
  const r = run("scontrol", ["requeue", job], {encoding: "utf8", timeout: 30_000});
  const name = slurmJob(env) ?? job;
  if (r.status === 0) return `Slurm job ${name} requeued: it resumes where it stopped`;
  const why = (r.error?.message ?? String(r.stderr ?? "")).trim().split("\n")[0];
  return `could not requeue Slurm job ${name} (${why}): resubmit it (sbatch --array=${env.SLURM_ARRAY_TASK_ID ?? "<i>"} ...) or run the same command to resume`;
}
