// `run`, `compare` and `presets` for collective scenarios ("kind":
// "collective"): the participation commands hand over here when their
// scenarios are collective presets or files (dispatch on kind).
import {existsSync} from "node:fs";
import {parseArgs} from "node:util";
import {parseJsonText, showValue} from "../input.ts";
import {CollectiveSimulator} from "../collective/engine.ts";
import {CollectiveComparison} from "../collective/compare.ts";
import {COLLECTIVE_MEASURES} from "../collective/measures.ts";
import {COLLECTIVE_PRESET_IDS, collectivePreset} from "../collective/presets.ts";
import {collectiveKeys, getCollectiveParameter, isCollective, parseCollective, setCollectiveParameter, type CollectiveScenario} from "../collective/scenario.ts";
import {DEFAULT_SEED, SHARED_KEY, runSeed} from "../seeds.ts";
import {UsageError, integer, oneOf, parseFlags, readInputFile} from "./args.ts";
import {FORMATS, RowWriter, checkTableRows, formatRows} from "./format.ts";
import {progressMeter, type Io} from "./progress.ts";

const LANGS = ["en", "nb"] as const;

function looksLikeFile(ref: string): boolean {
  return ref.endsWith(".json") || ref.includes("/") || existsSync(ref);
}

/** Whether a scenario reference (preset id or file) is a collective scenario; a file that cannot be read is left to the caller's own error. */
export function isCollectiveRef(ref: string): boolean {
  if (!looksLikeFile(ref)) return COLLECTIVE_PRESET_IDS.includes(ref);
  try {
    return isCollective(parseJsonText(readInputFile(ref, "scenario file"), `scenario file ${ref}`));
  } catch {
    return false;
  }
}

/** Whether the arguments of `run` or `compare` name collective scenarios (any positional). */
export function wantsCollective(args: string[]): boolean {
  const {positionals} = parseArgs({args, strict: false, allowPositionals: true, options: {reps: {type: "string"}, seed: {type: "string"}, format: {type: "string"}, set: {type: "string", multiple: true}, lang: {type: "string"}}});
  return positionals.some(isCollectiveRef);
}

export function loadCollective(ref: string): CollectiveScenario {
  if (looksLikeFile(ref)) return parseCollective(parseJsonText(readInputFile(ref, "scenario file"), `scenario file ${ref}`));
  if (!COLLECTIVE_PRESET_IDS.includes(ref)) throw new UsageError(`invalid scenario: ${showValue(ref)} is not a collective preset (allowed: ${COLLECTIVE_PRESET_IDS.join(", ")}, or a collective scenario file); a comparison cannot mix collective and case scenarios`);
  return collectivePreset(ref);
}

function applySets(s: CollectiveScenario, sets: unknown): CollectiveScenario {
  for (const kv of (sets as string[] | undefined) ?? []) {
    const eq = kv.indexOf("=");
    if (eq <= 0) throw new UsageError(`invalid --set ${showValue(kv)} (allowed: key=value, e.g. --set management.anchoring=0.8)`);
    s = setCollectiveParameter(s, kv.slice(0, eq), kv.slice(eq + 1));
  }
  return s;
}

export const COLLECTIVE_RUN_HELP = `run (collective): replications of a collective scenario

  npx tsx sim/cli.ts run <collective.json | collective-preset> [--reps N] [--seed S]
      [--format jsonl|csv|table|none] [--set key=value ...] [--users]

  --users    one row per user who came, with literacy and avmakt after each meeting week
Means over meetings (turnout, rungs) are missing when no meeting was held: null in jsonl, empty in csv.
`;

export async function runCollectiveCommand(args: string[], io: Io): Promise<void> {
  const {values: f, positionals} = parseFlags(args, {
    reps: {type: "string"}, seed: {type: "string"}, format: {type: "string"}, set: {type: "string", multiple: true},
    users: {type: "boolean"}, progress: {type: "boolean"}, help: {type: "boolean"}
  }, true);
  if (f.help) return io.out(COLLECTIVE_RUN_HELP);
  if (positionals.length !== 1) throw new UsageError(`run needs exactly one scenario (a file or one of: ${COLLECTIVE_PRESET_IDS.join(", ")})`);
  const format = oneOf(f, "format", FORMATS, "jsonl")!;
  const reps = integer(f, "reps", 1, 1e7, 1)!;
  const seed = typeof f.seed === "string" ? f.seed : DEFAULT_SEED;
  const scenario = applySets(loadCollective(positionals[0]), f.set);
  checkTableRows(format, f.users ? reps * scenario.population.count : reps, f.users ? "user rows (at most)" : "rows");
  const sim = new CollectiveSimulator(scenario);
  const writer = new RowWriter(io.out, format);
  const tick = progressMeter(io, f.progress === true || io.tty, `run ${scenario.id}`, reps);
  for (let r = 0; r < reps; ++r) {
    const res = sim.run({seed: runSeed(seed, SHARED_KEY, r), users: f.users === true});
    if (f.users) for (const u of res.users ?? []) await writer.write({scenario: res.scenario, replication: r, seed: res.seed, ...u});
    else await writer.write({scenario: res.scenario, replication: r, seed: res.seed, ...res.summary});
    tick(r + 1);
  }
  await writer.end();
}

