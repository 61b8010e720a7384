// The finished parts of an output folder, in row order, read one at a time.

import {existsSync, readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {asyncBufferFromFile, parquetReadObjects} from "hyparquet";
import {planExperiment, type Plan} from "../../experiment/experimentFile.ts";
import {shardRange} from "../../experiment/shards.ts";
import {UsageError} from "../args.ts";
import {CHUNK_NAME} from "./chunks.ts";

export interface Part {
  name: string;
  shard: number;
  shards: number;
  chunk: number;
}

/** The plan of an output folder's experiment.json. */
export function folderPlan(dir: string): Plan {
  const path = join(dir, "experiment.json");
  if (!existsSync(path)) throw new UsageError(`${dir} is not a sweep folder (no experiment.json)`);
  return planExperiment(JSON.parse(readFileSync(path, "utf8")));
}

/** Finished parts sorted by the first design point of their shard, then chunk; refuses unfinished ones. */
export function listParts(dir: string, points: number): Part[] {
  const names = readdirSync(dir);
  for (const n of names) {
    const m = /^(part-.*)\.csv$/.exec(n);
    if (m && !names.includes(m[1] + ".parquet")) throw new UsageError(`part ${m[1]} in ${dir} is unfinished (no .parquet): run the sweep command again to finish it`);
  }
  const parts: Part[] = [];
  for (const n of names) {
    const m = CHUNK_NAME.exec(n);
    if (!m) continue;
    const part = {name: n.slice(0, -".parquet".length), shard: Number(m[1]), shards: Number(m[2]), chunk: Number(m[3])};
    if (part.shard >= part.shards) throw new UsageError(`part ${part.name} in ${dir} names shard ${part.shard} of ${part.shards}`);
    parts.push(part);
  }
  const start = (p: Part) => shardRange(points, p.shard, p.shards).from;
  return parts.sort((a, b) => start(a) - start(b) || a.shards - b.shards || a.chunk - b.chunk);
}

export async function readPart(dir: string, part: Part): Promise<Record<string, unknown>[]> {
  return (await parquetReadObjects({file: await asyncBufferFromFile(join(dir, part.name + ".parquet"))})) as Record<string, unknown>[];
}
