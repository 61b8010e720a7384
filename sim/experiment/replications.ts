// Experiments in three stages (as Mesa's batch runner): a design (replications,
// one- or two-parameter sweeps), one run, and tidy rows summarised into
// estimates. Replication r of every option uses the same seed (common random
// numbers), so differences between options are paired and their intervals narrow.

import {runParticipation, type ParticipationRun} from "../participation/engine.ts";
import {setParameter, type Scenario} from "../participation/scenario.ts";
import {SHARED_KEY, runSeed} from "../seeds.ts";
import {estimate, pairedDifference, significant, type Estimate} from "../stats.ts";

/** One tidy record per run: scenario, replication, seed and the measures. */
export interface MeasureRow {
  scenario: string;
  replication: number;
  seed: string;
  [measure: string]: number | string | boolean | undefined;
}

export interface MeasureDecl {
  key: string;
  label: {en: string; nb: string};
  unit: string;
  /** Whether a higher value is better for the user (for the verdict's wording). */
  better: "higher" | "lower" | "neither";
}

export const MEASURES: readonly MeasureDecl[] = [
  {key: "cases", label: {en: "Cases arrived", nb: "Saker kommet inn"}, unit: "cases", better: "neither"},
  {key: "decided", label: {en: "Cases decided", nb: "Saker avgjort"}, unit: "cases", better: "neither"},
  {key: "ladder.perspective", label: {en: "User perspective (share)", nb: "Brukerperspektiv (andel)"}, unit: "share", better: "lower"},
  {key: "ladder.participation", label: {en: "User participation (share)", nb: "Brukerdeltakelse (andel)"}, unit: "share", better: "neither"},
  {key: "ladder.influence", label: {en: "User influence (share)", nb: "Brukerinnflytelse (andel)"}, unit: "share", better: "higher"},
  {key: "ladder.control", label: {en: "User control (share)", nb: "Brukerstyring (andel)"}, unit: "share", better: "higher"},
  {key: "ladder.undecided", label: {en: "Undecided (share)", nb: "Ikke avgjort (andel)"}, unit: "share", better: "lower"},
  {key: "influence", label: {en: "Counterfactual influence", nb: "Kontrafaktisk innflytelse"}, unit: "share", better: "higher"},
  {key: "preferenceRealised", label: {en: "Preference realised", nb: "Ønske oppfylt"}, unit: "share", better: "higher"},
  {key: "fit", label: {en: "Fit of adopted solution", nb: "Tilpasning av valgt løsning"}, unit: "0–1", better: "higher"},
  {key: "timeToDecision", label: {en: "Time to decision", nb: "Tid til beslutning"}, unit: "weeks", better: "lower"},
  {key: "styles.resolution", label: {en: "Decided by resolution", nb: "Avgjort ved problemløsning"}, unit: "cases", better: "neither"},
  {key: "styles.oversight", label: {en: "Decided by oversight", nb: "Avgjort ved overseelse"}, unit: "cases", better: "lower"},
  {key: "styles.flight", label: {en: "Decided by flight", nb: "Avgjort ved flukt"}, unit: "cases", better: "lower"},
  {key: "staffEnergy", label: {en: "Staff energy spent", nb: "Brukt personalenergi"}, unit: "hours", better: "lower"},
  {key: "meetings", label: {en: "Meetings held", nb: "Møter holdt"}, unit: "meetings", better: "neither"},
  {key: "perceived", label: {en: "Staff-perceived participation", nb: "Opplevd medvirkning (ansatte)"}, unit: "share", better: "neither"},
  {key: "conditions.formulated", label: {en: "User formulated the problem", nb: "Brukeren formulerte problemet"}, unit: "share", better: "higher"},
  {key: "conditions.alternatives", label: {en: "User knew the alternatives", nb: "Brukeren kjente alternativene"}, unit: "share", better: "higher"},
  {key: "conditions.consequences", label: {en: "User knew the consequences", nb: "Brukeren kjente konsekvensene"}, unit: "share", better: "higher"},
  {key: "conditions.routine", label: {en: "User took part in the decision", nb: "Brukeren deltok i beslutningen"}, unit: "share", better: "higher"}
];

