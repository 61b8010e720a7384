// `calibrate <calibration.json> --out <dir>`: approximate Bayesian computation
// of a calibration file's free parameters against its fitted figures, on the
// sweep's worker pool (piscina, the bundled task). Each finished generation is
// written to the output folder; the same command resumes from the last one.
// Prints the posterior and the posterior predictive of every target.

import {existsSync, mkdirSync, readFileSync} from "node:fs";
import {dirname, join, resolve} from "node:path";
import {Piscina} from "piscina";
import {parseCalibration, type Calibration} from "../experiment/calibration/calibrationFile.ts";
import {calibrationDistance, calibrationModel} from "../experiment/calibration/model.ts";
import {parsePopulation, populationJson, runAbc, type AbcSpec, type Job, type Population, type Progress} from "../experiment/calibration/abc.ts";
import {calibrationReport, reportText} from "../experiment/calibration/report.ts";
import {UsageError, integer, parseFlags} from "./args.ts";
import {writeAtomic} from "./sweep/files.ts";
import {workerExecArgv} from "./sweep/sweep.ts";
import {bundledModule} from "./bundle.ts";
import type {CalibrateSlice, CalibrateWorkerData} from "./calibrateTask.ts";

export const CALIBRATE_HELP = `calibrate: approximate Bayesian computation of a calibration file's free parameters

  npx tsx sim/cli.ts calibrate <calibration.json> --out <dir> [--workers N]

  --out <dir>     output folder: calibration.json, generation-<g>.json per finished generation, posterior.json
  --workers N     worker threads (default 1; 1 runs in this process)
The file (schema: data/calibration.schema.json) names the model and scenario, the free parameters
with uniform priors, the targets (measure, observed, tolerance, role fit or heldOut), the method
(smc: ABC-SMC with a population Monte Carlo kernel; rejection), particles, the epsilon schedule
(generations with quantile and minEpsilon, or epsilons) and the seed. The distance of a run is the
largest |simulated - observed| / tolerance over the fitted targets. Interrupted, the same command
resumes from the last finished generation (the file may raise generations or maxSimulations to go on). Prints the posterior (median and 95% interval) and the
posterior predictive of every target, fitted and held out.`;

const OPTIONS = {out: {type: "string"}, workers: {type: "string"}, help: {type: "boolean"}} as const;

function readJson(path: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new UsageError(`cannot read ${what} ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${what} ${path} is not JSON: ${(e as Error).message}`);
  }
}

/** The file as an object, a scenario given as a path (.json, relative to the file) replaced by the scenario itself. */
export function loadCalibration(path: string): object {
  const input = readJson(path, "calibration file");
  if (typeof input === "object" && input !== null && !Array.isArray(input) && Object.hasOwn(input, "scenario")) {
    const ref = (input as Record<string, unknown>).scenario;
    if (typeof ref === "string" && ref.endsWith(".json")) return {...input, scenario: readJson(resolve(dirname(path), ref), "scenario file")};
  }
  return input as object;
}

/** The generations already in the folder, in order (a gap ends the list). */
function savedPopulations(dir: string): Population[] {
  const out: Population[] = [];
  for (let g = 0; existsSync(join(dir, `generation-${g}.json`)); ++g) {
    const p = parsePopulation(readFileSync(join(dir, `generation-${g}.json`), "utf8"));
    if (p.generation !== g) throw new UsageError(`${join(dir, `generation-${g}.json`)} holds generation ${p.generation}; remove the folder's generations from ${g} on to rerun them`);
    out.push(p);
  }
  return out;
}

function specOf(c: Calibration): AbcSpec {
  return {priors: c.parameters.map((p) => ({key: p.key, min: p.min, max: p.max})), particles: c.particles, schedule: c.schedule, seed: c.seed, maxSimulations: c.maxSimulations};
}

