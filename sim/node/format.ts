// Output formats for tidy rows: JSON lines, CSV and a readable table.
import {csvFormat} from "d3-dsv";

export const FORMATS = ["jsonl", "csv", "table", "none"] as const;
export type Format = (typeof FORMATS)[number];

type Row = Record<string, unknown>;

/** Nested objects become dotted columns for csv and table. */
export function flatten(row: Row, prefix = "", out: Record<string, unknown> = {}): Record<string, unknown> {
  for (const [k, v] of Object.entries(row)) {
    if (v !== null && typeof v === "object" && !Array.isArray(v)) flatten(v as Row, prefix + k + ".", out);
    else out[prefix + k] = Array.isArray(v) ? JSON.stringify(v) : v;
  }
  return out;
}

function cell(v: unknown): string {
  // missing (NaN) is an empty cell, never 0
  if (typeof v === "number") return !Number.isFinite(v) ? "" : Number.isInteger(v) ? String(v) : String(Math.round(v * 1000) / 1000);
  if (v === null || v === undefined) return "";
  return String(v);
}

/** Formats rows; `columns` fixes the column order (default: keys of the first row). */
export function formatRows(rows: Row[], format: Format, columns?: string[]): string {
  if (format === "none") return "";
  if (format === "jsonl") return rows.map((r) => JSON.stringify(r)).join("\n") + (rows.length ? "\n" : "");
  const flat = rows.map((r) => flatten(r));
  const cols = columns ?? Array.from(new Set(flat.flatMap((r) => Object.keys(r))));
  if (format === "csv") return csvFormat(flat.map((r) => Object.fromEntries(cols.map((c) => [c, cell(r[c])]))), cols) + "\n";
  const cells = flat.map((r) => cols.map((c) => cell(r[c])));
  const widths = cols.map((c, k) => Math.max(c.length, ...cells.map((r) => r[k].length)));
  const line = (xs: string[]) => xs.map((x, k) => (/^-?[\d.]+$/.test(x) ? x.padStart(widths[k]) : x.padEnd(widths[k]))).join("  ").trimEnd();
  return [line(cols), widths.map((w) => "-".repeat(w)).join("  "), ...cells.map(line)].join("\n") + "\n";
}
