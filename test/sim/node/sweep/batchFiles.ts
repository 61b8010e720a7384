// Test oracles for the sweep's encoders: a batch written the plain way, by the
// general Parquet writer as a whole file and as CSV text cell by cell.
import {parquetWriteBuffer} from "hyparquet-writer";
import {csvHeader, type Batch, type KeyValue} from "../../../../sim/node/sweep/columns.ts";
import {csvField, type Cell} from "../../../../sim/experiment/records.ts";

/** The oracle for row groups: a batch written as a whole file by the general writer (with its own statistics). */
export function batchParquet(batch: Batch, kvMetadata: KeyValue[]): Uint8Array {
  return new Uint8Array(parquetWriteBuffer({columnData: batch.columnData() as never, kvMetadata, codec: "SNAPPY"}));
}

/** The oracle for the CSV encoder: each cell through csvField (numbers in full, missing empty), lines joined. */
export function batchCsv(batch: Batch, header: boolean): string {
  const lines: string[] = [];
  for (let i = 0; i < batch.length; ++i) lines.push(batch.columns.map((_, c) => csvField(batch.at(c, i) as Cell)).join(","));
  lines.push("");
  return (header ? csvHeader(batch.columns) : "") + lines.join("\n");
}
