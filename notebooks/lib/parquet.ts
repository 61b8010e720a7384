// Tidy rows as a Parquet file, written in the browser with hyparquet-writer
// (pure JS, nothing leaves the machine). Numeric columns become DOUBLE (INT32
// for replication; a missing value, NaN inside, is null), the rest STRING.
import {parquetWriteBuffer} from "hyparquet-writer";

export function parquetColumns(rows: readonly Record<string, unknown>[]) {
  const names: string[] = [];
  for (const r of rows) for (const k of Object.keys(r)) if (!names.includes(k)) names.push(k);
  return names.map((name) => {
    const values = rows.map((r) => r[name]);
    const numeric = values.every((v) => typeof v === "number" || v === undefined || v === null);
    if (numeric && name === "replication") return {name, data: Int32Array.from(values as number[]), type: "INT32" as const};
    // missing is not zero: a run with nothing decided has no influence, written as null
    if (numeric) return {name, data: values.map((v) => (typeof v === "number" && !Number.isNaN(v) ? v : null)), type: "DOUBLE" as const, nullable: true};
    return {name, data: values.map((v) => (v === undefined || v === null ? null : String(v))), type: "STRING" as const, nullable: true};
  });
}

/** The rows as a Parquet file; `metadata` is written as key-value metadata (e.g. the design as JSON). */
export function parquetBlob(rows: readonly Record<string, unknown>[], metadata: Record<string, string> = {}): Blob {
  const kvMetadata = Object.entries(metadata).map(([key, value]) => ({key, value}));
  const buffer = parquetWriteBuffer({columnData: parquetColumns(rows), ...(kvMetadata.length ? {kvMetadata} : {})});
  return new Blob([buffer], {type: "application/vnd.apache.parquet"});
}
