// The one writer of tidy rows as CSV, for the command line and the notebooks
// alike: nested objects become dotted columns (ladder.influence,
// estimate.mean), arrays are written as JSON, and a missing value (null,
// undefined or NaN: nothing decided) is an empty cell, never 0. The header
// and each line can be written on their own, so rows can stream out.
// A text cell a spreadsheet would read as a formula (it begins with =, +, -,
// @, tab or carriage return) is neutralised by the OWASP rule: a single quote
// in front, and the cell quoted. Numbers stay numbers (-0.5 is written as it is).

import {csvFormatValue} from "d3-dsv";

export type Cell = string | number | boolean | null | undefined;
export type FlatRow = Record<string, Cell>;

/** A row with nested plain objects flattened to dotted keys. */
export function flattenRow(row: object, prefix = "", out: FlatRow = {}): FlatRow {
  for (const [k, v] of Object.entries(row)) {
    if (v !== null && typeof v === "object" && !Array.isArray(v)) flattenRow(v, prefix + k + ".", out);
    else out[prefix + k] = Array.isArray(v) ? JSON.stringify(v) : (v as Cell);
  }
  return out;
}

/** The union of the rows' columns, in first-seen order. */
export function csvColumns(rows: readonly FlatRow[]): string[] {
  const seen = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r)) seen.add(k);
  return [...seen];
}

/** A cell's text: numbers in full (round-trip), missing values empty. */
export function csvCell(v: Cell): string {
  if (v === null || v === undefined || (typeof v === "number" && Number.isNaN(v))) return "";
  return String(v);
}

/** A first character that makes a spreadsheet read the cell as a formula (OWASP, CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain decimal number: a spreadsheet reads it as a number, not a formula, even with a sign. */
const PLAIN_NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

/** Whether a cell's text would be read as a formula (so csvField neutralises it). */
export function isFormulaText(text: string): boolean {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text);
}

/**
 * A cell as CSV field text, quoted where it must be: the one cell formatter
 * of every CSV the project writes. Formula text gets a single quote in front
 * and is quoted; plain numbers (also as text, "-0.5") are left as they are.
 */
export function csvField(v: Cell): string {
  const text = csvCell(v);
  return isFormulaText(text) ? `"'${text.replaceAll('"', '""')}"` : csvFormatValue(text);
}

/** The header line (with its newline). */
export function csvHeader(columns: readonly string[]): string {
  return columns.map(csvField).join(",") + "\n";
}

/** One flattened row as a CSV line (with its newline), in the columns' order. */
export function csvLine(row: FlatRow, columns: readonly string[]): string {
  return columns.map((c) => csvField(row[c])).join(",") + "\n";
}

/** Rows as a CSV document; `columns` fixes the order (default: every column, first seen first). */
export function csvText(rows: readonly object[], columns?: readonly string[]): string {
  const flat = rows.map((r) => flattenRow(r));
  const cols = columns ?? csvColumns(flat);
  return csvHeader(cols) + flat.map((r) => csvLine(r, cols)).join("");
}
