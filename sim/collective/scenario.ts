// A collective scenario ("kind": "collective") as plain, serialisable data:
// its shape, full validation (every error one line naming the field, the
// value and what is allowed; unknown fields are errors; only own keys are
// read), parameters by dotted key, and the JSON Schema. The shape derives from
// the declarations in parameters.ts plus a few structural fields (ids, labels,
// texts, the outreach target arena, a topic's service change, the linked case
// preset).

import {isPlainObject, own} from "../input.ts";
import {paramByKey, type Bilingual, type ParamDecl} from "../participation/parameters.ts";
import {PRESET_IDS, preset} from "../participation/presets.ts";
import {ScenarioError, setParameter as setCaseParameter} from "../participation/scenario.ts";
import {editRefusal} from "../participation/edits.ts";
import {ID_PATTERN, TRY_INPUTS_NODE, checkTryInputs, getByKey, insertParams, schemaOf, setByKey, walk, type Node, type ObjectNode, type RecordNode, type TryInput} from "../participation/shape.ts";
import {COLLECTIVE_PARAMETERS, collectiveParamByKey, type ArenaType} from "./parameters.ts";
import {CHANNEL_DEFAULTS, CHANNEL_RATES, isChannel, type Channel} from "./channels.ts";

export {ScenarioError};

export interface CollectiveArena {
  label: Bilingual;
  type: ArenaType;
  first: number; interval: number; count: number;
  venue: "office" | "neutral"; slot: "daytime" | "evening"; interpreters: "none" | "core" | "all";
  agenda: "staff" | "shared" | "users"; rule: "staff" | "consensus" | "joint" | "users"; entry: "early" | "late";
  sessions: number; hours: number; members: "open" | "seats"; seats: number; affiliatedFirst: boolean; attend: number;
  paid: boolean; recruits: boolean; staffSeats: number; general: boolean; structural: boolean;
}

export interface Outreach {
  label: Bilingual;
  /** Id of the arena whose meetings the campaign recruits for. */
  arena: string;
  channel: Channel;
  meeting: number; repeat: boolean; invites: number; signUp: number; show: number; cost: number;
}

/** A service change: a participation parameter (dotted key) and its new value, applied to the linked case preset from adoption. */
export interface ServiceChange {
  key: string;
  value: string;
}

export interface CollectiveScenario {
  kind: "collective";
  id: string;
  meta: {title: Bilingual; description: Bilingual; source: string; notice: {en: string[]; nb: string[]}; try: {en: string[]; nb: string[]}; tryInputs?: TryInput[]};
  horizon: number;
  population: {count: number; working: number; literacy: number; avmakt: number; organisation: number; employed: number; general: number};
  behaviour: {speak: number; officeDeterrence: number; listSign: number; listReturn: number; wordOfMouth: number; toldAttend: number; memory: number;
    organise: number; organiserAttend: number; block: number; userEnergy: number; paidEnergy: number; represents: number; aggregation: number};
  learning: {information: number; heard: number; late: number; consensus: number; affiliation: number};
  staff: {count: number; daytime: number; evening: number; overtime: boolean; inviteHours: number; interpreterHours: number};
  problems: {generalLoad: number; structuralLoad: number; agendaLoad: number};
  management: {anchoring: number; closure: number; lag: number};
  languages: Record<string, {label: Bilingual; share: number; norwegian: number; core: boolean}>;
  topics: Record<string, {label: Bilingual; share: number; changes: ServiceChange[]}>;
  outreach: Record<string, Outreach>;
  arenas: Record<string, CollectiveArena>;
  /** The case preset the adopted changes reach ("none": no link). */
  cases: {preset: string};
}

// ---- the shape tree

const COLLECTIONS: Record<string, {minItems: number; description: string}> = {
  languages: {minItems: 1, description: "languages by id"},
  topics: {minItems: 1, description: "topics of users' needs by id"},
  outreach: {minItems: 0, description: "recruitment campaigns by id"},
  arenas: {minItems: 1, description: "service-design arenas by id"}
};

