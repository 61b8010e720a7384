// The clock that animates a run, kept apart from the engine (as d3-force keeps
// simulation.tick() apart from its timer). The engine produces the frames of a
// run up front; the runner only decides which frame is shown and when:
// play, pause, step, speed (periods per second), render every N periods and
// reset. The clock is injected, so tests drive it by hand.

export interface Clock {
  now(): number;
  request(callback: () => void): number;
  cancel(handle: number): void;
}

/** requestAnimationFrame in a browser; a 16 ms timer elsewhere. */
export const browserClock: Clock = {
  now: () => performance.now(),
  request: (cb) => (typeof requestAnimationFrame === "function" ? requestAnimationFrame(() => cb()) : (setTimeout(cb, 16) as unknown as number)),
  cancel: (h) => (typeof cancelAnimationFrame === "function" ? cancelAnimationFrame(h) : clearTimeout(h))
};

export interface RunnerState {
  /** Index of the frame shown, 0 .. frames - 1. */
  index: number;
  frames: number;
  playing: boolean;
  speed: number;
  renderEvery: number;
  /** True when the last frame is shown. */
  done: boolean;
}

export interface RunnerOptions {
  frames: number;
  /** Periods per second while playing (default 2). */
  speed?: number;
  /** While playing, draw only every N-th period (and the last); default 1. */
  renderEvery?: number;
  /** Frame to start at (default 0). */
  index?: number;
  clock?: Clock;
  /** Draws frame `index`. */
  render: (index: number) => void;
  /** Called whenever the state changes (to update buttons). */
  onChange?: (state: RunnerState) => void;
}

export const SPEEDS = [0.5, 1, 2, 4, 8, 16] as const;

export class Runner {
  private index: number;
  private playing = false;
  private speed: number;
  private renderEvery: number;
  private handle: number | null = null;
  private last = 0;
  private carry = 0;
  private readonly frames: number;
  private readonly clock: Clock;
  private readonly render: (index: number) => void;
  private readonly onChange?: (state: RunnerState) => void;

  constructor(options: RunnerOptions) {
    if (!Number.isInteger(options.frames) || options.frames < 1) throw new Error(`invalid frames: ${options.frames} (allowed: an integer >= 1)`);
    this.frames = options.frames;
    this.speed = checkSpeed(options.speed ?? 2);
    this.renderEvery = checkEvery(options.renderEvery ?? 1);
    this.clock = options.clock ?? browserClock;
    this.render = options.render;
    this.onChange = options.onChange;
    this.index = Math.max(0, Math.min(this.frames - 1, Math.floor(options.index ?? 0)));
    this.draw();
  }

  state(): RunnerState {
    return {index: this.index, frames: this.frames, playing: this.playing, speed: this.speed, renderEvery: this.renderEvery, done: this.index >= this.frames - 1};
  }

  play(): void {
    if (this.playing) return;
    if (this.index >= this.frames - 1) this.seek(0);
    this.playing = true;
    this.last = this.clock.now();
    this.carry = 0;
    this.schedule();
    this.changed();
  }

  pause(): void {
    if (!this.playing) return;
    this.playing = false;
    if (this.handle !== null) this.clock.cancel(this.handle);
    this.handle = null;
    this.draw(); // show where we stopped even if it was a skipped frame
  }

  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  /** Advances n periods (pauses first); always draws. */
  step(n = 1): void {
    this.pause();
    this.seek(this.index + n);
  }

  reset(): void {
    this.pause();
    this.seek(0);
  }

  seek(index: number): void {
    this.index = Math.max(0, Math.min(this.frames - 1, Math.floor(index)));
    this.draw();
  }

  setSpeed(speed: number): void {
    this.speed = checkSpeed(speed);
    this.changed();
  }

  setRenderEvery(n: number): void {
    this.renderEvery = checkEvery(n);
    this.changed();
  }

  /** Stops the clock for good (when the view is thrown away). */
  destroy(): void {
    if (this.handle !== null) this.clock.cancel(this.handle);
    this.handle = null;
    this.playing = false;
  }

  private schedule(): void {
    this.handle = this.clock.request(() => this.tick());
  }

  private tick(): void {
    this.handle = null;
    if (!this.playing) return;
    const now = this.clock.now();
    this.carry += ((now - this.last) / 1000) * this.speed;
    this.last = now;
    const advance = Math.floor(this.carry);
    if (advance > 0) {
      this.carry -= advance;
      const before = this.index;
      this.index = Math.min(this.frames - 1, this.index + advance);
      const crossed = Math.floor(this.index / this.renderEvery) > Math.floor(before / this.renderEvery);
      if (this.index >= this.frames - 1) {
        this.playing = false;
        this.draw();
        return;
      }
      if (crossed || this.renderEvery === 1) this.draw();
    }
    this.schedule();
  }

  private draw(): void {
    this.render(this.index);
    this.changed();
  }

  private changed(): void {
    this.onChange?.(this.state());
  }
}

function checkSpeed(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) throw new Error(`invalid speed: ${x} (allowed: a number > 0)`);
  return x;
}

function checkEvery(n: number): number {
  if (!Number.isInteger(n) || n < 1) throw new Error(`invalid renderEvery: ${n} (allowed: an integer >= 1)`);
  return n;
}
