// Joins finished shard files into one Parquet and one CSV file (or Parquet alone; temporary
// names, then rename), checking first that each shard was made by this
// folder's experiment (its digest) and holds exactly its runs, and then that
// all of them hold exactly the runs of the design in point and replication
// order: any foreign, missing or doubled run is a one-line error naming the
// file, the point and the replication and the command that mends it, and
// nothing is written. Used by merge.
//
// Parquet row groups are copied byte for byte (their offsets moved in the new
// footer) once their rows are checked; merged.csv is written from those
// checked rows, one row group at a time, never copied from the shards' CSV
// files (a cut or doubled shard CSV can then not reach it; it is refused).

import {closeSync, constants, fstatSync, fsyncSync, openSync, readSync, renameSync, rmSync, writeSync} from "node:fs";
import {join} from "node:path";
import {parquetRead, type AsyncBuffer, type FileMetaData} from "hyparquet";
import type {Plan} from "../../experiment/experimentFile.ts";
import {shardRange} from "../../experiment/shards.ts";
import {Batch, CsvEncoder, csvHeader, parquetFooter, shiftRowGroup, type Column, type KeyValue, type RowGroup} from "./columns.ts";
import {FolderError, RunSequence, digestOf, keyValues, openParquet, shortDigest, sweepCommandLine} from "./integrity.ts";
import type {Part} from "./parts.ts";
import {failpoint} from "./failpoint.ts";
import {NotRegularFile, readFailure} from "../regularFile.ts";

export class MergeError extends FolderError {}

/** Copies `length` bytes of `src` from `at` to the end of `dst` (at `to`), in slices. */
function copyBytes(src: number, at: number, length: number, dst: number, to: number, name: string, mend: string): void {
  const buffer = Buffer.allocUnsafe(Math.min(length, 1 << 20));
  for (let done = 0; done < length; ) {
    const n = readSync(src, buffer, 0, Math.min(buffer.length, length - done), at + done);
    if (n <= 0) throw new MergeError(`${name} ended early (at byte ${at + done}), it was cut: ${mend}`);
    for (let w = 0; w < n; ) w += writeSync(dst, buffer, w, n - w, to + done + w);
    done += n;
  }
}

/** Lines of a CSV file after its header (line breaks inside quoted fields not counted), read in slices; -1 when the header differs. */
function csvRows(path: string, header: Buffer): number {
  // opened without blocking (a FIFO would wait for a writer), then checked to be a regular file
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    if (!fstatSync(fd).isFile()) throw new NotRegularFile("not a regular file");
    const head = Buffer.alloc(header.length);
    if (readSync(fd, head, 0, head.length, 0) !== head.length || !head.equals(header)) return -1;
    const {size} = fstatSync(fd);
    const buffer = Buffer.allocUnsafe(1 << 20);
    let lines = 0, quoted = false, last = 10;
    for (let at = header.length; at < size; ) {
      const n = readSync(fd, buffer, 0, Math.min(buffer.length, size - at), at);
      if (n <= 0) break;
      const slice = buffer.subarray(0, n);
      if (!quoted && slice.indexOf(0x22) < 0) {
        // no quoted field in this slice (the usual case): count line breaks natively
        for (let i = slice.indexOf(10); i >= 0; i = slice.indexOf(10, i + 1)) ++lines;
      } else
        for (let i = 0; i < n; ++i) {
          const b = slice[i];
          if (b === 0x22) quoted = !quoted;
          else if (b === 10 && !quoted) ++lines;
        }
      last = buffer[n - 1];
      at += n;
    }
    return last === 10 ? lines : lines + 1; // a last line without its line break counts (it was cut)
  } finally {
    closeSync(fd);
  }
}

/** Rows [start, end) of a Parquet file (one row group) as one array per column, in `columns` order (missing cells undefined). */
async function readColumns(file: AsyncBuffer, metadata: FileMetaData, start: number, end: number, columns: readonly Column[]): Promise<unknown[][]> {
  const index = new Map(columns.map((c, i) => [c.name, i]));
  const out = columns.map(() => new Array<unknown>(end - start));
  await parquetRead({
    file, metadata, rowStart: start, rowEnd: end, columns: columns.map((c) => c.name),
    onChunk: ({columnName, columnData, rowStart}) => {
      const column = out[index.get(columnName)!];
      for (let i = Math.max(0, start - rowStart); i < columnData.length && rowStart + i < end; ++i) column[rowStart + i - start] = columnData[i];
    }
  });
  return out;
}

