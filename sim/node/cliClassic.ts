// `classic`: runs the 1972 design (or a selection of it), or seeded random
// entry orders, and prints one row per run.
import {readClassicConfig} from "../classic/config.ts";
import {ARITHMETICS, DEFICIT_TIMINGS, classicSimulator, type ClassicConfig, type ClassicResult, type ClassicSimulator} from "../classic/engine.ts";
import {SIZE_1972, config1972, design1972, designKey, randomEntry, variantConfig, variantKey, variants, type ClassicVariant} from "../classic/design.ts";
import {ENERGIES, LOADS, ORIENTATIONS, STRUCTURES} from "../classic/gcm1972.ts";
import {CLASSIC_MEASURES} from "../classic/measures.ts";
import {rng} from "../rng.ts";
import {DEFAULT_SEED, runSeed} from "../seeds.ts";
import {COMPARISONS, TIE_BREAKS} from "../streams.ts";
import {UsageError, integer, number, oneOf, parseFlags, readInputFile} from "./args.ts";
import {FORMATS, RowWriter, TABLE_MAX_ROWS, checkTableRows, formatBytes, type Format} from "./format.ts";
import {progressMeter, type Io, type Tick} from "./progress.ts";
import {ClassicOnCore, generalSupports} from "../participation/classicOnCore.ts";

// The design's fields, then every declared classic measure (read from its one declaration).
const DESIGN_FIELDS = ["load", "access", "decision", "energy", "choiceSeq", "problemSeq"] as const;
export const CLASSIC_FIELDS = [...DESIGN_FIELDS, ...CLASSIC_MEASURES] as const;

const MEASURE_FIELDS = CLASSIC_MEASURES;

export const CLASSIC_HELP = `classic: the Cohen, March & Olsen (1972) garbage-can model

  npx tsx sim/cli.ts classic [--design 1972] [selection] [rules] [--format jsonl|csv|table|none]

Selection (each filters the design; default: all values):
  --load light|moderate|heavy        --access unsegmented|hierarchical|specialized
  --decision unsegmented|hierarchical|specialized
  --energy less|equal|more ("less": important decision makers have less energy)
  --choice-seq 1|2   --problem-seq 1|2   (the fixed 1972 entry sequences)
Random entry orders instead of the fixed sequences:
  --reps N --seed S  N seeded replications per selected variant (seed default ${DEFAULT_SEED})
  --periods N --choices N --decision-makers N --problems N   sizes (with --reps)
Rules (defaults are the pinned readings of docs/classic-1972.md):
  --tie-break lowest|highest|random   --comparison "<="|"<"
    (random: seeded by --seed S, default ${DEFAULT_SEED}; run k of the design uses seed "S/<design point>/0")
  --deficits previous|live            --arithmetic integer|float
  --orientation index1|mirror         --load-value X   --solution-coefficient X
Custom model: --config file.json (a full ClassicConfig: periods, load, solutionCoefficient,
  energies, access, decision, choiceEntry, problemEntry; optional tieBreak, comparison, deficits,
  arithmetic). Validated in full; beside it only the rule flags, --solution-coefficient, --reps,
  --seed, --engine, --details, --repeat, --format and --progress are allowed.
Engine: --engine classic|general  classic (default): the specialised 1972 engine; general: the
  participation engine's garbage-can core with its layers off (same results; ties lowest or
  highest, previous-period deficits)
Other: --details (per-choice and per-problem detail in jsonl)
  --repeat N (run the selection N times; with --format none prints one timing line)
  --progress (runs done, rate and time left on stderr; shown anyway when stderr is a terminal)
Rows stream out as they are made; --format table holds at most ${TABLE_MAX_ROWS} rows.`;

const OPTIONS = {
  design: {type: "string"}, load: {type: "string"}, access: {type: "string"}, decision: {type: "string"}, energy: {type: "string"},
  "choice-seq": {type: "string"}, "problem-seq": {type: "string"}, reps: {type: "string"}, seed: {type: "string"},
  periods: {type: "string"}, choices: {type: "string"}, "decision-makers": {type: "string"}, problems: {type: "string"},
  "tie-break": {type: "string"}, comparison: {type: "string"}, deficits: {type: "string"}, arithmetic: {type: "string"},
  orientation: {type: "string"}, "load-value": {type: "string"}, "solution-coefficient": {type: "string"},
  config: {type: "string"}, engine: {type: "string"}, details: {type: "boolean"}, repeat: {type: "string"}, format: {type: "string"}, progress: {type: "boolean"}, help: {type: "boolean"}
} as const;

