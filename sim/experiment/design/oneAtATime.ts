// One factor at a time around a base point: the base, then each factor moved
// to each of its other values while the others stay at base.

import {levelsOf, type Factor, type Value} from "./factors.ts";
import type {DesignPoint} from "./point.ts";

/** `base` holds the base value of every factor (the scenario's own values). */
export function oneAtATime(factors: readonly Factor[], base: Record<string, Value>): DesignPoint[] {
  const start: Record<string, Value> = {};
  for (const f of factors) start[f.key] = base[f.key];
  const out: DesignPoint[] = [{id: 0, values: start}];
  for (const f of factors)
    for (const v of levelsOf(f)) if (v !== start[f.key]) out.push({id: out.length, values: {...start, [f.key]: v}});
  return out;
}
