// `params`: the declared parameters (every key, both labels, unit, range,
// default, and the source text's file:line or "free"), or one scenario's
// concrete keys (as --set takes them) with their values and allowed ranges,
// so that scripts can draw from the declared ranges.
import {PARAMETERS, type ParamDecl} from "../participation/parameters.ts";
import {getParameter, type Scenario} from "../participation/scenario.ts";
import {loadScenario} from "./cliParticipation.ts";
import {UsageError, oneOf, parseFlags} from "./args.ts";
import {FORMATS, formatRows} from "./format.ts";
import type {Io} from "./progress.ts";
import {cite} from "../sources.ts";

export const PARAMS_HELP = `params: the declared parameters, or a scenario's concrete keys

  npx tsx sim/cli.ts params [<scenario.json | preset-id>] [--format jsonl|csv|table|json]

Without a scenario: every declared parameter (key, label en/nb, unit, type, min,
max, allowed values, default, source as file:line or "free", and citation:
that source with its author and section, as docs/sources.md explains). With one: that
scenario's keys as --set takes them (e.g. arenas.visit.interval), each with its
current value and allowed range; a collective preset or file gives its keys.
`;

function declRow(p: ParamDecl): Record<string, unknown> {
  return {
    key: p.key, label: p.label, unit: p.unit, type: p.type,
    min: p.min ?? null, max: p.max ?? null, values: p.values ? [...p.values, ...(p.ref ? [`<id of ${p.ref}>`] : [])] : null,
    default: p.default, source: p.source ?? "free", citation: cite(p.source ?? "free")
  };
}

/** The concrete keys of a scenario: wildcard declarations expanded over the scenario's ids. */
export function concreteKeys(s: Scenario): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [];
  for (const p of PARAMETERS) {
    const [head, star] = p.key.split(".");
    const ids = star === "*" ? Object.keys((s as unknown as Record<string, Record<string, unknown>>)[head] ?? {}) : [null];
    for (const id of ids) {
      const key = id === null ? p.key : p.key.replace("*", id);
      const values = p.ref ? [...(p.values ?? []), ...Object.keys((s as unknown as Record<string, Record<string, unknown>>)[p.ref] ?? {})] : p.values;
      rows.push({key, value: getParameter(s, key), unit: p.unit, type: p.type, min: p.min ?? null, max: p.max ?? null, values: values ? [...values] : null, source: p.source ?? "free"});
    }
  }
  return rows;
}

/** The rows are few (one per declared or concrete key), so they are formatted whole. */
export async function params(args: string[], io: Io): Promise<void> {
  const {values: f, positionals} = parseFlags(args, {format: {type: "string"}, help: {type: "boolean"}}, true);
  if (f.help) return io.out(PARAMS_HELP);
  if (positionals.length > 1) throw new UsageError("params takes at most one scenario (a file or a preset id)");
  const format = oneOf(f, "format", [...FORMATS, "json"] as const, "json")!;
  const collective = positionals.length ? await import("./cliCollective.ts") : null;
  const rows = !positionals.length ? PARAMETERS.map(declRow)
    : collective!.isCollectiveRef(positionals[0]) ? collective!.collectiveConcreteKeys(collective!.loadCollective(positionals[0])) : concreteKeys(loadScenario(positionals[0]));
  await io.out(format === "json" ? JSON.stringify(rows, null, 1) + "\n" : formatRows(rows, format));
}
