// Adapter between the notebooks and the participation engine (sim/participation/presets.ts,
// sim/participation/engine.ts): preset ids, their lecturer notes in one language,
// and a run's trace in the shape the frame adapter (viz/frameData.ts) reads.
import {traceCaseWeeks} from "../../sim/participation/budget.ts";
import {runParticipation} from "../../sim/participation/engine.ts";
import {PRESET_IDS, preset} from "../../sim/participation/presets.ts";
import type {Scenario} from "../../sim/participation/scenario.ts";
import type {ScenarioEdit} from "../../sim/participation/edits.ts";
import type {ParticipationFrameLike} from "../../viz/frameData.ts";
import type {Lang} from "./i18n.ts";
import {cite} from "../../sim/sources.ts";

export function presetIds(): string[] {
  return [...PRESET_IDS];
}

export function presetScenario(id: string): Scenario {
  return preset(id);
}

export interface Notes {
  title: string;
  description: string;
  notice: string[];
  tryThis: string[];
  source: string;
}

export function scenarioNotes(s: Scenario, lang: Lang): Notes {
  return {title: s.meta.title[lang], description: s.meta.description[lang], notice: s.meta.notice[lang], tryThis: s.meta.try[lang], source: cite(s.meta.source)};
}

export function presetNotes(id: string, lang: Lang): Notes {
  return scenarioNotes(preset(id), lang);
}

/** The per-week trace of one run of a scenario (with the edits made while it played). */
export function participationTrace(s: Scenario, seed: string, edits: readonly ScenarioEdit[] = []): ParticipationFrameLike[] {
  const run = runParticipation(s, {seed, trace: true, edits: [...edits]});
  return (run.trace ?? []) as unknown as ParticipationFrameLike[];
}

/**
 * Case-weeks a page may trace on the main thread: the trace keeps every case
 * in every week after its arrival, and at this size a run and its frames take
 * a few tens of milliseconds (about five times the largest preset).
 */
export const TRACE_CASE_WEEKS_LIMIT = 20000;

export interface TraceRefusal {
  caseWeeks: number;
  limit: number;
  /** The most users that fit at the scenario's horizon. */
  fit: number;
  /** The longest horizon (weeks) that fits with the scenario's users. */
  fitWeeks: number;
}

/** The largest n in [0, max] with fits(n), for fits true up to a point and false beyond. */
function largest(max: number, fits: (n: number) => boolean): number {
  let lo = 0, hi = max + 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (fits(mid)) lo = mid; else hi = mid;
  }
  return lo;
}

/** Refuses up front a scenario whose trace would exceed the limit, with what would fit; null when it fits. */
export function traceRefusal(s: Scenario, limit = TRACE_CASE_WEEKS_LIMIT): TraceRefusal | null {
  const caseWeeks = traceCaseWeeks(s);
  if (caseWeeks <= limit) return null;
  // the estimate grows with the number of users and with the horizon
  const fit = largest(s.users.count, (count) => traceCaseWeeks({...s, users: {...s.users, count}}) <= limit);
  const fitWeeks = largest(s.horizon, (horizon) => traceCaseWeeks({...s, horizon}) <= limit);
  return {caseWeeks, limit, fit, fitWeeks};
}
