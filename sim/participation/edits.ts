// Scenario edits by week: a schedule of parameter changes (dotted keys, as
// --set) that take effect on a running case model from their week on. The
// collective model uses it to let adopted service changes reach the case
// arenas; nothing in it knows about any preset. An edit may change any
// declared parameter except the sizes (horizon, users.count, roles.*.count),
// which fix the model's arrays. Knowledge drawn at a run's start (which
// offers each user knows) is not drawn again.

import {InputError, isForbiddenKey} from "../input.ts";
import {compileParticipation, type ParticipationModel} from "./model.ts";
import {setParameter, type Scenario} from "./scenario.ts";

export interface ScenarioEdit {
  /** Week (0-based) from which the edit holds. */
  week: number;
  key: string;
  value: string | number | boolean;
}

const FIXED = /^(horizon|users\.count|roles\.[^.]+\.count)$/;

/** Checks a schedule of edits against a scenario (one-line errors) and returns it sorted by week. */
export function checkEdits(s: Scenario, edits: readonly ScenarioEdit[]): ScenarioEdit[] {
  edits.forEach((e, i) => {
    if (!Number.isInteger(e.week) || e.week < 0) throw new InputError(`edits[${i}].week`, e.week, "an integer >= 0");
    if (FIXED.test(e.key) || e.key.split(".").some(isForbiddenKey)) throw new InputError(`edits[${i}].key`, e.key, "a declared parameter other than horizon, users.count and roles.*.count");
    setParameter(s, e.key, e.value);
  });
  return [...edits].sort((a, b) => a.week - b.week);
}

/** Copies the parameter arrays (per role, solution, arena, user type, advocate) of a compiled scenario into a running model of the same sizes. */
export function copyParameters(m: ParticipationModel, from: ParticipationModel): void {
  const target = m as unknown as Record<string, unknown>, source = from as unknown as Record<string, unknown>;
  for (const key of Object.keys(source)) {
    if (!/^((role|sol|arena|type|adv)[A-Z]|attend$)/.test(key)) continue;
    const a = target[key], b = source[key];
    if (ArrayBuffer.isView(a) && ArrayBuffer.isView(b) && (a as Float64Array).length === (b as Float64Array).length) (a as Float64Array).set(b as Float64Array);
  }
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
