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

import type {Random} from "../rng.ts";
import {STYLE_CODE, STYLE_NAME, firstAllowed, sortByDeficit, styleOf, type Comparison, type DecisionStyle, type TieBreak} from "../streams.ts";

export type DeficitTiming = "previous" | "live";
export type Arithmetic = "integer" | "float";
export const DEFICIT_TIMINGS: readonly DeficitTiming[] = ["previous", "live"];
export const ARITHMETICS: readonly Arithmetic[] = ["integer", "float"];

/** The readings that docs/classic-1972.md pins, each an option (defaults = pinned values). */
export interface ClassicRules {
  tieBreak: TieBreak;
  comparison: Comparison;
  /** "previous": agents choose from last period's deficits (pinned); "live": each agent sees the moves made before it this period. */
  deficits: DeficitTiming;
  /** "integer": energies in exact hundredths (pinned, §1.12); "float": float64 energy units. */
  arithmetic: Arithmetic;
}

export const DEFAULT_RULES: ClassicRules = {tieBreak: "lowest", comparison: "<=", deficits: "previous", arithmetic: "integer"};

/** Everything a classic run needs, as plain data. Entities are listed from index 1 = first row. */
export interface ClassicConfig extends ClassicRules {
  periods: number;
  /** Energy required per attached problem, in energy units. */
  load: number;
  solutionCoefficient: number;
  /** Raw energy per decision maker per period (before the solution coefficient). */
  energies: number[];
  /** problems x choices, 1 = the problem may attach to the choice. */
  access: number[][];
  /** decision makers x choices, 1 = the decision maker may work on the choice. */
  decision: number[][];
  /** Entry period (1-based) per choice; 0 or beyond the horizon = never enters. */
  choiceEntry: number[];
  /** Entry period (1-based) per problem. */
  problemEntry: number[];
}

export interface ClassicSummary {
  resolution: number;
  flight: number;
  oversight: number;
  choicesUnmade: number;
  problemsUnsolved: number;
  problemActivity: number;
  problemLatency: number;
  problemShifts: number;
  dmShifts: number;
  dmActivity: number;
  choiceActivePeriods: number;
  energySpent: number;
  energyExcess: number;
  /** Energy of decision makers with no live choice open to them (lost). */
  energyIdle: number;
}

export interface ClassicChoiceDetail {
  id: number;
  entry: number;
  /** Period made, or null. */
  made: number | null;
  style: DecisionStyle | null;
  problemsSolved: number;
  activePeriods: number;
  accumulated: number;
  required: number;
}

export interface ClassicProblemDetail {
  id: number;
  entry: number;
  solved: number | null;
  /** Id of the choice that solved it, or null. */
  solvedBy: number | null;
  activePeriods: number;
  latentPeriods: number;
  shifts: number;
}

/** Where everything stands at the end of one period (for animation). */
export interface ClassicFrame {
  period: number;
  /** Per choice: 0 not entered, 1 live, 2 made. */
  choiceState: number[];
  /** Per choice: style code if made in this period (1 resolution, 2 flight, 3 oversight), else 0. */
  madeNow: number[];
  accumulated: number[];
  required: number[];
  /** Per problem: choice id attached to (1-based), 0 latent, -1 not entered, -2 solved. */
  problemAt: number[];
  /** Per decision maker: choice id (1-based) worked on this period, 0 idle. */
  dmAt: number[];
}

export interface ClassicResult extends ClassicSummary {
  choices: ClassicChoiceDetail[];
  problems: ClassicProblemDetail[];
  trace?: ClassicFrame[];
}

