// The classic garbage-can engine (Cohen, March & Olsen 1972) as pinned in
// docs/classic-1972.md §1.9. Readable rules per period:
//   1. entry: choices and problems whose entry period is t become active;
//   2. snapshot deficits ER - EE of the live choices (previous-period values;
//      a choice that never held problems or energy has deficit 0);
//   3. every entered, unsolved problem goes to the accessible live choice with
//      the smallest deficit (ties: lowest index), or stays latent;
//   4. every decision maker goes to the allowed live choice with the smallest
//      deficit and adds its effective energy there, or is idle;
//   5. ER = load x problems attached now (energy already spent stays);
//   6. a live choice with ER <= EE is made; its attached problems are solved;
//      style: resolution (problems attached now), flight (problems attached
//      earlier, none now), oversight (never any problems).
// A simulator (classicSimulator) owns its compiled model, its workspace and
// its random source, so two runs never share state. The hot loop runs on
// typed arrays in one buffer per simulator and allocates nothing per period.
// Under previous-period deficits, rows with identical access (decision) rows
// make identical moves, so they are moved as groups (ClassicModel.pGroup,
// dGroup); the outcome is the same.
//
// The parts: types.ts (config, results, frames, the compiled model),
// setup.ts (validation and compiling), period.ts (the period step),
// frames.ts (measures, detail and frames). A run is stepped period by
// period (ClassicStepper); simulate() and run() are that loop.

import type {Random} from "../rng.ts";
import {compileClassic, setEntry} from "./setup.ts";
import {endRun, period, placeRows, startRun} from "./period.ts";
import {details, frame, summary} from "./frames.ts";
import type {Work} from "./setup.ts";
import type {ClassicConfig, ClassicFrame, ClassicModel, ClassicResult, ClassicSummary} from "./types.ts";

export * from "./types.ts";

/**
 * A classic simulator: one config compiled once, with its own workspace and
 * results, and an injected random source (as d3-force's
 * simulation.randomSource). Runs of two simulators never share state, so one
 * may run inside another's onFrame; a simulator cannot run inside its own.
 */
export interface ClassicSimulator {
  /** The compiled config and, after a run, its outcome as typed arrays (read only). */
  readonly model: ClassicModel;
  /** The random source (needed only for random tie-breaking). */
  source(): Random | undefined;
  /** Sets the random source and returns the simulator. */
  source(random: Random | undefined): ClassicSimulator;
  /** Replaces the entry schedule (replications with random entry orders compile once). */
  entry(choiceEntry: ArrayLike<number>, problemEntry: ArrayLike<number>): ClassicSimulator;
  /** Runs once, leaving the outcome in `model` (allocates nothing); `onFrame` is called after each period. */
  simulate(onFrame?: (t: number) => void): ClassicSimulator;
  /** The run measures of the last run. */
  summary(): ClassicSummary;
  /** Per-choice and per-problem detail of the last run. */
  details(): Pick<ClassicResult, "choices" | "problems">;
  /** Runs once and returns plain results (with a frame per period when `trace`). */
  run(options?: {trace?: boolean}): ClassicResult;
  /**
   * Starts a run to step period by period with the simulator's random source
   * (one run at a time; the simulator cannot run or change its schedule
   * until the stepped run is finished).
   */
  start(): ClassicStepper;
}

/**
 * A classic run stepped period by period: `step()` runs the next period and
 * returns its frame, `done` says whether the horizon is reached, `finish()`
 * runs what is left and gives the results. A stepped run is the run: the
 * same numbers as `run()` for the same config and source.
 */
export interface ClassicStepper {
  /** The next period to run (1-based); periods + 1 when done. */
  readonly period: number;
  readonly done: boolean;
  step(): ClassicFrame;
  finish(): ClassicResult;
}

/**
 * Runs the compiled model once with its workspace, leaving the outcome in
 * the model's result arrays and counters: the period step in a loop.
 * `onFrame` is called after each period (for traces).
 */
function simulate(model: ClassicModel, work: Work, random: Random | undefined, onFrame: ((t: number) => void) | undefined): void {
  const r = startRun(model, work, random), frames = onFrame !== undefined;
  while (r.t <= model.T) {
    const t = r.t;
    if (!period(model, work, r, frames)) break;
    if (onFrame) {
      placeRows(model, work, r.nActive);
      onFrame(t);
    }
  }
  endRun(model, work, r);
}

/** A simulator for a config (validated here: throws an Error naming the field on bad input). */
export function classicSimulator(config: ClassicConfig): ClassicSimulator {
  const {model, work} = compileClassic(config);
  let random: Random | undefined;
  let running = false;
  function source(): Random | undefined;
  function source(r: Random | undefined): ClassicSimulator;
  function source(...args: [Random | undefined] | []): Random | undefined | ClassicSimulator {
    if (args.length === 0) return random;
    random = args[0];
    return sim;
  }
  function start(): ClassicStepper {
    if (running) throw new Error("a simulator runs one run at a time (finish the stepped run first)");
    const r = startRun(model, work, random);
    running = true;
    let finished = false;
    const stepper: ClassicStepper = {
      get period() { return r.t; },
      get done() { return r.t > model.T; },
      step() {
        if (finished || r.t > model.T) throw new Error("the run has reached its horizon: finish() it");
        const t = r.t;
        period(model, work, r, true);
        placeRows(model, work, r.nActive);
        return frame(model, work, t);
      },
      finish() {
        if (finished) throw new Error("the run is finished");
        while (r.t <= model.T) period(model, work, r, false);
        endRun(model, work, r);
        finished = true;
        running = false;
        return {...summary(model), ...details(model)};
      }
    };
    return stepper;
  }
  const sim: ClassicSimulator = {
    start,
    model,
    source,
    entry(choiceEntry, problemEntry) {
      if (running) throw new Error("a simulator cannot change its entry schedule while it runs");
      setEntry(model, choiceEntry, problemEntry);
      return sim;
    },
    simulate(onFrame) {
      if (running) throw new Error("a simulator cannot run inside its own onFrame (use another simulator)");
      if (!onFrame) {
        simulate(model, work, random, undefined);
        return sim;
      }
      running = true;
      try { simulate(model, work, random, onFrame); } finally { running = false; }
      return sim;
    },
    summary: () => summary(model),
    details: () => details(model),
    run(options = {}) {
      const trace: ClassicFrame[] | undefined = options.trace ? [] : undefined;
      sim.simulate(trace ? (t) => trace.push(frame(model, work, t)) : undefined);
      const result: ClassicResult = {...summary(model), ...details(model)};
      if (trace) result.trace = trace;
      return result;
    }
  };
  return sim;
}

/** Runs a config once and returns plain results (a one-off simulator). */
export function runClassic(config: ClassicConfig, options: {random?: Random; trace?: boolean} = {}): ClassicResult {
  return classicSimulator(config).source(options.random).run(options);
}
