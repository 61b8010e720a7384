// Progress of long command-line work on stderr: runs done, rate and time
// left, redrawn at most five times a second. Shown only when stderr is a
// terminal or --progress is given, so pipes and tests stay quiet.

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

/** A progress line for `total` units of work, or a no-op when not shown. */
export function progressMeter(io: Io, shown: boolean, label: string, total: number, unit = "runs"): Tick {
  if (!shown) return () => {};
  const t0 = performance.now();
  let last = -Infinity;
  const terminal = io.tty;
  return (done) => {
    const now = performance.now();
    if (done < total && now - last < 200) return;
    last = now;
    const s = (now - t0) / 1000;
    const rate = s > 0 ? done / s : NaN;
    const left = done >= total ? "done" : `${duration((total - done) / rate)} left`;
    const line = `${label}: ${done}/${total} ${unit}, ${Number.isFinite(rate) ? Math.round(rate) : "?"}/s, ${left}`;
    // A terminal redraws one line; a log gets one line per update.
    io.err(terminal ? `\r${line}\x1b[K${done >= total ? "\n" : ""}` : line + "\n");
  };
}
