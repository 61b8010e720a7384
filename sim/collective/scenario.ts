// A collective scenario ("kind": "collective") as plain, serialisable data:
// its shape, full validation (every error one line naming the field, the
// value and what is allowed; unknown fields are errors; only own keys are
// read), parameters by dotted key, and the JSON Schema. The shape derives from
// the declarations in parameters.ts plus a few structural fields (ids, labels,
// texts, the outreach target arena, a topic's service change, the linked case
// preset).

import {FORBIDDEN_KEYS, isForbiddenKey, isPlainObject, own, parseDecimal} from "../input.ts";
import {allowedText, paramByKey, type Bilingual, type ParamDecl} from "../participation/parameters.ts";
import {PRESET_IDS, preset} from "../participation/presets.ts";
import {ScenarioError, setParameter as setCaseParameter} from "../participation/scenario.ts";
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
  meta: {title: Bilingual; description: Bilingual; source: string; notice: {en: string[]; nb: string[]}; try: {en: string[]; nb: string[]}};
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

const ID_PATTERN = "^[a-z0-9][a-z0-9_-]*$";
const ID_RE = new RegExp(ID_PATTERN);
const ID_ALLOWED = `an id matching ${ID_PATTERN}, other than ${FORBIDDEN_KEYS.join(", ")}`;

type Node =
  | {kind: "param"; decl: ParamDecl}
  | {kind: "object"; fields: Record<string, Node>; optional?: boolean}
  | {kind: "record"; item: Node; minItems: number; optional?: boolean; description: string}
  | {kind: "list"; item: Node; description: string; optional?: boolean}
  | {kind: "text"}
  | {kind: "texts"}
  | {kind: "string"; pattern?: string; values?: readonly string[]; description?: string};
type ObjectNode = Extract<Node, {kind: "object"}>;

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
    meta: {kind: "object", fields: {title: text, description: text, source: {kind: "string", description: "source passage(s), file:line"}, notice: texts, try: texts}}
  }};
  for (const [name, c] of Object.entries(COLLECTIONS))
    root.fields[name] = {kind: "record", item: {kind: "object", fields: {label: text}}, minItems: c.minItems, optional: c.minItems === 0, description: c.description};
  const item = (name: string) => (root.fields[name] as Extract<Node, {kind: "record"}>).item as ObjectNode;
  item("outreach").fields.arena = {kind: "string", description: "id of the arena recruited for"};
  item("topics").fields.changes = {kind: "list", optional: true, description: "service changes {key, value} on the linked case preset", item: {kind: "object", fields: {
    key: {kind: "string", description: "a participation parameter key, e.g. arenas.rg.mode"}, value: {kind: "string", description: "the new value, as for --set"}}}};
  root.fields.cases = {kind: "object", optional: true, fields: {preset: {kind: "string", values: ["none", ...PRESET_IDS], description: "the participation preset the adopted changes reach"}}};
  for (const decl of COLLECTIVE_PARAMETERS) {
    const parts = decl.key.split(".");
    let node = root;
    for (let i = 0; i < parts.length - 1; ++i) {
      if (parts[i] === "*") continue;
      let next = node.fields[parts[i]];
      if (!next) next = node.fields[parts[i]] = {kind: "object", fields: {}, optional: true};
      node = (next.kind === "record" ? next.item : next) as ObjectNode;
    }
    node.fields[parts[parts.length - 1]] = {kind: "param", decl};
  }
  return root;
}

const SHAPE = buildShape();

function isRequired(node: Node): boolean {
  if (node.kind === "param") return false;
  if (node.kind === "object" || node.kind === "record" || node.kind === "list") return !node.optional;
  return true;
}

function describe(node: Node): string {
  switch (node.kind) {
    case "param": return allowedText(node.decl);
    case "string": return node.values ? node.values.join(", ") : node.pattern ? `a string matching ${node.pattern}` : "a string";
    case "text": return "an object {en, nb} of strings";
    case "texts": return "an object {en, nb} of string arrays";
    case "list": return `an array of ${node.description}`;
    case "record": return `an object of ${node.description}`;
    case "object": return "an object";
  }
}

