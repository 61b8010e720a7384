// Shards: contiguous slices of a design's points, so that shard files joined
// in shard order are in point order, and `--shard i/N` runs one slice.

/** Points [from, to) of shard i of n over `points` design points. */
export function shardRange(points: number, i: number, n: number): {from: number; to: number} {
  if (!Number.isInteger(n) || n < 1 || !Number.isInteger(i) || i < 0 || i >= n) throw new Error(`invalid shard: ${i}/${n} (allowed: i/N with 0 <= i < N)`);
  return {from: Math.floor((i * points) / n), to: Math.floor(((i + 1) * points) / n)};
}
