// The experiment file for the sweep on the page (sim/experiment/experimentFile.ts),
// for a sweep too large for the browser: the base preset (or the scenario from
// a file) with the page's edits as overrides, the swept parameters with the
// page's exact values, a full factorial design, the replications and seed,
// and every measure. `sweep` seeds each run from (seed, design point,
// replication), so its numbers are not the page's common random numbers.

import type {Experiment} from "../../sim/experiment/experimentFile.ts";
import type {Value} from "../../sim/experiment/design/factors.ts";
import {MEASURE_KEYS} from "../../sim/participation/measures.ts";
import {getParameter, type Scenario} from "../../sim/participation/scenario.ts";

export interface PageSweep {
  /** The page's base: a preset id, or "~…" for a scenario from a file. */
  baseId: string;
  /** The base scenario before the edits. */
  base: Scenario;
  /** The base with the edits applied. */
  scenario: Scenario;
  /** The edited parameters' keys. */
  edited: readonly string[];
  parameters: readonly {key: string; values: readonly (number | string)[]}[];
  reps: number;
  seed: string;
}

/** A file-safe experiment id naming the swept parameters. */
export function sweepId(parameters: readonly {key: string}[]): string {
  return ("explore-" + parameters.map((p) => p.key).join("-and-")).replace(/[^A-Za-z0-9._-]+/g, "-").slice(0, 80);
}

export function sweepExperiment(s: PageSweep): Experiment {
  const base: Record<string, Value> = {};
  // typed values (numbers, booleans) from the edited scenario, not the raw strings of the address
  for (const key of s.edited) base[key] = getParameter(s.scenario, key) as Value;
  const values = (key: string, v: readonly (number | string)[]): Value[] =>
    v.map((x) => (typeof getParameter(s.base, key) === "boolean" ? x === "true" : x));
  return {
    id: sweepId(s.parameters),
    description: "A sweep from the Explore page, for the command line: npx tsx sim/cli.ts sweep <this file> --out <dir>",
    model: "participation",
    scenario: s.baseId.startsWith("~") ? s.base : s.baseId,
    base,
    parameters: s.parameters.map((p) => ({key: p.key, values: values(p.key, p.values)})),
    design: {type: "factorial"},
    replications: s.reps,
    seed: s.seed,
    measures: [...MEASURE_KEYS]
  };
}

/** The command that runs the experiment file `file`. */
export function sweepCommand(file: string, out: string): string {
  return `npx tsx sim/cli.ts sweep ${file} --out ${out}`;
}