function buildShape(): ObjectNode {
  const text: Node = {kind: "text"}, texts: Node = {kind: "texts"};
  const root: ObjectNode = {kind: "object", fields: {
    kind: {kind: "string", values: ["collective"], description: "the scenario kind"},
    id: {kind: "string", pattern: ID_PATTERN, description: "scenario id"},
    meta: {kind: "object", fields: {title: text, description: text, source: {kind: "string", description: "source passage(s) as keys such as 002:L383-391 (file 002, lines 383-391; docs/sources.md)"}, notice: texts, try: texts, tryInputs: TRY_INPUTS_NODE}}
  }};
  for (const [name, c] of Object.entries(COLLECTIONS))
    root.fields[name] = {kind: "record", item: {kind: "object", fields: {label: text}}, minItems: c.minItems, optional: c.minItems === 0, description: c.description};
  const item = (name: string) => (root.fields[name] as RecordNode).item as ObjectNode;
  item("outreach").fields.arena = {kind: "string", description: "id of the arena recruited for"};
  item("topics").fields.changes = {kind: "list", optional: true, description: "service changes {key, value} on the linked case preset", item: {kind: "object", fields: {
    key: {kind: "string", description: "a participation parameter key, e.g. arenas.rg.mode"}, value: {kind: "string", description: "the new value, as for --set"}}}};
  root.fields.cases = {kind: "object", optional: true, fields: {preset: {kind: "string", values: ["none", ...PRESET_IDS], description: "the participation preset the adopted changes reach"}}};
  insertParams(root, COLLECTIVE_PARAMETERS);
  return root;
}

const SHAPE = buildShape();

function checkRefs(s: CollectiveScenario): void {
  const arenas = Object.keys(s.arenas);
  for (const [id, o] of Object.entries(s.outreach)) {
    if (!arenas.includes(o.arena)) throw new ScenarioError(`outreach.${id}.arena`, o.arena, arenas.join(", "));
    if (o.invites > s.population.count) throw new ScenarioError(`outreach.${id}.invites`, o.invites, `an integer in [0, ${s.population.count}] (population.count)`);
  }
  let seats = 0;
  for (const [id, a] of Object.entries(s.arenas)) {
    seats += a.members === "seats" ? a.seats : 0;
    if (a.members === "seats" && a.seats === 0 && !a.recruits) throw new ScenarioError(`arenas.${id}.seats`, a.seats, "an integer >= 1 when members is seats and the arena does not recruit organisers");
  }
  if (seats > s.population.count) throw new ScenarioError("arenas", seats, `user seats summing to at most population.count (${s.population.count})`);
  const positive = (name: "languages" | "topics") => {
    const sum = Object.values(s[name]).reduce((t, x) => t + x.share, 0);
    if (!(sum > 0)) throw new ScenarioError(name, Object.fromEntries(Object.entries(s[name]).map(([k, x]) => [k, x.share])), "shares with a positive sum", {kind: "positiveShares"});
  };
  positive("languages");
  positive("topics");
  const base = s.cases.preset === "none" ? null : preset(s.cases.preset);
  for (const [id, t] of Object.entries(s.topics)) t.changes.forEach((c, i) => {
    const path = `topics.${id}.changes[${i}].key`;
    // an adopted change reaches the case run in the middle of it (edits.ts)
    const refused = paramByKey(c.key) ? editRefusal(c.key, true) : "a declared participation parameter key";
    if (refused) throw new ScenarioError(path, c.key, refused);
    // the change must be a valid edit of the linked preset (its ids, its ranges)
    if (base) {
      try { setCaseParameter(base, c.key, c.value); } catch (e) {
        throw new ScenarioError(`topics.${id}.changes[${i}]`, `${c.key}=${c.value}`, `a valid setting of preset ${s.cases.preset}: ${(e as Error).message}`);
      }
    }
  });
}

