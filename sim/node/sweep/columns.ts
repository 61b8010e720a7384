// The columns of a sweep's rows, and a batch of rows as Parquet (hyparquet-writer)
// and as CSV with the same columns. Missing measures (NaN inside) are null in
// Parquet and empty in CSV.

import {ByteWriter, ParquetWriter, schemaFromColumnData} from "hyparquet-writer";
import type {Row, Setup} from "../../experiment/experimentFile.ts";
import {csvField, csvHeader as recordsHeader, type Cell} from "../../experiment/records.ts";
import {Utf8Column, utf8Into} from "./utf8Column.ts";

export type ColumnType = "INT32" | "DOUBLE" | "STRING" | "BOOLEAN";

export interface Column {
  name: string;
  type: ColumnType;
}

/** Column names and Parquet types of a plan's rows. */
export function columnsOf(plan: Setup): Column[] {
  const factor = (key: string): ColumnType => {
    const f = plan.factors.find((x) => x.key === key)!;
    // Integer parameters (declared integer: every value is a checked integer in a range within INT32) as integers.
    if (f.integer && (!f.values || f.values.every((v) => typeof v === "number" && Number.isInteger(v)))) return "INT32";
    if (!f.values) return "DOUBLE";
    if (f.values.every((v) => typeof v === "number")) return "DOUBLE";
    if (f.values.every((v) => typeof v === "boolean")) return "BOOLEAN";
    return "STRING";
  };
  return plan.columns.map((name) => {
    if (name === "point" || name === "replication") return {name, type: "INT32"};
    if (name === "seed") return {name, type: "STRING"};
    if (plan.factors.some((f) => f.key === name)) return {name, type: factor(name)};
    return {name, type: "DOUBLE"};
  });
}

/** The seed column is kept as UTF-8 bytes (utf8Column.ts): every row's seed differs. */
const isSeed = (c: Column) => c.name === "seed" && c.type === "STRING";

/**
 * Column-wise buffers for a batch of rows: typed arrays for numbers (NaN =
 * missing), UTF-8 bytes for the seed, plain arrays for other text and booleans,
 * grown by doubling and reused after clear(), so a batch costs about 8 bytes per number.
 */
export class Batch {
  private numeric: (Float64Array | Int32Array | undefined)[];
  private text: (Utf8Column | undefined)[];
  private other: (unknown[] | undefined)[];
  private n = 0;
  constructor(readonly columns: readonly Column[], capacity = 1024) {
    this.numeric = columns.map((c) => (c.type === "DOUBLE" ? new Float64Array(capacity) : c.type === "INT32" ? new Int32Array(capacity) : undefined));
    this.text = columns.map((c) => (isSeed(c) ? new Utf8Column() : undefined));
    this.other = columns.map((c) => ((c.type === "STRING" && !isSeed(c)) || c.type === "BOOLEAN" ? [] : undefined));
  }
  get length(): number {
    return this.n;
  }
  /** Column c's numbers (NaN = missing), or undefined for a text or boolean column. */
  numbers(c: number): Float64Array | Int32Array | undefined {
    return this.numeric[c];
  }
  /** Column c's UTF-8 bytes (the seed column), or undefined for any other column. */
  utf8(c: number): Utf8Column | undefined {
    return this.text[c];
  }
  /** Value of column c in row i (null when missing). */
  at(c: number, i: number): unknown {
    const a = this.numeric[c];
    if (a) return Number.isNaN(a[i]) ? null : a[i];
    const t = this.text[c];
    if (t) return t.text(i);
    const v = this.other[c]![i];
    return v === undefined ? null : v;
  }
  push(row: Row | Record<string, unknown>): void {
    const i = this.n++;
    for (let c = 0; c < this.columns.length; ++c) this.put(c, i, row[this.columns[c].name]);
  }
  /** Appends a row given as its cells in column order (the same cells as push takes by name). */
  pushCells(cells: ArrayLike<unknown>): void {
    const i = this.n++;
    for (let c = 0; c < this.columns.length; ++c) this.put(c, i, cells[c]);
  }
  /** Stores cell i of column c, doubling a numeric column when it is full. */
  private put(c: number, i: number, v: unknown): void {
    let a = this.numeric[c];
    if (a) {
      if (i === a.length) {
        const grown = new (a.constructor as Float64ArrayConstructor)(a.length * 2);
        grown.set(a);
        this.numeric[c] = a = grown;
      }
      a[i] = typeof v === "number" ? v : NaN;
    } else if (this.text[c]) this.text[c]!.set(i, v);
    else this.other[c]!.push(v === null ? undefined : v);
  }
  clear(): void {
    this.n = 0;
    for (const o of this.other) if (o) o.length = 0;
  }
  columnData() {
    return this.columns.map((col, c) => {
      const a = this.numeric[c];
      if (col.type === "INT32") return {name: col.name, type: col.type, data: (a as Int32Array).subarray(0, this.n), nullable: false};
      if (a) {
        const d = a.subarray(0, this.n) as Float64Array;
        // Missing values as nulls (only for columns that have any).
        const data = d.some(Number.isNaN) ? Array.from(d, (x) => (Number.isNaN(x) ? null : x)) : d;
        return {name: col.name, type: col.type, data, nullable: true};
      }
      // No min/max statistics for the seed column: nobody filters by a seed's
      // string order, and comparing every seed string cost as much as a run.
      // Seeds share all but their last characters with the row before: prefix
      // (delta) encoding makes the column about 20 times smaller and 2 times faster to write.
      const t = this.text[c];
      if (t) return {name: col.name, type: col.type, data: t.views(this.n) as never[], nullable: true, statistics: false, encoding: "DELTA_BYTE_ARRAY"};
      return {name: col.name, type: col.type, data: this.other[c]!.map((v) => (v === undefined ? null : v)) as never[], nullable: true};
    });
  }
}

