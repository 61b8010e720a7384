// The finished shard files of an output folder, in row order (an unfinished
// shard's .partial files are not among them).

import {existsSync, readdirSync} from "node:fs";
import {join} from "node:path";
import {planExperiment, type Plan} from "../../experiment/experimentFile.ts";
import {shardRange} from "../../experiment/shards.ts";
import {UsageError} from "../args.ts";
import {SHARD_NAME} from "./chunks.ts";
import {readJson} from "./files.ts";
import {FolderError} from "./integrity.ts";

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
  const mend = "; put back the experiment.json the sweep was started with (each shard file keeps a copy in its metadata), or sweep again into a new folder";
  const input = readJson(path, "experiment file", mend);
  try {
    return planExperiment(input);
  } catch (e) {
    throw new FolderError(`${path}: ${(e as Error).message}${mend}`);
  }
}

/** Finished shard files sorted by their first design point. */
export function listParts(dir: string, points: number): Part[] {
  const parts: Part[] = [];
  for (const n of readdirSync(dir)) {
    const m = SHARD_NAME.exec(n);
    if (!m) continue;
    const part = {name: n.slice(0, -".parquet".length), shard: Number(m[1]), shards: Number(m[2])};
    if (part.shard >= part.shards) throw new FolderError(`${n} in ${dir} names shard ${part.shard} of ${part.shards}, which no sweep makes (shards are numbered from 0 to one less than their count): delete it or move it out of the folder, then merge again`);
    parts.push(part);
  }
  const start = (p: Part) => shardRange(points, p.shard, p.shards).from;
  return parts.sort((a, b) => start(a) - start(b) || a.shards - b.shards);
}
