// `merge <dir>`: joins a sweep's parts into merged.parquet and merged.csv, in
// point and replication order, and fails loudly when any design point or
// replication is missing or doubled. One part in memory at a time.

import {closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync} from "node:fs";
import {join, resolve} from "node:path";
import {fileWriter} from "hyparquet-writer";
import {UsageError, parseFlags} from "../args.ts";
import {Batch, batchCsv, columnsOf, csvHeader, streamingParquet} from "./columns.ts";
import {folderPlan, listParts, readPart} from "./parts.ts";
import {projectVersion} from "./sweep.ts";

export const MERGE_HELP = `merge: join a sweep's parts into <dir>/merged.parquet and <dir>/merged.csv

  npx tsx sim/cli.ts merge <dir>

Fails, writing nothing, when a design point or replication is missing or doubled.`;

export class MergeError extends UsageError {}

export async function mergeCommand(args: string[], out: (s: string) => void): Promise<void> {
  const {values: f, positionals} = parseFlags(args, {help: {type: "boolean"}}, true);
  if (f.help) return out(MERGE_HELP + "\n");
  if (positionals.length !== 1) throw new UsageError(`merge needs one sweep folder (got ${positionals.length})`);
  const dir = resolve(positionals[0]);
  const plan = folderPlan(dir);
  const reps = plan.experiment.replications, total = plan.points.length * reps;
  const parts = listParts(dir, plan.points.length);
  const columns = columnsOf(plan);
  const names = columns.map((c) => c.name).join(",");
  const pqPath = join(dir, "merged.parquet"), csvPath = join(dir, "merged.csv");
  const pqTmp = pqPath + ".tmp", csvTmp = csvPath + ".tmp";
  const writer = fileWriter(pqTmp);
  const parquet = streamingParquet(writer, columns, [
    {key: "experiment", value: JSON.stringify(plan.experiment)},
    {key: "version", value: `garbage-can-lab ${projectVersion()}`},
    {key: "created", value: new Date().toISOString()},
    {key: "parts", value: String(parts.length)}
  ]);
  const csv = openSync(csvTmp, "w");
  writeSync(csv, csvHeader(columns));
  const batch = new Batch(columns);
  const flush = () => {
    parquet.write(batch);
    writeSync(csv, batchCsv(batch, false));
    batch.clear();
  };
  const at = (i: number) => `point ${Math.floor(i / reps)} replication ${i % reps}`;
  let next = 0;
  try {
    for (const part of parts) {
      const rows = await readPart(dir, part);
      if (rows.length && Object.keys(rows[0]).join(",") !== names) throw new MergeError(`part ${part.name} has columns ${Object.keys(rows[0]).join(",")}, expected ${names}`);
      for (const row of rows) {
        const p = row.point as number, r = row.replication as number;
        const i = p * reps + r;
        if (!(p >= 0 && p < plan.points.length && r >= 0 && r < reps)) throw new MergeError(`part ${part.name} has a row outside the design: point ${p} replication ${r}`);
        if (i < next) throw new MergeError(`doubled: point ${p} replication ${r} again in part ${part.name}`);
        if (i > next) throw new MergeError(`missing: ${at(next)}${i - next > 1 ? ` and ${i - next - 1} more runs before ${at(i)}` : ""} (next part: ${part.name})`);
        batch.push(row as never);
        ++next;
        if (batch.length >= 20_000) flush();
      }
    }
    if (next < total) throw new MergeError(`missing: ${at(next)}${total - next > 1 ? ` and ${total - next - 1} more runs to the end` : ""} (${parts.length} parts found; run the missing shards, or the same sweep command to resume)`);
    flush();
    parquet.finish();
    fsyncSync(csv);
    closeSync(csv);
  } catch (e) {
    closeSync(csv);
    rmSync(csvTmp, {force: true});
    rmSync(pqTmp, {force: true});
    throw e;
  }
  renameSync(csvTmp, csvPath);
  renameSync(pqTmp, pqPath);
  out(`merge: ${total} runs (${plan.points.length} points x ${reps} replications) from ${parts.length} parts into ${pqPath} and ${csvPath}\n`);
}
