// `classic`: runs the 1972 design (or a selection of it), or seeded random
// entry orders, and prints one row per run.
import {readFileSync} from "node:fs";
import {ARITHMETICS, DEFICIT_TIMINGS, classicSimulator, type ClassicConfig, type ClassicResult, type ClassicSimulator} from "../classic/engine.ts";
import {config1972, design1972, designKey, randomEntry, variantConfig, variantKey, variants, type ClassicVariant} from "../classic/design.ts";
import {ENERGIES, LOADS, ORIENTATIONS, STRUCTURES} from "../classic/gcm1972.ts";
import {rng} from "../rng.ts";
import {DEFAULT_SEED, runSeed} from "../seeds.ts";
import {COMPARISONS, TIE_BREAKS} from "../streams.ts";
import {UsageError, integer, number, oneOf, parseFlags} from "./args.ts";
import {FORMATS, formatRows} from "./format.ts";

export const CLASSIC_FIELDS = ["load", "access", "decision", "energy", "choiceSeq", "problemSeq", "resolution", "flight", "oversight",
  "choicesUnmade", "problemsUnsolved", "problemActivity", "problemLatency", "problemShifts", "dmShifts", "dmActivity",
  "choiceActivePeriods", "energySpent", "energyExcess"] as const;

const MEASURE_FIELDS = CLASSIC_FIELDS.slice(6);

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
Rules (defaults are the pinned readings of gcm-1972.md):
  --tie-break lowest|highest|random   --comparison "<="|"<"
    (random: seeded by --seed S, default ${DEFAULT_SEED}; run k of the design uses seed "S/<design point>/0")
  --deficits previous|live            --arithmetic integer|float
  --orientation index1|mirror         --load-value X   --solution-coefficient X
Custom model: --config file.json (a full ClassicConfig: periods, load, solutionCoefficient,
  energies, access, decision, choiceEntry, problemEntry, tieBreak, comparison, deficits, arithmetic)
Other: --details (per-choice and per-problem detail in jsonl)
  --repeat N (run the selection N times; with --format none prints one timing line)`;

const OPTIONS = {
  design: {type: "string"}, load: {type: "string"}, access: {type: "string"}, decision: {type: "string"}, energy: {type: "string"},
  "choice-seq": {type: "string"}, "problem-seq": {type: "string"}, reps: {type: "string"}, seed: {type: "string"},
  periods: {type: "string"}, choices: {type: "string"}, "decision-makers": {type: "string"}, problems: {type: "string"},
  "tie-break": {type: "string"}, comparison: {type: "string"}, deficits: {type: "string"}, arithmetic: {type: "string"},
  orientation: {type: "string"}, "load-value": {type: "string"}, "solution-coefficient": {type: "string"},
  config: {type: "string"}, details: {type: "boolean"}, repeat: {type: "string"}, format: {type: "string"}, help: {type: "boolean"}
} as const;

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

export function classicCommand(args: string[], out: (s: string) => void): void {
  const {values: f} = parseFlags(args, OPTIONS);
  if (f.help) return out(CLASSIC_HELP + "\n");
  const format = oneOf(f, "format", FORMATS, "jsonl")!;
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
  if (seed !== undefined && reps === undefined && rules.tieBreak !== "random" && f.config === undefined) throw new UsageError("--seed needs --reps N (random entry orders) or --tie-break random");
  const size = {periods: integer(f, "periods", 1, 10000), choices: integer(f, "choices", 1, 10000), decisionMakers: integer(f, "decision-makers", 1, 10000), problems: integer(f, "problems", 0, 100000)};
  const sized = Object.fromEntries(Object.entries(size).filter(([, x]) => x !== undefined));
  if (Object.keys(sized).length && reps === undefined && !f.config) throw new UsageError("sizes (--periods, --choices, --decision-makers, --problems) need --reps N: the fixed 1972 sequences are for 10 choices and 20 problems");
  const repeat = integer(f, "repeat", 1, 1e9, 1)!;
  const clean = Object.fromEntries(Object.entries(rules).filter(([, x]) => x !== undefined));
  const jobs: Job[] = [];
  if (typeof f.config === "string") {
    let config: ClassicConfig;
    try {
      config = JSON.parse(readFileSync(f.config, "utf8"));
    } catch (e) {
      throw new UsageError(`cannot read --config ${f.config}: ${(e as Error).message}`);
    }
    for (let r = 0; r < (reps ?? 1); ++r) {
      // the file may ask for random tie-breaking itself, so its runs always have a seed
      const s = runSeed(seed ?? DEFAULT_SEED, "config", r);
      jobs.push({row: reps ? {replication: r, seed: s} : {}, config: {...config, ...clean} as ClassicConfig, seed: s});
    }
  } else if (reps === undefined) {
    for (const p of design1972()) {
      if (!loads.includes(p.load) || !accesses.includes(p.access) || !decisions.includes(p.decision) || !energies.includes(p.energy)) continue;
      if (!cSeqs.includes(p.choiceSeq) || !pSeqs.includes(p.problemSeq)) continue;
      const s = rules.tieBreak === "random" ? runSeed(seed ?? DEFAULT_SEED, designKey(p), 0) : undefined;
      jobs.push({row: s ? {...p, seed: s} : {...p}, config: config1972(p, clean), seed: s});
    }
  } else {
    if (f["choice-seq"] || f["problem-seq"]) throw new UsageError("--choice-seq/--problem-seq select the fixed sequences; they cannot be combined with --reps");
    for (const v of variants() as ClassicVariant[]) {
      if (!loads.includes(v.load) || !accesses.includes(v.access) || !decisions.includes(v.decision) || !energies.includes(v.energy)) continue;
      const base = variantConfig(v, {...clean, size: sized});
      for (let r = 0; r < reps; ++r) {
        const s = runSeed(seed ?? DEFAULT_SEED, variantKey(v), r);
        jobs.push({row: {...v, replication: r, seed: s}, config: {...base, ...randomEntry(rng(s), base.access[0]?.length ?? size.choices ?? 10, base.access.length)}, seed: s, randomEntry: true});
      }
    }
  }
  if (jobs.length === 0) throw new UsageError("the selection is empty");
  const sims = jobs.map((j) => classicSimulator(j.config));
  if (format === "none") {
    // Timing only: N passes over the compiled selection (random sources run on).
    for (let i = 0; i < sims.length; ++i) ready(sims[i], jobs[i]);
    const c0 = process.cpuUsage(), t0 = performance.now();
    for (let k = 0; k < repeat; ++k) for (let i = 0; i < sims.length; ++i) sims[i].simulate();
    const ms = performance.now() - t0, cpu = process.cpuUsage(c0);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    const runs = repeat * sims.length;
    return out(`classic: ${runs} runs in ${ms.toFixed(1)} ms wall, ${cpuMs.toFixed(1)} ms CPU (${((ms * 1e6) / runs).toFixed(0)} ns per run wall, ${((cpuMs * 1e6) / runs).toFixed(0)} ns CPU)\n`);
  }
  const rows: Record<string, unknown>[] = [];
  for (let i = 0; i < jobs.length; ++i) {
    let result: ClassicResult | undefined;
    for (let k = 0; k < repeat; ++k) result = ready(sims[i], jobs[i]).run();
    const r = result!;
    const row: Record<string, unknown> = {...jobs[i].row};
    for (const key of MEASURE_FIELDS) row[key] = (r as unknown as Record<string, number>)[key];
    if (f.details) Object.assign(row, {choices: r.choices, problems: r.problems});
    rows.push(row);
  }
  out(formatRows(rows, format));
}