export const COLLECTIVE_COMPARE_HELP = `compare (collective): collective options on common random numbers

  npx tsx sim/cli.ts compare <a> <b> [<c> ...] [--reps N] [--seed S] [--format table|jsonl|csv]
      [--set key=value ...] [--lang en|nb] [--progress]

Each option is a collective preset id or a collective scenario file (not mixed with case scenarios).
Replication r of every option uses the same seed; the table gives each collective measure per option
and the paired difference of every option against the first, with a 95% confidence interval
(--reps at least 2, default 100). Replications with no value (no meeting held, or no case link)
are left out of the means and counted as missing.
`;

export async function compareCollectiveCommand(args: string[], io: Io): Promise<void> {
  const {values: f, positionals} = parseFlags(args, {
    reps: {type: "string"}, seed: {type: "string"}, format: {type: "string"}, set: {type: "string", multiple: true},
    lang: {type: "string"}, progress: {type: "boolean"}, help: {type: "boolean"}
  }, true);
  if (f.help) return io.out(COLLECTIVE_COMPARE_HELP);
  if (positionals.length < 2) throw new UsageError("compare needs at least two options (preset ids or scenario files)");
  const format = oneOf(f, "format", FORMATS, "table")!;
  const lang = oneOf(f, "lang", LANGS, "en")!;
  const reps = integer(f, "reps", 2, 1e7, 100)!;
  const seed = typeof f.seed === "string" ? f.seed : DEFAULT_SEED;
  const sims = positionals.map((p) => new CollectiveSimulator(applySets(loadCollective(p), f.set)));
  const names = positionals.map((p, k) => (positionals.indexOf(p) === k ? p : `${p}#${k + 1}`));
  const comparison = new CollectiveComparison(sims.length);
  const tick = progressMeter(io, f.progress === true || io.tty, "compare", reps * sims.length);
  for (let r = 0; r < reps; ++r) {
    comparison.add(sims.map((sim) => sim.run({seed: runSeed(seed, SHARED_KEY, r)}).summary));
    tick((r + 1) * sims.length);
  }
  const table: Record<string, unknown>[] = [];
  COLLECTIVE_MEASURES.forEach((m) => {
    const row: Record<string, unknown> = {measure: format === "table" ? m.label[lang] : m.key};
    names.forEach((o, k) => {
      const e = comparison.estimate(k, m.key);
      row[o] = format === "table" ? cell(e.mean, e.lo, e.hi, e.missing, false) : {mean: e.mean, lo: e.lo, hi: e.hi, n: e.n, missing: e.missing};
    });
    names.slice(1).forEach((o, k) => {
      const e = comparison.difference(k + 1, m.key);
      row[`${o} - ${names[0]}`] = format === "table" ? cell(e.mean, e.lo, e.hi, e.missing, true) : {mean: e.mean, lo: e.lo, hi: e.hi, n: e.n, missing: e.missing};
    });
    table.push(row);
  });
  await io.out(formatRows(table, format));
  if (format === "table") await io.out(`\n${reps} replications per option, seed ${seed}, 95% confidence intervals; differences are paired (common random numbers); "missing": replications with no value (no meeting held, or no case link), left out of the means.\n`);
}

function cell(mean: number, lo: number, hi: number, missing: number, signed: boolean): string {
  return `${signed && mean >= 0 ? "+" : ""}${fmt(mean)} [${fmt(lo)}, ${fmt(hi)}]${missing ? ` (${missing} missing)` : ""}`;
}

function fmt(x: number): string {
  if (!Number.isFinite(x)) return "–";
  return Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 10 ? x.toFixed(1) : x.toFixed(3);
}

/** Rows of the presets listing for the collective presets. */
export function collectivePresetRows(lang: "en" | "nb"): {id: string; kind: string; title: string; source: string}[] {
  return COLLECTIVE_PRESET_IDS.map((id) => {
    const s = collectivePreset(id);
    return {id, kind: "collective", title: s.meta.title[lang], source: s.meta.source};
  });
}

/** The concrete keys of a collective scenario (as --set takes them), with values, ranges and sources (`params <collective>`). */
export function collectiveConcreteKeys(s: CollectiveScenario): Record<string, unknown>[] {
  // the scenario's own key expansion (declaration order, then each collection's ids), so --set and params list the same keys
  return collectiveKeys(s).map(({key, decl: p}) => ({key, value: getCollectiveParameter(s, key), unit: p.unit, type: p.type, min: p.min ?? null, max: p.max ?? null, values: p.values ? [...p.values] : null, source: p.source ?? "free"}));
}
