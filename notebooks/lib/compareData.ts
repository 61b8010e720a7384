// The options a planner compares, as they live in the URL: each option is a
// preset id or a scenario file carried inline ("~" + base64url JSON), plus its
// parameter edits (`o<k>.<key>=value`); links made now carry the file
// compressed ("~~", linkCodec.ts), older plain ones still read. Resolving them gives validated
// scenarios and the issues found on the way. Results go through
// sim/experiment/ (runReplications on common random numbers,
// compareOptions, verdict), so the numbers equal the CLI's.

import {compareOptions, type ComparisonResult} from "../../sim/experiment/compare.ts";
import type {MeasureRow} from "../../sim/experiment/run.ts";
import {MEASURES} from "../../sim/participation/measures.ts";
import type {Scenario} from "../../sim/participation/scenario.ts";
import type {Lang} from "./i18n.ts";
import {presetIds, presetScenario} from "./participationAdapter.ts";
import {applyEdits, fromBase64Url, readScenarioFile, toBase64Url, type Edit} from "./scenarioEdit.ts";
import {LinkError, issueFrom, type StateIssue} from "./urlState.ts";
import {inlineText, isCompressed} from "./linkCodec.ts";

export const MAX_OPTIONS = 4;
export const OPTION_PREFIXES = ["o1", "o2", "o3", "o4"] as const;

export interface OptionSpec {
  /** A preset id, or "~" + base64url of a scenario file's JSON, or "~~" + base64url of it deflated (linkCodec.ts). */
  spec: string;
  edits: Edit[];
}

export interface ResolvedOption extends OptionSpec {
  base: Scenario;
  scenario: Scenario;
}

/** Reads a spec: a preset or an inline scenario file. Throws with a readable message. */
export function baseScenario(spec: string): Scenario {
  if (isCompressed(spec)) return readScenarioFile(inlineText(spec));
  if (spec.startsWith("~")) {
    let text: string;
    try {
      text = fromBase64Url(spec.slice(1));
    } catch {
      throw new LinkError("ui.url.notBase64");
    }
    return readScenarioFile(text);
  }
  if (!presetIds().includes(spec)) throw new LinkError("ui.url.unknownPreset", {allowed: presetIds().join(", ")});
  return presetScenario(spec);
}

export function inlineSpec(s: Scenario): string {
  return "~" + toBase64Url(JSON.stringify(s));
}

/** Splits `o<k>.<key>` parameters into per-option edits. */
export function editsByOption(extra: readonly [string, string][]): Edit[][] {
  const out: Edit[][] = OPTION_PREFIXES.map(() => []);
  for (const [k, v] of extra) {
    const i = OPTION_PREFIXES.indexOf(k.slice(0, 2) as (typeof OPTION_PREFIXES)[number]);
    if (i >= 0 && k[2] === ".") out[i].push([k.slice(3), v]);
  }
  return out;
}

export function toExtra(options: readonly OptionSpec[]): [string, string][] {
  return options.flatMap((o, i) => o.edits.map(([k, v]) => [`${OPTION_PREFIXES[i]}.${k}`, v] as [string, string]));
}

/** Resolves the options of a state; bad specs are dropped, bad edits skipped, and both reported. */
export function resolveOptions(specs: readonly string[], extra: readonly [string, string][]): {options: ResolvedOption[]; issues: StateIssue[]} {
  const edits = editsByOption(extra);
  const issues: StateIssue[] = [];
  const options: ResolvedOption[] = [];
  specs.forEach((spec, i) => {
    let base: Scenario;
    try {
      base = baseScenario(spec);
    } catch (e) {
      issues.push(issueFrom("opt", spec, e));
      return;
    }
    const applied = applyEdits(base, edits[i], `${OPTION_PREFIXES[i]}.`);
    issues.push(...applied.issues);
    const kept = edits[i].filter(([k]) => !applied.issues.some((x) => x.key === `${OPTION_PREFIXES[i]}.${k}`));
    options.push({spec, edits: kept, base, scenario: applied.scenario});
  });
  edits.slice(specs.length).forEach((list, j) => {
    for (const [k, v] of list) issues.push({key: `${OPTION_PREFIXES[specs.length + j]}.${k}`, value: v, message: "there is no such option"});
  });
  return {options, issues};
}

/** Display names for the options: the scenario's title, marked when edited, made unique. */
export function optionNames(options: readonly ResolvedOption[], lang: Lang, editedMark: string): string[] {
  const seen = new Map<string, number>();
  return options.map((o) => {
    let name = o.scenario.meta.title[lang] + (o.edits.length ? ` (${editedMark})` : "");
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    if (n > 1) name += ` #${n}`;
    return name;
  });
}

/** The comparison for named options (sim/experiment/compare.ts compareOptions). */
export function compare(names: readonly string[], rows: readonly MeasureRow[][]): ComparisonResult {
  const byOption: Record<string, MeasureRow[]> = {};
  names.forEach((n, i) => { byOption[n] = rows[i]; });
  return compareOptions(byOption);
}

export const MEASURE_KEYS_ALL = MEASURES.map((m) => m.key);

const LADDER = ["perspective", "participation", "influence", "control", "undecided"] as const;

/** The mean ladder distribution per option (shares summing to 1) from the estimates. */
export function ladderRows(result: ComparisonResult): {option: string; ladder: Record<(typeof LADDER)[number], number>}[] {
  return result.options.map((option) => {
    const ladder = {} as Record<(typeof LADDER)[number], number>;
    let sum = 0;
    for (const k of LADDER) {
      const e = result.estimates.find((x) => x.measure === `ladder.${k}` && x.option === option)?.estimate.mean;
      ladder[k] = Number.isFinite(e) ? (e as number) : 0;
      sum += ladder[k];
    }
    if (sum > 0) for (const k of LADDER) ladder[k] /= sum;
    else ladder.undecided = 1;
    return {option, ladder};
  });
}
