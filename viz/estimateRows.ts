// Picking one measure out of tidy estimate rows (shared by estimateDots,
// differenceDots, sweepLine and sweepHeatmap). Fails loudly when the rows
// hold several measures and none was chosen.

import {unique} from "./labels.ts";
import type {Estimate} from "./types.ts";

export function pickMeasure<T extends {measure: string}>(chart: string, rows: readonly T[], measure: string | undefined): {measure: string; rows: T[]} {
  if (!Array.isArray(rows) || rows.length === 0) throw new Error(`invalid data for ${chart}: expected at least one row`);
  const measures: string[] = unique(rows.map((r) => r.measure));
  if (measure === undefined && measures.length > 1)
    throw new Error(`invalid data for ${chart}: rows hold several measures (${measures.join(", ")}); pass options.measure`);
  const chosen = measure ?? measures[0];
  if (!measures.includes(chosen)) throw new Error(`invalid measure for ${chart}: ${chosen} (allowed: ${measures.join(", ")})`);
  return {measure: chosen, rows: rows.filter((r) => r.measure === chosen)};
}

export function checkEstimate(chart: string, e: Estimate | undefined, where: string): Estimate {
  if (!e || typeof e.mean !== "number" || typeof e.lo !== "number" || typeof e.hi !== "number")
    throw new Error(`invalid estimate for ${chart} at ${where}: expected {mean, sd, n, lo, hi}`);
  return e;
}
