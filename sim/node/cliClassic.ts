// `classic`: runs the 1972 design (or a selection of it), or seeded random
// entry orders, and prints one row per run.
import {readFileSync} from "node:fs";
import {ARITHMETICS, DEFICIT_TIMINGS, compileClassic, runClassic, simulate, type ClassicConfig, type ClassicResult} from "../classic/engine.ts";
import {config1972, design1972, randomEntry, variantConfig, variants, type ClassicVariant} from "../classic/design.ts";
import {ENERGIES, LOADS, ORIENTATIONS, STRUCTURES} from "../classic/gcm1972.ts";
import {rng, runSeed} from "../rng.ts";
import {COMPARISONS, TIE_BREAKS} from "../streams.ts";
import {UsageError, integer, number, oneOf, parseFlags} from "./args.ts";
import {FORMATS, formatRows} from "./format.ts";
import {ClassicOnCore, generalSupports} from "../participation/classicOnCore.ts";

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
  --reps N --seed S  N seeded replications per selected variant
  --periods N --choices N --decision-makers N --problems N   sizes (with --reps)
Rules (defaults are the pinned readings of gcm-1972.md):
  --tie-break lowest|highest|random   --comparison "<="|"<"
  --deficits previous|live            --arithmetic integer|float
  --orientation index1|mirror         --load-value X   --solution-coefficient X
Custom model: --config file.json (a full ClassicConfig: periods, load, solutionCoefficient,
  energies, access, decision, choiceEntry, problemEntry, tieBreak, comparison, deficits, arithmetic)
Engine: --engine classic|general  classic (default): the specialised 1972 engine; general: the
  participation engine's garbage-can core with its layers off (same results; ties lowest or
  highest, previous-period deficits)
Other: --details (per-choice and per-problem detail in jsonl)
  --repeat N (run the selection N times; with --format none prints one timing line)`;

const OPTIONS = {
  design: {type: "string"}, load: {type: "string"}, access: {type: "string"}, decision: {type: "string"}, energy: {type: "string"},
  "choice-seq": {type: "string"}, "problem-seq": {type: "string"}, reps: {type: "string"}, seed: {type: "string"},
  periods: {type: "string"}, choices: {type: "string"}, "decision-makers": {type: "string"}, problems: {type: "string"},
  "tie-break": {type: "string"}, comparison: {type: "string"}, deficits: {type: "string"}, arithmetic: {type: "string"},
  orientation: {type: "string"}, "load-value": {type: "string"}, "solution-coefficient": {type: "string"},
  config: {type: "string"}, engine: {type: "string"}, details: {type: "boolean"}, repeat: {type: "string"}, format: {type: "string"}, help: {type: "boolean"}
} as const;

interface Job {
  row: Record<string, string | number>;
  config: ClassicConfig;
  seed?: string;
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
  if (seed !== undefined && reps === undefined) throw new UsageError("--seed needs --reps N (random entry orders)");
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
    for (let r = 0; r < (reps ?? 1); ++r) jobs.push({row: reps ? {replication: r, seed: runSeed(seed ?? 1, "config", r)} : {}, config: {...config, ...clean} as ClassicConfig, seed: reps ? runSeed(seed ?? 1, "config", r) : undefined});
  } else if (reps === undefined) {
    for (const p of design1972()) {
      if (!loads.includes(p.load) || !accesses.includes(p.access) || !decisions.includes(p.decision) || !energies.includes(p.energy)) continue;
      if (!cSeqs.includes(p.choiceSeq) || !pSeqs.includes(p.problemSeq)) continue;
      jobs.push({row: {...p}, config: config1972(p, clean)});
    }
  } else {
    if (f["choice-seq"] || f["problem-seq"]) throw new UsageError("--choice-seq/--problem-seq select the fixed sequences; they cannot be combined with --reps");
    for (const v of variants() as ClassicVariant[]) {
      if (!loads.includes(v.load) || !accesses.includes(v.access) || !decisions.includes(v.decision) || !energies.includes(v.energy)) continue;
      const base = variantConfig(v, {...clean, size: sized});
      for (let r = 0; r < reps; ++r) {
        const s = runSeed(seed ?? 1, `${v.load}-${v.access}-${v.decision}-${v.energy}`, r);
        jobs.push({row: {...v, replication: r, seed: s}, config: {...base, ...randomEntry(rng(s), base.access[0]?.length ?? size.choices ?? 10, base.access.length)}, seed: s});
      }
    }
  }
  if (jobs.length === 0) throw new UsageError("the selection is empty");
  const models = jobs.map((j) => compileClassic(j.config));
  if (oneOf(f, "engine", ["classic", "general"]) === "general") return generalEngine(jobs, format, repeat, !!f.details, out);
  if (format === "none") {
    // Timing only: N passes over the compiled selection.
    const randoms = jobs.map((j) => (j.seed ? rng(j.seed + "/ties") : undefined));
    const c0 = process.cpuUsage(), t0 = performance.now();
    for (let k = 0; k < repeat; ++k) for (let i = 0; i < models.length; ++i) simulate(models[i], randoms[i]);
    const ms = performance.now() - t0, cpu = process.cpuUsage(c0);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    const runs = repeat * models.length;
    return out(`classic: ${runs} runs in ${ms.toFixed(1)} ms wall, ${cpuMs.toFixed(1)} ms CPU (${((ms * 1e6) / runs).toFixed(0)} ns per run wall, ${((cpuMs * 1e6) / runs).toFixed(0)} ns CPU)\n`);
  }
  const rows: Record<string, unknown>[] = [];
  for (let i = 0; i < jobs.length; ++i) {
    let result: ClassicResult | undefined;
    for (let k = 0; k < repeat; ++k) result = runClassic(models[i], {random: jobs[i].seed ? rng(jobs[i].seed + "/ties") : undefined});
    const r = result!;
    const row: Record<string, unknown> = {...jobs[i].row};
    for (const key of MEASURE_FIELDS) row[key] = (r as unknown as Record<string, number>)[key];
    if (f.details) Object.assign(row, {choices: r.choices, problems: r.problems});
    rows.push(row);
  }
  out(formatRows(rows, format));
}

// --engine general: the same jobs on the general core (validated by compileClassic above).
function generalEngine(jobs: Job[], format: (typeof FORMATS)[number], repeat: number, details: boolean, out: (s: string) => void): void {
  const unsupported = generalSupports(jobs[0].config);
  if (unsupported) throw new UsageError(`--engine general does not support ${unsupported}`);
  const sims = jobs.map((j) => new ClassicOnCore(j.config));
  if (format === "none") {
    const t0 = performance.now();
    for (let k = 0; k < repeat; ++k) for (const s of sims) s.run();
    const ms = performance.now() - t0, runs = repeat * sims.length;
    return out(`classic (general engine): ${runs} runs in ${ms.toFixed(1)} ms wall (${((ms * 1e6) / runs).toFixed(0)} ns per run)\n`);
  }
  const rows = jobs.map((job, i) => {
    for (let k = 0; k < repeat; ++k) sims[i].run();
    const r = sims[i].result();
    const row: Record<string, unknown> = {...job.row};
    for (const key of MEASURE_FIELDS) row[key] = (r as unknown as Record<string, number>)[key];
    if (details) Object.assign(row, {choices: r.choices, problems: r.problems});
    return row;
  });
  out(formatRows(rows, format));
}