// A --config file gives the whole model: flags that would select or build
// another model are refused beside it rather than silently ignored.
const CONFIG_CONFLICTS = ["design", "load", "access", "decision", "energy", "choice-seq", "problem-seq", "periods", "choices",
  "decision-makers", "problems", "orientation", "load-value"] as const;

function checkConfigConflicts(f: Record<string, unknown>): void {
  const clash = CONFIG_CONFLICTS.find((k) => f[k] !== undefined);
  if (clash === undefined) return;
  const beside = Object.keys(OPTIONS).filter((k) => k !== "config" && !(CONFIG_CONFLICTS as readonly string[]).includes(k)).map((k) => `--${k}`);
  throw new UsageError(`invalid --${clash} with --config: the config file gives the whole model (allowed beside --config: ${beside.join(", ")})`);
}

interface Job {
  row: Record<string, string | number>;
  config: ClassicConfig;
  /** The run's seed (sim/seeds.ts), when it draws random numbers. */
  seed?: string;
  /** The entry order is drawn from the run's source (--reps). */
  randomEntry?: boolean;
}

/**
 * Readies a job's simulator for a run: one source from the run's seed draws
 * the random entry order first (the same order the job's config holds) and
 * then the ties, so every repeat of a job gives the same run.
 */
function ready(sim: ClassicSimulator, job: Job): ClassicSimulator {
  if (job.seed === undefined) return sim;
  const random = rng(job.seed);
  if (job.randomEntry) {
    const {choiceEntry, problemEntry} = randomEntry(random, sim.model.m, sim.model.w);
    sim.entry(choiceEntry, problemEntry);
  }
  return sim.source(random);
}

/** Memory the classic size flags may take per run (access and decision matrices as built and compiled). */
export const CLASSIC_BUDGET_BYTES = 512 * 2 ** 20;
// Per matrix cell: 8 bytes in the built number[][] plus 1 in the compiled Uint8Array.
const CELL_BYTES = 9;

/** Refuses up front a size whose matrices would not fit the budget, saying what would. */
export function checkClassicSize(size: {choices: number; decisionMakers: number; problems: number}, config?: string): void {
  const cells = (size.problems + size.decisionMakers) * size.choices;
  if (cells * CELL_BYTES <= CLASSIC_BUDGET_BYTES) return;
  const rows = Math.floor(CLASSIC_BUDGET_BYTES / CELL_BYTES / size.choices);
  if (config) throw new UsageError(`invalid ${config}: ${size.problems} problems and ${size.decisionMakers} decision makers by ${size.choices} choices need about ${formatBytes(cells * CELL_BYTES)} for the access and decision matrices (allowed: ${formatBytes(CLASSIC_BUDGET_BYTES)}; with ${size.choices} choices, problems + decision makers at most ${rows})`);
  throw new UsageError(`invalid size: --problems ${size.problems} and --decision-makers ${size.decisionMakers} by --choices ${size.choices} need about ${formatBytes(cells * CELL_BYTES)} for the access and decision matrices (allowed: ${formatBytes(CLASSIC_BUDGET_BYTES)}; with ${size.choices} choices, problems + decision makers at most ${rows})`);
}

