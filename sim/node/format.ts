// Output formats for tidy rows: JSON lines, CSV (sim/experiment/records.ts)
// and a readable table.
import {csvColumns, csvText, flattenRow} from "../experiment/records.ts";

export const FORMATS = ["jsonl", "csv", "table", "none"] as const;
export type Format = (typeof FORMATS)[number];

type Row = Record<string, unknown>;

function cell(v: unknown): string {
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : String(Math.round(v * 1000) / 1000);
  if (v === null || v === undefined) return "";
  return String(v);
}

/** Formats rows; `columns` fixes the column order (default: keys of the first row). */
export function formatRows(rows: Row[], format: Format, columns?: string[]): string {
  if (format === "none") return "";
  if (format === "jsonl") return rows.map((r) => JSON.stringify(r)).join("\n") + (rows.length ? "\n" : "");
  const flat = rows.map((r) => flattenRow(r));
  const cols = columns ?? csvColumns(flat);
  if (format === "csv") return csvText(rows, cols);
  const cells = flat.map((r) => cols.map((c) => cell(r[c])));
  const widths = cols.map((c, k) => Math.max(c.length, ...cells.map((r) => r[k].length)));
  const line = (xs: string[]) => xs.map((x, k) => (/^-?[\d.]+$/.test(x) ? x.padStart(widths[k]) : x.padEnd(widths[k]))).join("  ").trimEnd();
  return [line(cols), widths.map((w) => "-".repeat(w)).join("  "), ...cells.map(line)].join("\n") + "\n";
}
