// Output formats for tidy rows: JSON lines, CSV (the one writer,
// sim/experiment/records.ts) and a readable table. Rows are written as they
// are made (RowWriter), so memory stays flat in the number of rows; only the
// table, which needs every row to size its columns, holds them, and it is
// bounded (TABLE_MAX_ROWS).
import {csvColumns, csvHeader, csvLine, csvText, flattenRow} from "../experiment/records.ts";
import {UsageError} from "./args.ts";

export const FORMATS = ["jsonl", "csv", "table", "none"] as const;
export type Format = (typeof FORMATS)[number];

/** Where text goes: may return a promise to ask the writer to wait (backpressure). */
export type Out = (s: string) => void | Promise<void>;

/** The most rows a table holds (it needs all of them to size its columns). */
export const TABLE_MAX_ROWS = 10000;

type Row = Record<string, unknown>;

/** One cell of the readable table (rounded for reading); a missing value (null, NaN) is an empty cell. */
function cell(v: unknown): string {
  if (typeof v === "number") return !Number.isFinite(v) ? "" : Number.isInteger(v) ? String(v) : String(Math.round(v * 1000) / 1000);
  if (v === null || v === undefined) return "";
  return String(v);
}

/** A memory size for an error message (the command line's plain English figures). */
export function formatBytes(bytes: number): string {
  return bytes >= 2 ** 30 ? `${(bytes / 2 ** 30).toFixed(1)} GB` : `${Math.max(1, Math.ceil(bytes / 2 ** 20))} MB`;
}

/** Refuses a table of more than TABLE_MAX_ROWS rows up front. */
export function checkTableRows(format: Format, rows: number, what = "rows"): void {
  if (format === "table" && rows > TABLE_MAX_ROWS)
    throw new UsageError(`invalid --format table: ${rows} ${what} would be held in memory to size the columns (allowed: at most ${TABLE_MAX_ROWS}; use --format csv or jsonl, which stream)`);
}

/** Formats rows; `columns` fixes the column order (default: keys of all rows). */
export function formatRows(rows: Row[], format: Format, columns?: string[]): string {
  if (format === "none") return "";
  if (format === "jsonl") return rows.map((r) => JSON.stringify(r)).join("\n") + (rows.length ? "\n" : "");
  if (format === "csv") return csvText(rows, columns);
  const flat = rows.map((r) => flattenRow(r));
  const cols = columns ?? csvColumns(flat);
  const cells = flat.map((r) => cols.map((c) => cell(r[c])));
  const widths = cols.map((c, k) => cells.reduce((w, r) => Math.max(w, r[k].length), c.length));
  const line = (xs: string[]) => xs.map((x, k) => (/^-?[\d.]+$/.test(x) ? x.padStart(widths[k]) : x.padEnd(widths[k]))).join("  ").trimEnd();
  return [line(cols), widths.map((w) => "-".repeat(w)).join("  "), ...cells.map(line)].join("\n") + "\n";
}

/** Bytes gathered before a write: few, large writes; memory bounded. */
const CHUNK = 1 << 16;

/**
 * Writes rows as they are made. jsonl: one line per row. csv: the header
 * (from `columns`, else the first row's dotted keys) first, then one line per
 * row. table: rows are held (at most TABLE_MAX_ROWS) and written at the end.
 * Output is gathered in chunks of about 64 kB; a chunk waits for `out`
 * (stdout's 'drain') before the next is made.
 */
export class RowWriter {
  private buffer = "";
  private columns: string[] | undefined;
  private held: Row[] = [];
  rows = 0;

  constructor(private readonly out: Out, readonly format: Format, columns?: string[]) {
    this.columns = columns;
  }

  /** Fixes the columns before the first row is written (default: the first row's dotted keys). */
  fix(columns: string[]): string[] {
    if (this.rows === 0) this.columns = columns;
    return this.columns ?? columns;
  }

  async write(row: Row): Promise<void> {
    ++this.rows;
    if (this.format === "none") return;
    if (this.format === "table") {
      if (this.held.length >= TABLE_MAX_ROWS) throw new UsageError(`invalid --format table: more than ${TABLE_MAX_ROWS} rows (use --format csv or jsonl, which stream)`);
      this.held.push(row);
      return;
    }
    if (this.format === "jsonl") this.buffer += JSON.stringify(row) + "\n";
    else {
      const flat = flattenRow(row);
      const columns = (this.columns ??= Object.keys(flat));
      if (this.rows === 1) this.buffer += csvHeader(columns);
      this.buffer += csvLine(flat, columns);
    }
    if (this.buffer.length >= CHUNK) await this.flush();
  }

  private async flush(): Promise<void> {
    if (!this.buffer) return;
    const s = this.buffer;
    this.buffer = "";
    await this.out(s);
  }

  /** Writes what is left (the whole table; a csv header when there were no rows and columns are known). */
  async end(): Promise<void> {
    if (this.format === "table") {
      if (this.held.length) this.buffer += formatRows(this.held, "table", this.columns);
      this.held = [];
    } else if (this.format === "csv" && this.rows === 0 && this.columns) this.buffer += csvHeader(this.columns);
    await this.flush();
  }
}
