// Full factorial: every combination of every factor's values (the last factor
// varies fastest).

import {levelsOf, type Factor, type Value} from "./factors.ts";
import type {DesignPoint} from "./point.ts";

/** Number of points of the full factorial, without building it. */
export function factorialSize(factors: readonly Factor[]): number {
  return factors.reduce((n, f) => n * levelsOf(f).length, 1);
}

export function factorial(factors: readonly Factor[]): DesignPoint[] {
  const levels = factors.map(levelsOf);
  const n = factorialSize(factors);
  const out: DesignPoint[] = [];
  for (let id = 0; id < n; ++id) {
    const picked: Value[] = new Array(factors.length);
    let rest = id;
    for (let i = factors.length - 1; i >= 0; --i) {
      const k = levels[i].length;
      picked[i] = levels[i][rest % k];
      rest = Math.floor(rest / k);
    }
    const values: Record<string, Value> = {};
    factors.forEach((f, i) => (values[f.key] = picked[i]));
    out.push({id, values});
  }
  return out;
}
