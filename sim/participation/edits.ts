// Scenario edits by week: a schedule of parameter changes (dotted keys, as
// --set) that take effect on a running case model from their week on. The
// collective model uses it to let adopted service changes reach the case
// arenas; nothing in it knows about any preset.
//
// An edit replaces the parameters the weeks read (the model's parameter
// arrays, the users-over-time blocks' settings, the scenario); what the run
// drew at its start stays (who knows which offers, users' types). So a key
// used only at the start can be edited from week 0 alone, and keys that set
// the model's sizes not at all: refused in one line, never a silent no-op.

import {InputError, isForbiddenKey} from "../input.ts";
import {compileParticipation, PARAMETER_ARRAYS, type ParticipationModel} from "./model.ts";
import {USER_STATE_SCRATCH} from "./userState.ts";
import {FOLLOWUP_SCRATCH} from "./followup.ts";
import {COPING_SCRATCH} from "./coping.ts";
import {DOMAINS_SCRATCH} from "./domains.ts";
import {HANDOFFS_SCRATCH} from "./handoffs.ts";
import {setParameter, type Scenario} from "./scenario.ts";

export interface ScenarioEdit {
  /** Week (0-based) from which the edit holds. */
  week: number;
  key: string;
  value: string | number | boolean;
}

/** Keys that set the model's sizes (its arrays, its schedules): no edit may change them. */
const SIZES = /^(horizon|users\.count|roles\.[^.]+\.count|arenas\.[^.]+\.perUser)$/;

/** Keys used only when a run starts (engine.ts init and the blocks' resets): an edit from week 1 on could not change the run. */
export const AT_START: readonly {pattern: RegExp; why: string}[] = [
  {pattern: /^users\.casesPerYear$/, why: "the weeks cases arrive are drawn when the run starts"},
  {pattern: /^userTypes\.[^.]+\.share$/, why: "users' types are drawn when the run starts"},
  {pattern: /^userTypes\.[^.]+\.initiative$/, why: "who raises each case is drawn when the run starts"},
  {pattern: /^userTypes\.[^.]+\.proxy$/, why: "who has a proxy is drawn when the run starts"},
  {pattern: /^arenas\.[^.]+\.access$/, why: "which users may use each arena is drawn when the run starts"},
  {pattern: /^load\.occupancy$/, why: "it is the places' occupancy when the run starts"},
  {pattern: /^feedback\.trustStart$/, why: "it is users' trust when the run starts"},
  {pattern: /^followup\.accuracyStart$/, why: "it is the workers' accuracy when the run starts"},
  {pattern: /^domains\.[^.]+\.share$/, why: "each case's domain is drawn when the run starts"}
];

/**
 * Why `key` cannot be edited (from week 1 on when `midRun`), or undefined
 * when it can. The allowed text of a one-line error.
 */
export function editRefusal(key: string, midRun: boolean): string | undefined {
  if (SIZES.test(key) || key.split(".").some(isForbiddenKey)) return "a declared parameter other than horizon, users.count, roles.*.count and arenas.*.perUser, which set the model's sizes";
  const start = midRun ? AT_START.find((a) => a.pattern.test(key)) : undefined;
  return start && `a parameter that can change during a run; not this one after week 0: ${start.why}`;
}

/** Checks a schedule of edits against a scenario (one-line errors) and returns it sorted by week. */
export function checkEdits(s: Scenario, edits: readonly ScenarioEdit[]): ScenarioEdit[] {
  edits.forEach((e, i) => {
    if (!Number.isInteger(e.week) || e.week < 0) throw new InputError(`edits[${i}].week`, e.week, "an integer >= 0");
    const refused = editRefusal(e.key, e.week > 0);
    if (refused) throw new InputError(`edits[${i}].key`, e.key, refused);
    setParameter(s, e.key, e.value);
  });
  return [...edits].sort((a, b) => a.week - b.week);
}

/** Copies the fields of `from` that a run does not write (all but `scratch`) into `to`, in place: the block keeps its identity and its run's state. */
function adoptParameters<B extends object>(to: B, from: B, scratch: readonly (keyof B)[]): void {
  for (const key of Object.keys(from) as (keyof B)[]) if (!scratch.includes(key)) to[key] = from[key];
}

/**
 * Gives a running model the parameters of `from`, the same scenario edited
 * (same sizes): the parameter arrays, the users-over-time blocks' settings
 * and the scenario its weekly reads use. What the run has drawn or written
 * (knowledge, users' types and states, cases) stays.
 */
export function copyParameters(m: ParticipationModel, from: ParticipationModel): void {
  for (const key of PARAMETER_ARRAYS) (m[key] as Float64Array).set(from[key] as Float64Array);
  adoptParameters(m.userState, from.userState, USER_STATE_SCRATCH);
  adoptParameters(m.followup, from.followup, FOLLOWUP_SCRATCH);
  adoptParameters(m.coping, from.coping, COPING_SCRATCH);
  adoptParameters(m.domains, from.domains, DOMAINS_SCRATCH);
  adoptParameters(m.handoffs, from.handoffs, HANDOFFS_SCRATCH);
  (m as {scenario: Scenario}).scenario = from.scenario;
}

/** Applies the edits due in week t (edits sorted by week, `next` the first not yet applied); returns the new `next`. */
export function applyDueEdits(m: ParticipationModel, edits: readonly ScenarioEdit[], next: number, t: number): number {
  let s = m.scenario, changed = false;
  while (next < edits.length && edits[next].week <= t) {
    s = setParameter(s, edits[next].key, edits[next].value);
    ++next;
    changed = true;
  }
  if (changed) copyParameters(m, compileParticipation(s));
  return next;
}
