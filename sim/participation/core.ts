// The general garbage-can core: the weekly loop of the four streams that
// both modes run on (sim/ODD.md §3). Per period t:
//   1. entry: the driver enters choices and problems (enterChoice,
//      enterProblem) and says which arenas meet (arenaMeets);
//   2. deficits ER - EE are those of the end of the previous period (a new
//      choice has deficit 0); a choice is *in session* when its arena meets;
//   3. every active problem goes to the accessible in-session choice with the
//      smallest deficit (ties: lowest index, or highest), or is latent; a
//      move between two live choices is a problem shift (with a solution
//      pull, a choice that solutions looking for problems went to is seen
//      closer to completion: solutionPull);
//   4. every participant goes to the allowed in-session choice with the
//      smallest deficit and adds its energy there, or is idle (energy lost);
//   5. ER = the summed load of the problems attached now (energy spent stays
//      with the choice when problems leave);
//   6. an in-session choice is made when ER <= EE (resolution if problems are
//      attached: they are solved; flight if problems left it; oversight if
//      none was ever attached), or when its deadline has come (then its
//      attached problems are closed without the energy that covers them: an
//      oversight, "I'll just sign you up here").
// With every arena meeting every period, no deadlines and the driver entering
// the 1972 schedule, this is the 1972 model (classicOnCore.ts; the reduction
// test compares all 324 runs). Access and decision rights go through classes
// (problem class x choice class, participant class x choice class) and an
// optional owner (a choice owned by one user takes only that user's
// problems), so participation mode needs no problems x choices matrix.
// The simulator object owns all its scratch; nothing is shared between
// objects, and the hot loop allocates nothing.

import {sortByDeficit, STYLE_CODE, styleOf, type Comparison} from "../streams.ts";

export type CoreTieBreak = "lowest" | "highest";

export interface CoreSize {
  choices: number;
  participants: number;
  problems: number;
  /** Number of arenas (schedules); 1972: one that always meets. */
  arenas: number;
  /** Access classes: problem classes x choice classes (access), participant classes x choice classes (decision). */
  problemClasses: number;
  participantClasses: number;
  choiceClasses: number;
  /** Solutions as a stream of their own (1972: none). */
  solutions?: number;
}

/** Problem states. */
export const PROBLEM = {none: 0, active: 1, solved: 2, overlooked: 3, left: 4} as const;
/** Choice states. */
export const CHOICE = {none: 0, live: 1, made: 2} as const;

/** Where each run counter sits in GarbageCanCore.counters (the §2 measures of docs/classic-1972.md). */
export const CORE_COUNTER = {
  resolution: 0, flight: 1, oversight: 2, problemActivity: 3, problemLatency: 4, problemShifts: 5, dmShifts: 6, dmActivity: 7,
  choiceActivePeriods: 8, energySpent: 9, energyExcess: 10, energyIdle: 11, problemsUnsolved: 12, choicesUnmade: 13,
  /** Problems closed by a deadline without covering energy (participation's oversight of a case). */
  problemsOverlooked: 14
} as const;
const N_COUNTERS = 15;

