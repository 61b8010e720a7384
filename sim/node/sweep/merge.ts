// `merge <dir>`: joins a sweep's finished shard files
// into merged.parquet and merged.csv (no CSV for a --no-csv sweep), in point and replication order, and
// fails loudly when any design point or replication is missing or doubled.

import {resolve} from "node:path";
import {UsageError, parseFlags} from "../args.ts";
import {columnsOf} from "./columns.ts";
import {progressMeter} from "../progress.ts";
import {joinParts} from "./join.ts";
import {folderPlan, listParts} from "./parts.ts";
import {folderHasCsv} from "./sweep.ts";
import {experimentDigest, integrityMetadata} from "./integrity.ts";
import {versionMetadata} from "../version.ts";

export const MERGE_HELP = `merge: join a sweep's shard files into <dir>/merged.parquet and <dir>/merged.csv (Parquet only after sweep --no-csv)

  npx tsx sim/cli.ts merge <dir> [--progress]

Checks every shard file first: made by this folder's experiment.json (the digest in its
metadata), holding its own runs exactly once, its CSV file as long as its Parquet file.
Fails, writing nothing, in one line naming the file, the point and replication, and the
command that mends it. merged.csv is written from the checked Parquet rows.
--progress: runs joined, rate and time left on stderr (shown anyway when stderr is a terminal).`;

export async function mergeCommand(args: string[], out: (s: string) => void, err: (s: string) => void = (s) => process.stderr.write(s), tty = Boolean(process.stderr.isTTY)): Promise<void> {
  const {values: f, positionals} = parseFlags(args, {help: {type: "boolean"}, progress: {type: "boolean"}}, true);
  if (f.help) return out(MERGE_HELP + "\n");
  if (positionals.length !== 1) throw new UsageError(`merge needs one sweep folder (got ${positionals.length})`);
  const dir = resolve(positionals[0]);
  const plan = folderPlan(dir);
  const reps = plan.experiment.replications, points = plan.design.size;
  const parts = listParts(dir, points);
  const csv = folderHasCsv(dir);
  const digest = experimentDigest(plan.experiment);
  await joinParts({
    dir, plan, digest, parts, columns: columnsOf(plan), stem: "merged", withCsv: csv,
    kvMetadata: [
      {key: "experiment", value: JSON.stringify(plan.experiment)},
      ...integrityMetadata(plan.experiment, points * reps),
      ...versionMetadata(),
      {key: "created", value: new Date().toISOString()}
    ],
    tick: progressMeter({err, tty}, f.progress === true || tty, "merge", points * reps)
  });
  out(`merge: ${points * reps} runs (${points} points x ${reps} replications) from ${parts.length} files into ${dir}/merged.parquet${csv ? ` and ${dir}/merged.csv` : ""}\n`);
}
