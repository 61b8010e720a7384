// Adapter between the notebooks and the participation engine (sim/presets.ts,
// sim/participation.ts). Placeholder until those modules land.
import type {Lang} from "./i18n.ts";

export function presetIds(): string[] {
  return [];
}

export function presetNotes(id: string, lang: Lang): {title: string; notice: string; tryThis: string} {
  void lang;
  return {title: id, notice: "", tryThis: ""};
}

export function participationTrace(id: string, seed: string): unknown[] {
  throw new Error(`participation engine not available (preset ${id}, seed ${seed})`);
}
