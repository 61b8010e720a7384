// Joins finished shard files into one Parquet and one CSV file (or Parquet alone; temporary
// names, then rename), checking that they hold exactly the runs of a range of
// design points in point and replication order: any missing or doubled run is
// an error and nothing is written. Used by merge.
//
// Rows are not decoded and encoded again: the shards' row groups are copied
// byte for byte (their offsets moved in the new footer) and their CSV lines
// after the header; only the point and replication columns are read, to check
// the runs.

import {closeSync, fstatSync, fsyncSync, openSync, readSync, renameSync, rmSync, writeSync} from "node:fs";
import {join} from "node:path";
import {asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects} from "hyparquet";
import {UsageError} from "../args.ts";
import {csvHeader, parquetFooter, shiftRowGroup, type Column, type KeyValue, type RowGroup} from "./columns.ts";
import type {Part} from "./parts.ts";

export class MergeError extends UsageError {}

export interface JoinRange {
  /** Design points [from, to), each with `reps` replications. */
  from: number;
  to: number;
  reps: number;
}

/** Copies `length` bytes of `src` from `at` to the end of `dst` (at `to`), in slices. */
function copyBytes(src: number, at: number, length: number, dst: number, to: number): void {
  const buffer = Buffer.allocUnsafe(Math.min(length, 1 << 20));
  for (let done = 0; done < length; ) {
    const n = readSync(src, buffer, 0, Math.min(buffer.length, length - done), at + done);
    if (n <= 0) throw new MergeError(`a shard file ended early (at byte ${at + done})`);
    for (let w = 0; w < n; ) w += writeSync(dst, buffer, w, n - w, to + done + w);
    done += n;
  }
}

/** `tick(runs)` is called as runs are checked (progress); `withCsv` false: the shards have no CSV files, and none is joined. */
export async function joinParts(dir: string, parts: readonly Part[], columns: readonly Column[], kvMetadata: KeyValue[], stem: string, range: JoinRange, tick: (runs: number) => void = () => {}, withCsv = true): Promise<void> {
  const {from, to, reps} = range;
  const names = columns.map((c) => c.name).join(",");
  const header = Buffer.from(csvHeader(columns));
  const pqPath = join(dir, stem + ".parquet"), csvPath = join(dir, stem + ".csv");
  const pqTmp = pqPath + ".tmp", csvTmp = csvPath + ".tmp";
  const pq = openSync(pqTmp, "w"), csv = withCsv ? openSync(csvTmp, "w") : -1;
  writeSync(pq, Buffer.from("PAR1"));
  if (withCsv) writeSync(csv, header);
  let pqAt = 4, csvAt = header.length;
  const groups: RowGroup[] = [];
  const slice = 50_000;
  const at = (i: number) => `point ${Math.floor(i / reps)} replication ${i % reps}`;
  const end = to * reps;
  let next = from * reps;
  try {
    for (const part of parts) {
      const path = join(dir, part.name + ".parquet");
      const file = await asyncBufferFromFile(path);
      const metadata = await parquetMetadataAsync(file);
      const have = metadata.schema.slice(1).map((s) => s.name).join(",");
      if (have !== names) throw new MergeError(`${part.name} has columns ${have}, expected ${names}`);
      const n = Number(metadata.num_rows);
      for (let start = 0; start < n; start += slice) {
        const rows = (await parquetReadObjects({file, metadata, columns: ["point", "replication"], rowStart: start, rowEnd: Math.min(n, start + slice)})) as {point: number; replication: number}[];
        for (const {point: p, replication: r} of rows) {
          const i = p * reps + r;
          if (!(p >= from && p < to && r >= 0 && r < reps)) throw new MergeError(`${part.name} has a run outside points ${from}-${to - 1}: point ${p} replication ${r}`);
          if (i < next) throw new MergeError(`doubled: point ${p} replication ${r} again in ${part.name}`);
          if (i > next) throw new MergeError(`missing: ${at(next)}${i - next > 1 ? ` and ${i - next - 1} more runs before ${at(i)}` : ""} (next file: ${part.name})`);
          ++next;
        }
        tick(next - from * reps);
      }
      // The runs are right: copy the row groups, each column chunk where the next bytes go.
      const src = openSync(path, "r");
      try {
        for (const g of metadata.row_groups as unknown as RowGroup[]) {
          const starts = g.columns.map((c) => Number(c.meta_data!.dictionary_page_offset ?? c.meta_data!.data_page_offset));
          const first = Math.min(...starts);
          const last = Math.max(...g.columns.map((c, k) => starts[k] + Number(c.meta_data!.total_compressed_size)));
          copyBytes(src, first, last - first, pq, pqAt);
          // Page indexes would point into the shard file: none are copied (the sweep writes none).
          const moved = shiftRowGroup(g, BigInt(pqAt - first));
          moved.columns = moved.columns.map((c) => ({...c, offset_index_offset: undefined, offset_index_length: undefined, column_index_offset: undefined, column_index_length: undefined}));
          groups.push(moved);
          pqAt += last - first;
        }
      } finally {
        closeSync(src);
      }
      if (!withCsv) continue;
      const csvSrc = openSync(join(dir, part.name + ".csv"), "r");
      try {
        const head = Buffer.alloc(header.length);
        readSync(csvSrc, head, 0, head.length, 0);
        if (!head.equals(header)) throw new MergeError(`${part.name}.csv does not start with the header ${names}`);
        const {size} = fstatSync(csvSrc);
        copyBytes(csvSrc, header.length, size - header.length, csv, csvAt);
        csvAt += size - header.length;
      } finally {
        closeSync(csvSrc);
      }
    }
    if (next < end) throw new MergeError(`missing: ${at(next)}${end - next > 1 ? ` and ${end - next - 1} more runs to the end` : ""} (${parts.length} files found; run the missing shards, or the same sweep command to resume)`);
    const footer = parquetFooter(columns, groups, kvMetadata);
    writeSync(pq, footer, 0, footer.length, pqAt);
    fsyncSync(pq);
    if (withCsv) fsyncSync(csv);
  } catch (e) {
    if (withCsv) closeSync(csv);
    closeSync(pq);
    rmSync(csvTmp, {force: true});
    rmSync(pqTmp, {force: true});
    throw e;
  }
  if (withCsv) closeSync(csv);
  closeSync(pq);
  // CSV first, Parquet last: the Parquet name marks the merge finished.
  if (withCsv) renameSync(csvTmp, csvPath);
  renameSync(pqTmp, pqPath);
}
