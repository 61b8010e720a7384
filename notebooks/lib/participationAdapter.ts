// Adapter between the notebooks and the participation engine (sim/participation/presets.ts,
// sim/participation/engine.ts): preset ids, their lecturer notes in one language,
// and a run's trace in the shape the frame adapter (viz/frameData.ts) reads.
import {runParticipation} from "../../sim/participation/engine.ts";
import {PRESET_IDS, preset} from "../../sim/participation/presets.ts";
import type {Scenario} from "../../sim/participation/scenario.ts";
import type {ParticipationFrameLike} from "../../viz/frameData.ts";
import type {Lang} from "./i18n.ts";

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
  return {title: s.meta.title[lang], description: s.meta.description[lang], notice: s.meta.notice[lang], tryThis: s.meta.try[lang], source: s.meta.source};
}

export function presetNotes(id: string, lang: Lang): Notes {
  return scenarioNotes(preset(id), lang);
}

/** The per-week trace of one run of a scenario. */
export function participationTrace(s: Scenario, seed: string): ParticipationFrameLike[] {
  const run = runParticipation(s, {seed, trace: true});
  return (run.trace ?? []) as unknown as ParticipationFrameLike[];
}
