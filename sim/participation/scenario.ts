// A participation scenario as plain, serialisable data: its shape, full
// validation (every error names the field, the value and what is allowed;
// unknown fields are errors), parameter setting by dotted key, and the JSON
// Schema. Shape and schema both derive from the declarations in params.ts plus
// the few structural fields (ids, labels, attendee lists, lecturer notes).

import {FORBIDDEN_KEYS, InputError, isForbiddenKey, isPlainObject, own, parseDecimal} from "../input.ts";
import {PARAMETERS, allowedText, paramByKey, type Bilingual, type ParamDecl} from "./parameters.ts";

export type {Bilingual};

export interface ScenarioMeta {
  title: Bilingual;
  description: Bilingual;
  /** Source passage(s), file:line as in seeds-digest.md, e.g. "002:L383-391". */
  source: string;
  notice: {en: string[]; nb: string[]};
  try: {en: string[]; nb: string[]};
}

export interface UserType {
  label: Bilingual;
  share: number;
  dependence: number;
  attendance: number;
  literacy: number;
  initiative: number;
  proxy: number;
  /** "none" or an id of `advocates`. */
  advocate: string;
  /** Users over time (usersOverTimeParams.ts). */
  cognition: number;
  desiredStep: number;
  resources: "unspecified" | "strong" | "weak";
}

export interface Role {
  label: Bilingual;
  count: number;
  knowledge: number;
}

export interface Advocate {
  label: Bilingual;
  kind: "internal" | "external";
  knowledge: number;
  weight: number;
  loyalty: number;
  hours: number;
}

export interface Solution {
  label: Bilingual;
  /** "none" or an id of `roles`. */
  provider: string;
  specialised: boolean;
  places: number;
  stay: number;
  appeal: number;
  /** "any" or an id of `domains`. */
  domain: string;
}

export type ArenaTrigger = "schedule" | "case";
export type ArenaMode = "decide" | "report";
export type ArenaChannel = "two-way" | "written";
export type ArenaSeat = "present" | "proxy" | "absent";
export type DecisionRule = "staff" | "veto" | "negotiate" | "user";

export interface Arena {
  label: Bilingual;
  /** Role ids of the professionals who attend. */
  attendees: string[];
  trigger: ArenaTrigger;
  interval: number;
  offset: number;
  perUser: boolean;
  access: number;
  agenda: number;
  mode: ArenaMode;
  channel: ArenaChannel;
  seat: ArenaSeat;
  optionsShown: number;
  rule: DecisionRule;
  consultant: boolean;
  /** "none" or a role id. */
  formBy: string;
  hoursPerCase: number;
  meetingHours: number;
  reportHours: number;
  deadline: number;
  followup: "none" | "structured" | "improvised";
}

/** A domain of decision (domains.ts). */
export interface Domain {
  label: Bilingual;
  share: number;
  ruleBound: boolean;
}

export interface Scenario {
  id: string;
  meta: ScenarioMeta;
  horizon: number;
  users: {count: number; casesPerYear: number; patience: number; healthPersistence: number; preferenceNoise: number};
  userTypes: Record<string, UserType>;
  staff: {hoursPerWeek: number; allocation: "closest" | "oldest"; assessmentNoise: number; ownServiceBias: number; vacancyBias: number; vacancyPull: number};
  roles: Record<string, Role>;
  load: {timePressure: number; adminShare: number; occupancy: number};
  power: {userBase: number; dependence: number; crowding: number; informedVoice: number; wishWeight: number; consultantWeight: number; proxyWeight: number; refusal: number};
  advocates: Record<string, Advocate>;
  solutions: Record<string, Solution>;
  arenas: Record<string, Arena>;
  // users over time: each block optional, off by default
  feedback: {mastery: boolean; masteryRate: number; masteryCap: number; trust: boolean; trustRate: number; trustStart: number;
    motivation: boolean; motivationDecay: number; motivationFloor: number; cooptation: boolean; cooptationRate: number};
  followup: {goalBy: "user" | "worker"; goalWeight: number; viewNoise: number; accuracyStart: number; accuracyGain: number; cognitionThreshold: number};
  coping: {limitedHours: boolean; openShare: number; triage: boolean; triageCapacity: number; creaming: number; lowerExpectations: boolean; expectationCut: number};
  domains: Record<string, Domain>;
  handoffs: {on: boolean; max: number; userHours: number};
}

/** One line: `invalid <field>: <value> (allowed: ...)`, the value shown short (sim/input.ts). */
export class ScenarioError extends InputError {
  constructor(field: string, value: unknown, allowed: string) {
    super(field, value, allowed);
    this.name = "ScenarioError";
  }
}

