// What ties a sweep folder's files to its experiment.json: the experiment's
// digest (SHA-256 of its normalised JSON) and the file's row count, kept in
// every shard's and merged file's Parquet metadata, and the one-line errors
// for a file that is damaged or belongs to another experiment, each naming
// the file and the command that mends it.

import {createHash} from "node:crypto";
import {join} from "node:path";
import {asyncBufferFromFile, parquetMetadataAsync, type FileMetaData} from "hyparquet";
import {parseExperiment, seedKey, type Experiment, type Plan} from "../../experiment/experimentFile.ts";
import {oneLine, showValue} from "../../input.ts";
import type {DesignPoint} from "../../experiment/design/point.ts";
import {seedOf} from "../../experiment/runPoint.ts";
import {UsageError} from "../args.ts";
import type {KeyValue} from "./columns.ts";

/** A sweep folder that is damaged or holds files of another experiment (exit 2: the user's files, not a bug). */
export class FolderError extends UsageError {
  constructor(message: string) {
    super(message);
    // room for two paths and the mending command in full (still one line)
    this.message = oneLine(message, 2000);
  }
}

/** JSON with every object's keys in code-unit order, no spaces: equal experiments give equal text. */
export function canonicalJson(x: unknown): string {
  if (Array.isArray(x)) return `[${x.map(canonicalJson).join(",")}]`;
  if (typeof x === "object" && x !== null) {
    const o = x as Record<string, unknown>;
    return `{${Object.keys(o).filter((k) => o[k] !== undefined).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(",")}}`;
  }
  return JSON.stringify(x) ?? "null";
}

/** The digest of a validated experiment: "sha256:" and 64 hex digits of its canonical JSON. */
export function experimentDigest(e: Experiment): string {
  return "sha256:" + createHash("sha256").update(canonicalJson(e)).digest("hex");
}

/** The key-value metadata a sweep writes into a shard or merged file. */
export function integrityMetadata(e: Experiment, rows: number): KeyValue[] {
  return [{key: "digest", value: experimentDigest(e)}, {key: "rows", value: String(rows)}];
}

/** A Parquet file's key-value metadata as a map of own keys (the first of a doubled key). */
export function keyValues(metadata: FileMetaData): Map<string, string> {
  const kv = new Map<string, string>();
  for (const {key, value} of metadata.key_value_metadata ?? []) if (!kv.has(key) && value !== undefined) kv.set(key, value);
  return kv;
}

/**
 * The digest a file was made with: its own, or (files from before digests
 * were kept) that of the experiment it carries; undefined when it carries neither.
 */
export function digestOf(kv: Map<string, string>): string | undefined {
  const d = kv.get("digest");
  if (d !== undefined) return d;
  const text = kv.get("experiment");
  if (text === undefined) return undefined;
  try {
    return experimentDigest(parseExperiment(JSON.parse(text)));
  } catch {
    return "(an experiment that is no longer valid)";
  }
}

/** The first characters of a digest, enough to tell two apart in a message. */
export const shortDigest = (d: string | undefined) => (d === undefined ? "none" : d.startsWith("sha256:") ? d.slice(0, 19) : d);

