// `compare A B --robust N [--fix key=value ...]`: the verdict over N draws of
// the uncertain parameters (sim/experiment/robust.ts), with the share of
// draws in which it holds and, where it does not hold everywhere, the regions
// PRIM and a classification tree find, in words (viz/discovery.ts).
import {showValue} from "../input.ts";
import {analyseRobust, MAX_DRAWS, MIN_DRAWS, runRobust, type RobustResult} from "../experiment/robust.ts";
import type {Scenario} from "../participation/scenario.ts";
import {robustText} from "../../viz/discovery.ts";
import {UsageError, integer, type Flags} from "./args.ts";
import {RowWriter, type Format} from "./format.ts";
import {progressMeter, type Io} from "./progress.ts";

export const ROBUST_HELP = `
  --robust N     instead of the table, whether the verdict survives what is not known:
                 N draws (${MIN_DRAWS} to ${MAX_DRAWS}) of the uncertain parameters over their plausible
                 range (a Latin hypercube: half to double, probabilities and shares +-0.3,
                 parameters at 0 kept at 0); every option runs on each draw with the same
                 seeds; prints the share of draws in which each headline judgement holds and,
                 where it does not hold in all, the PRIM boxes and tree rules in words.
                 --reps defaults to 20 here. --format jsonl|csv: one row per draw instead.
  --fix k=v      with --robust: a parameter the planner knows, set in every option that
                 has it and not drawn (repeatable)
`;

/** The --fix pairs, checked for form (the values are checked against the declarations when set). */
export function parseFixes(raw: unknown): [string, string][] {
  return ((raw as string[] | undefined) ?? []).map((kv) => {
    const eq = kv.indexOf("=");
    if (eq <= 0) throw new UsageError(`invalid --fix ${showValue(kv)} (allowed: key=value, e.g. --fix load.timePressure=1.5)`);
    return [kv.slice(0, eq), kv.slice(eq + 1)];
  });
}

/** One row per draw: the drawn values, then per option and headline measure the mean difference and whether the judgement holds. */
function drawRows(r: RobustResult): Record<string, unknown>[] {
  return r.draws.map((d, i) => {
    const row: Record<string, unknown> = {draw: i};
    r.columns.forEach((c, j) => { row[c.key] = d.values[j]; });
    r.options.slice(1).forEach((o, k) => r.measures.forEach((m, q) => {
      row[`difference.${o}.${m}`] = d.mean[k][q];
      row[`holds.${o}.${m}`] = d.judgement[k][q] === r.baseJudgement[k][q];
    }));
    return row;
  });
}

export async function robustCompare(f: Flags, scenarios: Scenario[], names: string[], format: Format, lang: "en" | "nb", seed: string, io: Io): Promise<void> {
  const draws = integer(f, "robust", MIN_DRAWS, MAX_DRAWS)!;
  const reps = integer(f, "reps", 2, 1e5, 20)!;
  const fixes = parseFixes(f.fix);
  const total = (draws + 1) * scenarios.length * reps;
  const tick = progressMeter(io, f.progress === true || io.tty, "robust", total);
  let result: RobustResult;
  try {
    result = runRobust({scenarios, names, draws, reps, seed, fixes, onProgress: (done) => tick(done)});
  } catch (e) {
    // bad --fix keys and values are the user's, named in one line
    if (/^invalid --/.test((e as Error).message)) throw new UsageError((e as Error).message);
    throw e;
  }
  if (format === "table") return void (await io.out(robustText(result, analyseRobust(result), lang) + "\n"));
  const writer = new RowWriter(io.out, format);
  for (const row of drawRows(result)) await writer.write(row);
  await writer.end();
}