export class GarbageCanCore {
  readonly size: CoreSize;
  comparison: Comparison = "<=";
  tieBreak: CoreTieBreak = "lowest";
  /**
   * How participants pick their choice: "closest", the open choice closest to
   * completion (the 1972 energy allocation rule), or "oldest", the one open
   * longest (first come, first served; a declared alternative).
   */
  participantRule: "closest" | "oldest" = "closest";
  /**
   * Pull of solutions looking for problems (0 = none; 1972: none). A waiting
   * problem sees a choice that k solutions went to this period as k x this
   * times its own requirement there closer to completion (off the deficit):
   * a provider with vacant places draws cases to the arena where it looks
   * for them (Hansen «Ulike beskrivelser av brukermedvirkning», 002:L198-201).
   */
  solutionPull = 0;
  /**
   * When >= 0, every problem requires this much and ER = load x count, as the
   * 1972 rule reads (in float arithmetic a product, not a running sum);
   * when < 0, ER is the sum of problemLoad over the problems attached.
   */
  uniformLoad = -1;
  // ---- structure (set by the driver before a run)
  /** Access: problemClasses x choiceClasses, 1 = allowed. */
  readonly access: Uint8Array;
  /** Decision rights: participantClasses x choiceClasses. */
  readonly decision: Uint8Array;
  readonly problemClass: Int32Array;
  readonly participantClass: Int32Array;
  readonly choiceClass: Int32Array;
  /** Owner of a choice (-1 any) and of a problem: an owned choice takes only its owner's problems. */
  readonly choiceOwner: Int32Array;
  readonly problemOwner: Int32Array;
  readonly choiceArena: Int32Array;
  /** Period from which a live choice is made at its next session whatever its energy (0 = none). */
  readonly choiceDeadline: Int32Array;
  /** Per choice class: problems it can hold at once (0 = no limit; 1972: none). */
  readonly classCapacity: Int32Array;
  /** Per choice class: energy a choice requires of its own, whatever is attached (1972: 0, docs/classic-1972.md §1.2). */
  readonly classBase: Float64Array;
  /** Per choice class: energy a unit of problem load requires there (1972: 1). */
  readonly classFactor: Float64Array;
  /** Energy each problem requires while attached; energy each participant brings per period. */
  readonly problemLoad: Float64Array;
  readonly energy: Float64Array;
  /** Per solution: looking for a problem this period (set by the driver), and the choice classes it may go to (solutions x choiceClasses). */
  readonly solutionActive: Uint8Array;
  readonly solutionRights: Uint8Array;
  /** Per solution: the choice it went to this period (-1 none); solutions carry no energy. */
  readonly sAt: Int32Array;
  /** Per arena: meets in the current period (set by the driver each period). */
  readonly arenaMeets: Uint8Array;
  // ---- state and results
  readonly cState: Uint8Array;
  readonly cStyle: Uint8Array;
  readonly cEntry: Int32Array;
  readonly cMade: Int32Array;
  readonly cSolved: Int32Array;
  readonly cEver: Uint8Array;
  /** Made by its deadline without covering energy (its problems were overlooked). */
  readonly cOverlooked: Uint8Array;
  readonly ER: Float64Array;
  readonly EE: Float64Array;
  readonly pState: Uint8Array;
  readonly pEntry: Int32Array;
  readonly pAt: Int32Array;
  /** Last choice a problem was attached to (-1 none), for shifts. */
  readonly pLast: Int32Array;
  readonly pClosed: Int32Array;
  readonly pClosedBy: Int32Array;
  readonly pActive: Int32Array;
  readonly pLatent: Int32Array;
  readonly pShifts: Int32Array;
  /** Per participant: choice worked on this period (-1 idle) and the last one worked on. */
  readonly dAt: Int32Array;
  readonly dLast: Int32Array;
  readonly counters: Float64Array;
  /** Choices made in the last step, in the order checked. */
  readonly madeNow: Int32Array;
  nMadeNow = 0;
  /** Choices in session in the last step (meetings held). */
  nSession = 0;
  // ---- scratch
  private readonly deficit: Float64Array;
  private readonly live: Int32Array;
  private nLive = 0;
  private readonly order: Int32Array;
  private readonly byEntry: Int32Array;
  private readonly activeProblems: Int32Array;
  private nActive = 0;
  private readonly load: Float64Array;
  private readonly count: Int32Array;
  /** Per choice: solutions that went to it this period (only with solutionPull > 0). */
  private readonly pulled: Int32Array;

