// Full factorial: every combination of every factor's values (the last factor
// varies fastest). Point `id` is `id` written in the mixed radix of the
// factors' numbers of values, so no point is held.

import {levelsOf, type Factor, type Value} from "./factors.ts";
import {allPoints, type Design, type DesignPoint} from "./point.ts";

/** Number of points of the full factorial, without building it. */
export function factorialSize(factors: readonly Factor[]): number {
  return factors.reduce((n, f) => n * levelsOf(f).length, 1);
}

export function factorialDesign(factors: readonly Factor[]): Design {
  const levels = factors.map(levelsOf);
  const size = levels.reduce((n, l) => n * l.length, 1);
  return {
    size,
    point(id: number): DesignPoint {
      const picked: Value[] = new Array(factors.length);
      let rest = id;
      for (let i = factors.length - 1; i >= 0; --i) {
        const k = levels[i].length;
        picked[i] = levels[i][rest % k];
        rest = Math.floor(rest / k);
      }
      const values: Record<string, Value> = {};
      factors.forEach((f, i) => (values[f.key] = picked[i]));
      return {id, values};
    }
  };
}

export function factorial(factors: readonly Factor[]): DesignPoint[] {
  return allPoints(factorialDesign(factors));
}
