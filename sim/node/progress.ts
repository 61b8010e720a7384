// Progress of long command-line work on stderr (every subcommand, sweep
// included): runs done, rate and time left, redrawn at most five times a
// second on a terminal. Shown only when stderr is a terminal or --progress is
// given (sweep: always), so pipes and tests stay quiet.

export interface Io {
  out: (s: string) => void | Promise<void>;
  err: (s: string) => void;
  /** Whether stderr is a terminal (progress is then shown without --progress). */
  tty: boolean;
}

export type Tick = (done: number) => void;

function duration(s: number): string {
  if (!Number.isFinite(s)) return "?";
  if (s < 60) return `${Math.ceil(s)} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
  return `${Math.floor(s / 3600)} h ${Math.round((s % 3600) / 60)} min`;
}

export interface MeterOptions {
  /** Units done before this process started (a resumed sweep): counted as done, not in the rate. */
  already?: number;
  /** Draw a bar of # and - before the counts. */
  bar?: boolean;
  /** When stderr is not a terminal, at most one line per this many ms (default 200). */
  logEvery?: number;
}

/** A progress line for `total` units of work, or a no-op when not shown. */
export function progressMeter(io: Pick<Io, "err" | "tty">, shown: boolean, label: string, total: number, unit = "runs", options: MeterOptions = {}): Tick {
  if (!shown) return () => {};
  const t0 = performance.now();
  let last = -Infinity;
  const terminal = io.tty, already = options.already ?? 0, every = terminal ? 200 : options.logEvery ?? 200;
  return (done) => {
    const now = performance.now();
    if (done < total && now - last < every) return;
    last = now;
    const s = (now - t0) / 1000;
    const rate = s > 0 ? (done - already) / s : NaN;
    const left = done >= total ? "done" : `${duration((total - done) / rate)} left`;
    const width = 24, filled = total ? Math.round((width * Math.min(done, total)) / total) : width;
    const bar = options.bar ? `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ` : "";
    const line = `${label}: ${bar}${done}/${total} ${unit}, ${Number.isFinite(rate) && rate > 0 ? Math.round(rate) : "?"}/s, ${left}`;
    // A terminal redraws one line; a log gets one line per update.
    io.err(terminal ? `\r${line}\x1b[K${done >= total ? "\n" : ""}` : line + "\n");
  };
}