export type KeyValue = {key: string; value: string};

/** Row group metadata as the Parquet writer holds it. */
export type RowGroup = ParquetWriter["row_groups"][number];

export function csvHeader(columns: readonly Column[]): string {
  return recordsHeader(columns.map((c) => c.name));
}

/** The Parquet schema of a sweep's files: every column nullable except point and replication, as in a batch. */
export function sweepSchema(columns: readonly Column[]) {
  const columnData = columns.map((c) => ({name: c.name, type: c.type, data: [] as never[], nullable: c.type !== "INT32"}));
  return schemaFromColumnData({columnData: columnData as never});
}

/** A batch as one Parquet row group: its column chunks' bytes, with the row group's offsets counted from their start. */
export interface EncodedRowGroup {
  bytes: Uint8Array;
  rowGroup: RowGroup;
}

/**
 * Encodes a batch as one row group, to be appended to a file as it is (see
 * shardOutput.ts), so a row is encoded once. No page offset index: it would
 * hold offsets into this buffer, and a chunk's pages are few.
 */
export function encodeRowGroup(batch: Batch): EncodedRowGroup {
  const writer = new ByteWriter(1 << 16);
  const pw = new ParquetWriter({writer, schema: sweepSchema(batch.columns)});
  // Numeric columns' min/max statistics are computed here on the typed arrays: the writer's
  // general ones took a third of the encoding time.
  const columnData = batch.columnData().map((c, i) => ({...c, offsetIndex: false, ...(batch.numbers(i) ? {statistics: false} : {})}));
  pw.write({columnData: columnData as never, rowGroupSize: batch.length});
  const rowGroup = pw.row_groups[0];
  rowGroup.columns.forEach((chunk, i) => {
    const a = batch.numbers(i);
    if (a && chunk.meta_data) chunk.meta_data.statistics = numericStatistics(a.subarray(0, batch.length), batch.columns[i].type === "DOUBLE");
  });
  const head = 4; // the writer's leading "PAR1"
  return {bytes: new Uint8Array(writer.buffer, head, writer.offset - head).slice(), rowGroup: shiftRowGroup(rowGroup, -BigInt(head))};
}

/** Parquet statistics of a numeric column as the writer makes them (NaN = missing: written as null, so counted as null). */
export function numericStatistics(a: Float64Array | Int32Array, float: boolean) {
  let min = Infinity, max = -Infinity, nulls = 0;
  for (let i = 0; i < a.length; ++i) {
    const x = a[i];
    if (x !== x) ++nulls;
    else {
      if (x < min) min = x;
      if (x > max) max = x;
    }
  }
  const any = nulls < a.length;
  return {
    // signed zero as the writer normalises it: min -0, max +0
    min_value: any ? (min === 0 ? -0 : min) : undefined,
    max_value: any ? (max === 0 ? 0 : max) : undefined,
    null_count: BigInt(nulls),
    nan_count: float ? 0n : undefined
  };
}

/** A row group's byte offsets moved by `delta` (its column chunks placed elsewhere in a file). */
export function shiftRowGroup(rg: RowGroup, delta: bigint): RowGroup {
  const at = (x: bigint | undefined) => (x === undefined ? undefined : x + delta);
  return {
    ...rg,
    columns: rg.columns.map((c) => ({
      ...c,
      file_offset: at(c.file_offset)!,
      meta_data: c.meta_data && {...c.meta_data, data_page_offset: at(c.meta_data.data_page_offset)!, dictionary_page_offset: at(c.meta_data.dictionary_page_offset), index_page_offset: at(c.meta_data.index_page_offset)}
    }))
  };
}

