import {readFileSync, readdirSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {CLASSIC_KEYS, LESSON_IDS, LESSON_SCHEMA, lesson, modelKind, parseLesson} from "../../sim/lesson.ts";
import {PRESET_IDS, preset} from "../../sim/participation/presets.ts";
import {COLLECTIVE_PRESET_IDS, collectivePreset} from "../../sim/collective/presets.ts";
import {getParameter, setParameter} from "../../sim/participation/scenario.ts";
import {getByKey} from "../../sim/participation/shape.ts";
import {setCollectiveParameter} from "../../sim/collective/scenario.ts";
import {InputError} from "../../sim/input.ts";

const root = new URL("../../", import.meta.url).pathname;
const raw = (id: string) => JSON.parse(readFileSync(`${root}data/lessons/${id}.json`, "utf8"));

function errorOf(f: () => unknown): InputError {
  try { f(); } catch (e) { if (e instanceof InputError) return e; throw e; }
  throw new Error("no error thrown");
}

describe("shipped lessons", () => {
  it("every file in data/lessons is a shipped lesson with its own id", () => {
    const files = readdirSync(`${root}data/lessons`).filter((f) => f.endsWith(".json")).map((f) => f.replace(/\.json$/, "")).sort();
    expect([...LESSON_IDS].sort()).toEqual(files);
    for (const id of files) expect(lesson(id).id).toBe(id);
  });

  it("each step resolves to an existing preset, its comparison to another of the same kind, and its change to a real edit", () => {
    for (const id of LESSON_IDS) for (const step of lesson(id).steps) {
      const kind = modelKind(step.model);
      const ids = kind === "collective" ? COLLECTIVE_PRESET_IDS : kind === "participation" ? PRESET_IDS : ["classic"];
      expect(ids, step.model).toContain(step.model);
      if (step.compare !== "none") {
        expect(ids).toContain(step.compare);
        expect(step.compare).not.toBe(step.model);
      }
      // the change sets the key to a value the model does not already have (so the edit shows something)
      if (kind === "classic") {
        expect(CLASSIC_KEYS[step.change.key]).toContain(step.change.value);
      } else if (kind === "participation") {
        const before = preset(step.model);
        const after = setParameter(before, step.change.key, step.change.value);
        expect(getParameter(after, step.change.key)).not.toEqual(getParameter(before, step.change.key));
      } else {
        const before = collectivePreset(step.model);
        const after = setCollectiveParameter(before, step.change.key, step.change.value);
        expect(getByKey(after, step.change.key)).not.toEqual(getByKey(before, step.change.key));
      }
    }
  });

  it("the lesson of the issue lasts about 45 minutes and follows its order: 1972, referral, responsibility group, user meeting", () => {
    const l = lesson("streams-and-voice");
    const total = l.steps.reduce((s, x) => s + x.minutes, 0);
    expect(total).toBeGreaterThanOrEqual(40);
    expect(total).toBeLessThanOrEqual(50);
    const models = l.steps.map((s) => s.model);
    expect(models[0]).toBe("classic");
    const at = (re: RegExp) => models.findIndex((m) => re.test(m));
    expect(at(/^transfer-/)).toBeGreaterThan(0);
    expect(at(/^rg-/)).toBeGreaterThan(at(/^transfer-/));
    expect(at(/^user-meeting-/)).toBeGreaterThan(at(/^rg-/));
    // written referral against a visit; with and without an advocate; with and without interpreters
    expect(l.steps.some((s) => [s.model, s.compare].sort().join() === "transfer-visit,transfer-written")).toBe(true);
    expect(l.steps.some((s) => s.compare === "rg-decide" && Object.keys(preset(s.model).advocates).length > 0 && Object.keys(preset("rg-decide").advocates).length === 0)).toBe(true);
    expect(l.steps.some((s) => modelKind(s.model) === "collective" && s.compare !== "none"
      && collectivePreset(s.model).arenas.meetings.interpreters !== collectivePreset(s.compare).arenas.meetings.interpreters)).toBe(true);
    for (const s of l.steps) for (const lang of ["en", "nb"] as const) {
      expect(s.title[lang].length).toBeGreaterThan(0);
      expect(s.ask[lang]).toMatch(/\?$/);
      expect(s.change.text[lang].length).toBeGreaterThan(0);
    }
  });

  it("data/lesson.schema.json equals LESSON_SCHEMA (run: npx tsx data/generate.ts)", () => {
    expect(JSON.parse(readFileSync(`${root}data/lesson.schema.json`, "utf8"))).toEqual(JSON.parse(JSON.stringify(LESSON_SCHEMA)));
  });
});

describe("parseLesson", () => {
  it("accepts the shipped file unchanged", () => {
    expect(parseLesson(raw("streams-and-voice"))).toEqual(raw("streams-and-voice"));
  });

  it("names the field, the value and what is allowed, in one line", () => {
    const cases: [(f: any) => void, string, RegExp][] = [
      [(f) => (f.steps[0].model = "nope"), "steps[0].model", /classic, transfer-written/],
      [(f) => (f.steps[0].minutes = 0), "steps[0].minutes", /integer in \[1, 90\]/],
      [(f) => (f.steps[0].minutes = "5"), "steps[0].minutes", /not a string/],
      [(f) => (f.steps[0].change.key = "speed"), "steps[0].change.key", /load, access, decision, energy, entry/],
      [(f) => (f.steps[0].change.value = "huge"), "steps[0].change.value", /light, moderate, heavy/],
      [(f) => (f.steps[1].change.key = "power.nothing"), "steps[1].change.key", /transfer-written/],
      [(f) => (f.steps[1].change.value = "9"), "steps[1].change.value", /\[0, 5\]/],
      [(f) => (f.steps[4].change.key = "advocates.nobody.knowledge"), "steps[4].change.key", /guardian/],
      [(f) => (f.steps[2].compare = "user-meeting-neutral"), "steps[2].compare", /same kind/],
      [(f) => (f.steps[2].compare = "transfer-visit"), "steps[2].compare", /other than transfer-visit/],
      [(f) => (f.steps[0].compare = "rg-decide"), "steps[0].compare", /none/],
      [(f) => (f.steps[0].seed = "a b"), "steps[0].seed", /\^\[\\w\.-\]\{1,40\}\$/],
      [(f) => (f.steps[0].ask = "Why?"), "steps[0].ask", /\{en, nb\}/],
      [(f) => (f.steps[0].colour = "red"), "steps[0].colour", /known fields: title, model/],
      [(f) => (f.steps = []), "steps", /at least one step/],
      [(f) => delete f.steps[0].change, "steps[0].change", /object/]
    ];
    for (const [mutate, field, allowed] of cases) {
      const f = raw("streams-and-voice");
      mutate(f);
      const e = errorOf(() => parseLesson(f));
      expect(e.field, field).toBe(field);
      expect(e.message).not.toContain("\n");
      expect(e.message, field).toMatch(allowed);
    }
  });

  it("reads only own keys: __proto__, constructor and prototype are refused, nothing inherited is read", () => {
    for (const k of ["__proto__", "constructor", "prototype"]) {
      const text = JSON.stringify(raw("streams-and-voice")).replace('"minutes":8', `"minutes":8,"${k}":{"minutes":9}`);
      const e = errorOf(() => parseLesson(JSON.parse(text)));
      expect(e.field).toBe(`steps[0].${k}`);
    }
    const f = raw("streams-and-voice");
    delete f.steps[0].seed;
    const inherited = Object.create({seed: "1"});
    Object.assign(inherited, f.steps[0]);
    f.steps[0] = inherited;
    expect(errorOf(() => parseLesson(f)).field).toBe("steps[0].seed");
    expect(({} as Record<string, unknown>).minutes).toBeUndefined();
  });

  it("refuses an unknown shipped lesson in one line listing the ids", () => {
    expect(errorOf(() => lesson("nope")).message).toContain(LESSON_IDS[0]);
  });
});