/** Whether plain data declares itself a collective scenario (own "kind" field). */
export function isCollective(input: unknown): boolean {
  return own(input, "kind") === "collective";
}

// A campaign takes its channel's rates (channels.ts) for those it leaves out: a shallow copy of the
// input's own fields with the missing rates filled in, before the full validation. An unknown
// channel is left for the validation to name; the declared defaults apply only without a channel.
function withChannelRates(input: unknown): unknown {
  const outreach = own(input, "outreach");
  if (!isPlainObject(input) || !isPlainObject(outreach)) return input;
  const filled: Record<string, unknown> = {};
  for (const id of Object.keys(outreach)) {
    const o = outreach[id];
    const channel = own(o, "channel") ?? "letter";
    if (!isPlainObject(o) || !isChannel(channel)) { filled[id] = o; continue; }
    const copy: Record<string, unknown> = {...o};
    for (const r of CHANNEL_RATES) if (own(o, r) === undefined) copy[r] = CHANNEL_DEFAULTS[channel][r];
    filled[id] = copy;
  }
  return {...input, outreach: filled};
}

/** Validates a collective scenario in full and returns a normalised copy (defaults filled in; a campaign's missing rates from its channel). Throws ScenarioError. */
export function parseCollective(input: unknown): CollectiveScenario {
  const s = walk(SHAPE, withChannelRates(input), "") as CollectiveScenario;
  checkRefs(s);
  checkTryInputs(s, collectiveParamByKey, KEY_ALLOWED);
  return s;
}

/** Reads a parameter by dotted key; own fields only. */
export function getCollectiveParameter(s: CollectiveScenario, key: string): unknown {
  return getByKey(s, key);
}

/** Every concrete parameter key of a scenario ("arenas.*.venue" once per arena), in declaration order, with its declaration. */
export function collectiveKeys(s: CollectiveScenario): {key: string; decl: ParamDecl}[] {
  const out: {key: string; decl: ParamDecl}[] = [];
  for (const decl of COLLECTIVE_PARAMETERS) {
    const [head, star] = decl.key.split(".");
    const collection = star === "*" ? own(s, head) : null;
    const ids = star === "*" ? (isPlainObject(collection) ? Object.keys(collection) : []) : [null];
    for (const id of ids) out.push({key: id === null ? decl.key : decl.key.replace("*", id), decl});
  }
  return out;
}

const KEY_ALLOWED = "a declared collective parameter key, e.g. management.anchoring or arenas.<id>.venue";

/** A new, validated scenario with one parameter set; raw strings are parsed per the declaration. */
export function setCollectiveParameter(s: CollectiveScenario, key: string, raw: string | number | boolean): CollectiveScenario {
  const copy = setByKey(s, key, raw, collectiveParamByKey, KEY_ALLOWED);
  // a campaign moved to another channel takes the new channel's rates where it had the old one's
  // (a rate equal to the old channel's default is read as not set; any other value is an override)
  const parts = key.split(".");
  if (parts.length === 3 && parts[0] === "outreach" && parts[2] === "channel") {
    const old = own(own(own(s, "outreach"), parts[1]), "channel");
    const node = own(own(copy, "outreach"), parts[1]) as Record<string, unknown>;
    if (isChannel(old)) for (const r of CHANNEL_RATES) if (node[r] === CHANNEL_DEFAULTS[old][r]) delete node[r];
  }
  return parseCollective(copy);
}

// ---- JSON Schema

/** JSON Schema of a collective scenario file (also in data/collective.schema.json). */
export const COLLECTIVE_SCHEMA: object = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://garbage-can-lab/data/collective.schema.json",
  title: "Collective participation scenario",
  description: "A collective (service-design) scenario of garbage-can lab. Generated from sim/collective/parameters.ts; do not edit by hand.",
  ...schemaOf(SHAPE, true)
};