/** The end of a Parquet file holding `rowGroups`: metadata (schema, row groups, key-value metadata), its length and "PAR1". */
export function parquetFooter(columns: readonly Column[], rowGroups: RowGroup[], kvMetadata: KeyValue[]): Uint8Array {
  const writer = new ByteWriter(1 << 16);
  const pw = new ParquetWriter({writer, schema: sweepSchema(columns), kvMetadata});
  pw.row_groups = rowGroups;
  pw.num_rows = rowGroups.reduce((n, g) => n + g.num_rows, 0n);
  pw.finish();
  return new Uint8Array(writer.buffer, 4, writer.offset - 4).slice();
}

/** Numbers whose texts a CsvEncoder keeps per column (then it starts again): a bound on its memory. */
const TEXTS_PER_COLUMN = 4096;

/**
 * A batch's CSV lines (no header) as UTF-8 bytes, each cell as csvField
 * writes it (numbers in full, missing empty, formula text neutralised), written straight into one reused buffer: no
 * string per line or for the whole text. A cell's text is kept while its column
 * repeats the value (the point, the varied parameters).
 */
export class CsvEncoder {
  private buf = new Uint8Array(1 << 16);
  private readonly lastValue: unknown[];
  private readonly lastText: string[];
  private readonly utf8 = new TextEncoder();
  /** Texts of numbers met lately, per column (-0 and 0 are one key: both are written "0"). */
  private readonly texts: Map<number, string>[];
  constructor(readonly columns: readonly Column[]) {
    this.texts = columns.map(() => new Map());
    this.lastValue = columns.map(() => undefined);
    this.lastText = columns.map(() => "");
  }
  encode(batch: Batch): Uint8Array {
    const n = batch.length, k = this.columns.length;
    const numeric = this.columns.map((_, c) => batch.numbers(c));
    const bytes = this.columns.map((_, c) => batch.utf8(c));
    const {lastValue, lastText, texts} = this;
    let at = 0;
    for (let i = 0; i < n; ++i) {
      for (let c = 0; c < k; ++c) {
        const a = numeric[c], u = bytes[c];
        const from = u ? u.start(i) : 0, to = u ? u.end(i) : 0;
        if (u && !u.isMissing(i) && plainCsv(u.buffer, from, to)) {
          // the seed's bytes as they are: nothing in them to quote
          const src = u.buffer;
          if (at + (to - from) + 1 > this.buf.length) this.grow(at + (to - from) + 1);
          const buf = this.buf;
          for (let j = from; j < to; ++j) buf[at++] = src[j];
          buf[at++] = c === k - 1 ? 10 : 44;
          continue;
        }
        let text: string;
        if (a) {
          const x = a[i];
          if (x !== x) text = "";
          else if (x === lastValue[c]) text = lastText[c];
          else {
            // A finite number's text never needs quoting or neutralising: the same text as csvField, without its checks.
            // Measures repeat values (a sixth of a participation batch's numbers are distinct):
            // a bounded map per column spares most conversions (CSV CPU per participation row 7.0 -> 6.0-6.5 µs).
            const seen = texts[c];
            const known = seen.get(x);
            if (known !== undefined) text = known;
            else {
              text = Number.isFinite(x) ? String(x) : csvField(x);
              if (seen.size === TEXTS_PER_COLUMN) seen.clear();
              seen.set(x, text);
            }
            lastValue[c] = x;
            lastText[c] = text;
          }
        } else if (u) text = csvField(u.text(i));
        else {
          const v = batch.at(c, i);
          if (v === lastValue[c] && v !== null) text = lastText[c];
          else {
            text = csvField(v as Cell);
            lastValue[c] = v;
            lastText[c] = text;
          }
        }
        // room for the text as UTF-8 (at most 3 bytes per UTF-16 unit) and a separator
        if (at + 3 * text.length + 1 > this.buf.length) this.grow(at + 3 * text.length + 1);
        const buf = this.buf;
        at += utf8Into(text, buf, at, this.utf8);
        buf[at++] = c === k - 1 ? 10 : 44; // "\n" after the row, "," between cells
      }
    }
    return this.buf.slice(0, at);
  }
  private grow(need: number): void {
    let size = this.buf.length * 2;
    while (size < need) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.buf);
    this.buf = grown;
  }
}

/**
 * Whether UTF-8 bytes [from, to) make a CSV field as they are: no quote, comma
 * or line break, and no first character that csvField neutralises (= + - @ tab CR).
 */
function plainCsv(b: Uint8Array, from: number, to: number): boolean {
  if (from < to) {
    const x = b[from];
    if (x === 0x3d || x === 0x2b || x === 0x2d || x === 0x40 || x === 0x09 || x === 0x0d) return false;
  }
  for (let j = from; j < to; ++j) {
    const x = b[j];
    if (x === 0x22 || x === 0x2c || x === 0x0a || x === 0x0d) return false;
  }
  return true;
}
