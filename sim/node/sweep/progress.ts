// A progress bar on stderr: runs done, rate and time left. On a terminal it
// redraws one line; otherwise it prints a line every few seconds.

export interface Progress {
  update(done: number): void;
  end(done: number): void;
}

function clock(s: number): string {
  if (!Number.isFinite(s)) return "--";
  s = Math.round(s);
  const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), sec = s % 60;
  return h ? `${h}h${String(m).padStart(2, "0")}m` : m ? `${m}m${String(sec).padStart(2, "0")}s` : `${sec}s`;
}

export function progressBar(total: number, already: number, write: (s: string) => void, tty: boolean): Progress {
  const t0 = performance.now();
  let last = 0;
  const line = (done: number) => {
    const secs = (performance.now() - t0) / 1000;
    const rate = secs > 0 ? (done - already) / secs : 0;
    const left = rate > 0 ? (total - done) / rate : Infinity;
    const width = 24, filled = total ? Math.round((width * done) / total) : width;
    return `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} runs  ${rate.toFixed(0)} runs/s  ${clock(left)} left`;
  };
  return {
    update(done) {
      const now = performance.now();
      if (now - last < (tty ? 200 : 5000)) return;
      last = now;
      write(tty ? `\r${line(done)}\x1b[K` : `${line(done)}\n`);
    },
    end(done) {
      write(tty ? `\r${line(done)}\x1b[K\n` : `${line(done)}\n`);
    }
  };
}
