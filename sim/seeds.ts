// The seed policy: every random run in the project gets its seed from one
// function, so the same (base seed, key, replication) gives the same numbers
// on the command line, in the notebooks and in workers.

/** The base seed when none is given (CLI --seed, notebook seed inputs, readings files). */
export const DEFAULT_SEED = "1";

/**
 * The key of runs whose random numbers are shared by every option of a
 * comparison (common random numbers): replication r of each participation
 * scenario gets the same seed, "S/r".
 */
export const SHARED_KEY = "";

/**
 * A run's seed from (base seed, key, replication): "S/key/r", or "S/r" under
 * SHARED_KEY. It never depends on run order, so any run can be re-run alone.
 * The key names a stream of runs: a classic variant or design point
 * (sim/classic/design.ts variantKey, designKey), or SHARED_KEY.
 */
export function runSeed(base: string | number, key: string, replication: number): string {
  return key === SHARED_KEY ? `${base}/${replication}` : `${base}/${key}/${replication}`;
}
