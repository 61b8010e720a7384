// A lesson (data/lessons/<id>.json): a declared sequence of classroom steps,
// each with what to show (the 1972 model, a case preset or a collective
// preset, a seed, optionally a second preset to compare with), what to ask the
// students, and one parameter to change live (a plain-language text beside the
// machine-readable key and value). Validated like a scenario file: every error
// is one line naming the field, the value and what is allowed; unknown fields
// are errors; only own keys are read; a step's references (presets, keys,
// values) are checked against the presets themselves.

import {FORBIDDEN_KEYS} from "./input.ts";
import {ENERGIES, LOADS, STRUCTURES} from "./classic/gcm1972.ts";
import {ScenarioError, setParameter} from "./participation/scenario.ts";
import {PRESET_IDS, preset} from "./participation/presets.ts";
import {COLLECTIVE_PRESET_IDS, collectivePreset} from "./collective/presets.ts";
import {setCollectiveParameter} from "./collective/scenario.ts";
import {ID_PATTERN, schemaOf, walk, type Node, type ObjectNode} from "./participation/shape.ts";
import type {Bilingual, ParamDecl} from "./participation/parameters.ts";
import {InputError, isPlainObject, parseJsonText} from "./input.ts";
import streamsAndVoice from "../data/lessons/streams-and-voice.json";

export type LessonModelKind = "classic" | "participation" | "collective";

/** The change a step asks the lecturer to make live: shown as `text`, applied as `key` = `value`. */
export interface LessonChange {
  text: Bilingual;
  key: string;
  value: string;
}

export interface LessonStep {
  title: Bilingual;
  /** "classic", a case (participation) preset id or a collective preset id. */
  model: string;
  /** A second preset of the same kind to compare with, or "none". */
  compare: string;
  seed: string;
  minutes: number;
  /** What to point at while the run plays. */
  show: Bilingual;
  /** The question to the students. */
  ask: Bilingual;
  change: LessonChange;
}

export interface Lesson {
  id: string;
  title: Bilingual;
  description: Bilingual;
  steps: LessonStep[];
}

/** The classic model's settings a step may change (the classroom's own fields), with their values. */
export const CLASSIC_KEYS: Record<string, readonly string[]> = {load: LOADS, access: STRUCTURES, decision: STRUCTURES, energy: ENERGIES, entry: ["1", "2", "random"]};

export const SEED_PATTERN = "^[\\w.-]{1,40}$";
const MODELS = ["classic", ...PRESET_IDS, ...COLLECTIVE_PRESET_IDS];

const minutes: ParamDecl = {key: "minutes", label: {en: "Minutes", nb: "Minutter"}, unit: "min", type: "integer", min: 1, max: 90, default: 5,
  description: {en: "Time the step takes in class.", nb: "Tiden trinnet tar i timen."}, group: "lesson"};

const text: Node = {kind: "text"};
const SHAPE: ObjectNode = {
  kind: "object",
  fields: {
    id: {kind: "string", pattern: ID_PATTERN, description: "lesson id (the file's name without .json)"},
    title: text,
    description: text,
    steps: {kind: "list", description: "steps, in teaching order", item: {
      kind: "object",
      fields: {
        title: text,
        model: {kind: "string", values: MODELS, description: "what to run: classic (the 1972 model), a case preset or a collective preset"},
        compare: {kind: "string", values: ["none", ...PRESET_IDS, ...COLLECTIVE_PRESET_IDS], description: "a second preset of the same kind to compare with, or none"},
        seed: {kind: "string", pattern: SEED_PATTERN, description: "the run's seed"},
        minutes: {kind: "param", decl: minutes},
        show: text,
        ask: text,
        change: {kind: "object", description: "the parameter to change live: the text shown, and the key and value it sets", fields: {
          text,
          key: {kind: "string", description: "a parameter key of the step's model (classic: load, access, decision, energy or entry)"},
          value: {kind: "string", description: "the new value, as typed into the parameter's input"}
        }}
      }
    }}
  }
};

/** Which engine a step's model runs on. */
export function modelKind(model: string): LessonModelKind {
  return model === "classic" ? "classic" : COLLECTIVE_PRESET_IDS.includes(model) ? "collective" : "participation";
}

