// The generic machinery of a scenario file, shared by the participation and
// collective scenarios: a shape tree built from parameter declarations, its
// validation (every error one line naming the field, the value and what is
// allowed; unknown fields are errors; only own keys are read; defaults filled
// in), parameters by dotted key, and the JSON Schema. Each scenario module
// keeps its own structural fields, collections and reference checks.

import {FORBIDDEN_KEYS, InputError, type AllowedKind, isForbiddenKey, isPlainObject, own, parseDecimal} from "../input.ts";
import {allowedKindOf, allowedText, type ParamDecl} from "./parameters.ts";
import {cite} from "../sources.ts";

/** One line: `invalid <field>: <value> (allowed: ...)`, the value shown short (sim/input.ts). */
export class ScenarioError extends InputError {
  constructor(field: string, value: unknown, allowed: string, allowedKind?: AllowedKind) {
    super(field, value, allowed, allowedKind);
    this.name = "ScenarioError";
  }
}

export const ID_PATTERN = "^[a-z0-9][a-z0-9_-]*$";
const ID_RE = new RegExp(ID_PATTERN);
const ID_ALLOWED = `an id matching ${ID_PATTERN}, other than ${FORBIDDEN_KEYS.join(", ")}`;

export type Node =
  | {kind: "param"; decl: ParamDecl}
  | {kind: "object"; fields: Record<string, Node>; optional?: boolean; description?: string}
  | {kind: "record"; item: Node; minItems: number; optional?: boolean; description?: string}
  | {kind: "list"; item: Node; description: string; optional?: boolean}
  | {kind: "text"}
  | {kind: "texts"}
  | {kind: "string"; pattern?: string; values?: readonly string[]; description?: string; optional?: boolean}
  | {kind: "ids"; ref: string; optional?: boolean};

export type ObjectNode = Extract<Node, {kind: "object"}>;
export type RecordNode = Extract<Node, {kind: "record"}>;

/** Puts each declared parameter into the tree at its dotted key ("*" = the item of a keyed collection), adding optional objects on the way. */
export function insertParams(root: ObjectNode, decls: readonly ParamDecl[]): void {
  for (const decl of decls) {
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
}

export function isRequired(node: Node): boolean {
  if (node.kind === "param") return false;
  if (node.kind === "object" || node.kind === "record" || node.kind === "list" || node.kind === "string" || node.kind === "ids") return !node.optional;
  return true;
}

/** What a field allows, as said in its error message. */
export function describe(node: Node): string {
  switch (node.kind) {
    case "param": return allowedText(node.decl);
    case "string": return node.values ? node.values.join(", ") : node.pattern ? `a string matching ${node.pattern}` : "a string";
    case "text": return "an object {en, nb} of strings";
    case "texts": return "an object {en, nb} of string arrays";
    case "ids": return `an array of ids of ${node.ref}`;
    case "list": return `an array of ${node.description}`;
    case "record": return `an object of ${node.description ?? "entries"}`;
    case "object": return "an object";
  }
}

/** What describe says, in machine-readable form (for an interface in another language). */
export function describeKind(node: Node): AllowedKind {
  switch (node.kind) {
    case "param": return allowedKindOf(node.decl);
    case "string": return node.values ? {kind: "values", values: node.values} : {kind: "string", ...(node.pattern ? {pattern: node.pattern} : {})};
    case "text": return {kind: "text"};
    case "texts": return {kind: "texts"};
    case "ids": return {kind: "ids", ref: node.ref};
    case "list": return {kind: "list", of: node.description};
    case "record": return {kind: "record", ...(node.description ? {of: node.description} : {})};
    case "object": return {kind: "object"};
  }
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
      if (typeof value !== "boolean") throw new ScenarioError(path, value, allowedText(decl), allowedKindOf(decl));
      return value;
    case "enum":
      // Reference ids are checked once the collections are known (the scenario's checkRefs).
      if (typeof value !== "string" || (!decl.ref && !decl.values!.includes(value))) throw new ScenarioError(path, value, allowedText(decl), allowedKindOf(decl));
      return value;
    default: {
      const ok = typeof value === "number" && Number.isFinite(value) && value >= decl.min! && value <= decl.max! &&
        (decl.type !== "integer" || Number.isInteger(value));
      if (!ok) throw new ScenarioError(path, value, allowedText(decl) + numberHint(decl, value), {...allowedKindOf(decl), ...(numberHint(decl, value) ? {asString: true} : {})} as AllowedKind);
      return value === 0 ? 0 : value; // -0 is read as 0
    }
  }
}