/** A config compiled to typed arrays, with the outcome of the simulator's last run. */
export interface ClassicModel {
  readonly config: ClassicConfig;
  readonly T: number;
  readonly m: number;
  readonly v: number;
  readonly w: number;
  readonly scale: number;
  readonly load: number;
  readonly energy: Float64Array;
  readonly access: Uint8Array;
  readonly decision: Uint8Array;
  readonly choiceEntry: Int32Array;
  readonly problemEntry: Int32Array;
  /** Ids sorted by entry period; those entering in period t are choicesByEntry[choiceFrom[t] .. choiceFrom[t + 1]). */
  readonly choicesByEntry: Int32Array;
  readonly choiceFrom: Int32Array;
  readonly problemsByEntry: Int32Array;
  readonly problemFrom: Int32Array;
  /**
   * Problem groups. With previous-period deficits, problems with identical
   * access rows see the same candidates in the same order, so they all go to
   * the same choice: step 3 runs once per group, and per-problem latency and
   * shifts are read off group counters (see simulate). With live deficits
   * every problem is its own group. Groups are numbered by their first row.
   */
  readonly pGroup: Int32Array;
  /** Per group: a member row (of access), and that row as a bit mask over choices (only when m <= 31; else empty). */
  readonly pgRow: Int32Array;
  readonly pgMask: Int32Array;
  /** Number of problem groups and of decision-maker groups. */
  readonly nPG: number;
  readonly nDG: number;
  /**
   * Decision-maker groups, likewise (identical decision rows). Only in integer
   * mode, where a group's energy is an exact sum; in float mode (and with live
   * deficits) every decision maker is its own group, so energies are added one
   * by one in row order as the rules read.
   */
  readonly dGroup: Int32Array;
  readonly dgRow: Int32Array;
  readonly dgMask: Int32Array;
  readonly dgEnergy: Float64Array;
  readonly dgSize: Int32Array;
  // results of the last run
  readonly cState: Uint8Array;
  readonly cStyle: Uint8Array;
  readonly cMade: Int32Array;
  readonly ER: Float64Array;
  readonly EE: Float64Array;
  readonly pSolved: Int32Array;
  readonly pSolvedBy: Int32Array;
  readonly pLatent: Int32Array;
  readonly pShifts: Int32Array;
  /** Run counters, indexed by COUNTER. */
  readonly counters: Float64Array;
}

/** Where each run measure sits in ClassicModel.counters. */
export const COUNTER = {
  resolution: 0, flight: 1, oversight: 2, problemActivity: 3, problemLatency: 4, problemShifts: 5, dmShifts: 6, dmActivity: 7,
  choiceActivePeriods: 8, energySpent: 9, energyExcess: 10, energyIdle: 11, problemsUnsolved: 12, choicesUnmade: 13
} as const;
const C_RES = COUNTER.resolution, C_FLI = COUNTER.flight, C_OVE = COUNTER.oversight, C_PACT = COUNTER.problemActivity,
  C_PLAT = COUNTER.problemLatency, C_PSH = COUNTER.problemShifts, C_DSH = COUNTER.dmShifts, C_DACT = COUNTER.dmActivity,
  C_CACT = COUNTER.choiceActivePeriods, C_SPENT = COUNTER.energySpent, C_EXC = COUNTER.energyExcess, C_IDLE = COUNTER.energyIdle,
  C_UNSOLVED = COUNTER.problemsUnsolved, C_UNMADE = COUNTER.choicesUnmade;

function flat(matrix: number[][], rows: number, cols: number, name: string): Uint8Array {
  if (matrix.length !== rows) throw new Error(`invalid ${name}: expected ${rows} rows, got ${matrix.length}`);
  const out = new Uint8Array(rows * cols);
  matrix.forEach((row, i) => {
    if (row.length !== cols) throw new Error(`invalid ${name}: row ${i + 1} has ${row.length} columns, expected ${cols}`);
    row.forEach((x, j) => {
      if (x !== 0 && x !== 1) throw new Error(`invalid ${name}: entry [${i + 1}][${j + 1}] is ${x}, allowed 0 or 1`);
      out[i * cols + j] = x;
    });
  });
  return out;
}

/**
 * Writes the ids that enter, sorted by entry period (then id), into `ids`,
 * and where each period's entrants start into `from` (see
 * ClassicModel.choiceFrom); from[T + 1] is the number that enter.
 */
function byEntry(entry: Int32Array, T: number, ids: Int32Array, from: Int32Array): void {
  // A counting sort by period (stable, so ties stay in id order): called for
  // every run of a sweep, where a comparison sort cost more than the run.
  let max = 0;
  for (let i = 0; i < entry.length; ++i) if (entry[i] > max) max = entry[i];
  const end = new Int32Array(max + 1); // after placing: end[e] = entrants in periods 1..e
  for (let i = 0; i < entry.length; ++i) if (entry[i] > 0) ++end[entry[i]];
  for (let e = 1, s = 0; e <= max; ++e) { const c = end[e]; end[e] = s; s += c; }
  ids.fill(0);
  for (let i = 0; i < entry.length; ++i) { const e = entry[i]; if (e > 0) ids[end[e]++] = i; }
  // from[t]: entrants before period t
  for (let t = 1; t <= T + 1; ++t) from[t] = t === 1 ? 0 : end[Math.min(t - 1, max)];
}

