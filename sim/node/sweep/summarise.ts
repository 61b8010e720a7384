// `summarise <dir>`: from a merged sweep, the mean, sd and 95% interval of
// every kept measure per design point (streamed: rows arrive in point order),
// and for Saltelli and Morris designs the sensitivity indices with bootstrap
// intervals, computed on the per-point means.

import {existsSync} from "node:fs";
import {join, resolve} from "node:path";
import {asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects} from "hyparquet";
import {designIndices, isSensitivity} from "../../experiment/sensitivity/designIndices.ts";
import {rng} from "../../rng.ts";
import {tQuantile975} from "../../stats.ts";
import {UsageError, integer, oneOf, parseFlags} from "../args.ts";
import {progressMeter} from "../progress.ts";
import {folderPlan} from "./parts.ts";

export const SUMMARISE_HELP = `summarise: estimates per design point from <dir>/merged.parquet (run merge first)

  npx tsx sim/cli.ts summarise <dir> [--format table|csv|jsonl] [--indices] [--resamples N] [--progress]

Per design point and measure: runs, missing, mean, sd and the 95% interval of the mean.
Saltelli designs: first-order (S1) and total (ST) Sobol indices, and second-order (S2) with
"secondOrder": true; Morris designs: mu*, mu
and sigma; each with a percentile bootstrap interval (--resamples, default 1000), on the
per-point means. --indices prints only the indices (table format prints both).
--progress: runs read, rate and time left on stderr (shown anyway when stderr is a terminal).`;

const OPTIONS = {format: {type: "string"}, indices: {type: "boolean"}, resamples: {type: "string"}, progress: {type: "boolean"}, help: {type: "boolean"}} as const;

type Out = Record<string, string | number>;

/** Running mean and variance (Welford), skipping missing values. */
class Running {
  n = 0; missing = 0; mean = 0; m2 = 0;
  add(x: unknown): void {
    if (typeof x !== "number" || !Number.isFinite(x)) { ++this.missing; return; }
    const d = x - this.mean;
    this.mean += d / ++this.n;
    this.m2 += d * (x - this.mean);
  }
  row(): Out {
    const sd = this.n > 1 ? Math.sqrt(this.m2 / (this.n - 1)) : NaN;
    const half = this.n > 1 ? tQuantile975(this.n - 1) * sd / Math.sqrt(this.n) : NaN;
    const mean = this.n ? this.mean : NaN;
    return {n: this.n, missing: this.missing, mean, sd, lo: mean - half, hi: mean + half};
  }
}

const fmt = (v: string | number) => (typeof v === "number" ? (Number.isFinite(v) ? String(Number(v.toPrecision(6))) : "") : v);

function printer(format: "table" | "csv" | "jsonl", out: (s: string) => void) {
  let header: string[] | undefined;
  const rows: Out[] = [];
  return {
    row(r: Out) {
      if (format === "jsonl") return out(JSON.stringify(r, (_, v) => (typeof v === "number" && !Number.isFinite(v) ? null : v)) + "\n");
      if (format === "csv") {
        if (!header) { header = Object.keys(r); out(header.map((h) => (/[",]/.test(h) ? `"${h}"` : h)).join(",") + "\n"); }
        return out(header.map((h) => { const s = fmt(r[h]); return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s; }).join(",") + "\n");
      }
      rows.push(r); // table: widths need every row; summaries are one row per point and measure
    },
    end() {
      if (format !== "table" || rows.length === 0) return;
      const keys = Object.keys(rows[0]);
      const cells = [keys, ...rows.map((r) => keys.map((k) => fmt(r[k])))];
      const w = keys.map((_, c) => Math.max(...cells.map((row) => row[c].length)));
      for (const row of cells) out(row.map((s, c) => s.padEnd(w[c])).join("  ").trimEnd() + "\n");
    }
  };
}

export async function summariseCommand(args: string[], out: (s: string) => void, err: (s: string) => void = (s) => process.stderr.write(s), tty = Boolean(process.stderr.isTTY)): Promise<void> {
  const {values: f, positionals} = parseFlags(args, OPTIONS, true);
  if (f.help) return out(SUMMARISE_HELP + "\n");
  if (positionals.length !== 1) throw new UsageError(`summarise needs one sweep folder (got ${positionals.length})`);
  const format = oneOf(f, "format", ["table", "csv", "jsonl"] as const, "table")!;
  const resamples = integer(f, "resamples", 10, 1_000_000, 1000)!;
  const dir = resolve(positionals[0]);
  const plan = folderPlan(dir);
  const path = join(dir, "merged.parquet");
  if (!existsSync(path)) throw new UsageError(`${path} does not exist: run merge ${positionals[0]} first`);
  const {experiment, factors, design} = plan;
  const measures = experiment.measures;
  const sensitivity = isSensitivity(experiment.design);
  if (f.indices && !sensitivity) throw new UsageError(`--indices needs a saltelli or morris design (this one is ${experiment.design.type})`);
  // Per-point means are kept for the indices only (8 bytes per point and measure).
  const means = sensitivity ? measures.map(() => new Float64Array(design.size).fill(NaN)) : [];
  const file = await asyncBufferFromFile(path);
  const metadata = await parquetMetadataAsync(file);
  const numRows = Number(metadata.num_rows);
  const print = printer(format, out);
  const showPoints = !f.indices;
  const tick = progressMeter({err, tty}, f.progress === true || tty, "summarise", numRows);
  let current = -1;
  let acc: Running[] = [];
  const emit = () => {
    if (current < 0) return;
    measures.forEach((m, k) => {
      const r = acc[k].row();
      if (sensitivity) means[k][current] = r.mean as number;
      if (showPoints) {
        const row: Out = {point: current};
        const values = design.point(current).values;
        for (const fa of factors) row[fa.key] = String(values[fa.key]);
        print.row({...row, measure: m, ...r});
      }
    });
  };
  for (let start = 0; start < numRows; start += 20_000) {
    const rows = (await parquetReadObjects({file, metadata, columns: ["point", ...measures], rowStart: start, rowEnd: Math.min(numRows, start + 20_000)})) as Record<string, unknown>[];
    for (const row of rows) {
      const p = row.point as number;
      if (p !== current) {
        emit();
        current = p;
        acc = measures.map(() => new Running());
      }
      measures.forEach((m, k) => acc[k].add(row[m]));
    }
    tick(Math.min(numRows, start + 20_000));
  }
  emit();
  if (sensitivity && (format === "table" || f.indices)) {
    if (format === "table" && showPoints) { print.end(); out("\n"); }
    const indicesPrint = format === "table" && showPoints ? printer("table", out) : print;
    const random = rng(`${experiment.seed}/bootstrap`);
    measures.forEach((m, q) => {
      // Morris effects read every point's move: the points are made here (held for the indices only).
      for (const row of designIndices(experiment.design, factors, plan.points, m, means[q], resamples, random)) indicesPrint.row({...row});
    });
    indicesPrint.end();
    return;
  }
  print.end();
}