function unknownCheck(value: Record<string, unknown>, known: string[], path: string): void {
  for (const k of Object.keys(value))
    if (!known.includes(k)) throw new ScenarioError(path ? `${path}.${k}` : k, value[k], `known fields: ${known.join(", ")}`, {kind: "knownFields", fields: known});
}

/** Validates plain data against the tree and returns a normalised copy (defaults filled in). Throws ScenarioError. */
export function walk(node: Node, value: unknown, path: string): unknown {
  switch (node.kind) {
    case "param":
      return checkParam(node.decl, value === undefined ? node.decl.default : value, path);
    case "string":
      if (value === undefined && node.optional) return undefined;
      if (typeof value !== "string" || (node.pattern && !new RegExp(node.pattern).test(value)) || (node.values && !node.values.includes(value)))
        throw new ScenarioError(path, value, describe(node), describeKind(node));
      return value;
    case "text":
      if (!isPlainObject(value)) throw new ScenarioError(path, value, describe(node), describeKind(node));
      unknownCheck(value, ["en", "nb"], path);
      return {en: walk({kind: "string"}, own(value, "en"), `${path}.en`), nb: walk({kind: "string"}, own(value, "nb"), `${path}.nb`)};
    case "texts": {
      if (!isPlainObject(value)) throw new ScenarioError(path, value, describe(node), describeKind(node));
      unknownCheck(value, ["en", "nb"], path);
      const out: Record<string, string[]> = {};
      for (const lang of ["en", "nb"]) {
        const list = own(value, lang);
        if (!Array.isArray(list)) throw new ScenarioError(`${path}.${lang}`, list, "an array of strings", {kind: "strings"});
        out[lang] = list.map((s, i) => walk({kind: "string"}, s, `${path}.${lang}[${i}]`) as string);
      }
      return out;
    }
    case "ids":
      if (value === undefined && node.optional) return undefined;
      if (!Array.isArray(value)) throw new ScenarioError(path, value, describe(node), describeKind(node));
      value.forEach((s, i) => walk({kind: "string"}, s, `${path}[${i}]`));
      return [...value];
    case "list":
      if (value === undefined) value = [];
      if (!Array.isArray(value)) throw new ScenarioError(path, value, describe(node), describeKind(node));
      return value.map((x, i) => walk(node.item, x, `${path}[${i}]`));
    case "record": {
      if (value === undefined && node.optional) value = {};
      if (!isPlainObject(value)) throw new ScenarioError(path, value, describe(node), describeKind(node));
      const keys = Object.keys(value);
      if (keys.length < node.minItems) throw new ScenarioError(path, value, `at least ${node.minItems} entr${node.minItems === 1 ? "y" : "ies"}`, {kind: "minEntries", min: node.minItems});
      const out: Record<string, unknown> = {};
      for (const k of keys) {
        if (!ID_RE.test(k) || isForbiddenKey(k)) throw new ScenarioError(`${path}.${k}`, k, ID_ALLOWED);
        out[k] = walk(node.item, value[k], `${path}.${k}`);
      }
      return out;
    }
    case "object": {
      if (value === undefined && node.optional) value = {};
      if (!isPlainObject(value)) throw new ScenarioError(path || "scenario", value, "an object", {kind: "object"});
      unknownCheck(value, Object.keys(node.fields), path);
      const out: Record<string, unknown> = {};
      for (const [k, child] of Object.entries(node.fields)) {
        const p = path ? `${path}.${k}` : k;
        const v = own(value, k);
        if (v === undefined && isRequired(child)) throw new ScenarioError(p, undefined, describe(child), describeKind(child));
        // an optional field left out stays out
        const w = walk(child, v, p);
        if (w !== undefined) out[k] = w;
      }
      return out;
    }
  }
}

// ---- parameters by dotted key

