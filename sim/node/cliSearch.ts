// `search <search.json>`: the Pareto front of what the user gains against
// what it costs over a search file's organisations and levers
// (sim/experiment/search/designSearch.ts). Progress on stderr; the front as
// a table, or every design run as jsonl/csv rows with a front flag.
import {parseJsonText} from "../input.ts";
import {parseSearch, spaceSize} from "../experiment/search/searchFile.ts";
import {runSearch, type DesignResult} from "../experiment/search/designSearch.ts";
import {UsageError, oneOf, parseFlags, readInputFile} from "./args.ts";
import {FORMATS, formatRows, RowWriter} from "./format.ts";
import {progressMeter, type Io} from "./progress.ts";

export const SEARCH_HELP = `search: the Pareto front of user gain against cost over organisational levers

  npx tsx sim/cli.ts search <search.json> [--format table|jsonl|csv|none] [--progress]

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
`;

function fmt(x: number): string {
  if (!Number.isFinite(x)) return "–";
  return Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 10 ? x.toFixed(1) : x.toFixed(3);
}

export async function search(args: string[], io: Io): Promise<void> {
  const {values: f, positionals} = parseFlags(args, {format: {type: "string"}, progress: {type: "boolean"}, help: {type: "boolean"}}, true);
  if (f.help) return void (await io.out(SEARCH_HELP));
  if (positionals.length !== 1) throw new UsageError("search needs exactly one search file (see: search --help)");
  const format = oneOf(f, "format", FORMATS, "table")!;
  const spec = parseSearch(parseJsonText(readInputFile(positionals[0], "search file"), `search file ${positionals[0]}`));
  const space = spaceSize(spec);
  const upTo = space <= spec.exhaustiveUpTo ? space : Math.min(space, spec.population * spec.generations);
  const tick = progressMeter(io, f.progress === true || io.tty, `search ${spec.id}`, upTo, "designs");
  const result = runSearch(spec, tick);
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
