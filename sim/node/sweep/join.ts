// Joins finished shard files into one Parquet and one CSV file (temporary names,
// then rename), checking that they hold exactly the runs of a range of design
// points in point and replication order: any missing or doubled run is an
// error and nothing is written. Used by merge.

import {closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync} from "node:fs";
import {join} from "node:path";
import {fileWriter} from "hyparquet-writer";
import {UsageError} from "../args.ts";
import {Batch, batchCsv, csvHeader, streamingParquet, type Column, type KeyValue} from "./columns.ts";
import {readPart, type Part} from "./parts.ts";

export class MergeError extends UsageError {}

export interface JoinRange {
  /** Design points [from, to), each with `reps` replications. */
  from: number;
  to: number;
  reps: number;
}

/** `tick(runs)` is called after each slice with the runs joined so far (progress). */
export async function joinParts(dir: string, parts: readonly Part[], columns: readonly Column[], kvMetadata: KeyValue[], stem: string, range: JoinRange, tick: (runs: number) => void = () => {}): Promise<void> {
  const {from, to, reps} = range;
  const names = columns.map((c) => c.name).join(",");
  const pqPath = join(dir, stem + ".parquet"), csvPath = join(dir, stem + ".csv");
  const pqTmp = pqPath + ".tmp", csvTmp = csvPath + ".tmp";
  const parquet = streamingParquet(fileWriter(pqTmp), columns, kvMetadata);
  const csv = openSync(csvTmp, "w");
  writeSync(csv, csvHeader(columns));
  const batch = new Batch(columns);
  // Slices and row groups of about 400,000 values: wide rows make short slices.
  const slice = Math.max(1000, Math.min(20_000, Math.floor(400_000 / columns.length)));
  const flush = () => {
    parquet.write(batch);
    writeSync(csv, batchCsv(batch, false));
    batch.clear();
    tick(next - from * reps);
  };
  const at = (i: number) => `point ${Math.floor(i / reps)} replication ${i % reps}`;
  const end = to * reps;
  let next = from * reps;
  try {
    for (const part of parts) {
      for await (const rows of readPart(dir, part, slice)) {
        if (rows.length && Object.keys(rows[0]).join(",") !== names) throw new MergeError(`${part.name} has columns ${Object.keys(rows[0]).join(",")}, expected ${names}`);
        for (const row of rows) {
          const p = row.point as number, r = row.replication as number;
          const i = p * reps + r;
          if (!(p >= from && p < to && r >= 0 && r < reps)) throw new MergeError(`${part.name} has a run outside points ${from}-${to - 1}: point ${p} replication ${r}`);
          if (i < next) throw new MergeError(`doubled: point ${p} replication ${r} again in ${part.name}`);
          if (i > next) throw new MergeError(`missing: ${at(next)}${i - next > 1 ? ` and ${i - next - 1} more runs before ${at(i)}` : ""} (next file: ${part.name})`);
          batch.push(row);
          ++next;
          if (batch.length >= slice) flush();
        }
      }
    }
    if (next < end) throw new MergeError(`missing: ${at(next)}${end - next > 1 ? ` and ${end - next - 1} more runs to the end` : ""} (${parts.length} files found; run the missing shards, or the same sweep command to resume)`);
    flush();
    parquet.finish();
    fsyncSync(csv);
  } catch (e) {
    closeSync(csv);
    rmSync(csvTmp, {force: true});
    rmSync(pqTmp, {force: true});
    throw e;
  }
  closeSync(csv);
  // CSV first, Parquet last, as for parts: the Parquet name marks the file finished.
  renameSync(csvTmp, csvPath);
  renameSync(pqTmp, pqPath);
}