function parseRaw(decl: ParamDecl, key: string, raw: string | number | boolean): unknown {
  if (typeof raw !== "string") return raw;
  const t = raw.trim();
  switch (decl.type) {
    case "boolean":
      if (t === "true" || t === "1") return true;
      if (t === "false" || t === "0") return false;
      throw new ScenarioError(key, raw, allowedText(decl), allowedKindOf(decl));
    case "enum":
      return t;
    default: {
      const n = parseDecimal(t);
      if (!Number.isFinite(n)) throw new ScenarioError(key, raw, allowedText(decl), allowedKindOf(decl));
      return n;
    }
  }
}

/** Reads a parameter by dotted key; own fields only, so an unknown key gives undefined. */
export function getByKey(s: object, key: string): unknown {
  let node: unknown = s;
  for (const part of key.split(".")) node = own(node, part);
  return node;
}

/**
 * A copy of `s` with one parameter set (raw strings parsed per the
 * declaration), not yet validated: the caller parses it. `keyAllowed` says
 * what keys the scenario kind takes, in the error for a key it does not.
 */
export function setByKey(s: object, key: string, raw: string | number | boolean,
  declByKey: (key: string) => ParamDecl | undefined, keyAllowed: string): Record<string, unknown> {
  const parts = key.split(".");
  if (parts.some(isForbiddenKey)) throw new ScenarioError(key, raw, `${keyAllowed}; no part may be ${FORBIDDEN_KEYS.join(", ")}`);
  const decl = declByKey(key);
  if (!decl) throw new ScenarioError(key, raw, keyAllowed);
  const copy = structuredClone(s) as Record<string, unknown>;
  if (decl.key.includes("*")) {
    const collection = own(copy, parts[0]);
    if (!isPlainObject(collection) || !Object.hasOwn(collection, parts[1]))
      throw new ScenarioError(key, parts[1], `ids of ${parts[0]}: ${Object.keys(isPlainObject(collection) ? collection : {}).join(", ")}`);
  }
  let node = copy;
  for (let i = 0; i < parts.length - 1; ++i) {
    const next = own(node, parts[i]);
    if (!isPlainObject(next)) throw new ScenarioError(key, raw, keyAllowed);
    node = next;
  }
  node[parts[parts.length - 1]] = parseRaw(decl, key, raw);
  return copy;
}

// ---- JSON Schema

/** JSON Schema of a tree; `sources` adds each parameter's source passage (or "free") to its description. */
export function schemaOf(node: Node, sources: boolean): object {
  switch (node.kind) {
    case "param": {
      const p = node.decl;
      const source = sources ? ` Source: ${cite(p.source ?? "free")}.` : "";
      const base = {title: p.label.en, description: `${p.description.en}${p.unit ? ` Unit: ${p.unit}.` : ""}${source}`, default: p.default};
      if (p.type === "boolean") return {type: "boolean", ...base};
      if (p.type === "enum") return p.ref ? {type: "string", ...base, description: `${base.description} One of: ${[...p.values!, `an id of ${p.ref}`].join(", ")}.`} : {enum: [...p.values!], ...base};
      return {type: p.type, minimum: p.min, maximum: p.max, ...base};
    }
    case "string":
      return node.values ? {enum: [...node.values], ...(node.description ? {description: node.description} : {})}
        : {type: "string", ...(node.pattern ? {pattern: node.pattern} : {}), ...(node.description ? {description: node.description} : {})};
    case "text":
      return {type: "object", properties: {en: {type: "string"}, nb: {type: "string"}}, required: ["en", "nb"], additionalProperties: false};
    case "texts":
      return {type: "object", properties: {en: {type: "array", items: {type: "string"}}, nb: {type: "array", items: {type: "string"}}}, required: ["en", "nb"], additionalProperties: false};
    case "ids":
      return {type: "array", items: {type: "string"}, description: `ids of ${node.ref}`};
    case "list":
      return {type: "array", description: node.description, items: schemaOf(node.item, sources)};
    case "record":
      return {type: "object", ...(node.description ? {description: node.description} : {}), propertyNames: {pattern: ID_PATTERN}, minProperties: node.minItems, additionalProperties: schemaOf(node.item, sources)};
    case "object": {
      const properties: Record<string, object> = {};
      const required: string[] = [];
      for (const [k, child] of Object.entries(node.fields)) {
        properties[k] = schemaOf(child, sources);
        if (isRequired(child)) required.push(k);
      }
      return {type: "object", properties, ...(required.length ? {required} : {}), additionalProperties: false};
    }
  }
}

