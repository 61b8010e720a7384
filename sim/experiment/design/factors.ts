// A varied parameter ("factor") of an experiment and the mapping from a
// position in the unit interval to one of its values. Every design works in
// the unit cube and maps through here, so designs never know a model.

export type Value = number | string | boolean;

export interface Factor {
  key: string;
  /** Discrete values, in the order given (factorial and one-at-a-time use them as they are). */
  values?: readonly Value[];
  /** Numeric range, both ends included. */
  min?: number;
  max?: number;
  /** "log" spaces the range evenly in log (both ends must be > 0). */
  scale?: "linear" | "log";
  /** Round mapped values to integers. */
  integer?: boolean;
  /** Number of evenly spaced values of a range for factorial and one-at-a-time designs. */
  levels?: number;
}

function rangeAt(f: Factor, u: number): number {
  const min = f.min!, max = f.max!;
  const x = f.scale === "log" ? Math.exp(Math.log(min) + u * (Math.log(max) - Math.log(min))) : min + u * (max - min);
  // Rounding can leave the range by a hair on log scales: clamp.
  const y = Math.min(max, Math.max(min, x));
  return f.integer ? Math.round(y) : y;
}

/**
 * The value at u in [0, 1]. Discrete values split [0, 1] into equal bins
 * (u = 1 belongs to the last one), ranges map linearly or on a log scale.
 */
export function fromUnit(f: Factor, u: number): Value {
  if (f.values) {
    const n = f.values.length;
    return f.values[Math.min(n - 1, Math.floor(u * n))];
  }
  return rangeAt(f, u);
}

/**
 * The value at grid position i of p (0 and p - 1 are the ends): Morris
 * levels. Discrete values spread over the grid by rounding.
 */
export function fromGrid(f: Factor, i: number, p: number): Value {
  const u = p === 1 ? 0 : i / (p - 1);
  if (f.values) return f.values[Math.round(u * (f.values.length - 1))];
  return rangeAt(f, u);
}

/** The discrete values of a factor: its values, or `levels` evenly spaced values over its range. */
export function levelsOf(f: Factor): Value[] {
  if (f.values) return [...f.values];
  const k = f.levels ?? 2;
  const out: Value[] = [];
  for (let i = 0; i < k; ++i) {
    const v = fromGrid(f, i, k);
    if (!out.includes(v)) out.push(v);
  }
  return out;
}

/** Whether a factor is numeric with a range (the sensitivity designs' elementary effects are per unit of the range). */
export function isRange(f: Factor): boolean {
  return !f.values;
}

/** The values of one design point from its coordinate in each factor's column (`x(i)` for factor i), each mapped by `at`. */
export function rowValues(factors: readonly Factor[], x: (i: number) => number, at: (f: Factor, x: number) => Value): Record<string, Value> {
  const values: Record<string, Value> = {};
  for (let i = 0; i < factors.length; ++i) values[factors[i].key] = at(factors[i], x(i));
  return values;
}