  constructor(size: CoreSize) {
    this.size = {...size};
    const {choices: m, participants: v, problems: w} = size;
    for (const [k, x] of Object.entries(size)) if (!Number.isInteger(x) || x < 0) throw new Error(`invalid core size ${k}: ${x} (allowed: an integer >= 0)`);
    this.access = new Uint8Array(size.problemClasses * size.choiceClasses);
    this.decision = new Uint8Array(size.participantClasses * size.choiceClasses);
    this.problemClass = new Int32Array(w);
    this.participantClass = new Int32Array(v);
    this.choiceClass = new Int32Array(m);
    this.choiceOwner = new Int32Array(m).fill(-1);
    this.problemOwner = new Int32Array(w).fill(-1);
    this.choiceArena = new Int32Array(m);
    this.choiceDeadline = new Int32Array(m);
    this.classCapacity = new Int32Array(size.choiceClasses);
    this.classFactor = new Float64Array(size.choiceClasses).fill(1);
    this.classBase = new Float64Array(size.choiceClasses);
    this.problemLoad = new Float64Array(w);
    this.energy = new Float64Array(v);
    this.arenaMeets = new Uint8Array(Math.max(1, size.arenas)).fill(1);
    const nSol = size.solutions ?? 0;
    this.solutionActive = new Uint8Array(nSol);
    this.solutionRights = new Uint8Array(nSol * size.choiceClasses);
    this.sAt = new Int32Array(nSol).fill(-1);
    this.cState = new Uint8Array(m);
    this.cStyle = new Uint8Array(m);
    this.cEntry = new Int32Array(m);
    this.cMade = new Int32Array(m);
    this.cSolved = new Int32Array(m);
    this.cEver = new Uint8Array(m);
    this.ER = new Float64Array(m);
    this.EE = new Float64Array(m);
    this.pState = new Uint8Array(w);
    this.pEntry = new Int32Array(w);
    this.pAt = new Int32Array(w);
    this.pLast = new Int32Array(w);
    this.pClosed = new Int32Array(w);
    this.pClosedBy = new Int32Array(w);
    this.pActive = new Int32Array(w);
    this.pLatent = new Int32Array(w);
    this.pShifts = new Int32Array(w);
    this.dAt = new Int32Array(v);
    this.dLast = new Int32Array(v);
    this.counters = new Float64Array(N_COUNTERS);
    this.madeNow = new Int32Array(m);
    this.deficit = new Float64Array(m);
    this.live = new Int32Array(m);
    this.order = new Int32Array(m);
    this.byEntry = new Int32Array(m);
    this.activeProblems = new Int32Array(w);
    this.load = new Float64Array(m);
    this.count = new Int32Array(m);
    this.cOverlooked = new Uint8Array(m);
    this.pulled = new Int32Array(m);
  }

  /** Clears the run state (structure stays). */
  reset(): void {
    this.cState.fill(0); this.cStyle.fill(0); this.cEntry.fill(0); this.cMade.fill(0); this.cSolved.fill(0); this.cEver.fill(0);
    this.ER.fill(0); this.EE.fill(0); this.load.fill(0); this.count.fill(0); this.cOverlooked.fill(0); this.pulled.fill(0);
    this.pState.fill(0); this.pEntry.fill(0); this.pAt.fill(-1); this.pLast.fill(-1); this.pClosed.fill(0); this.pClosedBy.fill(-1);
    this.pActive.fill(0); this.pLatent.fill(0); this.pShifts.fill(0);
    this.dAt.fill(-1); this.dLast.fill(-1); this.sAt.fill(-1);
    this.counters.fill(0);
    this.nLive = 0; this.nActive = 0; this.nMadeNow = 0;
  }

  /** A choice becomes live in period t (deficit 0). */
  enterChoice(j: number, t: number): void {
    if (this.cState[j] !== CHOICE.none) throw new Error(`choice ${j} entered twice`);
    this.cState[j] = CHOICE.live;
    this.cEntry[j] = t;
    this.deficit[j] = 0;
    this.live[this.nLive++] = j;
  }

  /** A problem becomes active (unattached) in period t. */
  enterProblem(i: number, t: number): void {
    if (this.pState[i] !== PROBLEM.none) throw new Error(`problem ${i} entered twice`);
    this.pState[i] = PROBLEM.active;
    this.pEntry[i] = t;
    this.activeProblems[this.nActive++] = i;
  }

  /** An active problem leaves the stream unsolved (e.g. the user gives up); called between steps. */
  removeProblem(i: number, t: number): void {
    if (this.pState[i] !== PROBLEM.active) return;
    this.pState[i] = PROBLEM.left;
    this.pClosed[i] = t;
    this.pAt[i] = -1;
    const act = this.activeProblems;
    let k = 0;
    for (let a = 0; a < this.nActive; ++a) if (act[a] !== i) act[k++] = act[a];
    this.nActive = k;
  }

  /** A closed problem comes back (a proposal refused, nothing available): active again, unattached, its history kept. */
  reopenProblem(i: number): void {
    const st = this.pState[i];
    if (st !== PROBLEM.solved && st !== PROBLEM.overlooked) return;
    const j = this.pClosedBy[i];
    if (j >= 0) { if (st === PROBLEM.solved) --this.cSolved[j]; else --this.counters[CORE_COUNTER.problemsOverlooked]; }
    this.pState[i] = PROBLEM.active;
    this.pAt[i] = -1;
    this.pLast[i] = -1;
    this.pClosed[i] = 0; this.pClosedBy[i] = -1;
    this.activeProblems[this.nActive++] = i;
  }