/** Groups the rows of a flat 0/1 matrix: identical rows share a group when `merge`, else each row is its own. */
function groupRows(matrix: Uint8Array, rows: number, cols: number, merge: boolean): {group: Int32Array; row: Int32Array; mask: Int32Array} {
  const group = new Int32Array(rows), reps: number[] = [], byKey = new Map<string, number>();
  for (let r = 0; r < rows; ++r) {
    const key = merge ? matrix.subarray(r * cols, (r + 1) * cols).join("") : String(r);
    let g = byKey.get(key);
    if (g === undefined) { g = reps.length; byKey.set(key, g); reps.push(r); }
    group[r] = g;
  }
  const mask = new Int32Array(cols <= 31 ? reps.length : 0);
  for (let g = 0; g < mask.length; ++g) for (let j = 0; j < cols; ++j) if (matrix[reps[g] * cols + j]) mask[g] |= 1 << j;
  return {group, row: Int32Array.from(reps), mask};
}

/** Validates a config and compiles it to typed arrays, with a workspace of its own. Throws an Error naming the field on bad input. */
function compileClassic(config: ClassicConfig): {model: ClassicModel; work: Work} {
  const {periods: T, energies, choiceEntry, problemEntry} = config;
  const m = choiceEntry.length, v = energies.length, w = problemEntry.length;
  const int = (x: number, name: string, min: number) => {
    if (!Number.isInteger(x) || x < min) throw new Error(`invalid ${name}: ${x} (allowed: an integer >= ${min})`);
  };
  int(T, "periods", 1);
  int(m, "choices", 1);
  int(v, "decision makers", 1);
  int(w, "problems", 0);
  if (!(config.load >= 0) || !Number.isFinite(config.load)) throw new Error(`invalid load: ${config.load} (allowed: a number >= 0)`);
  if (!(config.solutionCoefficient > 0 && config.solutionCoefficient <= 1)) throw new Error(`invalid solutionCoefficient: ${config.solutionCoefficient} (allowed: 0 < x <= 1)`);
  energies.forEach((e, k) => { if (!(e >= 0) || !Number.isFinite(e)) throw new Error(`invalid energies[${k + 1}]: ${e} (allowed: a number >= 0)`); });
  choiceEntry.forEach((p, j) => int(p, `choiceEntry[${j + 1}]`, 0));
  problemEntry.forEach((p, i) => int(p, `problemEntry[${i + 1}]`, 0));
  const checkEnum = (value: string, allowed: readonly string[], name: string) => {
    if (!allowed.includes(value)) throw new Error(`invalid ${name}: ${JSON.stringify(value)} (allowed: ${allowed.join(", ")})`);
  };
  checkEnum(config.tieBreak, ["lowest", "highest", "random"], "tieBreak");
  checkEnum(config.comparison, ["<=", "<"], "comparison");
  checkEnum(config.deficits, DEFICIT_TIMINGS, "deficits");
  checkEnum(config.arithmetic, ARITHMETICS, "arithmetic");
  const scale = config.arithmetic === "integer" ? 100 : 1;
  // Integer mode keeps energies in exact hundredths (0.55 x 0.6 -> 33).
  const energy = Float64Array.from(energies, (e) => (scale === 100 ? Math.round(e * config.solutionCoefficient * 100) : e * config.solutionCoefficient));
  const load = scale === 100 ? Math.round(config.load * 100) : config.load;
  const cE = Int32Array.from(choiceEntry, (p) => (p > T ? 0 : p));
  const access = flat(config.access, w, m, "access"), decision = flat(config.decision, v, m, "decision");
  const pE = Int32Array.from(problemEntry, (p) => (p > T ? 0 : p));
  const choicesByEntry = new Int32Array(m), choiceFrom = new Int32Array(T + 2), problemsByEntry = new Int32Array(w), problemFrom = new Int32Array(T + 2);
  byEntry(cE, T, choicesByEntry, choiceFrom);
  byEntry(pE, T, problemsByEntry, problemFrom);
  const previous = config.deficits === "previous";
  const pg = groupRows(access, w, m, previous), dg = groupRows(decision, v, m, previous && scale === 100);
  const dgEnergy = new Float64Array(dg.row.length), dgSize = new Int32Array(dg.row.length);
  for (let k = 0; k < v; ++k) { dgEnergy[dg.group[k]] += energy[k]; ++dgSize[dg.group[k]]; }
  const model: ClassicModel = {
    config, T, m, v, w, scale, load, energy, access, decision,
    choiceEntry: cE, problemEntry: pE,
    choicesByEntry, choiceFrom, problemsByEntry, problemFrom,
    pGroup: pg.group, pgRow: pg.row, pgMask: pg.mask, nPG: pg.row.length, nDG: dg.row.length,
    dGroup: dg.group, dgRow: dg.row, dgMask: dg.mask, dgEnergy, dgSize,
    cState: new Uint8Array(m), cStyle: new Uint8Array(m), cMade: new Int32Array(m),
    ER: new Float64Array(m), EE: new Float64Array(m),
    pSolved: new Int32Array(w), pSolvedBy: new Int32Array(w), pLatent: new Int32Array(w), pShifts: new Int32Array(w),
    counters: new Float64Array(14)
  };
  const work = newWork(m, w, v, pg.row.length, dg.row.length);
  packArrays(model, work);
  return {model, work};
}

