// A shard's Parquet and CSV files (or its Parquet file alone, --no-csv), written while the shard runs: each chunk's
// rows arrive encoded by a worker (a Parquet row group and CSV lines) and are
// appended as they are, so every row is written once. Until the shard is
// finished the files have temporary names (.partial) and a journal records,
// per chunk in order, where each file ended after it and the row group's
// metadata; the footer is written and the files renamed at the end.
//
// Resume (after Ctrl-C, kill -9 or power loss): the journal's complete lines
// are the finished chunks; both files are cut back to where the last of them
// ended, so a chunk half-appended when the process stopped is dropped and run
// again. A chunk's bytes are flushed to disk before its journal line.

import {closeSync, existsSync, fdatasyncSync, fstatSync, ftruncateSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync} from "node:fs";
import {join} from "node:path";
import {parquetFooter, shiftRowGroup, type Column, type EncodedRowGroup, type KeyValue, type RowGroup} from "./columns.ts";
import {UsageError} from "../args.ts";
import {writeAtomic} from "./files.ts";
import {failpoint} from "./failpoint.ts";

/** A chunk as a worker returns it. */
export interface EncodedChunk {
  index: number;
  rows: number;
  parquet: EncodedRowGroup;
  /** CSV lines without the header, UTF-8 (empty when the sweep writes no CSV). */
  csv: Uint8Array;
}

interface Entry {
  chunk: number;
  rows: number;
  parquetEnd: number;
  csvEnd: number;
  rowGroup: RowGroup;
}

// The journal is JSON lines; row group metadata holds bigints (and statistics may hold non-finite numbers).
const replacer = (_: string, v: unknown) =>
  typeof v === "bigint" ? {$bigint: String(v)} : typeof v === "number" && (!Number.isFinite(v) || Object.is(v, -0)) ? {$number: Object.is(v, -0) ? "-0" : String(v)} : v;
const reviver = (_: string, v: unknown) => {
  if (v && typeof v === "object" && !Array.isArray(v)) {
    const keys = Object.keys(v);
    if (keys.length === 1 && keys[0] === "$bigint") return BigInt((v as {$bigint: string}).$bigint);
    if (keys.length === 1 && keys[0] === "$number") return Number((v as {$number: string}).$number);
  }
  return v;
};

/** File names of a shard's output, finished and in progress. */
export function shardFiles(dir: string, stem: string) {
  const parquet = join(dir, stem + ".parquet"), csv = join(dir, stem + ".csv");
  return {parquet, csv, parquetPartial: parquet + ".partial", csvPartial: csv + ".partial", journal: join(dir, stem + ".journal")};
}

/** Removes what an unfinished shard left (its partial files and journal). */
export function removeLeftovers(dir: string, stem: string): void {
  const f = shardFiles(dir, stem);
  for (const p of [f.parquetPartial, f.csvPartial, f.journal]) rmSync(p, {force: true});
}

export class ShardOutput {
  private readonly files: ReturnType<typeof shardFiles>;
  private readonly entries: Entry[];
  private pq: number;
  /** -1 when the shard has no CSV file. */
  private csv: number;
  private log: number;
  private readonly fail = failpoint();

  /**
   * Opens a shard's output: resumes it where its journal ends, or starts it.
   * `done` chunks are already in it. `chunkRows` are the rows of the shard's
   * chunks: a journal recording others is refused, touching nothing. No
   * `csvHeader`: no CSV file (Parquet only).
   */
  constructor(dir: string, stem: string, private readonly columns: readonly Column[], csvHeader: string | undefined, chunkRows: readonly number[]) {
    const f = (this.files = shardFiles(dir, stem));
    const withCsv = csvHeader !== undefined;
    const head = Buffer.from(csvHeader ?? "");
    // A stop between the two renames of finish() leaves the CSV file renamed and the Parquet file not: undo the first.
    if (withCsv && !existsSync(f.csvPartial) && existsSync(f.csv) && existsSync(f.parquetPartial) && existsSync(f.journal)) renameSync(f.csv, f.csvPartial);
    this.entries = existsSync(f.journal) && existsSync(f.parquetPartial) && (!withCsv || existsSync(f.csvPartial)) ? readJournal(f.journal) : [];
    if (this.entries.length > chunkRows.length || this.entries.some((e, i) => e.rows !== chunkRows[i]))
      throw new UsageError(`invalid --out: ${dir} (allowed: a folder whose ${stem}.journal records this sweep's chunks; it records ${this.entries.length} chunks of other sizes: delete ${stem}.journal and ${stem}.*.partial to run the shard again)`);
    // a damaged entry is treated as a torn one: it and those after it are run again
    const damaged = this.entries.findIndex((e, i) => !wellFormed(e, this.entries[i - 1]));
    if (damaged >= 0) this.entries.length = damaged;
    const last = this.entries.at(-1);
    const ends = last ? {pq: last.parquetEnd, csv: last.csvEnd} : {pq: 4, csv: head.length};
    const fits = (path: string, end: number) => existsSync(path) && statSync(path).size >= end;
    if (this.entries.length && !(fits(f.parquetPartial, ends.pq) && (!withCsv || fits(f.csvPartial, ends.csv)))) this.entries.length = 0; // files shorter than recorded: start again
    if (this.entries.length === 0) {
      removeLeftovers(dir, stem);
      this.pq = openSync(f.parquetPartial, "w+");
      this.csv = withCsv ? openSync(f.csvPartial, "w+") : -1;
      writeSync(this.pq, Buffer.from("PAR1"), 0, 4, 0);
      fdatasyncSync(this.pq);
      if (withCsv) {
        writeSync(this.csv, head, 0, head.length, 0);
        fdatasyncSync(this.csv);
      }
      writeAtomic(f.journal, "");
    } else {
      this.pq = openSync(f.parquetPartial, "r+");
      this.csv = withCsv ? openSync(f.csvPartial, "r+") : -1;
      // Drop what a stopped process appended after its last journal line (also a torn last line).
      ftruncateSync(this.pq, ends.pq);
      if (withCsv) ftruncateSync(this.csv, ends.csv);
      writeAtomic(f.journal, this.entries.map((e) => JSON.stringify(e, replacer) + "\n").join(""));
    }
    this.log = openSync(f.journal, "a");
  }