function checkParam(decl: ParamDecl, value: unknown, path: string): unknown {
  if (decl.type === "boolean") {
    if (typeof value !== "boolean") throw new ScenarioError(path, value, allowedText(decl));
    return value;
  }
  if (decl.type === "enum") {
    if (typeof value !== "string" || !decl.values!.includes(value)) throw new ScenarioError(path, value, allowedText(decl));
    return value;
  }
  const ok = typeof value === "number" && Number.isFinite(value) && value >= decl.min! && value <= decl.max! && (decl.type !== "integer" || Number.isInteger(value));
  const hint = typeof value === "string" && Number.isFinite(parseDecimal(value)) ? " written as a number, not a string" : "";
  if (!ok) throw new ScenarioError(path, value, allowedText(decl) + hint);
  return value === 0 ? 0 : value;
}

function unknownCheck(value: Record<string, unknown>, known: string[], path: string): void {
  for (const k of Object.keys(value))
    if (!known.includes(k)) throw new ScenarioError(path ? `${path}.${k}` : k, value[k], `known fields: ${known.join(", ")}`);
}

function walk(node: Node, value: unknown, path: string): unknown {
  switch (node.kind) {
    case "param":
      return checkParam(node.decl, value === undefined ? node.decl.default : value, path);
    case "string":
      if (typeof value !== "string" || (node.pattern && !new RegExp(node.pattern).test(value)) || (node.values && !node.values.includes(value)))
        throw new ScenarioError(path, value, describe(node));
      return value;
    case "text":
      if (!isPlainObject(value)) throw new ScenarioError(path, value, describe(node));
      unknownCheck(value, ["en", "nb"], path);
      return {en: walk({kind: "string"}, own(value, "en"), `${path}.en`), nb: walk({kind: "string"}, own(value, "nb"), `${path}.nb`)};
    case "texts": {
      if (!isPlainObject(value)) throw new ScenarioError(path, value, describe(node));
      unknownCheck(value, ["en", "nb"], path);
      const out: Record<string, string[]> = {};
      for (const lang of ["en", "nb"]) {
        const list = own(value, lang);
        if (!Array.isArray(list)) throw new ScenarioError(`${path}.${lang}`, list, "an array of strings");
        out[lang] = list.map((s, i) => walk({kind: "string"}, s, `${path}.${lang}[${i}]`) as string);
      }
      return out;
    }
    case "list":
      if (value === undefined) value = [];
      if (!Array.isArray(value)) throw new ScenarioError(path, value, describe(node));
      return value.map((x, i) => walk(node.item, x, `${path}[${i}]`));
    case "record": {
      if (value === undefined && node.optional) value = {};
      if (!isPlainObject(value)) throw new ScenarioError(path, value, describe(node));
      const keys = Object.keys(value);
      if (keys.length < node.minItems) throw new ScenarioError(path, value, `at least ${node.minItems} entr${node.minItems === 1 ? "y" : "ies"}`);
      const out: Record<string, unknown> = {};
      for (const k of keys) {
        if (!ID_RE.test(k) || isForbiddenKey(k)) throw new ScenarioError(`${path}.${k}`, k, ID_ALLOWED);
        out[k] = walk(node.item, value[k], `${path}.${k}`);
      }
      return out;
    }
    case "object": {
      if (value === undefined && node.optional) value = {};
      if (!isPlainObject(value)) throw new ScenarioError(path || "scenario", value, "an object");
      unknownCheck(value, Object.keys(node.fields), path);
      const out: Record<string, unknown> = {};
      for (const [k, child] of Object.entries(node.fields)) {
        const p = path ? `${path}.${k}` : k;
        const v = own(value, k);
        if (v === undefined && isRequired(child)) throw new ScenarioError(p, undefined, describe(child));
        out[k] = walk(child, v, p);
      }
      return out;
    }
  }
}

