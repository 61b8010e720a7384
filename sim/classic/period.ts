// The classic engine's period step (see engine.ts for the rules): a run is
// started (startRun), stepped a period at a time (period) and closed
// (endRun), which writes the run's counters. The running totals live in a
// ClassicRun between periods; within a period they are locals, so the hot
// loop reads and writes plain variables and allocates nothing.

import type {Random} from "../rng.ts";
import {STYLE_CODE, firstAllowed, sortByDeficit, styleOf, type TieBreak} from "../streams.ts";
import {COUNTER, type ClassicModel} from "./types.ts";
import type {Work} from "./setup.ts";

const C_RES = COUNTER.resolution, C_FLI = COUNTER.flight, C_OVE = COUNTER.oversight, C_PACT = COUNTER.problemActivity,
  C_PLAT = COUNTER.problemLatency, C_PSH = COUNTER.problemShifts, C_DSH = COUNTER.dmShifts, C_DACT = COUNTER.dmActivity,
  C_CACT = COUNTER.choiceActivePeriods, C_SPENT = COUNTER.energySpent, C_EXC = COUNTER.energyExcess, C_IDLE = COUNTER.energyIdle,
  C_UNSOLVED = COUNTER.problemsUnsolved, C_UNMADE = COUNTER.choicesUnmade;

/** A run in progress: the next period and the running totals between periods. */
export interface ClassicRun {
  /** The next period to run (1-based); T + 1 when the run is over. */
  t: number;
  readonly random: Random | undefined;
  nActive: number;
  unsolved: number;
  nLive: number;
  liveMask: number;
  resolution: number;
  flight: number;
  oversight: number;
  dSh: number;
  dAct: number;
  dIdle: number;
  spent: number;
  excess: number;
  idle: number;
  /** Problem-periods entered and not yet solved, latent problem-periods, problem shifts, choice-periods live. */
  pPeriods: number;
  pLat: number;
  pSh: number;
  cAct: number;
}

/**
 * Starts a run of the compiled model with its workspace: resets what the run
 * reads before it writes. `random` is needed only for random tie-breaking.
 */
export function startRun(model: ClassicModel, work: Work, random: Random | undefined): ClassicRun {
  const {m, w, cState, cStyle, ER, EE, pSolved} = model;
  if (model.config.tieBreak === "random" && !random) throw new Error("tieBreak \"random\" needs a random source (simulator.source(random))");
  const {cEver, pgCount, pgAt, pgLatent, pgShifts, dgAt} = work;
  // Only what is read before written is reset: cMade counts only once made,
  // pLatent/pShifts are set at entry (never-entered ones are 0 from
  // compiling and setEntry), pAt only for solved
  // problems and frames, group counters only up to the group count.
  // (cCount is zero between runs: step 6 clears it for every live choice.)
  for (let j = 0; j < m; ++j) { cState[j] = 0; cStyle[j] = 0; cEver[j] = 0; ER[j] = 0; EE[j] = 0; }
  for (let i = 0; i < w; ++i) pSolved[i] = 0;
  for (let g = 0; g < model.nPG; ++g) { pgCount[g] = 0; pgAt[g] = -1; pgLatent[g] = 0; pgShifts[g] = 0; }
  for (let g = 0; g < model.nDG; ++g) dgAt[g] = -1;
  return {
    t: 1, random, nActive: 0, unsolved: 0, nLive: 0, liveMask: 0, resolution: 0, flight: 0, oversight: 0, dSh: 0, dAct: 0, dIdle: 0,
    spent: 0, excess: 0, idle: 0, pPeriods: 0, pLat: 0, pSh: 0, cAct: 0
  };
}

/**
 * Runs period r.t and moves r on. Returns false when nothing can happen any
 * more (no live choice, none to enter; only without `frames`): the remaining
 * periods are then accounted at once and the run is over.
 *
 * Rows are handled by group (see ClassicModel.pGroup): a group's members sit
 * at the same choice, so a problem's latent periods and shifts are the
 * group's counts over its own stay. pLatent/pShifts hold minus the group
 * counter at entry until the problem leaves, when the counter is added back.
 */