export async function classicCommand(args: string[], io: Io): Promise<void> {
  const {values: f} = parseFlags(args, OPTIONS);
  if (f.help) return io.out(CLASSIC_HELP + "\n");
  if (f.config !== undefined) checkConfigConflicts(f);
  const format = oneOf(f, "format", FORMATS, "jsonl")!;
  const engine = oneOf(f, "engine", ["classic", "general"] as const, "classic")!;
  oneOf(f, "design", ["1972"]);
  const pick = <T extends string>(name: string, all: readonly T[]) => {
    const v = oneOf(f, name, all);
    return v ? [v] : all;
  };
  const loads = pick("load", LOADS), accesses = pick("access", STRUCTURES), decisions = pick("decision", STRUCTURES), energies = pick("energy", ENERGIES);
  const cSeqs = f["choice-seq"] ? [integer(f, "choice-seq", 1, 2)!] : [1, 2];
  const pSeqs = f["problem-seq"] ? [integer(f, "problem-seq", 1, 2)!] : [1, 2];
  const rules = {
    tieBreak: oneOf(f, "tie-break", TIE_BREAKS), comparison: oneOf(f, "comparison", COMPARISONS),
    deficits: oneOf(f, "deficits", DEFICIT_TIMINGS), arithmetic: oneOf(f, "arithmetic", ARITHMETICS),
    orientation: oneOf(f, "orientation", ORIENTATIONS),
    loadValue: number(f, "load-value", 0, 1e6), solutionCoefficient: number(f, "solution-coefficient", 1e-9, 1)
  };
  const reps = integer(f, "reps", 1);
  const seed = typeof f.seed === "string" ? f.seed : undefined;
  if (seed !== undefined && reps === undefined && rules.tieBreak !== "random" && f.config === undefined) throw new UsageError(`invalid --seed: ${JSON.stringify(seed)} (allowed: only with --reps N (random entry orders) or --tie-break random; the fixed 1972 entry orders draw nothing)`);
  const size = {periods: integer(f, "periods", 1, 10000), choices: integer(f, "choices", 1, 10000), decisionMakers: integer(f, "decision-makers", 1, 10000), problems: integer(f, "problems", 0, 100000)};
  const sized = Object.fromEntries(Object.entries(size).filter(([, x]) => x !== undefined));
  if (Object.keys(sized).length && reps === undefined && !f.config) throw new UsageError("sizes (--periods, --choices, --decision-makers, --problems) need --reps N: the fixed 1972 sequences are for 10 choices and 20 problems");
  const dims = {choices: size.choices ?? SIZE_1972.choices, decisionMakers: size.decisionMakers ?? SIZE_1972.decisionMakers, problems: size.problems ?? SIZE_1972.problems};
  checkClassicSize(dims);
  const repeat = integer(f, "repeat", 1, 1e9, 1)!;
  const clean = Object.fromEntries(Object.entries(rules).filter(([, x]) => x !== undefined));
  let config: ClassicConfig | undefined;
  if (typeof f.config === "string") {
    config = readClassicConfig(readInputFile(f.config, "--config"), `--config ${f.config}`);
    checkClassicSize({choices: config.access[0]?.length ?? 0, decisionMakers: config.decision.length, problems: config.access.length}, `--config ${f.config}`);
  }
  const points = config || reps !== undefined ? [] : design1972().filter((p) => loads.includes(p.load) && accesses.includes(p.access) && decisions.includes(p.decision) && energies.includes(p.energy) && cSeqs.includes(p.choiceSeq) && pSeqs.includes(p.problemSeq));
  if (!config && reps !== undefined && (f["choice-seq"] || f["problem-seq"])) throw new UsageError("--choice-seq/--problem-seq select the fixed sequences; they cannot be combined with --reps");
  const chosen = config || reps === undefined ? [] : (variants() as ClassicVariant[]).filter((v) => loads.includes(v.load) && accesses.includes(v.access) && decisions.includes(v.decision) && energies.includes(v.energy));
  // Runs are made one at a time (a generator), never listed: memory stays flat in --reps.
  function* jobs(): Generator<Job> {
    if (config) {
      for (let r = 0; r < (reps ?? 1); ++r) {
        // the file may ask for random tie-breaking itself, so its runs always have a seed
        const s = runSeed(seed ?? DEFAULT_SEED, "config", r);
        yield {row: reps ? {replication: r, seed: s} : {}, config: {...config, ...clean} as ClassicConfig, seed: s};
      }
    } else if (reps === undefined) {
      for (const p of points) {
        const s = rules.tieBreak === "random" ? runSeed(seed ?? DEFAULT_SEED, designKey(p), 0) : undefined;
        yield {row: s ? {...p, seed: s} : {...p}, config: config1972(p, clean), seed: s};
      }
    } else {
      for (const v of chosen) {
        const base = variantConfig(v, {...clean, size: sized});
        for (let r = 0; r < reps; ++r) {
          const s = runSeed(seed ?? DEFAULT_SEED, variantKey(v), r);
          yield {row: {...v, replication: r, seed: s}, config: {...base, ...randomEntry(rng(s), base.access[0]?.length ?? size.choices ?? 10, base.access.length)}, seed: s, randomEntry: true};
        }
      }
    }
  }
  const total = config ? reps ?? 1 : reps === undefined ? points.length : chosen.length * reps;
  if (total === 0) throw new UsageError("the selection is empty");
  checkTableRows(format, total);
  if (engine === "general") {
    // the rules are the same for every job: the first one says whether the general engine can run them
    const unsupported = generalSupports(jobs().next().value!.config);
    if (unsupported) throw new UsageError(`invalid --engine general: the rules include ${unsupported} (allowed: --tie-break lowest|highest, --deficits previous)`);
  }
  const tick = progressMeter(io, f.progress === true || io.tty, "classic", total * repeat);
  if (engine === "general") return generalEngine(jobs(), format, repeat, !!f.details, io, tick);
  if (format === "none") {
    // Timing only: N passes over blocks of simulators (compiling is not timed;
    // a block is bounded so memory stays flat in the number of runs; random
    // sources run on from pass to pass).
    let ms = 0, cpuMs = 0, done = 0;
    // Simulators held at once: up to 4096, fewer when each is large (a compiled model holds its matrices as bytes).
    const rows = (m: unknown) => (Array.isArray(m) ? m.length : 0);
    const cells = config ? (rows(config.access) + rows(config.decision) + 64) * rows(config.access?.[0]) : (dims.problems + dims.decisionMakers + 64) * dims.choices;
    const blockSize = Math.max(1, Math.min(4096, Math.floor(TIMING_BLOCK_BYTES / Math.max(1, cells))));
    const block: ClassicSimulator[] = [];
    const time = () => {
      const c0 = process.cpuUsage(), t0 = performance.now();
      for (let k = 0; k < repeat; ++k) for (let i = 0; i < block.length; ++i) block[i].simulate();
      ms += performance.now() - t0;
      const cpu = process.cpuUsage(c0);
      cpuMs += (cpu.user + cpu.system) / 1000;
      done += block.length * repeat;
      block.length = 0;
      tick(done);
    };
    for (const j of jobs()) {
      block.push(ready(classicSimulator(j.config), j));
      if (block.length === blockSize) time();
    }
    if (block.length) time();
    return io.out(`classic: ${done} runs in ${ms.toFixed(1)} ms wall, ${cpuMs.toFixed(1)} ms CPU (${((ms * 1e6) / done).toFixed(0)} ns per run wall, ${((cpuMs * 1e6) / done).toFixed(0)} ns CPU)\n`);
  }
  const writer = new RowWriter(io.out, format);
  let done = 0;
  for (const j of jobs()) {
    const sim = classicSimulator(j.config);
    let result: ClassicResult | undefined;
    for (let k = 0; k < repeat; ++k) result = ready(sim, j).run();
    const r = result!;
    const row: Record<string, unknown> = {...j.row};
    for (const key of MEASURE_FIELDS) row[key] = (r as unknown as Record<string, number>)[key];
    if (f.details) Object.assign(row, {choices: r.choices, problems: r.problems});
    await writer.write(row);
    tick((done += repeat));
  }
  await writer.end();
}