// ---- the inputs of the "Things to try" suggestions

/** What a suggestion lets the reader do: change a parameter (a dotted key, or a pattern with * for every member of a group, or the `members` named), optionally to `value`, or compare with another preset. */
export interface TryInput {
  key?: string;
  value?: string;
  members?: string[];
  compare?: string;
}

/** meta.tryInputs: one entry per suggestion of meta.try (same order), so the text shown stays plain language. */
export const TRY_INPUTS_NODE: Node = {
  kind: "list", optional: true, description: "per suggestion of meta.try (same order): {key, value, members, compare}, each optional",
  item: {kind: "object", fields: {
    key: {kind: "string", optional: true, description: "the parameter the suggestion changes: a dotted key, or a pattern with * for a field of every member of a group"},
    value: {kind: "string", optional: true, description: "the value the suggestion proposes, as typed into the input"},
    members: {kind: "ids", ref: "the members of the key's group (with a pattern key)", optional: true},
    compare: {kind: "string", pattern: ID_PATTERN, optional: true, description: "a preset of the same kind to compare with"}
  }}
};

/**
 * Checks meta.tryInputs against the scenario: one entry per suggestion; keys declared, members present,
 * values legal (on the scenario itself or, for a pattern, on a member). Throws ScenarioError naming the entry.
 */
export function checkTryInputs(s: {meta: {try: {en: string[]; nb: string[]}; tryInputs?: TryInput[]}}, declByKey: (key: string) => ParamDecl | undefined, keyAllowed: string): void {
  const inputs = s.meta.tryInputs ?? [];
  if (s.meta.try.en.length !== s.meta.try.nb.length) throw new ScenarioError("meta.try.nb", `${s.meta.try.nb.length} suggestions`, `as many suggestions as meta.try.en (${s.meta.try.en.length})`);
  if (inputs.length && inputs.length !== s.meta.try.en.length) throw new ScenarioError("meta.tryInputs", `${inputs.length} entries`, `one entry per suggestion of meta.try (${s.meta.try.en.length}), or none`);
  inputs.forEach((x, i) => {
    const path = `meta.tryInputs[${i}]`;
    if (x.key === undefined) {
      if (x.value !== undefined) throw new ScenarioError(`${path}.value`, x.value, "a value only together with a key");
      if (x.members !== undefined) throw new ScenarioError(`${path}.members`, x.members, "members only together with a pattern key");
      return;
    }
    const parts = x.key.split(".");
    const decl = parts.some(isForbiddenKey) ? undefined : declByKey(x.key);
    if (!decl) throw new ScenarioError(`${path}.key`, x.key, keyAllowed);
    const group = decl.key.includes("*") ? own(s, parts[0]) : undefined;
    const ids = isPlainObject(group) ? Object.keys(group) : [];
    const pattern = parts[1] === "*";
    if (decl.key.includes("*") && !pattern && !ids.includes(parts[1])) throw new ScenarioError(`${path}.key`, x.key, `a member of ${parts[0]}: ${ids.join(", ") || "none here"}`);
    if (x.members !== undefined) {
      if (!pattern) throw new ScenarioError(`${path}.members`, x.members, "members only together with a pattern key (group.*.field)");
      x.members.forEach((m, j) => { if (!ids.includes(m)) throw new ScenarioError(`${path}.members[${j}]`, m, ids.join(", ") || `ids of ${parts[0]} (none here)`); });
    }
    if (x.value === undefined) return;
    // a pattern's value is checked on one member (any member takes the same values)
    const key = pattern ? (ids.length ? `${parts[0]}.${x.members?.[0] ?? ids[0]}.${parts[2]}` : null) : x.key;
    if (key === null) return;
    try {
      walk({kind: "param", decl}, getByKey(setByKey(s, key, x.value, declByKey, keyAllowed), key), `${path}.value`);
    } catch (e) {
      throw e instanceof ScenarioError && e.field === `${path}.value` ? e : new ScenarioError(`${path}.value`, x.value, e instanceof ScenarioError ? e.allowed : allowedText(decl));
    }
  });
}