function reason(e: unknown): string {
  if (e instanceof InputError) return e.message.replace(/^invalid [^:]*: /, "");
  return e instanceof Error ? e.message : String(e);
}

/** A step's references: the comparison is another preset of the same kind, and the change is a legal edit of the step's model. */
function checkStep(step: LessonStep, path: string): void {
  const kind = modelKind(step.model);
  if (step.compare !== "none") {
    const same = kind === "participation" ? PRESET_IDS : kind === "collective" ? COLLECTIVE_PRESET_IDS : [];
    if (!same.includes(step.compare) || step.compare === step.model)
      throw new ScenarioError(`${path}.compare`, step.compare, same.length ? `none, or a preset of the same kind other than ${step.model}: ${same.filter((x) => x !== step.model).join(", ")}` : "none (the 1972 model is compared in its own notebook)");
  }
  const {key, value} = step.change;
  if (key.split(".").some((p) => FORBIDDEN_KEYS.includes(p))) throw new ScenarioError(`${path}.change.key`, key, `a parameter key; no part may be ${FORBIDDEN_KEYS.join(", ")}`);
  if (kind === "classic") {
    if (!Object.hasOwn(CLASSIC_KEYS, key)) throw new ScenarioError(`${path}.change.key`, key, Object.keys(CLASSIC_KEYS).join(", "));
    if (!CLASSIC_KEYS[key].includes(value)) throw new ScenarioError(`${path}.change.value`, value, CLASSIC_KEYS[key].join(", "));
    return;
  }
  try {
    if (kind === "participation") setParameter(preset(step.model), key, value);
    else setCollectiveParameter(collectivePreset(step.model), key, value);
  } catch (e) {
    // the engine's error names the key; the lesson's names where in the file it is
    // (an unknown key, or a member the preset lacks, is the key's fault; anything else the value's)
    const keyFault = !(e instanceof InputError) || /parameter key|^ids of /.test(e.allowed);
    const field = keyFault ? `${path}.change.key` : `${path}.change.value`;
    throw new ScenarioError(field, field.endsWith("key") ? key : value, `for ${step.model}: ${reason(e)}`);
  }
}

/** Validates a lesson in full and returns a normalised copy. Throws ScenarioError (one line). */
export function parseLesson(input: unknown): Lesson {
  if (!isPlainObject(input)) throw new ScenarioError("lesson", input, "an object with id, title, description and steps");
  const lesson = walk(SHAPE, input, "") as Lesson;
  if (lesson.steps.length === 0) throw new ScenarioError("steps", [], "at least one step");
  if (lesson.steps.length > 40) throw new ScenarioError("steps", `${lesson.steps.length} steps`, "at most 40 steps");
  lesson.steps.forEach((s, i) => checkStep(s, `steps[${i}]`));
  return lesson;
}

/** A lesson file's text (a byte-order mark allowed), validated. Throws one line naming the field. */
export function readLessonFile(text: string): Lesson {
  return parseLesson(parseJsonText(text, "lesson file"));
}

const RAW: Record<string, unknown> = {
  "streams-and-voice": streamsAndVoice
};

/** Ids of the shipped lessons. */
export const LESSON_IDS: readonly string[] = Object.keys(RAW);

/** A validated shipped lesson; throws a one-line Error listing the ids on an unknown one. */
export function lesson(id: string): Lesson {
  if (!Object.hasOwn(RAW, id)) throw new ScenarioError("lesson", id, LESSON_IDS.join(", "));
  const l = parseLesson(RAW[id]);
  if (l.id !== id) throw new Error(`lesson file ${id}.json has id ${l.id}`);
  return l;
}

/** JSON Schema of a lesson file (also in data/lesson.schema.json). */
export const LESSON_SCHEMA: object = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://garbage-can-lab/data/lesson.schema.json",
  title: "Lesson",
  description: "A classroom lesson of garbage-can lab: steps with what to show, what to ask and the parameter to change live. Generated from sim/lesson.ts; do not edit by hand.",
  ...schemaOf(SHAPE, false)
};
