// The reduction: a classic 1972 config run on the general garbage-can core
// (core.ts) with the participation layers off: one arena that meets every
// period, no deadlines, no owners, every problem and participant its own
// access class, the entry schedule entered as given. This is the core's own
// weekly loop, not the specialised classic engine; the reduction test checks
// that both give the same results on all 324 runs of the 1972 design.

import type {ClassicChoiceDetail, ClassicConfig, ClassicProblemDetail, ClassicResult} from "../classic/engine.ts";
import {STYLE_NAME} from "../streams.ts";
import {CHOICE, CORE_COUNTER as C, GarbageCanCore, PROBLEM} from "./core.ts";

/** The readings the general engine supports (the pinned ones, plus "highest" ties, "<" and float energies). */
export function generalSupports(config: Pick<ClassicConfig, "tieBreak" | "deficits">): string | null {
  if (config.tieBreak === "random") return "tieBreak \"random\" (the general engine breaks ties by index: lowest or highest)";
  if (config.deficits !== "previous") return "deficits \"live\" (the general engine reads previous-period deficits)";
  return null;
}

function matrixInto(target: Uint8Array, matrix: number[][], rows: number, cols: number, name: string): void {
  if (matrix.length !== rows) throw new Error(`invalid ${name}: expected ${rows} rows, got ${matrix.length}`);
  matrix.forEach((row, i) => {
    if (row.length !== cols) throw new Error(`invalid ${name}: row ${i + 1} has ${row.length} columns, expected ${cols}`);
    row.forEach((x, j) => {
      if (x !== 0 && x !== 1) throw new Error(`invalid ${name}: entry [${i + 1}][${j + 1}] is ${x}, allowed 0 or 1`);
      target[i * cols + j] = x;
    });
  });
}

/** A classic config on the general core: a simulator object that can be run many times. */
export class ClassicOnCore {
  readonly core: GarbageCanCore;
  readonly config: ClassicConfig;
  readonly scale: number;
  private readonly choiceEntry: Int32Array;
  private readonly problemEntry: Int32Array;

  constructor(config: ClassicConfig) {
    const unsupported = generalSupports(config);
    if (unsupported) throw new Error(`invalid rule for the general engine: ${unsupported}`);
    const T = config.periods, m = config.choiceEntry.length, v = config.energies.length, w = config.problemEntry.length;
    if (!Number.isInteger(T) || T < 1) throw new Error(`invalid periods: ${T} (allowed: an integer >= 1)`);
    this.config = config;
    this.scale = config.arithmetic === "integer" ? 100 : 1;
    const core = new GarbageCanCore({choices: m, participants: v, problems: w, arenas: 1, problemClasses: w, participantClasses: v, choiceClasses: m});
    core.comparison = config.comparison;
    core.tieBreak = config.tieBreak === "highest" ? "highest" : "lowest";
    matrixInto(core.access, config.access, w, m, "access");
    matrixInto(core.decision, config.decision, v, m, "decision");
    // Integer mode keeps energies in exact hundredths (docs/classic-1972.md §1.12).
    const load = this.scale === 100 ? Math.round(config.load * 100) : config.load;
    for (let i = 0; i < w; ++i) { core.problemClass[i] = i; core.problemLoad[i] = load; }
    core.uniformLoad = load;
    for (let k = 0; k < v; ++k) {
      core.participantClass[k] = k;
      const e = config.energies[k] * config.solutionCoefficient;
      core.energy[k] = this.scale === 100 ? Math.round(e * 100) : e;
    }
    for (let j = 0; j < m; ++j) core.choiceClass[j] = j;
    this.choiceEntry = Int32Array.from(config.choiceEntry);
    this.problemEntry = Int32Array.from(config.problemEntry);
    this.core = core;
  }

  /** One run; results stay in the core until the next. */
  run(): void {
    const {core, choiceEntry, problemEntry} = this, T = this.config.periods;
    core.reset();
    for (let t = 1; t <= T; ++t) {
      // entry in index order (the order does not matter under previous-period deficits)
      for (let j = 0; j < choiceEntry.length; ++j) if (choiceEntry[j] === t) core.enterChoice(j, t);
      for (let i = 0; i < problemEntry.length; ++i) if (problemEntry[i] === t) core.enterProblem(i, t);
      core.step(t);
    }
    core.finish(T);
  }

  private units(x: number): number {
    return this.scale === 100 ? Math.round(x) / 100 : x;
  }

  /** The classic result shape (summary measures and details) from the last run. */
  result(): ClassicResult {
    const {core} = this, c = core.counters, T = this.config.periods;
    const choices: ClassicChoiceDetail[] = [];
    for (let j = 0; j < core.size.choices; ++j) {
      const entered = core.cState[j] !== CHOICE.none, made = core.cState[j] === CHOICE.made;
      choices.push({
        id: j + 1, entry: entered ? core.cEntry[j] : 0, made: made ? core.cMade[j] : null, style: made ? STYLE_NAME[core.cStyle[j]] : null,
        problemsSolved: core.cSolved[j], activePeriods: entered ? (made ? core.cMade[j] : T) - core.cEntry[j] + 1 : 0,
        accumulated: this.units(core.EE[j]), required: this.units(core.ER[j])
      });
    }
    const problems: ClassicProblemDetail[] = [];
    for (let i = 0; i < core.size.problems; ++i) {
      const solved = core.pState[i] === PROBLEM.solved;
      problems.push({
        id: i + 1, entry: core.pState[i] !== PROBLEM.none ? core.pEntry[i] : 0,
        solved: solved ? core.pClosed[i] : null, solvedBy: solved ? core.pClosedBy[i] + 1 : null,
        activePeriods: core.pActive[i], latentPeriods: core.pLatent[i], shifts: core.pShifts[i]
      });
    }
    return {
      resolution: c[C.resolution], flight: c[C.flight], oversight: c[C.oversight],
      choicesUnmade: c[C.choicesUnmade], problemsUnsolved: c[C.problemsUnsolved],
      problemActivity: c[C.problemActivity], problemLatency: c[C.problemLatency], problemShifts: c[C.problemShifts],
      dmShifts: c[C.dmShifts], dmActivity: c[C.dmActivity], choiceActivePeriods: c[C.choiceActivePeriods],
      energySpent: this.units(c[C.energySpent]), energyExcess: this.units(c[C.energyExcess]), energyIdle: this.units(c[C.energyIdle]),
      choices, problems
    };
  }
}

/** Runs a classic config once on the general core. */
export function runClassicOnCore(config: ClassicConfig): ClassicResult {
  const sim = new ClassicOnCore(config);
  sim.run();
  return sim.result();
}