export interface JoinInput {
  dir: string;
  plan: Plan;
  /** The digest of the folder's experiment.json. */
  digest: string;
  parts: readonly Part[];
  columns: readonly Column[];
  kvMetadata: KeyValue[];
  stem: string;
  /** Called as runs are checked (progress). */
  tick?: (runs: number) => void;
  /** false: the shards have no CSV files, and no CSV is written. */
  withCsv?: boolean;
}

export async function joinParts(input: JoinInput): Promise<void> {
  const {dir, plan, digest, parts, columns, kvMetadata, stem, tick = () => {}, withCsv = true} = input;
  const points = plan.design.size, reps = plan.experiment.replications;
  const names = columns.map((c) => c.name).join(",");
  const header = Buffer.from(csvHeader(columns));
  const pqPath = join(dir, stem + ".parquet"), csvPath = join(dir, stem + ".csv");
  const pqTmp = pqPath + ".tmp", csvTmp = csvPath + ".tmp";
  const remake = (p: Part) => {
    const {from, to} = shardRange(points, p.shard, p.shards);
    return `delete ${p.name}.parquet${withCsv ? ` and ${p.name}.csv` : ""} and run \`${sweepCommandLine(dir, p.shard, p.shards)}\` to make its runs (points ${from}-${to - 1}, replications 0-${reps - 1}) again, then merge`;
  };
  // The shard of a missing point: in the slicing of the shard files around it (one shard if there are none).
  const runShard = (point: number, near: Part | undefined) => {
    const shards = near?.shards ?? parts[0]?.shards ?? 1;
    let shard = 0;
    while (shard < shards - 1 && shardRange(points, shard, shards).to <= point) ++shard;
    return `run \`${sweepCommandLine(dir, shard, shards)}\` (it resumes that shard), then merge`;
  };
  const sequence = new RunSequence(plan, 0, points * reps);
  const batch = new Batch(columns), encoder = new CsvEncoder(columns);
  const cells: unknown[] = new Array(columns.length);
  const columnIndex = new Map(columns.map((c, i) => [c.name, i]));
  const pointColumn = columnIndex.get("point")!, replicationColumn = columnIndex.get("replication")!;
  const pq = openSync(pqTmp, "w"), csv = withCsv ? openSync(csvTmp, "w") : -1;
  writeSync(pq, Buffer.from("PAR1"));
  if (withCsv) writeSync(csv, header);
  let pqAt = 4, csvAt = header.length;
  const groups: RowGroup[] = [];
  const fail = failpoint();
  try {
    for (const [k, part] of parts.entries()) {
      const path = join(dir, part.name + ".parquet");
      const file = `${part.name}.parquet`;
      const {file: buffer, metadata} = await openParquet(path, remake(part));
      const have = metadata.schema.slice(1).map((s) => s.name).join(",");
      if (have !== names) throw new MergeError(`${file} in ${dir} has columns ${have}, expected ${names} (another experiment's): ${remake(part)}`);
      const kv = keyValues(metadata);
      const theirs = digestOf(kv);
      if (theirs !== digest) throw new MergeError(await foreignMessage(dir, parts, k, theirs, digest, remake(part)));
      const {from, to} = shardRange(points, part.shard, part.shards);
      const expected = (to - from) * reps, n = Number(metadata.num_rows), stated = kv.get("rows");
      if (n !== expected || (stated !== undefined && stated !== String(n)))
        throw new MergeError(`${file} in ${dir} holds ${n} runs${stated !== undefined && stated !== String(n) ? ` (its metadata says ${stated})` : ""} where shard ${part.shard}/${part.shards} has ${expected} (points ${from}-${to - 1} x ${reps} replications): ${remake(part)}`);
      if (withCsv) {
        let lines: number;
        try {
          lines = csvRows(join(dir, part.name + ".csv"), header);
        } catch (e) {
          throw new MergeError(`${part.name}.csv in ${dir} cannot be read (${readFailure(e)}): ${remake(part)}`);
        }
        if (lines !== n) throw new MergeError(`${part.name}.csv in ${dir} ${lines < 0 ? `does not start with the header ${names}` : `has ${lines} rows where ${file} has ${n}: it was cut or doubled`}: ${remake(part)}`);
      }
      // Row group by row group: check the runs, write their CSV lines, copy their bytes.
      const src = openSync(path, "r");
      try {
        let start = 0;
        for (const g of metadata.row_groups as unknown as RowGroup[]) {
          const end = start + Number(g.num_rows);
          let data: unknown[][];
          try {
            data = await readColumns(buffer, metadata, start, end, columns);
          } catch (e) {
            throw new MergeError(`${file} in ${dir} cannot be read at rows ${start}-${end - 1} (${(e as Error).message.split("\n")[0].slice(0, 100)}): ${remake(part)}`);
          }
          batch.clear();
          for (let i = 0; i < end - start; ++i) {
            for (let c = 0; c < data.length; ++c) cells[c] = data[c][i];
            const problem = sequence.check(cells[pointColumn], cells[replicationColumn], (key) => cells[columnIndex.get(key)!]);
            if (problem) {
              const mend = problem.kind === "missing" ? runShard(problem.point, part)
                : problem.kind === "doubled" ? `delete ${part.name}.parquet${withCsv ? ` and ${part.name}.csv` : ""} (another shard file holds these runs), then merge again` : remake(part);
              throw new MergeError(`${problem.kind === "missing" ? `missing before ${file}` : `${file} in ${dir}`}: ${problem.text}: ${mend}`);
            }
            batch.pushCells(cells);
          }
          if (withCsv) {
            const lines = encoder.encode(batch);
            for (let w = 0; w < lines.length; ) w += writeSync(csv, lines, w, lines.length - w, csvAt + w);
            csvAt += lines.length;
          }
          const starts = g.columns.map((c) => Number(c.meta_data!.dictionary_page_offset ?? c.meta_data!.data_page_offset));
          const first = Math.min(...starts);
          const last = Math.max(...g.columns.map((c, i) => starts[i] + Number(c.meta_data!.total_compressed_size)));
          copyBytes(src, first, last - first, pq, pqAt, file, remake(part));
          // Page indexes would point into the shard file: none are copied (the sweep writes none).
          const moved = shiftRowGroup(g, BigInt(pqAt - first));
          moved.columns = moved.columns.map((c) => ({...c, offset_index_offset: undefined, offset_index_length: undefined, column_index_offset: undefined, column_index_length: undefined}));
          groups.push(moved);
          pqAt += last - first;
          start = end;
          fail("merge", groups.length);
          tick(sequence.next);
        }
      } finally {
        closeSync(src);
      }
    }
    const gap = sequence.finish();
    if (gap) throw new MergeError(`missing: ${gap.text} (${parts.length} shard files in ${dir}): ${runShard(gap.point, parts.at(-1))}`);
    const footer = parquetFooter(columns, groups, kvMetadata);
    writeSync(pq, footer, 0, footer.length, pqAt);
    fsyncSync(pq);
    if (withCsv) fsyncSync(csv);
  } catch (e) {
    if (typeof (e as NodeJS.ErrnoException).code === "string") (e as NodeJS.ErrnoException).path ??= join(dir, stem + ".*.tmp");
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

/**
 * The error for a shard of another experiment: when every shard file shares
 * its digest, experiment.json was changed after the sweep; else the file came
 * from another sweep.
 */
async function foreignMessage(dir: string, parts: readonly Part[], k: number, theirs: string | undefined, ours: string, remake: string): Promise<string> {
  const file = `${parts[k].name}.parquet`;
  let same = 0;
  for (const p of parts) {
    try {
      const {metadata} = await openParquet(join(dir, p.name + ".parquet"), "");
      if (digestOf(keyValues(metadata)) === theirs) ++same;
    } catch {
      // an unreadable file is reported when merge reaches it
    }
  }
  const digests = `(experiment ${shortDigest(theirs)}…, experiment.json ${shortDigest(ours)}…)`;
  if (same === parts.length && theirs !== undefined)
    return `${dir}/experiment.json is not the experiment its ${parts.length} shard file${parts.length > 1 ? "s were" : " was"} made with ${digests}: put back the experiment.json they were made with (a copy is in each shard's metadata), or sweep the edited experiment into a new folder; nothing was merged`;
  return `${file} in ${dir} was made by another experiment than experiment.json ${digests}: ${remake}`;
}