  /** Chunks already in the files (0 .. done-1). */
  get done(): number {
    return this.entries.length;
  }

  /** Appends the next chunk (index `done`). */
  append(c: EncodedChunk): void {
    if (c.index !== this.entries.length) throw new Error(`chunk ${c.index} appended out of order (next is ${this.entries.length})`);
    const last = this.entries.at(-1);
    const pqAt = last ? last.parquetEnd : 4, csvAt = last ? last.csvEnd : this.csv >= 0 ? fstatSync(this.csv).size : 0;
    this.fail("parquet-half", c.index, () => writeAll(this.pq, c.parquet.bytes.subarray(0, c.parquet.bytes.length >> 1), pqAt, this.files.parquetPartial));
    writeAll(this.pq, c.parquet.bytes, pqAt, this.files.parquetPartial);
    fdatasyncSync(this.pq);
    this.fail("parquet", c.index);
    if (this.csv >= 0) {
      this.fail("csv-half", c.index, () => writeAll(this.csv, c.csv.subarray(0, c.csv.length >> 1), csvAt, this.files.csvPartial));
      writeAll(this.csv, c.csv, csvAt, this.files.csvPartial);
      fdatasyncSync(this.csv);
    }
    const entry: Entry = {chunk: c.index, rows: c.rows, parquetEnd: pqAt + c.parquet.bytes.length, csvEnd: csvAt + c.csv.length, rowGroup: shiftRowGroup(c.parquet.rowGroup, BigInt(pqAt))};
    const line = JSON.stringify(entry, replacer) + "\n";
    this.fail("journal-half", c.index, () => writeSync(this.log, line.slice(0, line.length >> 1)));
    writeSync(this.log, line);
    fdatasyncSync(this.log);
    this.entries.push(entry);
    this.fail("chunk", c.index);
  }

  /** Writes the Parquet footer and gives the files their final names (CSV first: the Parquet name marks the shard finished). */
  finish(kvMetadata: KeyValue[]): void {
    const end = this.entries.at(-1)?.parquetEnd ?? 4, withCsv = this.csv >= 0;
    const footer = parquetFooter(this.columns, this.entries.map((e) => e.rowGroup), kvMetadata);
    this.fail("footer-half", 0, () => writeAll(this.pq, footer.subarray(0, footer.length >> 1), end, this.files.parquetPartial));
    writeAll(this.pq, footer, end, this.files.parquetPartial);
    ftruncateSync(this.pq, end + footer.length);
    fdatasyncSync(this.pq);
    this.close();
    if (withCsv) renameSync(this.files.csvPartial, this.files.csv);
    this.fail("rename", 0);
    renameSync(this.files.parquetPartial, this.files.parquet);
    rmSync(this.files.journal, {force: true});
  }

  /** Closes the files, keeping them for a resume. */
  close(): void {
    for (const fd of [this.pq, this.csv, this.log]) if (fd >= 0) closeSync(fd);
    this.pq = this.csv = this.log = -1;
  }
}

function writeAll(fd: number, bytes: Uint8Array, at: number, path: string): void {
  try {
    for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off, bytes.length - off, at + off);
  } catch (e) {
    (e as NodeJS.ErrnoException).path ??= path; // a full disk is reported with the file it stopped
    throw e;
  }
}

/** An entry as append() writes it, its ends after the previous entry's (a damaged line is treated as torn). */
function wellFormed(e: Entry, previous: Entry | undefined): boolean {
  const end = (x: unknown, after: number) => typeof x === "number" && Number.isInteger(x) && x >= after;
  const g = e?.rowGroup as {columns?: unknown; num_rows?: unknown} | undefined;
  return typeof e === "object" && e !== null && Number.isInteger(e.rows) && e.rows > 0 && end(e.parquetEnd, previous?.parquetEnd ?? 4) && end(e.csvEnd, previous?.csvEnd ?? 0)
    && typeof g === "object" && g !== null && Array.isArray(g.columns) && g.num_rows === BigInt(e.rows);
}

/** The journal's complete, consecutive entries (a torn or unreadable line and all after it are dropped). */
function readJournal(path: string): Entry[] {
  const lines = readFileSync(path, "utf8").split("\n");
  lines.pop(); // after the last newline: empty, or a line torn by a stop
  const out: Entry[] = [];
  for (const line of lines) {
    let e: Entry;
    try {
      e = JSON.parse(line, reviver) as Entry;
    } catch {
      break;
    }
    if (e.chunk !== out.length) break;
    out.push(e);
  }
  return out;
}