// ---- the shape tree

const ID_PATTERN = "^[a-z0-9][a-z0-9_-]*$";
const ID_RE = new RegExp(ID_PATTERN);
const ID_ALLOWED = `an id matching ${ID_PATTERN}, other than ${FORBIDDEN_KEYS.join(", ")}`;

type Node =
  | {kind: "param"; decl: ParamDecl}
  | {kind: "object"; fields: Record<string, Node>; optional?: boolean; description?: string}
  | {kind: "record"; item: Node; minItems: number; optional?: boolean; description?: string}
  | {kind: "text"}
  | {kind: "texts"}
  | {kind: "string"; pattern?: string; description?: string}
  | {kind: "ids"; ref: "roles"};

type ObjectNode = Extract<Node, {kind: "object"}>;
type RecordNode = Extract<Node, {kind: "record"}>;

const COLLECTIONS: Record<string, {minItems: number; optional: boolean; description: string}> = {
  userTypes: {minItems: 1, optional: false, description: "user types by id"},
  roles: {minItems: 1, optional: false, description: "professional roles by id"},
  advocates: {minItems: 0, optional: true, description: "advocates by id"},
  solutions: {minItems: 1, optional: false, description: "service offers by id"},
  arenas: {minItems: 1, optional: false, description: "arenas (choice opportunities) by id"},
  domains: {minItems: 0, optional: true, description: "domains of decision by id"}
};

function buildShape(): ObjectNode {
  const root: ObjectNode = {
    kind: "object",
    fields: {
      id: {kind: "string", pattern: ID_PATTERN, description: "scenario id"},
      meta: {
        kind: "object",
        fields: {
          title: {kind: "text"},
          description: {kind: "text"},
          source: {kind: "string", description: "source passage(s), file:line"},
          notice: {kind: "texts"},
          try: {kind: "texts"}
        }
      }
    }
  };
  for (const [name, c] of Object.entries(COLLECTIONS)) {
    const item: ObjectNode = {kind: "object", fields: {label: {kind: "text"}}};
    root.fields[name] = {kind: "record", item, minItems: c.minItems, optional: c.optional, description: c.description};
  }
  ((root.fields.arenas as RecordNode).item as ObjectNode).fields.attendees = {kind: "ids", ref: "roles"};
  for (const decl of PARAMETERS) {
    const parts = decl.key.split(".");
    let node: ObjectNode = root;
    for (let i = 0; i < parts.length - 1; ++i) {
      const part = parts[i];
      if (part === "*") continue;
      let next = node.fields[part];
      if (!next) next = node.fields[part] = {kind: "object", fields: {}, optional: true};
      if (next.kind === "record") node = next.item as ObjectNode;
      else if (next.kind === "object") node = next;
      else throw new Error(`bad declaration path ${decl.key}`);
    }
    node.fields[parts[parts.length - 1]] = {kind: "param", decl};
  }
  return root;
}

const SHAPE = buildShape();

function isRequired(node: Node): boolean {
  if (node.kind === "param") return false;
  if (node.kind === "object" || node.kind === "record") return !node.optional;
  return true;
}

// ---- validation

// A number written as a string ("5") is refused like any other wrong type; the
// message says so, since it is an easy slip in a hand-written file.
function numberHint(decl: ParamDecl, value: unknown): string {
  const numeric = decl.type === "number" || decl.type === "integer";
  return numeric && typeof value === "string" && Number.isFinite(parseDecimal(value)) ? " written as a number, not a string" : "";
}

function checkParam(decl: ParamDecl, value: unknown, path: string): unknown {
  switch (decl.type) {
    case "boolean":
      if (typeof value !== "boolean") throw new ScenarioError(path, value, allowedText(decl));
      return value;
    case "enum":
      // Reference ids are checked once the collections are known (checkRefs).
      if (typeof value !== "string" || (!decl.ref && !decl.values!.includes(value))) throw new ScenarioError(path, value, allowedText(decl));
      return value;
    default: {
      const ok = typeof value === "number" && Number.isFinite(value) && value >= decl.min! && value <= decl.max! &&
        (decl.type !== "integer" || Number.isInteger(value));
      if (!ok) throw new ScenarioError(path, value, allowedText(decl) + numberHint(decl, value));
      return value === 0 ? 0 : value; // -0 is read as 0
    }
  }
}

