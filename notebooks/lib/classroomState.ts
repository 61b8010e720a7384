// The Classroom's state: what the page's link carries (the model, the 1972
// selection, the seed, playback) and the checks of a decoded link.

import {ENERGIES, LOADS, STRUCTURES} from "../../sim/classic/gcm1972.ts";
import {DEFAULT_SEED} from "../../sim/seeds.ts";
import {LANG_FIELD, type PageContext} from "./page.ts";
import {baseScenario} from "./compareData.ts";
import {LinkError, issueFrom, type StateIssue} from "./urlState.ts";

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
  t: {type: "int", min: 0, max: 10000, default: 0}
} as const;

export type State = PageContext<typeof CLASSROOM_SCHEMA>["state"];
/** Checks of the decoded state beyond its schema: the model is "classic" or a scenario the page can open. */
export function validateClassroom(state: State): StateIssue[] {
  const issues: StateIssue[] = [];
  if (state.model !== "classic") {
    try {
      baseScenario(state.model);
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
