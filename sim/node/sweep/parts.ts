// The finished shard files of an output folder, in row order (an unfinished
// shard's .partial files are not among them). Read in slices, so memory stays
// flat however large a file is.

import {existsSync, readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects} from "hyparquet";
import {planExperiment, type Plan} from "../../experiment/experimentFile.ts";
import {shardRange} from "../../experiment/shards.ts";
import {UsageError} from "../args.ts";
import {SHARD_NAME} from "./chunks.ts";

export interface Part {
  /** File name without extension. */
  name: string;
  shard: number;
  shards: number;
}

/** The plan of an output folder's experiment.json. */
export function folderPlan(dir: string): Plan {
  const path = join(dir, "experiment.json");
  if (!existsSync(path)) throw new UsageError(`${dir} is not a sweep folder (no experiment.json)`);
  return planExperiment(JSON.parse(readFileSync(path, "utf8")));
}

/** Finished shard files sorted by their first design point. */
export function listParts(dir: string, points: number): Part[] {
  const parts: Part[] = [];
  for (const n of readdirSync(dir)) {
    const m = SHARD_NAME.exec(n);
    if (!m) continue;
    const part = {name: n.slice(0, -".parquet".length), shard: Number(m[1]), shards: Number(m[2])};
    if (part.shard >= part.shards) throw new UsageError(`${part.name} in ${dir} names shard ${part.shard} of ${part.shards}`);
    parts.push(part);
  }
  const start = (p: Part) => shardRange(points, p.shard, p.shards).from;
  return parts.sort((a, b) => start(a) - start(b) || a.shards - b.shards);
}

/** A part's rows, in slices of up to `size` rows. */
export async function* readPart(dir: string, part: Part, size = 20_000): AsyncGenerator<Record<string, unknown>[]> {
  const file = await asyncBufferFromFile(join(dir, part.name + ".parquet"));
  const metadata = await parquetMetadataAsync(file);
  const n = Number(metadata.num_rows);
  for (let start = 0; start < n; start += size)
    yield (await parquetReadObjects({file, metadata, rowStart: start, rowEnd: Math.min(n, start + size)})) as Record<string, unknown>[];
}