export const MEASURE_KEYS: readonly string[] = MEASURES.map((m) => m.key);

export function measure(key: string): MeasureDecl {
  const m = MEASURES.find((d) => d.key === key);
  if (!m) throw new Error(`invalid measure: ${JSON.stringify(key)} (allowed: ${MEASURE_KEYS.join(", ")})`);
  return m;
}

/** Flattens a run's summary to a tidy row (nested objects become dotted keys). */
export function summaryRow(run: ParticipationRun, replication: number): MeasureRow {
  const row: MeasureRow = {scenario: run.scenario, replication, seed: run.seed};
  const s = run.summary as unknown as Record<string, unknown>;
  for (const key of MEASURE_KEYS) {
    const [a, b] = key.split(".");
    const v = b === undefined ? s[a] : (s[a] as Record<string, unknown> | undefined)?.[b];
    row[key] = typeof v === "number" ? v : NaN;
  }
  return row;
}

export interface ReplicationOptions {
  reps: number;
  seed: string | number;
  /** First replication index (to split work across workers). */
  first?: number;
  onProgress?: (done: number, total: number) => void;
}

function checkReps(reps: number): void {
  if (!Number.isInteger(reps) || reps < 1) throw new Error(`invalid reps: ${reps} (allowed: an integer >= 1)`);
}

/** Runs replications of one scenario; rows stream to `onRow` when given. */
export function runReplications(scenario: Scenario, options: ReplicationOptions, onRow?: (row: MeasureRow, run: ParticipationRun) => void): MeasureRow[] {
  checkReps(options.reps);
  const rows: MeasureRow[] = [];
  const first = options.first ?? 0;
  for (let r = first; r < first + options.reps; ++r) {
    const run = runParticipation(scenario, {seed: runSeed(options.seed, SHARED_KEY, r)});
    const row = summaryRow(run, r);
    if (onRow) onRow(row, run); else rows.push(row);
    options.onProgress?.(r - first + 1, options.reps);
  }
  return rows;
}

export interface OptionEstimate {
  measure: string;
  option: string;
  estimate: Estimate;
}

export interface OptionDifference {
  measure: string;
  /** Reference option. */
  a: string;
  b: string;
  /** b - a, paired over replications. */
  estimate: Estimate;
}

export interface ComparisonResult {
  options: string[];
  estimates: OptionEstimate[];
  differences: OptionDifference[];
}

/**
 * Estimates per option and paired differences of every option against the
 * first (the reference). Rows must come from common random numbers: the same
 * replication indices in the same order for every option.
 */
export function compareOptions(rowsByOption: Record<string, MeasureRow[]>, measures: readonly string[] = MEASURE_KEYS): ComparisonResult {
  const options = Object.keys(rowsByOption);
  if (options.length < 1) throw new Error("invalid options: none given (allowed: 1 or more)");
  const col = (o: string, m: string) => rowsByOption[o].map((r) => r[m] as number);
  const reps = rowsByOption[options[0]].map((r) => r.replication).join();
  for (const o of options) {
    if (rowsByOption[o].map((r) => r.replication).join() !== reps)
      throw new Error(`invalid comparison: option ${o} has other replications than ${options[0]} (common random numbers need the same ones)`);
  }
  const estimates: OptionEstimate[] = [];
  const differences: OptionDifference[] = [];
  for (const m of measures) {
    for (const o of options) estimates.push({measure: m, option: o, estimate: estimate(col(o, m))});
    for (const o of options.slice(1)) differences.push({measure: m, a: options[0], b: o, estimate: pairedDifference(col(options[0], m), col(o, m))});
  }
  return {options, estimates, differences};
}

/** Runs every option on common random numbers and compares them. */
export function compareScenarios(scenarios: Scenario[], options: ReplicationOptions, names?: string[]): ComparisonResult {
  const labels = names ?? uniqueNames(scenarios.map((s) => s.id));
  const rows: Record<string, MeasureRow[]> = {};
  const total = scenarios.length * options.reps;
  scenarios.forEach((s, k) => {
    rows[labels[k]] = runReplications(s, {...options, onProgress: (d) => options.onProgress?.(k * options.reps + d, total)});
  });
  return compareOptions(rows);
}

