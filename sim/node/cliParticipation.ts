// `run`, `presets` and `compare`: participation scenarios from the command line.
import {existsSync} from "node:fs";
import {parseJsonText, showValue} from "../input.ts";
import type {ComparisonResult} from "../experiment/compare.ts";
import {summaryRow} from "../experiment/run.ts";
import {flattenRow} from "../experiment/records.ts";
import {dominatedOptions, verdict} from "../experiment/verdict.ts";
import {COMMIT, VERSION} from "../version.ts";
import {verdictText} from "../../viz/verdict.ts";
import {MEASURES, MEASURE_KEYS} from "../participation/measures.ts";
import {caseArrivals, runBytes} from "../participation/budget.ts";
import {RunningDifference, RunningEstimate} from "../stats.ts";
import {ParticipationSimulator} from "../participation/engine.ts";
import {PRESET_IDS, preset} from "../participation/presets.ts";
import {parseScenario, setParameter, type Scenario} from "../participation/scenario.ts";
import {DEFAULT_SEED, SHARED_KEY, runSeed} from "../seeds.ts";
import {UsageError, integer, oneOf, parseFlags, readInputFile} from "./args.ts";
import {FORMATS, RowWriter, checkTableRows, formatBytes, formatRows} from "./format.ts";
import {progressMeter, type Io} from "./progress.ts";
import * as collective from "./cliCollective.ts";
import {ROBUST_HELP, robustCompare} from "./cliRobust.ts";

export const RUN_HELP = `run: replications of one participation scenario

  npx tsx sim/cli.ts run <scenario.json | preset-id> [--reps N] [--seed S]
      [--format jsonl|csv|table|none] [--set key=value ...] [--cases]

  --reps N       replications (default 1); replication r uses seed "S/r"
  --seed S       base seed (default 1)
  --set k=v      override a declared parameter (dotted keys), validated like a file
  --cases        print one row per case instead of one summary per replication
  --progress     runs done, rate and time left on stderr (shown anyway on a terminal)

Rows stream out as they are made; --format table holds at most 10000 rows.
Measures of decided cases (influence, fit, preference realised, time to
decision) are missing when nothing was decided: null in jsonl, empty in csv.
A collective preset or file ("kind": "collective") runs the collective model
(its flags: run <collective-preset> --help).
`;

export const COMPARE_HELP = `compare: options on common random numbers

  npx tsx sim/cli.ts compare <a> <b> [<c> ...] [--reps N] [--seed S] [--format table|jsonl|csv]
      [--set key=value ...] [--lang en|nb] [--progress] [--robust N [--fix key=value ...]]

Each option is a preset id or a scenario file. Replication r of every option
uses the same seed; the table gives each measure per option and the paired
difference of every option against the first, with a 95% confidence interval.
Collective presets or files ("kind": "collective") compare the collective model
(its help: compare <collective-preset> <collective-preset> --help).
${ROBUST_HELP}`;

const LANGS = ["en", "nb"] as const;

/** A scenario from a file path or a preset id. */
export function loadScenario(ref: string): Scenario {
  if (ref.endsWith(".json") || ref.includes("/") || existsSync(ref)) {
    return parseScenario(parseJsonText(readInputFile(ref, "scenario file"), `scenario file ${ref}`));
  }
  if (!PRESET_IDS.includes(ref)) throw new UsageError(`invalid scenario: ${showValue(ref)} is not a file and not a preset (allowed: ${PRESET_IDS.join(", ")}, or a scenario file)`);
  return preset(ref);
}

function applySets(s: Scenario, sets: unknown): Scenario {
  for (const kv of (sets as string[] | undefined) ?? []) {
    const eq = kv.indexOf("=");
    if (eq <= 0) throw new UsageError(`invalid --set ${showValue(kv)} (allowed: key=value, e.g. --set load.timePressure=1.5)`);
    s = setParameter(s, kv.slice(0, eq), kv.slice(eq + 1));
  }
  return s;
}

/** Memory one run may take (estimated up front from the scenario, see budget.ts). */
export const RUN_BUDGET_BYTES = 1024 * 2 ** 20;