/** Working arrays of a run that are not results; each simulator has its own. */
interface Work {
  /** Per choice: ever held a problem; problems attached this period (zero between periods); deficit. */
  cEver: Uint8Array;
  cCount: Int32Array;
  deficit: Float64Array;
  /** The live choices, kept sorted by deficit when needed. */
  order: Int32Array;
  /** Entered, unsolved problems in entry order. */
  activeProblems: Int32Array;
  /** Per problem group: active members, choice attached to this period (-1 latent), periods latent and shifts so far. */
  pgCount: Int32Array;
  pgAt: Int32Array;
  pgLatent: Int32Array;
  pgShifts: Int32Array;
  /** Per decision-maker group: choice worked on this period, -1 idle. */
  dgAt: Int32Array;
  /** Per problem/decision maker: choice attached to (-1 none); written only for frames (and pAt for solved problems). */
  pAt: Int32Array;
  dmAt: Int32Array;
}

function newWork(m: number, w: number, v: number, nPG: number, nDG: number): Work {
  return {
    cEver: new Uint8Array(m), cCount: new Int32Array(m), deficit: new Float64Array(m), order: new Int32Array(m),
    activeProblems: new Int32Array(w), pgCount: new Int32Array(nPG), pgAt: new Int32Array(nPG), pgLatent: new Int32Array(nPG), pgShifts: new Int32Array(nPG),
    dgAt: new Int32Array(nDG), pAt: new Int32Array(w), dmAt: new Int32Array(v)
  };
}

const COLD: ReadonlySet<string> = new Set(["access", "decision", "pgRow", "dgRow", "dGroup", "pAt", "dmAt", "pSolvedBy", "energy", "choiceEntry", "problemEntry"]);

/**
 * Moves every typed array of the given objects into one buffer (widest
 * elements first, so all stay aligned). A run touches most of them; packed,
 * they share cache lines, which matters when many simulators run in turn
 * (the 1972 design).
 */
function packArrays(...objects: object[]): void {
  const views = objects.flatMap((o) => Object.entries(o).filter((e): e is [string, Float64Array | Int32Array | Uint8Array] => ArrayBuffer.isView(e[1])).map(([key, x]) => ({o, key, x})));
  // arrays the hot loop does not touch (with bit masks, without frames) go last, so the touched ones share cache lines
  const cold = (key: string) => +COLD.has(key);
  views.sort((a, b) => b.x.BYTES_PER_ELEMENT - a.x.BYTES_PER_ELEMENT || cold(a.key) - cold(b.key));
  const buffer = new ArrayBuffer(views.reduce((n, {x}) => n + x.byteLength, 0));
  let offset = 0;
  for (const {o, key, x} of views) {
    const view = new (x.constructor as Int32ArrayConstructor)(buffer, offset, x.length);
    view.set(x);
    (o as Record<string, unknown>)[key] = view;
    offset += x.byteLength;
  }
}

