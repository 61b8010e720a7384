// The finished shard files of an output folder, in row order (an unfinished
// shard's .partial files are not among them).

import {existsSync, readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
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
