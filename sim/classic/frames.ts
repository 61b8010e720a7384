// What a classic run gives back: its measures, per-choice and per-problem
// detail (after the run) and the frame of a period (where everything stands).

import {STYLE_NAME} from "../streams.ts";
import {COUNTER, type ClassicChoiceDetail, type ClassicFrame, type ClassicModel, type ClassicProblemDetail, type ClassicResult, type ClassicSummary} from "./types.ts";
import type {Work} from "./setup.ts";

const C_RES = COUNTER.resolution, C_FLI = COUNTER.flight, C_OVE = COUNTER.oversight, C_PACT = COUNTER.problemActivity,
  C_PLAT = COUNTER.problemLatency, C_PSH = COUNTER.problemShifts, C_DSH = COUNTER.dmShifts, C_DACT = COUNTER.dmActivity,
  C_CACT = COUNTER.choiceActivePeriods, C_SPENT = COUNTER.energySpent, C_EXC = COUNTER.energyExcess, C_IDLE = COUNTER.energyIdle,
  C_UNSOLVED = COUNTER.problemsUnsolved, C_UNMADE = COUNTER.choicesUnmade;

/** Energies back in energy units, rounded to hundredths in integer mode. */
function units(model: ClassicModel, x: number): number {
  return model.scale === 100 ? Math.round(x) / 100 : x;
}

// The run measures from a model's counters (after a run).
export function summary(model: ClassicModel): ClassicSummary {
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
export function details(model: ClassicModel): Pick<ClassicResult, "choices" | "problems"> {
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

export function frame(model: ClassicModel, work: Work, t: number): ClassicFrame {
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
