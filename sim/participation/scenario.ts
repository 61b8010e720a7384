// A participation scenario as plain, serialisable data: its shape, full
// validation (every error names the field, the value and what is allowed;
// unknown fields are errors), parameter setting by dotted key, and the JSON
// Schema. Shape and schema both derive from the declarations in params.ts plus
// the few structural fields (ids, labels, attendee lists, lecturer notes).

import {PARAMETERS, paramByKey, type Bilingual} from "./parameters.ts";
import {ID_PATTERN, ScenarioError, TRY_INPUTS_NODE, checkTryInputs, getByKey, insertParams, schemaOf, setByKey, walk, type ObjectNode, type RecordNode, type TryInput} from "./shape.ts";

export type {Bilingual};
export {ScenarioError};

export interface ScenarioMeta {
  title: Bilingual;
  description: Bilingual;
  /** Source passage(s) as keys (docs/sources.md), e.g. "002:L383-391". */
  source: string;
  notice: {en: string[]; nb: string[]};
  try: {en: string[]; nb: string[]};
  /** The input each suggestion of `try` offers (same order), kept apart so the text stays plain language. */
  tryInputs?: TryInput[];
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

// ---- the shape tree

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
          source: {kind: "string", description: "source passage(s) as keys such as 002:L383-391 (file 002, lines 383-391; docs/sources.md)"},
          notice: {kind: "texts"},
          try: {kind: "texts"},
          tryInputs: TRY_INPUTS_NODE
        }
      }
    }
  };
  for (const [name, c] of Object.entries(COLLECTIONS)) {
    const item: ObjectNode = {kind: "object", fields: {label: {kind: "text"}}};
    root.fields[name] = {kind: "record", item, minItems: c.minItems, optional: c.optional, description: c.description};
  }
  ((root.fields.arenas as RecordNode).item as ObjectNode).fields.attendees = {kind: "ids", ref: "roles"};
  insertParams(root, PARAMETERS);
  return root;
}

const SHAPE = buildShape();

function checkRefs(s: Scenario): void {
  const roles = Object.keys(s.roles);
  const advocates = Object.keys(s.advocates);
  const ref = (path: string, value: string, ids: string[], extra: string[], what: string) => {
    if (!extra.includes(value) && !ids.includes(value))
      throw new ScenarioError(path, value, [...extra, ...ids].join(", ") || `an id of ${what}`, extra.length + ids.length ? {kind: "values", values: [...extra, ...ids]} : {kind: "values", values: [], ref: what});
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
  if (Object.keys(s.domains).length > 0 && !(domainShares > 0)) throw new ScenarioError("domains", Object.fromEntries(Object.entries(s.domains).map(([k, d]) => [k, d.share])), "shares with a positive sum", {kind: "positiveShares"});
  checkTryInputs(s, paramByKey, KEY_ALLOWED);
  if (!(shares > 0)) throw new ScenarioError("userTypes", Object.fromEntries(Object.entries(s.userTypes).map(([k, t]) => [k, t.share])), "shares with a positive sum", {kind: "positiveShares"});
}

/** Validates a scenario in full and returns a normalised copy (defaults filled in). Throws ScenarioError. */
/** Where a collective scenario file can be opened, for the error when one is read as a case scenario. */
export const COLLECTIVE_HERE = "a case (participation) scenario; this file is a collective scenario (\"kind\": \"collective\"): run it on the command line (npx tsx sim/cli.ts run <file>, or compare <file> <file>); in the notebooks the collective panels of Compare, Explore and Classroom run the collective presets";

export function parseScenario(input: unknown): Scenario {
  // a collective file read where a case scenario belongs: say so, rather than list the case scenario's fields
  if (typeof input === "object" && input !== null && Object.hasOwn(input, "kind") && (input as {kind: unknown}).kind === "collective")
    throw new ScenarioError("kind", "collective", COLLECTIVE_HERE, {kind: "collectiveScenario"});
  const s = walk(SHAPE, input, "") as Scenario;
  checkRefs(s);
  return s;
}

// ---- parameters by dotted key

/** Reads a parameter by dotted key ("arenas.team.interval"); own fields only, so an unknown key gives undefined. */
export function getParameter(s: Scenario, key: string): unknown {
  return getByKey(s, key);
}

const KEY_ALLOWED = "a declared parameter key (see PARAMETERS), e.g. load.timePressure or arenas.<id>.interval";

/** A new, validated scenario with one parameter set; raw strings are parsed per the declaration. */
export function setParameter(s: Scenario, key: string, raw: string | number | boolean): Scenario {
  const copy = setByKey(s, key, raw, paramByKey, KEY_ALLOWED);
  return parseScenario(copy);
}

// ---- JSON Schema

/** JSON Schema of a scenario file, derived from the declarations (also in data/scenario.schema.json). */
export const SCENARIO_SCHEMA: object = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://garbage-can-lab/data/scenario.schema.json",
  title: "Participation scenario",
  description: "A participation-mode scenario of garbage-can lab. Generated from sim/participation/parameters.ts; do not edit by hand.",
  ...schemaOf(SHAPE, false)
};
