// The measures of a participation run (sim/ODD.md §7 "Measures"): per-case
// records from the compiled model's arrays, and the run summary (ladder
// shares of cases arrived, influence, preference realised, fit, time to
// decision, styles, cost, March & Olsen's conditions, perceived
// participation, and the same by user type).

import {LADDER_STEPS, type LadderStep} from "./ladder.ts";
import {FACT, FACTS, STATE, STYLE_NAMES, type ParticipationModel} from "./model.ts";
import {PROBLEM} from "./core.ts";
import {GOAL} from "./followup.ts";

/** Users over time (usersOverTime.ts computes them): hand-offs per case, user hours, achieved minus desired step, share decided without the user, strong minus weak users' influence, Gini of influence over users, mean change of competence. */
export interface UsersOverTimeSummary {
  handoffs: number;
  userEnergy: number;
  desiredGap: number;
  decidedWithoutUser: number;
  influenceGap: number;
  gini: number;
  mastery: number;
}

export interface ParticipationSummary extends UsersOverTimeSummary {
  cases: number;
  decided: number;
  ladder: {perspective: number; participation: number; influence: number; control: number; undecided: number};
  influence: number;
  preferenceRealised: number;
  fit: number;
  timeToDecision: number;
  styles: {resolution: number; oversight: number; flight: number};
  /** Professional hours spent (meetings, cases, reports, sign-ups, internal advocates). */
  staffEnergy: number;
  meetings: number;
  conditions: {formulated: number; alternatives: number; consequences: number; routine: number};
  perceived: number;
  byUserType: Record<string, {cases: number; influence: number; preferenceRealised: number; meanStep: number}>;
  /** Added: proposals refused and postponements (flight events) over the run. */
  refusals: number;
  postponements: number;
  /** Kaplan–Meier time to decision (weeks), lost and still-waiting cases censored: median (NaN when not reached) and shares decided within 4 and 12 weeks. */
  timeToDecisionMedian: number;
  decidedWithin4: number;
  decidedWithin12: number;
  /** The garbage-can measures of the run's choices (docs/classic-1972.md §2), to read beside classic mode. */
  garbageCan: GarbageCanMeasures;
  /** Advocates' hours: internal ones are staff hours (in staffEnergy), external ones are paid (a guardian costs money). */
  advocateHours: {internal: number; external: number};
  /** Mean counterfactual influence over the feasible options only (known to someone present, with a free place), beside `influence`; NaN when none was decided. */
  influenceFeasible: number;
  /** Share of decided cases in which the professionals present disagreed on the best candidate (NaN when none was decided). */
  disagreement: number;
}

export interface GarbageCanMeasures {
  choicesMade: number;
  resolution: number;
  flight: number;
  oversight: number;
  choicesUnmade: number;
  /** Cases attached to a different live choice than before. */
  problemShifts: number;
  /** Professionals moving to a different live choice than before. */
  dmShifts: number;
  problemActivity: number;
  problemLatency: number;
  /** Hours put into choices, hours beyond what the made choices needed, hours with no choice in session. */
  energySpent: number;
  energyExcess: number;
  energyIdle: number;
}

export interface CaseRecord {
  id: number;
  user: number;
  userType: string;
  arrival: number;
  /** Week the case reached the arenas: its arrival, or later when it queued at a triage desk (coping.ts); null if it never left the desk. */
  reached: number | null;
  decided: number | null;
  arena: string | null;
  style: "resolution" | "oversight" | "flight" | null;
  step: LadderStep | "undecided";
  influence: number | null;
  /** Counterfactual influence over the options that were feasible (known to someone present, with a free place). */
  influenceFeasible: number | null;
  preferred: string | null;
  adopted: string | null;
  preferenceRealised: boolean | null;
  fit: number | null;
  perceived: boolean;
  optionsShown: number;
  twoWay: boolean;
  userPresent: boolean;
  advocate: string | null;
  /** Added: a proxy spoke for the user; times postponed; proposals refused; the M&O conditions. */
  proxy: boolean;
  postponed: number;
  refused: number;
  conditions: {formulated: boolean; alternatives: boolean; consequences: boolean; routine: boolean} | null;
  /** The professionals present had different favourites among the candidates (each assesses on their own); null if undecided. */
  staffDisagreed: boolean | null;
  /** At a follow-up arena: the goal set was not what the user wanted (their own first choice among the candidates, Eriksen «Brukers eller boveileders begrunnelser?», 004:L1450-1466); null for other decisions. */
  goalMismatch: boolean | null;
}


/** Totals counted while the run went on. */
export interface RunTotals {
  staffEnergy: number;
  meetings: number;
  refusals: number;
  postponements: number;
}