  get liveChoices(): number {
    return this.nLive;
  }

  get activeCount(): number {
    return this.nActive;
  }

  private allowed(matrix: Uint8Array, rowClass: number, j: number): boolean {
    return matrix[rowClass * this.size.choiceClasses + this.choiceClass[j]] !== 0;
  }

  /** Runs steps 2-6 of period t. Made choices are listed in madeNow[0 .. nMadeNow). */
  step(t: number): void {
    const {cState, cEver, cStyle, cMade, cSolved, ER, EE, deficit, live, order, load, pState, pAt, pLast, pActive, pLatent, pShifts,
      problemLoad, problemClass, problemOwner, choiceOwner, choiceArena, choiceDeadline, arenaMeets, access, decision,
      participantClass, energy, dAt, dLast, counters, activeProblems, madeNow, cOverlooked, classCapacity, classFactor, classBase, choiceClass} = this;
    const count_ = this.count;
    const C = CORE_COUNTER;
    // 2. the in-session live choices, ordered by last period's deficits
    let n = 0;
    for (let a = 0; a < this.nLive; ++a) {
      const j = live[a];
      if (arenaMeets[choiceArena[j]]) order[n++] = j;
    }
    this.nSession = n;
    sortByDeficit(order, n, deficit, this.tieBreak);
    // 3a. solutions looking for problems go, like participants, to the allowed
    // in-session choice closest to completion (no energy of their own). This
    // depends only on the order, so it is done first: with a pull, problems can follow them.
    const {solutionActive, solutionRights, sAt} = this, cc = this.size.choiceClasses;
    for (let q = 0; q < sAt.length; ++q) {
      let j = -1;
      if (solutionActive[q]) for (let b = 0; b < n; ++b) if (solutionRights[q * cc + choiceClass[order[b]]]) { j = order[b]; break; }
      sAt[q] = j;
    }
    const pull = this.solutionPull, pulled = this.pulled;
    let pulling = pull > 0 && sAt.length > 0;
    // the largest pull on any in-session choice per unit of a problem's load (0: nothing pulls this period)
    let maxPull = 0;
    if (pulling) {
      for (let q = 0; q < sAt.length; ++q) if (sAt[q] >= 0) ++pulled[sAt[q]];
      for (let b = 0; b < n; ++b) {
        const c = order[b], x = pull * pulled[c] * classFactor[choiceClass[c]];
        if (x > maxPull) maxPull = x;
      }
      pulling = maxPull > 0;
    }
    // 3. problems
    for (let a = 0; a < this.nActive; ++a) {
      const i = activeProblems[a];
      const cls = problemClass[i], owner = problemOwner[i];
      let j = -1;
      let best = Infinity;
      for (let b = 0; b < n; ++b) {
        const c = order[b];
        // deficits ascend along the order: no later choice can be seen closer than the best so far
        if (pulling && deficit[c] - maxPull * problemLoad[i] >= best) break;
        const cap = classCapacity[choiceClass[c]];
        if ((choiceOwner[c] < 0 || choiceOwner[c] === owner) && (cap === 0 || count_[c] < cap) && this.allowed(access, cls, c)) {
          if (!pulling) { j = c; break; }
          // the deficit as seen with the pull; ties keep the earlier in the order
          const seen = deficit[c] - pull * pulled[c] * problemLoad[i] * classFactor[choiceClass[c]];
          if (seen < best) { best = seen; j = c; }
        }
      }
      pAt[i] = j;
      if (j < 0) { ++pLatent[i]; ++counters[C.problemLatency]; continue; }
      ++pActive[i]; ++counters[C.problemActivity];
      const prev = pLast[i];
      if (prev >= 0 && prev !== j && cState[prev] === CHOICE.live) { ++pShifts[i]; ++counters[C.problemShifts]; }
      pLast[i] = j;
      load[j] += problemLoad[i] * classFactor[choiceClass[j]];
      ++count_[j];
      cEver[j] = 1;
    }
    // 4. participants (under "oldest", in order of entry: insertion sort of a copy, ties by index)
    let porder = order;
    if (this.participantRule === "oldest") {
      porder = this.byEntry;
      const cEntry = this.cEntry;
      for (let a = 0; a < n; ++a) {
        const j = order[a];
        let b = a - 1;
        while (b >= 0 && (cEntry[porder[b]] > cEntry[j] || (cEntry[porder[b]] === cEntry[j] && porder[b] > j))) { porder[b + 1] = porder[b]; --b; }
        porder[b + 1] = j;
      }
    }
    for (let k = 0; k < energy.length; ++k) {
      const cls = participantClass[k];
      let j = -1;
      for (let b = 0; b < n; ++b) if (this.allowed(decision, cls, porder[b])) { j = porder[b]; break; }
      dAt[k] = j;
      const e = energy[k];
      if (j < 0) { counters[C.energyIdle] += e; continue; }
      EE[j] += e;
      counters[C.energySpent] += e;
      ++counters[C.dmActivity];
      const prev = dLast[k];
      // a move forced because the last choice was made is not a shift
      if (prev >= 0 && prev !== j && cState[prev] === CHOICE.live) ++counters[C.dmShifts];
      dLast[k] = j;
    }
    if (pull > 0) for (let b = 0; b < n; ++b) pulled[order[b]] = 0;
    // 5-6. requirements and decisions
    const strict = this.comparison === "<";
    let made = 0, closing = 0;
    for (let b = 0; b < n; ++b) {
      const j = order[b];
      const count = count_[j];
      const er = (this.uniformLoad >= 0 ? this.uniformLoad * count : load[j]) + classBase[choiceClass[j]];
      load[j] = 0; count_[j] = 0;
      ER[j] = er;
      const ee = EE[j];
      const covered = strict ? er < ee : er <= ee;
      // a deadline falls due at the first session on or after its date
      const due = choiceDeadline[j] > 0 && t >= choiceDeadline[j];
      if (!covered && !due) { deficit[j] = er - ee; continue; }
      cState[j] = CHOICE.made;
      cMade[j] = t;
      // closed by its deadline with problems the energy did not cover: oversight of those problems
      const s = covered ? styleOf(count, cEver[j] === 1) : STYLE_CODE.oversight;
      cStyle[j] = s;
      cOverlooked[j] = covered ? 0 : 1;
      if (s === STYLE_CODE.resolution) { ++counters[C.resolution]; ++closing; }
      else if (s === STYLE_CODE.flight) ++counters[C.flight];
      else ++counters[C.oversight];
      if (covered) counters[C.energyExcess] += ee - er;
      if (!covered && count > 0) ++closing;
      madeNow[made++] = j;
    }
    this.nMadeNow = made;
    if (made === 0) return;
    // close the problems attached to choices made now; compact the active list
    if (closing > 0) {
      let kept = 0;
      for (let a = 0; a < this.nActive; ++a) {
        const i = activeProblems[a];
        const j = pAt[i];
        if (j >= 0 && cState[j] === CHOICE.made && cMade[j] === t) {
          this.pClosed[i] = t; this.pClosedBy[i] = j;
          if (cOverlooked[j]) { pState[i] = PROBLEM.overlooked; ++counters[C.problemsOverlooked]; }
          else { pState[i] = PROBLEM.solved; ++cSolved[j]; }
        } else activeProblems[kept++] = i;
      }
      this.nActive = kept;
    }
    // drop made choices from the live list
    let keptLive = 0;
    for (let a = 0; a < this.nLive; ++a) if (cState[live[a]] === CHOICE.live) live[keptLive++] = live[a];
    this.nLive = keptLive;
  }

  /** Closes the run at the horizon T: unsolved problems, unmade choices, live periods. */
  finish(T: number): void {
    const c = this.counters, C = CORE_COUNTER;
    let unsolved = 0, unmade = 0, cAct = 0;
    for (let i = 0; i < this.pState.length; ++i) if (this.pState[i] === PROBLEM.active || this.pState[i] === PROBLEM.left) ++unsolved;
    for (let j = 0; j < this.cState.length; ++j) {
      if (this.cState[j] === CHOICE.none) continue;
      const made = this.cState[j] === CHOICE.made;
      if (!made) ++unmade;
      cAct += (made ? this.cMade[j] : T) - this.cEntry[j] + 1;
    }
    c[C.problemsUnsolved] = unsolved; c[C.choicesUnmade] = unmade; c[C.choiceActivePeriods] = cAct;
  }
}