/** Memory for the compiled runs timed together in --format none (the 1972 design's 324 fit in one block). */
const TIMING_BLOCK_BYTES = 64 * 2 ** 20;

// --engine general: the same jobs on the general core, one simulator at a
// time (made, run, dropped), so memory stays flat as with the classic engine.
async function generalEngine(jobs: Iterable<Job>, format: Format, repeat: number, details: boolean, io: Io, tick: Tick): Promise<void> {
  let done = 0;
  if (format === "none") {
    // timing only: building each simulator is not timed
    let ms = 0;
    for (const j of jobs) {
      const sim = new ClassicOnCore(j.config);
      const t0 = performance.now();
      for (let k = 0; k < repeat; ++k) sim.run();
      ms += performance.now() - t0;
      tick((done += repeat));
    }
    return io.out(`classic (general engine): ${done} runs in ${ms.toFixed(1)} ms wall (${((ms * 1e6) / done).toFixed(0)} ns per run)\n`);
  }
  const writer = new RowWriter(io.out, format);
  for (const j of jobs) {
    const sim = new ClassicOnCore(j.config);
    for (let k = 0; k < repeat; ++k) sim.run();
    const r = sim.result();
    const row: Record<string, unknown> = {...j.row};
    for (const key of MEASURE_FIELDS) row[key] = (r as unknown as Record<string, number>)[key];
    if (details) Object.assign(row, {choices: r.choices, problems: r.problems});
    await writer.write(row);
    tick((done += repeat));
  }
  await writer.end();
}