export async function calibrateCommand(args: string[], out: (s: string) => void, err: (s: string) => void = (s) => process.stderr.write(s), tty = Boolean(process.stderr.isTTY)): Promise<void> {
  const {values: f, positionals} = parseFlags(args, OPTIONS, true);
  if (f.help) return out(CALIBRATE_HELP + "\n");
  if (positionals.length !== 1) throw new UsageError(`calibrate needs one calibration file (got ${positionals.length}); see calibrate --help`);
  if (typeof f.out !== "string" || !f.out) throw new UsageError("calibrate needs --out <dir>");
  const workers = integer(f, "workers", 1, 256, 1)!;
  const raw = loadCalibration(positionals[0]);
  const calibration = parseCalibration(raw);
  const run = calibrationModel(calibration); // checks the keys and targets against the scenario before any run
  const dir = resolve(f.out);
  mkdirSync(dir, {recursive: true});
  const copy = join(dir, "calibration.json");
  const text = JSON.stringify(raw, null, 2) + "\n";
  if (existsSync(copy)) {
    // only the run's bounds may change (more generations, a larger budget): the generations done stay valid
    const bounds = (o: unknown) => JSON.stringify(o, (k, v) => (k === "generations" || k === "maxSimulations" ? undefined : v));
    if (bounds(JSON.parse(readFileSync(copy, "utf8"))) !== bounds(raw)) throw new UsageError(`${dir} holds another calibration (its calibration.json differs beyond generations and maxSimulations); use another --out`);
  }
  writeAtomic(copy, text);
  const done = savedPopulations(dir);
  if (done.length) err(`resuming: ${done.length} generation(s) already in ${dir}\n`);

  let pool: Piscina | undefined;
  const simulate = async (jobs: Job[]): Promise<number[][]> => {
    if (workers === 1) return jobs.map((j) => run(j.theta, j.seed));
    if (!pool) {
      const workerData: CalibrateWorkerData = {calibration: raw};
      const filename = bundledModule(new URL("./calibrateTask.ts", import.meta.url)) ?? new URL("./calibrateWorker.mjs", import.meta.url).href;
      const options = {filename, workerData, minThreads: workers, maxThreads: workers};
      try {
        pool = new Piscina({...options, execArgv: workerExecArgv(process.execArgv)});
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "ERR_WORKER_INVALID_EXEC_ARGV") throw e;
        pool = new Piscina(options);
      }
    }
    // slices of a few per worker, so the workers finish together; results come back in job order
    const size = Math.max(1, Math.ceil(jobs.length / (4 * workers)));
    const slices: Promise<number[][]>[] = [];
    for (let i = 0; i < jobs.length; i += size) {
      const part = jobs.slice(i, i + size);
      const slice: CalibrateSlice = {thetas: part.map((j) => j.theta), seeds: part.map((j) => j.seed)};
      slices.push(pool.run(slice) as Promise<number[][]>);
    }
    return (await Promise.all(slices)).flat();
  };
  const t0 = performance.now();
  let last = -Infinity;
  const progress = (p: Progress) => {
    const now = performance.now();
    if (p.accepted < calibration.particles && now - last < 200) return;
    last = now;
    const line = `calibrate: generation ${p.generation} (epsilon ${Number.isFinite(p.epsilon) ? +p.epsilon.toPrecision(4) : "none"}): ${p.accepted}/${calibration.particles} accepted of ${p.simulations} runs, ${((now - t0) / 1000).toFixed(0)} s`;
    err(tty ? `\r${line}\x1b[K${p.accepted >= calibration.particles ? "\n" : ""}` : line + "\n");
  };
  const interrupted = () => {
    err(`\ninterrupted: finished generations are kept in ${dir}; run the same command to resume\n`);
    process.exit(130);
  };
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);
  let result;
  try {
    result = await runAbc(specOf(calibration), simulate, calibrationDistance(calibration), done,
      (p) => writeAtomic(join(dir, `generation-${p.generation}.json`), populationJson(p) + "\n"), progress);
  } finally {
    process.removeListener("SIGINT", interrupted);
    process.removeListener("SIGTERM", interrupted);
    await pool?.destroy();
  }
  const report = calibrationReport(calibration, result);
  if (!report) throw new UsageError(`no generation finished within maxSimulations = ${calibration.maxSimulations}; raise it or the first epsilon`);
  writeAtomic(join(dir, "posterior.json"), JSON.stringify(report, (_, v) => (typeof v === "number" && !Number.isFinite(v) ? String(v) : v), 2) + "\n");
  out(reportText(report));
}