// Replaces a compiled model's entry schedule in place.
function setEntry(model: ClassicModel, choiceEntry: ArrayLike<number>, problemEntry: ArrayLike<number>): void {
  const {T, m, w} = model;
  if (choiceEntry.length !== m || problemEntry.length !== w) throw new Error(`invalid entry schedule: expected ${m} choices and ${w} problems`);
  for (let j = 0; j < m; ++j) model.choiceEntry[j] = choiceEntry[j] > T ? 0 : choiceEntry[j];
  for (let i = 0; i < w; ++i) {
    model.problemEntry[i] = problemEntry[i] > T ? 0 : problemEntry[i];
    // a run writes only the problems that enter
    if (model.problemEntry[i] === 0) { model.pLatent[i] = 0; model.pShifts[i] = 0; }
  }
  byEntry(model.choiceEntry, T, model.choicesByEntry, model.choiceFrom);
  byEntry(model.problemEntry, T, model.problemsByEntry, model.problemFrom);
}

/**
 * Runs the compiled model once with its workspace, leaving the outcome in
 * the model's result arrays and counters. `random` is needed only for random
 * tie-breaking; `onFrame` is called after each period (for traces).
 *
 * Rows are handled by group (see ClassicModel.pGroup): a group's members sit
 * at the same choice, so a problem's latent periods and shifts are the
 * group's counts over its own stay. pLatent/pShifts hold minus the group
 * counter at entry until the problem leaves, when the counter is added back.
 */
