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
  /** A dummy parameter: sampled like any other and part of a point's key (so of its seeds), but never passed to the model. */
  dummy?: boolean;
}

/** A range's value at u in [0, 1] before rounding to an integer (clamped: rounding can leave the range by a hair on log scales). */
function rangeValue(min: number, max: number, log: boolean, u: number): number {
  const x = log ? Math.exp(Math.log(min) + u * (Math.log(max) - Math.log(min))) : min + u * (max - min);
  return Math.min(max, Math.max(min, x));
}

/**
 * The value at u in [0, 1]. Discrete values split [0, 1] into equal bins
 * (u = 1 belongs to the last one), ranges map linearly or on a log scale.
 * Integer ranges split [0, 1] into one bin per integer too, so every integer
 * is equally likely (on a log scale, in proportion to its share of the log
 * range [min, max + 1)); rounding would give the two ends half weight.
 */
export function fromUnit(f: Factor, u: number): Value {
  if (f.values) {
    const n = f.values.length;
    return f.values[Math.min(n - 1, Math.floor(u * n))];
  }
  if (f.integer) return Math.min(f.max!, Math.floor(rangeValue(f.min!, f.max! + 1, f.scale === "log", u)));
  return rangeValue(f.min!, f.max!, f.scale === "log", u);
}

/**
 * Float noise of evenly spaced levels dropped: 0.2 + 0.4 is 0.6, not
 * 0.6000000000000001 (levels go into seeds and files). A value moves to its
 * 15-digit rounding only when that is within 2 units in the last place, so
 * 1/3 stays 1/3.
 */
function clean(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  // the 15-significant-digit rounding (scale a power of ten, exact up to 1e22)
  const scale = 10 ** (14 - Math.floor(Math.log10(Math.abs(x))));
  const r = Math.round(x * scale) / scale;
  const ulp = Number.EPSILON * 2 ** Math.floor(Math.log2(Math.abs(x)));
  return Math.abs(r - x) <= 2 * ulp ? r : x;
}

/**
 * The value at grid position i of p (0 and p - 1 are the ends): Morris
 * levels, and the levels of factorial and one-at-a-time designs. Integer
 * ranges round to the nearest integer; discrete values spread over the grid
 * by rounding.
 */
export function fromGrid(f: Factor, i: number, p: number): Value {
  const u = p === 1 ? 0 : i / (p - 1);
  if (f.values) return f.values[Math.round(u * (f.values.length - 1))];
  const x = clean(rangeValue(f.min!, f.max!, f.scale === "log", u));
  return f.integer ? Math.round(x) : x;
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