function walk(node: Node, value: unknown, path: string): unknown {
  switch (node.kind) {
    case "param":
      return checkParam(node.decl, value === undefined ? node.decl.default : value, path);
    case "string": {
      if (typeof value !== "string" || (node.pattern && !new RegExp(node.pattern).test(value)))
        throw new ScenarioError(path, value, node.pattern ? `a string matching ${node.pattern}` : "a string");
      return value;
    }
    case "text": {
      if (!isPlainObject(value)) throw new ScenarioError(path, value, "an object {en, nb} of strings");
      unknownCheck(value, ["en", "nb"], path);
      return {en: walk({kind: "string"}, own(value, "en"), `${path}.en`), nb: walk({kind: "string"}, own(value, "nb"), `${path}.nb`)};
    }
    case "texts": {
      if (!isPlainObject(value)) throw new ScenarioError(path, value, "an object {en, nb} of string arrays");
      unknownCheck(value, ["en", "nb"], path);
      const out: Record<string, string[]> = {};
      for (const lang of ["en", "nb"]) {
        const list = own(value, lang);
        if (!Array.isArray(list)) throw new ScenarioError(`${path}.${lang}`, list, "an array of strings");
        list.forEach((s, i) => walk({kind: "string"}, s, `${path}.${lang}[${i}]`));
        out[lang] = [...list];
      }
      return out;
    }
    case "ids": {
      if (!Array.isArray(value)) throw new ScenarioError(path, value, `an array of ids of ${node.ref}`);
      value.forEach((s, i) => walk({kind: "string"}, s, `${path}[${i}]`));
      return [...value];
    }
    case "record": {
      if (value === undefined && node.optional) value = {};
      if (!isPlainObject(value)) throw new ScenarioError(path, value, `an object of ${node.description ?? "entries"}`);
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

function describe(node: Node): string {
  switch (node.kind) {
    case "param": return allowedText(node.decl);
    case "string": return node.pattern ? `a string matching ${node.pattern}` : "a string";
    case "text": return "an object {en, nb} of strings";
    case "texts": return "an object {en, nb} of string arrays";
    case "ids": return `an array of ids of ${node.ref}`;
    case "record": return `an object of ${node.description ?? "entries"}`;
    case "object": return "an object";
  }
}

function unknownCheck(value: Record<string, unknown>, known: string[], path: string): void {
  for (const k of Object.keys(value))
    if (!known.includes(k)) throw new ScenarioError(path ? `${path}.${k}` : k, value[k], `known fields: ${known.join(", ")}`);
}

function checkRefs(s: Scenario): void {
  const roles = Object.keys(s.roles);
  const advocates = Object.keys(s.advocates);
  const ref = (path: string, value: string, ids: string[], extra: string[], what: string) => {
    if (!extra.includes(value) && !ids.includes(value))
      throw new ScenarioError(path, value, [...extra, ...ids].join(", ") || `an id of ${what}`);
  };
  for (const [id, t] of Object.entries(s.userTypes)) ref(`userTypes.${id}.advocate`, t.advocate, advocates, ["none"], "advocates");
  for (const [id, sol] of Object.entries(s.solutions)) ref(`solutions.${id}.provider`, sol.provider, roles, ["none"], "roles");
  for (const [id, sol] of Object.entries(s.solutions)) ref(`solutions.${id}.domain`, sol.domain, Object.keys(s.domains), ["any"], "domains");
  for (const [id, a] of Object.entries(s.arenas)) {
    ref(`arenas.${id}.formBy`, a.formBy, roles, ["none"], "roles");
    a.attendees.forEach((r, i) => ref(`arenas.${id}.attendees[${i}]`, r, roles, [], "roles"));
    if (new Set(a.attendees).size !== a.attendees.length) throw new ScenarioError(`arenas.${id}.attendees`, a.attendees, "distinct role ids");
    if (a.offset >= a.interval && a.trigger === "schedule") throw new ScenarioError(`arenas.${id}.offset`, a.offset, `an integer in [0, ${a.interval - 1}] (below the interval)`);
  }
  const shares = Object.values(s.userTypes).reduce((sum, t) => sum + t.share, 0);
  const domainShares = Object.values(s.domains).reduce((sum, d) => sum + d.share, 0);
  if (Object.keys(s.domains).length > 0 && !(domainShares > 0)) throw new ScenarioError("domains", Object.fromEntries(Object.entries(s.domains).map(([k, d]) => [k, d.share])), "shares with a positive sum");
  if (!(shares > 0)) throw new ScenarioError("userTypes", Object.fromEntries(Object.entries(s.userTypes).map(([k, t]) => [k, t.share])), "shares with a positive sum");
}

/** Validates a scenario in full and returns a normalised copy (defaults filled in). Throws ScenarioError. */
export function parseScenario(input: unknown): Scenario {
  const s = walk(SHAPE, input, "") as Scenario;
  checkRefs(s);
  return s;
}

// ---- parameters by dotted key

function parseRaw(decl: ParamDecl, key: string, raw: string | number | boolean): unknown {
  if (typeof raw !== "string") return raw;
  const t = raw.trim();
  switch (decl.type) {
    case "boolean":
      if (t === "true" || t === "1") return true;
      if (t === "false" || t === "0") return false;
      throw new ScenarioError(key, raw, allowedText(decl));
    case "enum":
      return t;
    default: {
      const n = parseDecimal(t);
      if (!Number.isFinite(n)) throw new ScenarioError(key, raw, allowedText(decl));
      return n;
    }
  }
}

/** Reads a parameter by dotted key ("arenas.team.interval"); own fields only, so an unknown key gives undefined. */
export function getParameter(s: Scenario, key: string): unknown {
  let node: unknown = s;
  for (const part of key.split(".")) node = own(node, part);
  return node;
}

const KEY_ALLOWED = "a declared parameter key (see PARAMETERS), e.g. load.timePressure or arenas.<id>.interval";

/** A new, validated scenario with one parameter set; raw strings are parsed per the declaration. */
export function setParameter(s: Scenario, key: string, raw: string | number | boolean): Scenario {
  const parts = key.split(".");
  if (parts.some(isForbiddenKey)) throw new ScenarioError(key, raw, `${KEY_ALLOWED}; no part may be ${FORBIDDEN_KEYS.join(", ")}`);
  const decl = paramByKey(key);
  if (!decl) throw new ScenarioError(key, raw, KEY_ALLOWED);
  const copy = structuredClone(s) as unknown as Record<string, unknown>;
  if (decl.key.includes("*")) {
    const collection = own(copy, parts[0]);
    if (!isPlainObject(collection) || !Object.hasOwn(collection, parts[1]))
      throw new ScenarioError(key, parts[1], `ids of ${parts[0]}: ${Object.keys(isPlainObject(collection) ? collection : {}).join(", ")}`);
  }
  let node = copy;
  for (let i = 0; i < parts.length - 1; ++i) {
    const next = own(node, parts[i]);
    if (!isPlainObject(next)) throw new ScenarioError(key, raw, KEY_ALLOWED);
    node = next;
  }
  node[parts[parts.length - 1]] = parseRaw(decl, key, raw);
  return parseScenario(copy);
}

// ---- JSON Schema

function schemaOf(node: Node): object {
  switch (node.kind) {
    case "param": {
      const p = node.decl;
      const base = {title: p.label.en, description: `${p.description.en}${p.unit ? ` Unit: ${p.unit}.` : ""}`, default: p.default};
      if (p.type === "boolean") return {type: "boolean", ...base};
      if (p.type === "enum") return p.ref ? {type: "string", ...base, description: `${base.description} One of: ${[...p.values!, `an id of ${p.ref}`].join(", ")}.`} : {enum: [...p.values!], ...base};
      return {type: p.type, minimum: p.min, maximum: p.max, ...base};
    }
    case "string":
      return {type: "string", ...(node.pattern ? {pattern: node.pattern} : {}), ...(node.description ? {description: node.description} : {})};
    case "text":
      return {type: "object", properties: {en: {type: "string"}, nb: {type: "string"}}, required: ["en", "nb"], additionalProperties: false};
    case "texts":
      return {type: "object", properties: {en: {type: "array", items: {type: "string"}}, nb: {type: "array", items: {type: "string"}}}, required: ["en", "nb"], additionalProperties: false};
    case "ids":
      return {type: "array", items: {type: "string"}, description: `ids of ${node.ref}`};
    case "record":
      return {type: "object", ...(node.description ? {description: node.description} : {}), propertyNames: {pattern: ID_PATTERN}, minProperties: node.minItems, additionalProperties: schemaOf(node.item)};
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

/** JSON Schema of a scenario file, derived from the declarations (also in data/scenario.schema.json). */
export const SCENARIO_SCHEMA: object = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://garbage-can-lab/data/scenario.schema.json",
  title: "Participation scenario",
  description: "A participation-mode scenario of garbage-can lab. Generated from sim/participation/parameters.ts; do not edit by hand.",
  ...schemaOf(SHAPE)
};