function simulate(model: ClassicModel, work: Work, random: Random | undefined, onFrame: ((t: number) => void) | undefined): void {
  const {T, m, v, w, load, energy, access, decision, problemEntry, choicesByEntry, choiceFrom, problemsByEntry, problemFrom,
    pGroup, pgRow, pgMask, dgRow, dgMask, dgEnergy, dgSize,
    cState, cStyle, cMade, ER, EE, pSolved, pSolvedBy, pLatent, pShifts, counters} = model;
  const {tieBreak, comparison} = model.config;
  const live = model.config.deficits === "live";
  if (tieBreak === "random" && !random) throw new Error("tieBreak \"random\" needs a random source (simulator.source(random))");
  const {cEver, cCount, deficit, order, activeProblems, pgCount, pgAt, pgLatent, pgShifts, dgAt, pAt} = work;
  const nPG = model.nPG, nDG = model.nDG;
  const nChoices = choiceFrom[T + 1], nProblems = problemFrom[T + 1];
  // Only what is read before written is reset: cMade counts only once made,
  // pLatent/pShifts are set at entry (never-entered ones are 0 from
  // compiling and setEntry), pAt only for solved
  // problems and frames, group counters only up to the group count.
  // (cCount is zero between runs: step 6 clears it for every live choice.)
  for (let j = 0; j < m; ++j) { cState[j] = 0; cStyle[j] = 0; cEver[j] = 0; ER[j] = 0; EE[j] = 0; }
  for (let i = 0; i < w; ++i) pSolved[i] = 0;
  for (let g = 0; g < nPG; ++g) { pgCount[g] = 0; pgAt[g] = -1; pgLatent[g] = 0; pgShifts[g] = 0; }
  for (let g = 0; g < nDG; ++g) dgAt[g] = -1;
  let nActive = 0, unsolved = 0, nLive = 0, liveMask = 0;
  const strict = comparison === "<";
  // Bit masks make "the first allowed live choice" cheap when m <= 31.
  const useMask = !live && m <= 31;
  let resolution = 0, flight = 0, oversight = 0, dSh = 0, dAct = 0, dIdle = 0, spent = 0, excess = 0, idle = 0;
  // Run totals kept as the run goes: problem-periods (entered, not yet
  // solved), latent problem-periods, problem shifts, choice-periods live.
  let pPeriods = 0, pLat = 0, pSh = 0, cAct = 0;
  for (let t = 1; t <= T; ++t) {
    // 1. entry. The live list `order` is kept across periods (new choices are
    // appended, made ones dropped), so it arrives nearly sorted.
    const enteredBy = choiceFrom[t + 1];
    for (let q = choiceFrom[t]; q < enteredBy; ++q) {
      const j = choicesByEntry[q];
      cState[j] = 1;
      order[nLive++] = j;
      liveMask |= 1 << j;
      deficit[j] = 0;
    }
    const firstEntrant = problemFrom[t], lastEntrant = problemFrom[t + 1];
    for (let q = firstEntrant; q < lastEntrant; ++q) {
      const i = problemsByEntry[q];
      const g = pGroup[i];
      activeProblems[nActive++] = i;
      ++unsolved;
      ++pgCount[g];
      pLatent[i] = -pgLatent[g]; pShifts[i] = -pgShifts[g];
    }
    // 2. deficits of the live choices are those of the end of last period (set in step 6)
    if (nLive === 0 && enteredBy === nChoices && !onFrame) {
      // Nothing can happen any more: every remaining problem-period is latent
      // and every decision maker idle. Account for it at once and stop.
      const left = T - t + 1;
      for (let a = 0; a < nActive; ++a) pLatent[activeProblems[a]] += left;
      pPeriods += left * nActive; pLat += left * nActive;
      for (let q = lastEntrant; q < nProblems; ++q) {
        const i = problemsByEntry[q];
        const latent = T - problemEntry[i] + 1;
        pLatent[i] = latent; pShifts[i] = 0;
        pPeriods += latent; pLat += latent;
        ++unsolved;
      }
      // Added one by one, in the same order as the per-period loop, so float mode gives identical sums.
      for (let q = 0; q < left; ++q) for (let k = 0; k < v; ++k) idle += energy[k];
      break;
    }
    pPeriods += nActive;
    // The order by deficit is needed only when some row has several live
    // candidates; with bit masks it is sorted lazily, on first need.
    let sorted = false;
    // Neighbouring rows often have the same candidates (hierarchical
    // structures): the last answer is kept for this period.
    let lastCand = 0, lastChoice = -1;
    if (!live && !useMask) sortByDeficit(order, nLive, deficit, tieBreak, random);
    // 3. problems, by group; with live deficits (one problem per group) in entry order
    const visits = live ? nActive : nPG;
    let groupShifted = false;
    for (let a = 0; a < visits; ++a) {
      const g = live ? pGroup[activeProblems[a]] : a;
      const n = pgCount[g];
      if (n === 0) continue;
      let j: number;
      if (useMask) {
        const cand = pgMask[g] & liveMask;
        // none or one candidate needs no order (kept inline: this is the hot path)
        if (cand === 0) j = -1;
        else if ((cand & (cand - 1)) === 0) j = 31 - Math.clz32(cand);
        else if (cand === lastCand) j = lastChoice;
        else {
          if (!sorted) { sortByDeficit(order, nLive, deficit, tieBreak, random); sorted = true; }
          j = lastChoice = firstInMask(order, nLive, cand);
          lastCand = cand;
        }
      } else j = live ? liveArgmin(order, nLive, deficit, access, pgRow[g], m, tieBreak, random) : firstAllowed(order, nLive, access, pgRow[g], m);
      const prev = pgAt[g];
      if (j < 0) { ++pgLatent[g]; pLat += n; }
      else {
        cCount[j] += n;
        // prev no longer live means its members were solved: these are newcomers
        if (prev >= 0 && prev !== j && cState[prev] === 1) { ++pgShifts[g]; pSh += n; groupShifted = true; }
      }
      if (live && prev !== j) {
        // the problem's load moves with it (deficits start from last period's attachments)
        if (prev >= 0 && cState[prev] === 1) deficit[prev] -= load;
        if (j >= 0) deficit[j] += load;
      }
      pgAt[g] = j;
    }
    // newcomers did not shift, whatever their group did this period
    if (groupShifted) for (let q = firstEntrant; q < lastEntrant; ++q) {
      const i = problemsByEntry[q], base = -pgShifts[pGroup[i]];
      if (pShifts[i] !== base) { pShifts[i] = base; --pSh; }
    }
    // 4. decision makers, by group
    dAct += v;
    for (let g = 0; g < nDG; ++g) {
      let j: number;
      if (useMask) {
        const cand = dgMask[g] & liveMask;
        // none or one candidate needs no order (kept inline: this is the hot path)
        if (cand === 0) j = -1;
        else if ((cand & (cand - 1)) === 0) j = 31 - Math.clz32(cand);
        else if (cand === lastCand) j = lastChoice;
        else {
          if (!sorted) { sortByDeficit(order, nLive, deficit, tieBreak, random); sorted = true; }
          j = lastChoice = firstInMask(order, nLive, cand);
          lastCand = cand;
        }
      } else j = live ? liveArgmin(order, nLive, deficit, decision, dgRow[g], m, tieBreak, random) : firstAllowed(order, nLive, decision, dgRow[g], m);
      const e = dgEnergy[g];
      const prev = dgAt[g];
      if (j < 0) {
        idle += e; dIdle += dgSize[g];
      } else {
        EE[j] += e;
        spent += e;
        // A move forced because last period's choice was made is not a shift.
        if (prev >= 0 && prev !== j && cState[prev] === 1) dSh += dgSize[g];
        if (live) deficit[j] -= e;
      }
      dgAt[g] = j;
    }
    // 5-6. requirements and decisions; made choices leave the live list, the
    // others carry their deficit into next period
    const resolvedBefore = resolution;
    cAct += nLive;
    let keptLive = 0;
    for (let a = 0; a < nLive; ++a) {
      const j = order[a];
      const count = cCount[j];
      cCount[j] = 0;
      const er = load * count;
      ER[j] = er;
      if (count > 0) cEver[j] = 1;
      const ee = EE[j];
      if (strict ? er < ee : er <= ee) {
        const s = styleOf(count, cEver[j] === 1);
        cState[j] = 2; cStyle[j] = s; cMade[j] = t;
        if (s === STYLE_CODE.resolution) ++resolution; else if (s === STYLE_CODE.flight) ++flight; else ++oversight;
        excess += ee - er;
        liveMask &= ~(1 << j);
      } else {
        order[keptLive++] = j;
        deficit[j] = er - ee;
      }
    }
    nLive = keptLive;
    // problems attached to a choice made now by resolution are solved; compact the active list
    if (resolution !== resolvedBefore) {
      let kept = 0;
      for (let a = 0; a < nActive; ++a) {
        const i = activeProblems[a];
        const g = pGroup[i];
        const j = pgAt[g];
        if (j >= 0 && cState[j] === 2 && cMade[j] === t) {
          pSolved[i] = t; pSolvedBy[i] = j; pAt[i] = j; --unsolved;
          --pgCount[g];
          pLatent[i] += pgLatent[g]; pShifts[i] += pgShifts[g];
        } else activeProblems[kept++] = i;
      }
      nActive = kept;
    }
    if (onFrame) {
      placeRows(model, work, nActive);
      onFrame(t);
    }
  }
  // problems still active leave now
  for (let a = 0; a < nActive; ++a) {
    const i = activeProblems[a];
    const g = pGroup[i];
    pLatent[i] += pgLatent[g]; pShifts[i] += pgShifts[g];
  }
  // Attached = entered-and-unsolved problem-periods minus latent ones; the
  // choices still live at the end are the unmade ones.
  const pAct = pPeriods - pLat, unmade = nLive;
  dAct -= dIdle;
  counters[C_RES] = resolution; counters[C_FLI] = flight; counters[C_OVE] = oversight;
  counters[C_PACT] = pAct; counters[C_PLAT] = pLat; counters[C_PSH] = pSh; counters[C_DSH] = dSh; counters[C_DACT] = dAct;
  counters[C_CACT] = cAct; counters[C_SPENT] = spent; counters[C_EXC] = excess; counters[C_IDLE] = idle;
  counters[C_UNSOLVED] = unsolved; counters[C_UNMADE] = unmade;
}

