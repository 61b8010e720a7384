// The finished files of an output folder, in row order: shard files (a
// finished shard's parts joined) and the parts of unfinished shards. Read in
// slices, so memory stays flat however large a file is.

import {existsSync, readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects} from "hyparquet";
import {planExperiment, type Plan} from "../../experiment/experimentFile.ts";
import {shardRange} from "../../experiment/shards.ts";
import {UsageError} from "../args.ts";
import {CHUNK_NAME, SHARD_NAME, shardName} from "./chunks.ts";

export interface Part {
  /** File name without extension. */
  name: string;
  shard: number;
  shards: number;
  /** Chunk index, or -1 for a whole shard's file. */
  chunk: number;
}

/** The plan of an output folder's experiment.json. */
export function folderPlan(dir: string): Plan {
  const path = join(dir, "experiment.json");
  if (!existsSync(path)) throw new UsageError(`${dir} is not a sweep folder (no experiment.json)`);
  return planExperiment(JSON.parse(readFileSync(path, "utf8")));
}

/**
 * Finished files sorted by the first design point of their shard, then chunk.
 * A shard file supersedes parts of the same shard left by an interrupted
 * clean-up.
 */
export function listParts(dir: string, points: number, only?: {shard: number; shards: number}): Part[] {
  const names = readdirSync(dir);
  const parts: Part[] = [];
  for (const n of names) {
    const m = CHUNK_NAME.exec(n) ?? SHARD_NAME.exec(n);
    if (!m) continue;
    const part = {name: n.slice(0, -".parquet".length), shard: Number(m[1]), shards: Number(m[2]), chunk: m[3] === undefined ? -1 : Number(m[3])};
    if (part.shard >= part.shards) throw new UsageError(`${part.name} in ${dir} names shard ${part.shard} of ${part.shards}`);
    if (only && (part.shard !== only.shard || part.shards !== only.shards)) continue;
    if (part.chunk >= 0 && names.includes(shardName(part.shard, part.shards) + ".parquet")) continue;
    parts.push(part);
  }
  const start = (p: Part) => shardRange(points, p.shard, p.shards).from;
  return parts.sort((a, b) => start(a) - start(b) || a.shards - b.shards || a.chunk - b.chunk);
}

/** A part's rows, in slices of up to `size` rows. */
export async function* readPart(dir: string, part: Part, size = 20_000): AsyncGenerator<Record<string, unknown>[]> {
  const file = await asyncBufferFromFile(join(dir, part.name + ".parquet"));
  const metadata = await parquetMetadataAsync(file);
  const n = Number(metadata.num_rows);
  for (let start = 0; start < n; start += size)
    yield (await parquetReadObjects({file, metadata, rowStart: start, rowEnd: Math.min(n, start + size)})) as Record<string, unknown>[];
}
