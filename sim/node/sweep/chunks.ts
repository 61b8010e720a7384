// A shard's work cut into chunks: each chunk is one row group of the shard's
// Parquet file (and its lines of the CSV file) and the unit of resume. Chunks follow from (points, replications, rows per
// chunk) alone, so a resumed sweep cuts the same chunks.

import type {Plan} from "../../experiment/experimentFile.ts";
import type {Value} from "../../experiment/design/factors.ts";
import type {ChunkTask} from "./task.ts";

export interface Chunk {
  /** Index within the shard. */
  index: number;
  /** Design points [from, to). */
  from: number;
  to: number;
  /** Replications [repFrom, repTo) of each of those points. */
  repFrom: number;
  repTo: number;
}

export function chunkRows(c: Chunk): number {
  return (c.to - c.from) * (c.repTo - c.repFrom);
}

/** Points [from, to) with `reps` replications each, in chunks of about `target` rows, in row order. */
export function chunksOf(from: number, to: number, reps: number, target: number): Chunk[] {
  const out: Chunk[] = [];
  if (reps >= target) {
    for (let p = from; p < to; ++p)
      for (let r = 0; r < reps; r += target) out.push({index: out.length, from: p, to: p + 1, repFrom: r, repTo: Math.min(reps, r + target)});
  } else {
    const per = Math.max(1, Math.floor(target / reps));
    for (let p = from; p < to; p += per) out.push({index: out.length, from: p, to: Math.min(to, p + per), repFrom: 0, repTo: reps});
  }
  return out;
}

/** File name stem of a shard's Parquet and CSV file. */
export function shardName(shard: number, shards: number): string {
  const w = String(shards - 1).length;
  return `shard-${String(shard).padStart(w, "0")}of${shards}`;
}

export const SHARD_NAME = /^shard-(\d+)of(\d+)\.parquet$/;

/**
 * A chunk as its worker gets it: with the values of its points, made here
 * from the design (planned once, in this thread), so no worker plans it again.
 */
export function chunkTask(plan: Plan, c: Chunk): ChunkTask {
  const values: Value[] = [];
  for (let p = c.from; p < c.to; ++p) {
    const v = plan.design.point(p).values;
    for (const f of plan.factors) values.push(v[f.key]);
  }
  return {...c, values};
}
