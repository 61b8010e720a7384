// The unscrambled Sobol' sequence (Sobol' 1967) with Joe & Kuo (2008)'s
// direction numbers, in gray-code order (Antonov & Saleev 1979), as SciPy's
// `qmc.Sobol(d, scramble=False)` gives it: point 0 is the origin (not skipped),
// 30 bits per coordinate. Point i is the XOR of the direction numbers over the
// set bits of gray(i) = i ^ (i >> 1), so any point is computed from its index
// alone (no state): a design can be built, or streamed, point by point.

import {JOE_KUO_ROWS, SOBOL_MAX_DIMENSION} from "./sobolDirections.ts";

export {SOBOL_MAX_DIMENSION};

/** Bits per coordinate (SciPy's default): up to 2^30 points. */
export const SOBOL_BITS = 30;
export const SOBOL_MAX_POINTS = 2 ** SOBOL_BITS;

/** Direction numbers v_1..v_BITS of dimensions 1..d (row-major, d x BITS), as integers below 2^BITS. */
export function sobolDirections(d: number): Uint32Array {
  if (!Number.isInteger(d) || d < 1 || d > SOBOL_MAX_DIMENSION) throw new RangeError(`Sobol' dimension ${d} (allowed: 1 to ${SOBOL_MAX_DIMENSION})`);
  const v = new Uint32Array(d * SOBOL_BITS);
  for (let k = 0; k < SOBOL_BITS; ++k) v[k] = 1 << (SOBOL_BITS - 1 - k); // van der Corput: every m = 1
  const rows = JOE_KUO_ROWS.split(";", d - 1);
  for (let j = 1; j < d; ++j) {
    const [, s, a, ...m0] = rows[j - 1].split(" ").map(Number);
    const m = new Array<number>(SOBOL_BITS);
    for (let k = 0; k < SOBOL_BITS; ++k) {
      if (k < s) { m[k] = m0[k]; continue; }
      // m_k = 2 a_1 m_{k-1} ^ 4 a_2 m_{k-2} ^ ... ^ 2^{s-1} a_{s-1} m_{k-s+1} ^ 2^s m_{k-s} ^ m_{k-s}
      let x = m[k - s] ^ (m[k - s] << s);
      for (let q = 1; q < s; ++q) if ((a >> (s - 1 - q)) & 1) x ^= m[k - q] << q;
      m[k] = x;
    }
    for (let k = 0; k < SOBOL_BITS; ++k) v[j * SOBOL_BITS + k] = m[k] * 2 ** (SOBOL_BITS - 1 - k);
  }
  return v;
}

/**
 * Point `index` (0-based) of the d-dimensional sequence into `out` (length
 * >= d), coordinates in [0, 1). `directions` from sobolDirections(d).
 */
export function sobolPoint(directions: Uint32Array, d: number, index: number, out: Float64Array | number[]): void {
  if (!Number.isInteger(index) || index < 0 || index >= SOBOL_MAX_POINTS) throw new RangeError(`Sobol' point ${index} (allowed: 0 to ${SOBOL_MAX_POINTS - 1})`);
  const gray = index ^ (index >>> 1);
  for (let j = 0; j < d; ++j) {
    let x = 0;
    for (let k = 0, g = gray; g; ++k, g >>>= 1) if (g & 1) x ^= directions[j * SOBOL_BITS + k];
    out[j] = (x >>> 0) / SOBOL_MAX_POINTS;
  }
}

/** The first n points of the d-dimensional sequence, row-major. */
export function sobolUnits(n: number, d: number): Float64Array {
  const v = sobolDirections(d);
  const u = new Float64Array(n * d);
  const row = new Float64Array(d);
  for (let i = 0; i < n; ++i) {
    sobolPoint(v, d, i, row);
    u.set(row, i * d);
  }
  return u;
}
