// `run`, `presets` and `compare`: participation scenarios from the command line.
import {existsSync, readFileSync} from "node:fs";
import {MEASURES, compareOptions, runReplications, verdict, type MeasureRow} from "../experiment/replications.ts";
import {runParticipation} from "../participation/engine.ts";
import {PRESET_IDS, preset} from "../participation/presets.ts";
import {parseScenario, setParameter, type Scenario} from "../participation/scenario.ts";
import {SHARED_KEY, runSeed} from "../seeds.ts";
import {UsageError, integer, oneOf, parseFlags} from "./args.ts";
import {FORMATS, formatRows} from "./format.ts";

export const RUN_HELP = `run: replications of one participation scenario

  npx tsx sim/cli.ts run <scenario.json | preset-id> [--reps N] [--seed S]
      [--format jsonl|csv|table|none] [--set key=value ...] [--cases] [--lang en|nb]

  --reps N       replications (default 1); replication r uses seed "S/r"
  --seed S       base seed (default 1)
  --set k=v      override a declared parameter (dotted keys), validated like a file
  --cases        print one row per case instead of one summary per replication
`;

export const COMPARE_HELP = `compare: options on common random numbers

  npx tsx sim/cli.ts compare <a> <b> [<c> ...] [--reps N] [--seed S] [--format table|jsonl|csv]
      [--set key=value ...] [--lang en|nb]

Each option is a preset id or a scenario file. Replication r of every option
uses the same seed; the table gives each measure per option and the paired
difference of every option against the first, with a 95% confidence interval.
`;

const LANGS = ["en", "nb"] as const;

/** A scenario from a file path or a preset id. */
export function loadScenario(ref: string): Scenario {
  if (ref.endsWith(".json") || ref.includes("/") || existsSync(ref)) {
    if (!existsSync(ref)) throw new UsageError(`scenario file not found: ${ref}`);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(ref, "utf8"));
    } catch (e) {
      throw new UsageError(`scenario file ${ref} is not valid JSON: ${(e as Error).message}`);
    }
    return parseScenario(json);
  }
  if (!PRESET_IDS.includes(ref)) throw new UsageError(`unknown scenario ${JSON.stringify(ref)}: not a file, and not a preset (allowed: ${PRESET_IDS.join(", ")})`);
  return preset(ref);
}

function applySets(s: Scenario, sets: unknown): Scenario {
  for (const kv of (sets as string[] | undefined) ?? []) {
    const eq = kv.indexOf("=");
    if (eq <= 0) throw new UsageError(`invalid --set ${JSON.stringify(kv)} (allowed: key=value, e.g. --set load.timePressure=1.5)`);
    s = setParameter(s, kv.slice(0, eq), kv.slice(eq + 1));
  }
  return s;
}

function progress(label: string): ((done: number, total: number) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (done === total || now - last > 200) {
      last = now;
      process.stderr.write(`\r${label}: ${done}/${total}${done === total ? "\n" : ""}`);
    }
  };
}

function run(args: string[], out: (s: string) => void): void {
  const {values: f, positionals} = parseFlags(args, {
    reps: {type: "string"}, seed: {type: "string"}, format: {type: "string"}, set: {type: "string", multiple: true},
    cases: {type: "boolean"}, lang: {type: "string"}, help: {type: "boolean"}
  }, true);
  if (f.help) return out(RUN_HELP);
  if (positionals.length !== 1) throw new UsageError(`run needs exactly one scenario (a file or one of: ${PRESET_IDS.join(", ")})`);
  const format = oneOf(f, "format", FORMATS, "jsonl")!;
  oneOf(f, "lang", LANGS, "en");
  const reps = integer(f, "reps", 1, 1e7, 1)!;
  const seed = typeof f.seed === "string" ? f.seed : "1";
  const scenario = applySets(loadScenario(positionals[0]), f.set);
  const rows: Record<string, unknown>[] = [];
  const tick = progress(`run ${scenario.id}`);
  for (let r = 0; r < reps; ++r) {
    const res = runParticipation(scenario, {seed: runSeed(seed, SHARED_KEY, r)});
    if (f.cases) for (const c of res.cases) rows.push({scenario: res.scenario, replication: r, seed: res.seed, ...c});
    else {
      const {summary} = res;
      rows.push({scenario: res.scenario, replication: r, seed: res.seed, ...summary});
    }
    tick?.(r + 1, reps);
  }
  out(formatRows(rows, format));
}

function presets(args: string[], out: (s: string) => void): void {
  const {values: f} = parseFlags(args, {format: {type: "string"}, lang: {type: "string"}, help: {type: "boolean"}});
  if (f.help) return out("presets: lists the participation presets\n\n  npx tsx sim/cli.ts presets [--format table|jsonl|csv] [--lang en|nb]\n");
  const format = oneOf(f, "format", FORMATS, "table")!;
  const lang = oneOf(f, "lang", LANGS, "en")!;
  out(formatRows(PRESET_IDS.map((id) => {
    const s = preset(id);
    return {id, title: s.meta.title[lang], source: s.meta.source};
  }), format));
}

function compare(args: string[], out: (s: string) => void): void {
  const {values: f, positionals} = parseFlags(args, {
    reps: {type: "string"}, seed: {type: "string"}, format: {type: "string"}, set: {type: "string", multiple: true},
    lang: {type: "string"}, help: {type: "boolean"}
  }, true);
  if (f.help) return out(COMPARE_HELP);
  if (positionals.length < 2) throw new UsageError("compare needs at least two options (preset ids or scenario files)");
  const format = oneOf(f, "format", FORMATS, "table")!;
  const lang = oneOf(f, "lang", LANGS, "en")!;
  const reps = integer(f, "reps", 2, 1e7, 100)!;
  const seed = typeof f.seed === "string" ? f.seed : "1";
  const scenarios = positionals.map((p) => applySets(loadScenario(p), f.set));
  const names = positionals.map((p, k) => (positionals.indexOf(p) === k ? p : `${p}#${k + 1}`));
  const rows: Record<string, MeasureRow[]> = {};
  scenarios.forEach((s, k) => {
    rows[names[k]] = runReplications(s, {reps, seed, onProgress: progress(`compare ${names[k]}`)});
  });
  const result = compareOptions(rows);
  const table: Record<string, unknown>[] = [];
  for (const m of MEASURES) {
    const row: Record<string, unknown> = {measure: m.key};
    for (const o of result.options) {
      const e = result.estimates.find((x) => x.measure === m.key && x.option === o)!.estimate;
      row[o] = format === "table" ? `${fmt(e.mean)} [${fmt(e.lo)}, ${fmt(e.hi)}]` : {mean: e.mean, lo: e.lo, hi: e.hi};
    }
    for (const d of result.differences.filter((x) => x.measure === m.key)) {
      const e = d.estimate;
      row[`${d.b} - ${d.a}`] = format === "table" ? `${e.mean >= 0 ? "+" : ""}${fmt(e.mean)} [${fmt(e.lo)}, ${fmt(e.hi)}]` : {mean: e.mean, lo: e.lo, hi: e.hi};
    }
    table.push(row);
  }
  out(formatRows(table, format));
  if (format === "table") out(`\n${reps} replications per option, seed ${seed}, 95% confidence intervals; differences are paired (common random numbers).\n\n${verdict(result, lang)}\n`);
}

function fmt(x: number): string {
  if (!Number.isFinite(x)) return "–";
  return Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 10 ? x.toFixed(1) : x.toFixed(3);
}


export const COMMANDS = {run, presets, compare};