export function period(model: ClassicModel, work: Work, r: ClassicRun, frames: boolean): boolean {
  const {T, m, v, load, energy, access, decision, problemEntry, choicesByEntry, choiceFrom, problemsByEntry, problemFrom,
    pGroup, pgRow, pgMask, dgRow, dgMask, dgEnergy, dgSize,
    cState, cStyle, cMade, ER, EE, pSolved, pSolvedBy, pLatent, pShifts} = model;
  const {tieBreak, comparison} = model.config;
  const live = model.config.deficits === "live";
  const {cEver, cCount, deficit, order, activeProblems, pgCount, pgAt, pgLatent, pgShifts, dgAt, pAt} = work;
  const nPG = model.nPG, nDG = model.nDG;
  const nChoices = choiceFrom[T + 1], nProblems = problemFrom[T + 1];
  const strict = comparison === "<";
  // Bit masks make "the first allowed live choice" cheap when m <= 31.
  const useMask = !live && m <= 31;
  const random = r.random, t = r.t;
  let {nActive, unsolved, nLive, liveMask, resolution, flight, oversight, dSh, dAct, dIdle, spent, excess, idle, pPeriods, pLat, pSh, cAct} = r;
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
  if (nLive === 0 && enteredBy === nChoices && !frames) {
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
    r.t = T + 1;
    r.nActive = nActive; r.unsolved = unsolved; r.nLive = nLive; r.liveMask = liveMask;
    r.resolution = resolution; r.flight = flight; r.oversight = oversight; r.dSh = dSh; r.dAct = dAct; r.dIdle = dIdle;
    r.spent = spent; r.excess = excess; r.idle = idle; r.pPeriods = pPeriods; r.pLat = pLat; r.pSh = pSh; r.cAct = cAct;
    return false;
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
  r.t = t + 1;
  r.nActive = nActive; r.unsolved = unsolved; r.nLive = nLive; r.liveMask = liveMask;
  r.resolution = resolution; r.flight = flight; r.oversight = oversight; r.dSh = dSh; r.dAct = dAct; r.dIdle = dIdle;
  r.spent = spent; r.excess = excess; r.idle = idle; r.pPeriods = pPeriods; r.pLat = pLat; r.pSh = pSh; r.cAct = cAct;
  return true;
}

/** Closes a run: the problems still active leave and the run's counters are written. */
export function endRun(model: ClassicModel, work: Work, r: ClassicRun): void {
  const {pGroup, pLatent, pShifts, counters} = model, {activeProblems, pgLatent, pgShifts} = work;
  for (let a = 0; a < r.nActive; ++a) {
    const i = activeProblems[a];
    const g = pGroup[i];
    pLatent[i] += pgLatent[g]; pShifts[i] += pgShifts[g];
  }
  // Attached = entered-and-unsolved problem-periods minus latent ones; the
  // choices still live at the end are the unmade ones.
  const pAct = r.pPeriods - r.pLat, unmade = r.nLive;
  counters[C_RES] = r.resolution; counters[C_FLI] = r.flight; counters[C_OVE] = r.oversight;
  counters[C_PACT] = pAct; counters[C_PLAT] = r.pLat; counters[C_PSH] = r.pSh; counters[C_DSH] = r.dSh; counters[C_DACT] = r.dAct - r.dIdle;
  counters[C_CACT] = r.cAct; counters[C_SPENT] = r.spent; counters[C_EXC] = r.excess; counters[C_IDLE] = r.idle;
  counters[C_UNSOLVED] = r.unsolved; counters[C_UNMADE] = unmade;
}

/** Where each active problem and each decision maker is, from its group (for frames). */
export function placeRows(model: ClassicModel, work: Work, nActive: number): void {
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
