// Setting up a classic run: a config validated and compiled to typed arrays
// in one buffer, with the working arrays of its runs, and the entry schedule.

import {ARITHMETICS, DEFICIT_TIMINGS, type ClassicConfig, type ClassicModel} from "./types.ts";

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
export function compileClassic(config: ClassicConfig): {model: ClassicModel; work: Work} {
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
export interface Work {
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
export function setEntry(model: ClassicModel, choiceEntry: ArrayLike<number>, problemEntry: ArrayLike<number>): void {
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