/** The per-case records of a finished run. */
export function caseRecords(m: ParticipationModel, n: number, counterfactuals: boolean): CaseRecord[] {
  const out: CaseRecord[] = new Array(n);
  for (let c = 0; c < n; ++c) {
    const decided = m.caseState[c] === STATE.decided;
    const f = c * FACTS;
    const adopted = m.caseAdopted[c];
    const preferred = m.casePreferred[c];
    const style = STYLE_NAMES[m.caseStyle[c]];
    out[c] = {
      id: c,
      user: m.caseUser[c],
      userType: m.typeIds[m.userType[m.caseUser[c]]],
      arrival: m.caseArrival[c],
      reached: m.core.pState[c] !== PROBLEM.none ? m.core.pEntry[c] - 1 : null, // the core counts periods from 1
      decided: decided ? m.caseDecided[c] : null,
      arena: decided ? m.arenaIds[m.caseAt[c]] : null,
      style,
      step: decided ? LADDER_STEPS[m.caseStep[c] - 1] : "undecided",
      influence: decided && counterfactuals ? m.caseInfluence[c] : null,
      influenceFeasible: decided && counterfactuals ? m.caseInfluenceFeasible[c] : null,
      preferred: decided ? m.solutionIds[preferred] : null,
      adopted: decided ? m.solutionIds[adopted] : null,
      preferenceRealised: decided ? adopted === preferred : null,
      fit: decided ? m.caseFit[c * m.S + adopted] : null,
      perceived: decided && m.caseFacts[f + FACT.perceived] === 1,
      optionsShown: decided ? m.caseShown[c] : 0,
      twoWay: decided && m.caseFacts[f + FACT.twoWay] === 1,
      userPresent: decided && m.caseFacts[f + FACT.userPresent] === 1,
      advocate: decided && m.caseAdvocate[c] >= 0 ? m.advocateIds[m.caseAdvocate[c]] : null,
      proxy: decided && m.caseFacts[f + FACT.proxy] === 1,
      postponed: m.casePostponed[c],
      refused: m.caseRefused[c],
      staffDisagreed: decided ? m.caseFacts[f + FACT.disagreed] === 1 : null,
      goalMismatch: decided && m.followup.caseGoal[c] !== GOAL.none ? m.followup.caseGoal[c] === GOAL.mismatched : null,
      conditions: decided ? {
        formulated: m.caseFacts[f + FACT.formulated] === 1,
        alternatives: m.caseFacts[f + FACT.alternatives] === 1,
        consequences: m.caseFacts[f + FACT.consequences] === 1,
        routine: m.caseFacts[f + FACT.routine] === 1
      } : null
    };
  }
  return out;
}

/** The run summary from the case records and the run totals. */
export function summarise(m: ParticipationModel, cases: CaseRecord[], st: RunTotals): ParticipationSummary {
  const n = cases.length;
  const ladder = {perspective: 0, participation: 0, influence: 0, control: 0, undecided: 0};
  const styles = {resolution: 0, oversight: 0, flight: 0};
  const conditions = {formulated: 0, alternatives: 0, consequences: 0, routine: 0};
  let decided = 0, influence = 0, withInfluence = 0, realised = 0, fit = 0, time = 0, perceived = 0;
  const byType: Record<string, {cases: number; decided: number; influence: number; withInfluence: number; preferenceRealised: number; meanStep: number}> = {};
  for (const id of m.typeIds) byType[id] = {cases: 0, decided: 0, influence: 0, withInfluence: 0, preferenceRealised: 0, meanStep: 0};
  for (const c of cases) {
    ladder[c.step]++;
    if (c.style) styles[c.style]++;
    const bt = byType[c.userType];
    bt.cases++;
    if (c.decided === null) continue;
    decided++;
    // influence is missing where there was no other option to prefer (counterfactual.ts)
    const inf = c.influence ?? NaN;
    const hasInfluence = Number.isFinite(inf);
    if (hasInfluence) { influence += inf; withInfluence++; }
    realised += c.preferenceRealised ? 1 : 0;
    fit += c.fit!;
    time += c.decided - c.arrival;
    perceived += c.perceived ? 1 : 0;
    for (const k of ["formulated", "alternatives", "consequences", "routine"] as const) conditions[k] += c.conditions![k] ? 1 : 0;
    bt.decided++;
    if (hasInfluence) { bt.influence += inf; bt.withInfluence++; }
    bt.preferenceRealised += c.preferenceRealised ? 1 : 0;
    bt.meanStep += LADDER_STEPS.indexOf(c.step as LadderStep) + 1;
  }
  // Missing is not zero: a share or mean of nothing (no case, nothing decided,
  // no decision with an option to prefer) is NaN.
  const share = (x: number, of: number) => (of > 0 ? x / of : NaN);
  const meanOfDecided = (x: number) => share(x, decided);
  const byUserType: ParticipationSummary["byUserType"] = {};
  for (const [id, b] of Object.entries(byType))
    byUserType[id] = {cases: b.cases, influence: share(b.influence, b.withInfluence), preferenceRealised: share(b.preferenceRealised, b.decided), meanStep: share(b.meanStep, b.decided)};
  return {
    cases: n,
    decided,
    ladder: {
      perspective: share(ladder.perspective, n), participation: share(ladder.participation, n), influence: share(ladder.influence, n),
      control: share(ladder.control, n), undecided: share(ladder.undecided, n)
    },
    influence: share(influence, withInfluence),
    preferenceRealised: meanOfDecided(realised),
    fit: meanOfDecided(fit),
    timeToDecision: meanOfDecided(time),
    styles,
    staffEnergy: st.staffEnergy,
    meetings: st.meetings,
    conditions: {
      formulated: share(conditions.formulated, decided), alternatives: share(conditions.alternatives, decided),
      consequences: share(conditions.consequences, decided), routine: share(conditions.routine, decided)
    },
    perceived: share(perceived, decided),
    byUserType,
    refusals: st.refusals,
    postponements: st.postponements,
    // filled in by the engine (survival and the core's counters)
    timeToDecisionMedian: NaN, decidedWithin4: NaN, decidedWithin12: NaN,
    garbageCan: {choicesMade: 0, resolution: 0, flight: 0, oversight: 0, choicesUnmade: 0, problemShifts: 0, dmShifts: 0, problemActivity: 0, problemLatency: 0, energySpent: 0, energyExcess: 0, energyIdle: 0},
    advocateHours: {internal: 0, external: 0},
    influenceFeasible: NaN,
    disagreement: NaN,
    // filled in by the engine (usersOverTime.ts)
    handoffs: NaN, userEnergy: NaN, desiredGap: NaN, decidedWithoutUser: NaN, influenceGap: NaN, gini: NaN, mastery: NaN
  };
}
