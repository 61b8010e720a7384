// The Classroom's state: what the page's link carries (the model, the 1972
// selection, the seed, playback) the edits made while playing, and the
// checks of a decoded link.

import {ENERGIES, LOADS, STRUCTURES} from "../../sim/classic/gcm1972.ts";
import {DEFAULT_SEED} from "../../sim/seeds.ts";
import {LANG_FIELD, type PageContext} from "./page.ts";
import {baseScenario} from "./compareData.ts";
import {checkEdits, type ScenarioEdit} from "../../sim/participation/edits.ts";
import {setParameter} from "../../sim/participation/scenario.ts";
import {InputError} from "../../sim/input.ts";
import {LinkError, issueFrom, type StateIssue} from "./urlState.ts";
import {LESSON_FIELDS, lessonIssues} from "./lesson.ts";

export const CLASSROOM_SCHEMA = {
  lang: LANG_FIELD,
  /** "classic" or a participation preset id (checked against the presets in validate). */
  model: {type: "string", pattern: /^(~~?[\w-]+|[a-z0-9][a-z0-9_-]{0,60})$/, default: "classic"},
  load: {type: "enum", values: LOADS, default: "moderate"},
  access: {type: "enum", values: STRUCTURES, default: "unsegmented"},
  decision: {type: "enum", values: STRUCTURES, default: "unsegmented"},
  energy: {type: "enum", values: ENERGIES, default: "equal"},
  /** Classic entry order: the 1972 sequences (1 or 2) or "random" (seeded). */
  entry: {type: "enum", values: ["1", "2", "random"], default: "1"},
  seed: {type: "string", pattern: /^[\w.-]{1,40}$/, default: DEFAULT_SEED},
  speed: {type: "number", min: 0.25, max: 32, default: 2},
  every: {type: "int", min: 1, max: 52, default: 1},
  t: {type: "int", min: 0, max: 10000, default: 0},
  /**
   * Parameters changed while the run played, each from its week on
   * (participation runs): "week:key=value" joined by commas, e.g.
   * "20:arenas.rg.interval=2". A copied link replays them.
   */
  edits: {type: "string", maxLength: 600, pattern: /^(\d{1,4}:[\w.-]{1,80}=[\w.-]{1,40})(,\d{1,4}:[\w.-]{1,80}=[\w.-]{1,40}){0,11}$/, default: ""},
  /** A lesson (data/lessons) and its step, shown in a panel on the stage (lesson.ts). */
  ...LESSON_FIELDS
} as const;

export type State = PageContext<typeof CLASSROOM_SCHEMA>["state"];
/** The state without its lesson fields: what names a run. */
export type RunState = Omit<State, keyof typeof LESSON_FIELDS>;

/** The edits a link carries ("week:key=value,..."; checked against the scenario by checkEdits where the run starts). */
export function parseEdits(text: string): ScenarioEdit[] {
  if (!text) return [];
  return text.split(",").map((part) => {
    const colon = part.indexOf(":"), equals = part.indexOf("=");
    const raw = part.slice(equals + 1);
    // numbers and booleans as such; anything else (an option's id) as text, as scenario files give them
    const value = /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw === "true" ? true : raw === "false" ? false : raw;
    return {week: Number(part.slice(0, colon)), key: part.slice(colon + 1, equals), value};
  });
}

/** The edits as the link carries them. */
export function encodeEdits(edits: readonly ScenarioEdit[]): string {
  return edits.map((e) => `${e.week}:${e.key}=${String(e.value)}`).join(",");
}

/** Checks of the decoded state beyond its schema: the model is "classic" or a scenario the page can open, the edits and the lesson fit. */
export function validateClassroom(state: State): StateIssue[] {
  const issues: StateIssue[] = lessonIssues(state);
  if (state.model !== "classic") {
    try {
      const scenario = baseScenario(state.model);
      if (state.edits) {
        try {
          const edits = checkEdits(scenario, parseEdits(state.edits));
          for (const e of edits) {
            if (e.week >= scenario.horizon) throw new InputError("edits.week", e.week, `a week of the run (0 to ${scenario.horizon - 1})`);
            setParameter(scenario, e.key, e.value);
          }
        } catch (e) {
          issues.push(issueFrom("edits", state.edits, e));
        }
      }
    } catch (e) {
      // the classroom also runs the 1972 model
      const issue = issueFrom("model", state.model, e);
      issues.push(issue.reason?.key === "ui.url.unknownPreset"
        ? issueFrom("model", state.model, new LinkError("ui.url.unknownPresetOrClassic", issue.reason.params))
        : {...issue, input: undefined, message: `${issue.message}; or classic`}); // the English text carries the addition
    }
  }
  return issues;
}
