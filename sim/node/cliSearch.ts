// `search <search.json>`: the Pareto front of what the user gains against
// what it costs over a search file's organisations and levers
// (sim/experiment/search/designSearch.ts). Progress on stderr; the front as
// a table, or every design run as jsonl/csv rows with a front flag.
import {appendFileSync, existsSync, readFileSync, writeFileSync} from "node:fs";
import {parseJsonText, showValue} from "../input.ts";
import {parseSearch, spaceSize} from "../experiment/search/searchFile.ts";
import {runSearch, type DesignCache, type DesignResult} from "../experiment/search/designSearch.ts";
import type {Estimate} from "../stats.ts";
import {UsageError, oneOf, parseFlags, readInputFile} from "./args.ts";
import {FORMATS, formatRows, RowWriter} from "./format.ts";
import {progressMeter, type Io} from "./progress.ts";

export const SEARCH_HELP = `search: the Pareto front of user gain against cost over organisational levers

  npx tsx sim/cli.ts search <search.json> [--format table|jsonl|csv|none] [--progress] [--journal <file>]

The file (schema: data/search.schema.json; example: data/searches/rg-levers.json)
names the organisations to start from (preset ids or scenarios), the levers
(declared parameters with their values, or min/max/step), the measure to
maximise (default influence) and the cost to minimise (default
staffHoursPerCase), replications and seed. Every design runs the same
replications with the same seeds (common random numbers). When the designs
number at most search.exhaustiveUpTo (default 500) all are run; otherwise
NSGA-II (search.population x search.generations) searches them.
--format table prints the front, cheapest first; jsonl and csv every design
run, with "front": true on the front.

  --journal <file>  append each design's estimates to this file as it is run;
                    interrupted, the same command resumes: designs in the journal
                    are not run again, and the result is the same as an unbroken run
`;

function fmt(x: number): string {
  if (!Number.isFinite(x)) return "–";
  return Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 10 ? x.toFixed(1) : x.toFixed(3);
}

export async function search(args: string[], io: Io): Promise<void> {
  const {values: f, positionals} = parseFlags(args, {format: {type: "string"}, progress: {type: "boolean"}, journal: {type: "string"}, help: {type: "boolean"}}, true);
  if (f.help) return void (await io.out(SEARCH_HELP));
  if (positionals.length !== 1) throw new UsageError("search needs exactly one search file (see: search --help)");
  const format = oneOf(f, "format", FORMATS, "table")!;
  const input = parseJsonText(readInputFile(positionals[0], "search file"), `search file ${positionals[0]}`);
  const spec = parseSearch(input);
  const space = spaceSize(spec);
  const upTo = space <= spec.exhaustiveUpTo ? space : Math.min(space, spec.population * spec.generations);
  const journal = typeof f.journal === "string" ? f.journal : undefined;
  const known = journal ? readJournal(journal, fingerprint(input)) : new Map();
  const tick = progressMeter(io, f.progress === true || io.tty, `search ${spec.id}`, upTo, "designs", {already: known.size});
  const result = runSearch(spec, {
    onProgress: tick, known,
    onEvaluated: journal ? (key, r) => appendFileSync(journal, JSON.stringify({key, gain: r.gain, cost: r.cost}) + "\n") : undefined
  });
  // NSGA-II may run fewer distinct designs than it could: the meter ends there
  if (result.evaluated < upTo) tick(upTo);
  const row = (d: DesignResult) => ({
    scenario: d.scenario, ...Object.fromEntries(spec.levers.map((l, i) => [l.key, d.levers[i]])),
    [spec.maximise]: {mean: d.gain.mean, lo: d.gain.lo, hi: d.gain.hi, n: d.gain.n, missing: d.gain.missing},
    [spec.minimise]: {mean: d.cost.mean, lo: d.cost.lo, hi: d.cost.hi, n: d.cost.n, missing: d.cost.missing},
    front: d.front
  });
  if (format !== "table") {
    const writer = new RowWriter(io.out, format);
    for (const d of result.designs) await writer.write(row(d));
    return void (await writer.end());
  }
  const front = result.designs.filter((d) => d.front).map((d) => ({
    scenario: d.scenario, ...Object.fromEntries(spec.levers.map((l, i) => [l.key, String(d.levers[i])])),
    [spec.maximise]: `${fmt(d.gain.mean)} [${fmt(d.gain.lo)}, ${fmt(d.gain.hi)}]`,
    [spec.minimise]: `${fmt(d.cost.mean)} [${fmt(d.cost.lo)}, ${fmt(d.cost.hi)}]`
  }));
  await io.out(formatRows(front, "table"));
  const how = result.method === "exhaustive" ? `all ${result.space} designs run` : `NSGA-II over ${result.space} designs (population ${spec.population}, ${spec.generations} generations) ran ${result.designs.length}`;
  await io.out(`\n${front.length} designs on the Pareto front of ${spec.maximise} (maximised) against ${spec.minimise} (minimised), cheapest first: ${how}, ${result.evaluated} distinct scenarios, ${spec.replications} replications each on common random numbers, seed ${spec.seed}; means with 95% confidence intervals.\n`);
}

/** A short hash of the search file's content: a journal is for one file (FNV-1a, 32 bits, over its canonical JSON). */
function fingerprint(input: unknown): string {
  let h = 0x811c9dc5;
  for (const ch of JSON.stringify(input)) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return h.toString(16).padStart(8, "0");
}

const estimateOf = (e: Record<string, number | null>): Estimate =>
  ({mean: e.mean ?? NaN, sd: e.sd ?? NaN, n: e.n ?? 0, missing: e.missing ?? 0, lo: e.lo ?? NaN, hi: e.hi ?? NaN});

/**
 * The designs a journal holds, after checking it was written for this file;
 * a new journal gets its header. A last line cut short by an interruption is
 * dropped (it is run again).
 */
function readJournal(path: string, print: string): DesignCache {
  const out: DesignCache = new Map();
  if (!existsSync(path)) {
    try { writeFileSync(path, JSON.stringify({journal: "search", fingerprint: print}) + "\n"); } catch (e) {
      throw new UsageError(`invalid --journal: ${showValue(path)} (allowed: a writable file; ${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    return out;
  }
  const lines = readFileSync(path, "utf8").split("\n");
  let head: {journal?: unknown; fingerprint?: unknown} | null = null;
  try { head = JSON.parse(lines[0]); } catch { head = null; }
  if (!head || head.journal !== "search") throw new UsageError(`invalid --journal: ${showValue(path)} (allowed: a journal written by search, or a new file)`);
  if (head.fingerprint !== print) throw new UsageError(`invalid --journal: ${showValue(path)} was written for another search file (allowed: the journal of this file, or a new file)`);
  let kept = lines[0].length + 1;
  for (const line of lines.slice(1)) {
    if (!line) continue;
    let row: {key?: unknown; gain?: Record<string, number | null>; cost?: Record<string, number | null>};
    try { row = JSON.parse(line); } catch { break; }
    if (typeof row.key !== "string" || !row.gain || !row.cost) break;
    out.set(row.key, {gain: estimateOf(row.gain), cost: estimateOf(row.cost)});
    kept += line.length + 1;
  }
  // drop a torn last line, so that appends start on a line of their own
  const text = readFileSync(path, "utf8");
  if (kept < text.length) writeFileSync(path, text.slice(0, kept));
  return out;
}
