// One factor at a time around a base point: the base, then each factor moved
// to each of its other values while the others stay at base. Points are made
// by index from each factor's other values.

import {levelsOf, type Factor, type Value} from "./factors.ts";
import {allPoints, type Design, type DesignPoint} from "./point.ts";

/** `base` holds the base value of every factor (the scenario's own values). */
export function oneAtATimeDesign(factors: readonly Factor[], base: Record<string, Value>): Design {
  const start: Record<string, Value> = {};
  for (const f of factors) start[f.key] = base[f.key];
  const others = factors.map((f) => levelsOf(f).filter((v) => v !== start[f.key]));
  // first[i]: id of factor i's first moved point.
  const first: number[] = [];
  let size = 1;
  for (const o of others) { first.push(size); size += o.length; }
  return {
    size,
    point(id: number): DesignPoint {
      if (id === 0) return {id, values: {...start}};
      let i = factors.length - 1;
      while (first[i] > id) --i;
      return {id, values: {...start, [factors[i].key]: others[i][id - first[i]]}};
    }
  };
}

export function oneAtATime(factors: readonly Factor[], base: Record<string, Value>): DesignPoint[] {
  return allPoints(oneAtATimeDesign(factors, base));
}