function checkRunSize(s: Scenario, name: string): void {
  const bytes = runBytes(s);
  if (bytes <= RUN_BUDGET_BYTES) return;
  const perUser = bytes / s.users.count;
  throw new UsageError(`invalid scenario ${name}: one run of ${s.users.count} users over ${s.horizon} weeks with ${Object.keys(s.solutions).length} solutions needs about ${formatBytes(bytes)} (allowed: ${formatBytes(RUN_BUDGET_BYTES)}; at most about ${Math.floor(RUN_BUDGET_BYTES / perUser)} users at this horizon)`);
}

/** CSV columns of case rows: conditions are always four columns (empty when undecided). */
function caseColumns(row: Record<string, unknown>): string[] {
  return Object.keys(flattenRow({...row, conditions: {formulated: null, alternatives: null, consequences: null, routine: null}}));
}

async function run(args: string[], io: Io): Promise<void> {
  if (collective.wantsCollective(args)) return collective.runCollectiveCommand(args, io);
  const {values: f, positionals} = parseFlags(args, {
    reps: {type: "string"}, seed: {type: "string"}, format: {type: "string"}, set: {type: "string", multiple: true},
    cases: {type: "boolean"}, progress: {type: "boolean"}, help: {type: "boolean"}
  }, true);
  if (f.help) return io.out(RUN_HELP);
  if (positionals.length !== 1) throw new UsageError(`run needs exactly one scenario (a file or one of: ${PRESET_IDS.join(", ")})`);
  const format = oneOf(f, "format", FORMATS, "jsonl")!;
  const reps = integer(f, "reps", 1, 1e7, 1)!;
  const seed = typeof f.seed === "string" ? f.seed : DEFAULT_SEED;
  const scenario = applySets(loadScenario(positionals[0]), f.set);
  checkRunSize(scenario, positionals[0]);
  if (f.cases) checkTableRows(format, reps * caseArrivals(scenario).high, "case rows (estimated)");
  else checkTableRows(format, reps);
  const writer = new RowWriter(io.out, format);
  const tick = progressMeter(io, f.progress === true || io.tty, `run ${scenario.id}`, reps);
  let columns: string[] | undefined;
  const sim = new ParticipationSimulator(scenario); // compiled once, run per replication
  for (let r = 0; r < reps; ++r) {
    const res = sim.run({seed: runSeed(seed, SHARED_KEY, r)});
    if (f.cases) {
      for (const c of res.cases) {
        const row = {scenario: res.scenario, replication: r, seed: res.seed, ...c};
        if (!columns) columns = writer.fix(caseColumns(row));
        await writer.write(row);
      }
    } else await writer.write({scenario: res.scenario, replication: r, seed: res.seed, ...res.summary});
    tick(r + 1);
  }
  await writer.end();
}

async function presets(args: string[], io: Io): Promise<void> {
  const {values: f} = parseFlags(args, {format: {type: "string"}, lang: {type: "string"}, help: {type: "boolean"}});
  if (f.help) return io.out("presets: lists the participation and collective presets\n\n  npx tsx sim/cli.ts presets [--format table|jsonl|csv] [--lang en|nb]\n");
  const format = oneOf(f, "format", FORMATS, "table")!;
  const lang = oneOf(f, "lang", LANGS, "en")!;
  await io.out(formatRows([...PRESET_IDS.map((id) => {
    const s = preset(id);
    return {id, kind: "participation", title: s.meta.title[lang], source: s.meta.source};
  }), ...collective.collectivePresetRows(lang)], format));
}

/**
 * Runs every option on common random numbers, keeping only running sums per
 * option and measure and per paired difference: memory stays flat in --reps.
 */
function compareStreaming(scenarios: Scenario[], names: string[], reps: number, seed: string, tick: (done: number) => void): ComparisonResult {
  const sums = names.map(() => MEASURE_KEYS.map(() => new RunningEstimate()));
  const diffs = names.slice(1).map(() => MEASURE_KEYS.map(() => new RunningDifference()));
  const sims = scenarios.map((s) => new ParticipationSimulator(s));
  for (let r = 0; r < reps; ++r) {
    const rows = sims.map((sim) => summaryRow(sim.run({seed: runSeed(seed, SHARED_KEY, r)}), r));
    MEASURE_KEYS.forEach((m, i) => {
      const ref = rows[0][m] as number;
      rows.forEach((row, k) => {
        sums[k][i].add(row[m] as number);
        if (k > 0) diffs[k - 1][i].add(ref, row[m] as number);
      });
    });
    tick((r + 1) * scenarios.length);
  }
  return {
    options: names,
    estimates: MEASURE_KEYS.flatMap((m, i) => names.map((o, k) => ({measure: m, option: o, estimate: sums[k][i].estimate}))),
    differences: MEASURE_KEYS.flatMap((m, i) => names.slice(1).map((o, k) => ({measure: m, a: names[0], b: o, estimate: diffs[k][i].estimate})))
  };
}