function uniqueNames(ids: string[]): string[] {
  const seen = new Map<string, number>();
  return ids.map((id) => {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}#${n}`;
  });
}

// Bokmål writes a decimal comma and a minus sign (−).
const fmt = (x: number, lang: "en" | "nb", digits = 2) => {
  const s = Math.abs(x) >= 100 ? x.toFixed(0) : x.toFixed(digits);
  return lang === "nb" ? s.replace(".", ",").replace("-", "−") : s;
};

/**
 * A short written verdict from the numbers: for each option against the
 * reference, the differences whose 95% interval excludes zero, on the
 * measures that matter most to planners.
 */
export function verdict(result: ComparisonResult, lang: "en" | "nb" = "en"): string {
  const key = ["influence", "ladder.influence", "ladder.control", "preferenceRealised", "fit", "timeToDecision", "staffEnergy", "styles.oversight"];
  const en = lang === "en";
  const ref = result.options[0];
  const lines: string[] = [];
  for (const o of result.options.slice(1)) {
    const parts: string[] = [];
    for (const m of key) {
      const d = result.differences.find((x) => x.measure === m && x.b === o);
      if (!d || !significant(d.estimate)) continue;
      const decl = measure(m);
      const e = d.estimate;
      const dir = e.mean > 0 ? (en ? "higher" : "høyere") : (en ? "lower" : "lavere");
      parts.push(`${decl.label[lang].toLowerCase()} ${dir} (${e.mean > 0 ? "+" : ""}${fmt(e.mean, lang)}; 95% ${en ? "CI" : "KI"} ${fmt(e.lo, lang)} ${en ? "to" : "til"} ${fmt(e.hi, lang)})`);
    }
    const head = en ? `${o} vs ${ref}` : `${o} mot ${ref}`;
    if (parts.length === 0) lines.push(en ? `${head}: no clear difference on the key measures at this number of replications.` : `${head}: ingen klar forskjell på hovedmålene med dette antallet replikasjoner.`);
    else lines.push(`${head}: ${parts.join("; ")}.`);
  }
  return lines.join("\n");
}

export interface SweepRow extends MeasureRow {
  x: number | string | boolean;
  y?: number | string | boolean;
}

/** One-parameter sweep: replications at each value of `key`. */
export function sweep1(scenario: Scenario, key: string, values: (number | string | boolean)[], options: ReplicationOptions): SweepRow[] {
  const out: SweepRow[] = [];
  const total = values.length * options.reps;
  values.forEach((x, k) => {
    const s = setParameter(scenario, key, x);
    for (const row of runReplications(s, {...options, onProgress: (d) => options.onProgress?.(k * options.reps + d, total)})) out.push({...row, x});
  });
  return out;
}

/** Two-parameter sweep over the grid xs x ys. */
export function sweep2(scenario: Scenario, xKey: string, xs: (number | string | boolean)[], yKey: string, ys: (number | string | boolean)[], options: ReplicationOptions): SweepRow[] {
  const out: SweepRow[] = [];
  const total = xs.length * ys.length * options.reps;
  let k = 0;
  for (const x of xs) for (const y of ys) {
    const s = setParameter(setParameter(scenario, xKey, x), yKey, y);
    const base = k++ * options.reps;
    for (const row of runReplications(s, {...options, onProgress: (d) => options.onProgress?.(base + d, total)})) out.push({...row, x, y});
  }
  return out;
}

/** Estimates per sweep point for one measure. */
export function summariseSweep(rows: SweepRow[], measureKey: string): {x: SweepRow["x"]; y?: SweepRow["y"]; measure: string; estimate: Estimate}[] {
  const groups = new Map<string, SweepRow[]>();
  for (const r of rows) {
    const k = JSON.stringify([r.x, r.y ?? null]);
    let g = groups.get(k);
    if (!g) groups.set(k, (g = []));
    g.push(r);
  }
  return Array.from(groups.values(), (g) => ({x: g[0].x, y: g[0].y, measure: measureKey, estimate: estimate(g.map((r) => r[measureKey] as number))}));
}