// Where each active problem and each decision maker is, from its group (for frames).
function placeRows(model: ClassicModel, work: Work, nActive: number): void {
  const {activeProblems, pAt, pgAt, dmAt, dgAt} = work, {pGroup, dGroup, v} = model;
  for (let a = 0; a < nActive; ++a) pAt[activeProblems[a]] = pgAt[pGroup[activeProblems[a]]];
  for (let k = 0; k < v; ++k) dmAt[k] = dgAt[dGroup[k]];
}

// The first choice in the sorted order whose bit is set in `candidates`
// (called with several candidates; zero or one are handled inline).
function firstInMask(order: Int32Array, n: number, candidates: number): number {
  for (let a = 0; a < n; ++a) if ((candidates >>> order[a]) & 1) return order[a];
  return -1;
}

// "live" deficits: argmin over the live choices allowed to this row, seeing
// the moves made earlier in this period.
function liveArgmin(order: Int32Array, n: number, deficit: Float64Array, matrix: Uint8Array, row: number, cols: number, tieBreak: TieBreak, random?: Random): number {
  let best = -1, ties = 0;
  const base = row * cols;
  for (let a = 0; a < n; ++a) {
    const j = order[a];
    if (matrix[base + j] === 0) continue;
    if (best < 0 || deficit[j] < deficit[best]) { best = j; ties = 1; continue; }
    if (deficit[j] === deficit[best]) {
      // the live list is not in index order, so ties compare indices
      if (tieBreak === "highest" ? j > best : tieBreak === "random" ? random!() * ++ties < 1 : j < best) best = j;
    }
  }
  return best;
}