async function compare(args: string[], io: Io): Promise<void> {
  if (collective.wantsCollective(args)) return collective.compareCollectiveCommand(args, io);
  const {values: f, positionals} = parseFlags(args, {
    reps: {type: "string"}, seed: {type: "string"}, format: {type: "string"}, set: {type: "string", multiple: true},
    lang: {type: "string"}, progress: {type: "boolean"}, help: {type: "boolean"},
    robust: {type: "string"}, fix: {type: "string", multiple: true}
  }, true);
  if (f.help) return io.out(COMPARE_HELP);
  if (positionals.length < 2) throw new UsageError("compare needs at least two options (preset ids or scenario files)");
  if (f.fix !== undefined && f.robust === undefined) throw new UsageError("invalid --fix: it applies to the draws of --robust N (allowed: with --robust; to set a value for a plain comparison use --set)");
  const format = oneOf(f, "format", FORMATS, "table")!;
  const lang = oneOf(f, "lang", LANGS, "en")!;
  const seed = typeof f.seed === "string" ? f.seed : DEFAULT_SEED;
  const scenarios = positionals.map((p) => applySets(loadScenario(p), f.set));
  scenarios.forEach((s, k) => checkRunSize(s, positionals[k]));
  const names = positionals.map((p, k) => (positionals.indexOf(p) === k ? p : `${p}#${k + 1}`));
  if (f.robust !== undefined) return robustCompare(f, scenarios, names, format, lang, seed, io);
  const reps = integer(f, "reps", 2, 1e7, 100)!;
  const tick = progressMeter(io, f.progress === true || io.tty, "compare", reps * scenarios.length);
  const result = compareStreaming(scenarios, names, reps, seed, tick);
  const table: Record<string, unknown>[] = [];
  for (const m of MEASURES) {
    const row: Record<string, unknown> = {measure: m.key};
    for (const o of result.options) {
      const e = result.estimates.find((x) => x.measure === m.key && x.option === o)!.estimate;
      row[o] = format === "table" ? `${fmt(e.mean)} [${fmt(e.lo)}, ${fmt(e.hi)}]${e.missing ? ` (${e.missing} missing)` : ""}` : {mean: e.mean, lo: e.lo, hi: e.hi, n: e.n, missing: e.missing};
    }
    for (const d of result.differences.filter((x) => x.measure === m.key)) {
      const e = d.estimate;
      row[`${d.b} - ${d.a}`] = format === "table" ? `${e.mean >= 0 ? "+" : ""}${fmt(e.mean)} [${fmt(e.lo)}, ${fmt(e.hi)}]${e.missing ? ` (${e.missing} missing)` : ""}` : {mean: e.mean, lo: e.lo, hi: e.hi, n: e.n, missing: e.missing};
    }
    table.push(row);
  }
  await io.out(formatRows(table, format));
  if (format !== "table") return;
  // the verdict names options by their plain titles (made unique), never by preset id or path
  const titles = new Map<string, number>();
  const plain = Object.fromEntries(names.map((n, k) => {
    const title = scenarios[k].meta.title[lang];
    const c = (titles.get(title) ?? 0) + 1;
    titles.set(title, c);
    return [n, c === 1 ? title : `${title} #${c}`];
  }));
  const text = verdictText(verdict(result), lang, {names: plain, run: {reps, seed, version: VERSION, commit: COMMIT}, dominated: dominatedOptions(result)});
  await io.out(`\n"missing": replications with no value (nothing decided), left out of the means.\n\n${text}\n`);
}

function fmt(x: number): string {
  if (!Number.isFinite(x)) return "–";
  return Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 10 ? x.toFixed(1) : x.toFixed(3);
}


export const COMMANDS = {run, presets, compare};