/** A path quoted for a shell when it needs it. */
export function shellQuote(s: string): string {
  return /^[\w./:@%+=,-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

/** The command that runs (or resumes) shard i of n of a folder's sweep. */
export function sweepCommandLine(dir: string, shard: number, shards: number): string {
  return `npx tsx sim/cli.ts sweep ${shellQuote(join(dir, "experiment.json"))} --out ${shellQuote(dir)}${shards > 1 ? ` --shard ${shard}/${shards}` : ""}`;
}

export const mergeCommandLine = (dir: string) => `npx tsx sim/cli.ts merge ${shellQuote(dir)}`;

/** A Parquet file's metadata, or a one-line error naming it and what to do. */
export async function openParquet(path: string, mend: string) {
  try {
    const file = await asyncBufferFromFile(path);
    const metadata = await parquetMetadataAsync(file);
    return {file, metadata};
  } catch (e) {
    throw new FolderError(`${path} is not a readable Parquet file (${errorText(e)}): ${mend}`);
  }
}

/** An error's code or first line, short: for naming why a file could not be read. */
export function errorText(e: unknown): string {
  const x = e as NodeJS.ErrnoException;
  return x?.code ?? String(x?.message ?? e).split("\n")[0].slice(0, 120);
}

/**
 * Failures of the disk rather than of the input, as one line saying what to
 * do (`then`: e.g. that the same command resumes); undefined for other errors.
 */
export function diskError(e: unknown, then: string, verb = "write"): Error | undefined {
  const code = (e as NodeJS.ErrnoException)?.code;
  const why: Record<string, string> = {
    ENOSPC: "no space left on the device", EDQUOT: "the disk quota is used up", EROFS: "the file system is read-only",
    EACCES: "permission denied", EPERM: "operation not permitted", EIO: "an input/output error", EFBIG: "the file is too large for the file system"
  };
  if (typeof code !== "string" || !Object.hasOwn(why, code)) return undefined;
  const path = (e as NodeJS.ErrnoException).path;
  return new FolderError(`cannot ${verb}${path ? ` ${path}` : ""}: ${why[code]} (${code}); ${then}`);
}

/** A run that is not where it should be, or has other parameter values than its design point. */
export interface RunProblem {
  kind: "foreign" | "doubled" | "missing" | "values";
  /** The design point to look at (for "missing": the first missing one). */
  point: number;
  text: string;
}

/**
 * Checks rows against a plan: run i (point i / reps, replication i % reps) of
 * runs [from, end) must come i-th, exactly once, with its design point's
 * parameter values and its seed.
 */
export class RunSequence {
  next: number;
  private readonly reps: number;
  /** The seed key of the last point checked (seeds are made from it: seedKey). */
  private key = "";
  private keyPoint = -1;
  private point: DesignPoint | undefined;
  constructor(private readonly plan: Plan, from: number, private readonly end: number) {
    this.next = from;
    this.reps = plan.experiment.replications;
  }
  private at(i: number): string {
    return `point ${Math.floor(i / this.reps)} replication ${i % this.reps}`;
  }
  /** Checks the next run: its point and replication, and its parameter values by key (`valueOf`). */
  check(p: unknown, r: unknown, valueOf: (key: string) => unknown): RunProblem | undefined {
    const reps = this.reps;
    if (!(typeof p === "number" && typeof r === "number" && Number.isInteger(p) && Number.isInteger(r) && r >= 0 && r < reps && p >= 0 && p * reps + r < this.end))
      return {kind: "foreign", point: typeof p === "number" ? p : -1, text: `a run that is not in this experiment (point ${showValue(p)} replication ${showValue(r)})`};
    const i = p * reps + r;
    if (i < this.next) return {kind: "doubled", point: p, text: `point ${p} replication ${r} a second time (doubled)`};
    if (i > this.next) return {kind: "missing", point: Math.floor(this.next / reps), text: `${this.at(this.next)}${i - this.next > 1 ? ` and ${i - this.next - 1} more runs before ${this.at(i)}` : ""}`};
    // The point is made from the design once per point (its runs come in a row), never all held.
    if (p !== this.keyPoint) {
      this.point = this.plan.design.point(p);
      this.key = seedKey(this.plan, this.point.values);
      this.keyPoint = p;
    }
    const point = this.point!;
    // a run's seed follows from the experiment's seed, the point and the replication: another seed is another experiment's run
    const seed = valueOf("seed"), want = seedOf(this.plan.experiment.seed, this.key, r);
    if (seed !== want) return {kind: "foreign", point: p, text: `point ${p} replication ${r} has seed ${showValue(seed)} where experiment.json gives ${showValue(want)} (a run of another experiment)`};
    const values = point.values;
    for (const f of this.plan.factors) {
      const have = valueOf(f.key), want = values[f.key];
      if (have !== want && !(typeof have === "number" && typeof want === "number" && Number.isNaN(have) && Number.isNaN(want)))
        return {kind: "values", point: p, text: `point ${p} replication ${r} has ${f.key} = ${showValue(have)} where experiment.json gives ${showValue(want)}`};
    }
    ++this.next;
    return undefined;
  }
  /** The runs not seen by the end, if any. */
  finish(): RunProblem | undefined {
    if (this.next >= this.end) return undefined;
    const left = this.end - this.next;
    return {kind: "missing", point: Math.floor(this.next / this.reps), text: `${this.at(this.next)}${left > 1 ? ` and ${left - 1} more runs to the end` : ""}`};
  }
}