/** Energies back in energy units, rounded to hundredths in integer mode. */
function units(model: ClassicModel, x: number): number {
  return model.scale === 100 ? Math.round(x) / 100 : x;
}

// The run measures from a model's counters (after a run).
function summary(model: ClassicModel): ClassicSummary {
  const c = model.counters;
  return {
    resolution: c[C_RES], flight: c[C_FLI], oversight: c[C_OVE],
    choicesUnmade: c[C_UNMADE], problemsUnsolved: c[C_UNSOLVED],
    problemActivity: c[C_PACT], problemLatency: c[C_PLAT], problemShifts: c[C_PSH],
    dmShifts: c[C_DSH], dmActivity: c[C_DACT], choiceActivePeriods: c[C_CACT],
    energySpent: units(model, c[C_SPENT]), energyExcess: units(model, c[C_EXC]), energyIdle: units(model, c[C_IDLE])
  };
}

// Periods a choice was live: from entry until made (or the end); 0 if it never entered.
function choiceActive(model: ClassicModel, j: number): number {
  const entry = model.choiceEntry[j];
  return entry === 0 ? 0 : (model.cState[j] === 2 ? model.cMade[j] : model.T) - entry + 1;
}

// Periods a problem was attached: entered-and-unsolved periods minus latent ones.
function problemActive(model: ClassicModel, i: number): number {
  const entry = model.problemEntry[i];
  return entry === 0 ? 0 : (model.pSolved[i] > 0 ? model.pSolved[i] : model.T) - entry + 1 - model.pLatent[i];
}

// Per-choice and per-problem detail (after a run).
function details(model: ClassicModel): Pick<ClassicResult, "choices" | "problems"> {
  const solvedBy = new Array<number>(model.m).fill(0);
  for (let i = 0; i < model.w; ++i) if (model.pSolved[i] > 0) ++solvedBy[model.pSolvedBy[i]];
  const choices: ClassicChoiceDetail[] = [];
  for (let j = 0; j < model.m; ++j) {
    choices.push({
      id: j + 1, entry: model.choiceEntry[j],
      made: model.cState[j] === 2 ? model.cMade[j] : null,
      style: STYLE_NAME[model.cStyle[j]],
      problemsSolved: solvedBy[j], activePeriods: choiceActive(model, j),
      accumulated: units(model, model.EE[j]), required: units(model, model.ER[j])
    });
  }
  const problems: ClassicProblemDetail[] = [];
  for (let i = 0; i < model.w; ++i) {
    problems.push({
      id: i + 1, entry: model.problemEntry[i],
      solved: model.pSolved[i] > 0 ? model.pSolved[i] : null,
      solvedBy: model.pSolved[i] > 0 ? model.pSolvedBy[i] + 1 : null,
      activePeriods: problemActive(model, i), latentPeriods: model.pLatent[i], shifts: model.pShifts[i]
    });
  }
  return {choices, problems};
}

function frame(model: ClassicModel, work: Work, t: number): ClassicFrame {
  const {m, w, v, cState, cMade, cStyle, pSolved, problemEntry} = model, {pAt, dmAt} = work;
  const choiceState: number[] = [], madeNow: number[] = [], accumulated: number[] = [], required: number[] = [];
  for (let j = 0; j < m; ++j) {
    choiceState.push(cState[j]);
    madeNow.push(cState[j] === 2 && cMade[j] === t ? cStyle[j] : 0);
    accumulated.push(units(model, model.EE[j]));
    required.push(units(model, model.ER[j]));
  }
  const problemAt: number[] = [];
  for (let i = 0; i < w; ++i) {
    if (problemEntry[i] === 0 || problemEntry[i] > t) problemAt.push(-1);
    else if (pSolved[i] > 0 && pSolved[i] < t) problemAt.push(-2);
    else problemAt.push(pAt[i] + 1);
  }
  const dms: number[] = [];
  for (let k = 0; k < v; ++k) dms.push(dmAt[k] + 1);
  return {period: t, choiceState, madeNow, accumulated, required, problemAt, dmAt: dms};
}

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
  const sim: ClassicSimulator = {
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
