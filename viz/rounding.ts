// Rows rounded to what the estimate supports, for CSV downloads: a mean and
// its 95% interval (with its sd and the levels beside a difference) get the
// decimals that give the interval's half-width two significant digits; any
// other non-integer number keeps six significant digits (so 0.4999999999999998
// is written 0.5). Integers, text and missing values pass as they are. The
// full values go to the JSON download beside each CSV.

/** Significant digits of the half-width that an estimate's numbers keep. */
const INTERVAL_DIGITS = 2;
/** Significant digits of a number that is not part of an estimate. */
const PLAIN_DIGITS = 6;
const MAX_DECIMALS = 12;

/** Decimals that give a 95% interval's half-width two significant digits (null when it has no width). */
export function intervalDecimals(lo: number, hi: number): number | null {
  const w = Math.abs(hi - lo) / 2;
  if (!Number.isFinite(w) || w === 0) return null;
  // (a tiny nudge so that a half-width of 0.1 computed as 0.09999999999999998 counts as 0.1)
  return Math.min(MAX_DECIMALS, Math.max(0, INTERVAL_DIGITS - 1 - Math.floor(Math.log10(w) + 1e-9)));
}

/** x at d decimals (a number, not text). */
export function roundDecimals(x: number, d: number): number {
  const r = Number(x.toFixed(d));
  return Object.is(r, -0) ? 0 : r;
}

/** x at `digits` significant digits. */
export function roundSignificant(x: number, digits = PLAIN_DIGITS): number {
  if (!Number.isFinite(x) || Number.isInteger(x) || x === 0) return x;
  const r = Number(x.toPrecision(digits));
  return Object.is(r, -0) ? 0 : r;
}

/** The keys of a row that belong to an estimate with an interval, with the interval's two keys. */
function estimateGroups(keys: readonly string[]): {members: string[]; lo: string; hi: string}[] {
  const groups: {members: string[]; lo: string; hi: string}[] = [];
  // "mean"/"difference" with "lo" and "hi" (and the numbers that go with them)
  if (keys.includes("lo") && keys.includes("hi")) groups.push({members: keys.filter((k) => ["mean", "difference", "sd", "referenceLevel", "level", "lo", "hi"].includes(k)), lo: "lo", hi: "hi"});
  // "x" with "x.lo" and "x.hi"
  for (const k of keys) if (keys.includes(`${k}.lo`) && keys.includes(`${k}.hi`)) groups.push({members: [k, `${k}.lo`, `${k}.hi`], lo: `${k}.lo`, hi: `${k}.hi`});
  return groups;
}

/** One row rounded (a new object; the row itself is left as it is). */
export function roundRow<T extends object>(row: T): T {
  const out = {...row} as Record<string, unknown>;
  const keys = Object.keys(out);
  const done = new Set<string>();
  for (const g of estimateGroups(keys)) {
    const lo = out[g.lo], hi = out[g.hi];
    const d = typeof lo === "number" && typeof hi === "number" ? intervalDecimals(lo, hi) : null;
    if (d === null) continue;
    for (const k of g.members) {
      const v = out[k];
      if (typeof v === "number" && Number.isFinite(v)) out[k] = roundDecimals(v, d);
      done.add(k);
    }
  }
  for (const k of keys) {
    const v = out[k];
    if (!done.has(k) && typeof v === "number") out[k] = roundSignificant(v);
  }
  return out as T;
}

/** Rows rounded for a CSV download. */
export function roundRows<T extends object>(rows: readonly T[]): T[] {
  return rows.map(roundRow);
}
