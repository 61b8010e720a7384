// The columns of a sweep's rows, and a batch of rows as Parquet (hyparquet-writer)
// and as CSV with the same columns. Missing measures (NaN inside) are null in
// Parquet and empty in CSV.

import {ParquetWriter, fileWriter, parquetWriteBuffer, schemaFromColumnData} from "hyparquet-writer";
import type {Plan, Row} from "../../experiment/experimentFile.ts";

export type ColumnType = "INT32" | "DOUBLE" | "STRING" | "BOOLEAN";

export interface Column {
  name: string;
  type: ColumnType;
}

/** Column names and Parquet types of a plan's rows. */
export function columnsOf(plan: Plan): Column[] {
  const factor = (key: string): ColumnType => {
    const f = plan.factors.find((x) => x.key === key)!;
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

/** Column-wise buffers for a batch of rows. */
export class Batch {
  readonly data: unknown[][];
  constructor(readonly columns: readonly Column[]) {
    this.data = columns.map(() => []);
  }
  get length(): number {
    return this.data[0].length;
  }
  push(row: Row): void {
    for (let c = 0; c < this.columns.length; ++c) {
      const v = row[this.columns[c].name];
      this.data[c].push(typeof v === "number" && Number.isNaN(v) ? null : v);
    }
  }
  clear(): void {
    for (const d of this.data) d.length = 0;
  }
  columnData() {
    return this.columns.map((col, c) => {
      const d = this.data[c];
      if (col.type === "INT32") return {name: col.name, type: col.type, data: Int32Array.from(d as number[]), nullable: false};
      if (col.type === "DOUBLE" && !d.includes(null)) return {name: col.name, type: col.type, data: Float64Array.from(d as number[]), nullable: true};
      return {name: col.name, type: col.type, data: d.slice() as never[], nullable: true};
    });
  }
}

export type KeyValue = {key: string; value: string};

export function batchParquet(batch: Batch, kvMetadata: KeyValue[]): Uint8Array {
  return new Uint8Array(parquetWriteBuffer({columnData: batch.columnData() as never, kvMetadata, codec: "SNAPPY"}));
}

function csvCell(v: unknown): string {
  if (v === null || v === undefined) return "";
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvHeader(columns: readonly Column[]): string {
  return columns.map((c) => csvCell(c.name)).join(",") + "\n";
}

export function batchCsv(batch: Batch, header: boolean): string {
  const parts: string[] = header ? [csvHeader(batch.columns)] : [];
  const n = batch.length;
  for (let i = 0; i < n; ++i) {
    let line = "";
    for (let c = 0; c < batch.columns.length; ++c) line += (c ? "," : "") + csvCell(batch.data[c][i]);
    parts.push(line + "\n");
  }
  return parts.join("");
}

/** A Parquet writer that takes batches as row groups (for merge: one file, flat memory). */
export function streamingParquet(writer: ReturnType<typeof fileWriter>, columns: readonly Column[], kvMetadata: KeyValue[]) {
  // Every column nullable except point and replication, as in the parts.
  const columnData = columns.map((c) => ({name: c.name, type: c.type, data: [] as never[], nullable: c.type !== "INT32"}));
  const schema = schemaFromColumnData({columnData: columnData as never});
  const pw = new ParquetWriter({writer, schema, kvMetadata});
  return {
    write(batch: Batch) {
      if (batch.length) pw.write({columnData: batch.columnData() as never, rowGroupSize: batch.length});
    },
    finish() {
      pw.finish();
    }
  };
}