// Keys that would change the case model's sizes (persons, users, weeks, who attends) cannot be changed in the middle of a run.
const FIXED_CASE_KEYS = /^(horizon|users\.count|roles\.[^.]+\.count)$/;

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
    if (!(sum > 0)) throw new ScenarioError(name, Object.fromEntries(Object.entries(s[name]).map(([k, x]) => [k, x.share])), "shares with a positive sum");
  };
  positive("languages");
  positive("topics");
  const base = s.cases.preset === "none" ? null : preset(s.cases.preset);
  for (const [id, t] of Object.entries(s.topics)) t.changes.forEach((c, i) => {
    const path = `topics.${id}.changes[${i}].key`;
    if (!paramByKey(c.key) || FIXED_CASE_KEYS.test(c.key) || c.key.split(".").some(isForbiddenKey)) throw new ScenarioError(path, c.key, "a participation parameter key other than horizon, users.count and roles.*.count");
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
  return s;
}

/** Reads a parameter by dotted key; own fields only. */
export function getCollectiveParameter(s: CollectiveScenario, key: string): unknown {
  let node: unknown = s;
  for (const part of key.split(".")) node = own(node, part);
  return node;
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
  const parts = key.split(".");
  if (parts.some(isForbiddenKey)) throw new ScenarioError(key, raw, `${KEY_ALLOWED}; no part may be ${FORBIDDEN_KEYS.join(", ")}`);
  const decl = collectiveParamByKey(key);
  if (!decl) throw new ScenarioError(key, raw, KEY_ALLOWED);
  const copy = structuredClone(s) as unknown as Record<string, unknown>;
  if (decl.key.includes("*")) {
    const collection = own(copy, parts[0]);
    if (!isPlainObject(collection) || !Object.hasOwn(collection, parts[1]))
      throw new ScenarioError(key, parts[1], `ids of ${parts[0]}: ${Object.keys(isPlainObject(collection) ? collection : {}).join(", ")}`);
  }
  let node = copy;
  for (let i = 0; i < parts.length - 1; ++i) node = own(node, parts[i]) as Record<string, unknown>;
  let value: unknown = raw;
  if (typeof raw === "string") {
    const t = raw.trim();
    if (decl.type === "boolean") {
      if (t === "true" || t === "1") value = true;
      else if (t === "false" || t === "0") value = false;
      else throw new ScenarioError(key, raw, allowedText(decl));
    } else if (decl.type === "enum") value = t;
    else {
      value = parseDecimal(t);
      if (!Number.isFinite(value as number)) throw new ScenarioError(key, raw, allowedText(decl));
    }
  }
  // a campaign moved to another channel takes the new channel's rates where it had the old one's
  // (a rate equal to the old channel's default is read as not set; any other value is an override)
  if (decl.key === "outreach.*.channel") {
    const old = node.channel;
    if (isChannel(old)) for (const r of CHANNEL_RATES) if (node[r] === CHANNEL_DEFAULTS[old][r]) delete node[r];
  }
  node[parts[parts.length - 1]] = value;
  return parseCollective(copy);
}

// ---- JSON Schema

function schemaOf(node: Node): object {
  switch (node.kind) {
    case "param": {
      const p = node.decl;
      const base = {title: p.label.en, description: `${p.description.en}${p.unit ? ` Unit: ${p.unit}.` : ""} Source: ${p.source ?? "free"}.`, default: p.default};
      if (p.type === "boolean") return {type: "boolean", ...base};
      if (p.type === "enum") return {enum: [...p.values!], ...base};
      return {type: p.type, minimum: p.min, maximum: p.max, ...base};
    }
    case "string":
      return node.values ? {enum: [...node.values], ...(node.description ? {description: node.description} : {})}
        : {type: "string", ...(node.pattern ? {pattern: node.pattern} : {}), ...(node.description ? {description: node.description} : {})};
    case "text":
      return {type: "object", properties: {en: {type: "string"}, nb: {type: "string"}}, required: ["en", "nb"], additionalProperties: false};
    case "texts":
      return {type: "object", properties: {en: {type: "array", items: {type: "string"}}, nb: {type: "array", items: {type: "string"}}}, required: ["en", "nb"], additionalProperties: false};
    case "list":
      return {type: "array", description: node.description, items: schemaOf(node.item)};
    case "record":
      return {type: "object", description: node.description, propertyNames: {pattern: ID_PATTERN}, minProperties: node.minItems, additionalProperties: schemaOf(node.item)};
    case "object": {
      const properties: Record<string, object> = {};
      const required: string[] = [];
      for (const [k, child] of Object.entries(node.fields)) {
        properties[k] = schemaOf(child);
        if (isRequired(child)) required.push(k);
      }
      return {type: "object", properties, ...(required.length ? {required} : {}), additionalProperties: false};
    }
  }
}

/** JSON Schema of a collective scenario file (also in data/collective.schema.json). */
export const COLLECTIVE_SCHEMA: object = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://garbage-can-lab/data/collective.schema.json",
  title: "Collective participation scenario",
  description: "A collective (service-design) scenario of garbage-can lab. Generated from sim/collective/parameters.ts; do not edit by hand.",
  ...schemaOf(SHAPE)
};
