// Collective scenarios are validated with the same care as case scenarios:
// every bad field is one line naming the field, the value and what is
// allowed; unknown fields are errors; only own keys are read; the published
// schema is the generated one.
import {describe, expect, it} from "vitest";
import fc from "fast-check";
import {readFileSync} from "node:fs";
import {COLLECTIVE_PARAMETERS, collectiveParameterTable} from "../../../sim/collective/parameters.ts";
import {COLLECTIVE_PRESET_IDS, collectivePreset} from "../../../sim/collective/presets.ts";
import {COLLECTIVE_SCHEMA, ScenarioError, isCollective, parseCollective, setCollectiveParameter, getCollectiveParameter} from "../../../sim/collective/scenario.ts";

const base = () => structuredClone(collectivePreset("bjerke-user-meetings")) as unknown as Record<string, any>;

function errorOf(f: () => unknown): ScenarioError {
  try { f(); } catch (e) { expect(e).toBeInstanceOf(ScenarioError); return e as ScenarioError; }
  throw new Error("no error thrown");
}

/** The concrete keys of a declaration in the base preset ("arenas.*.venue" -> "arenas.daytime.venue"). */
function concrete(key: string, s: Record<string, any>): string {
  const [head, star, field] = key.split(".");
  return star === "*" ? `${head}.${Object.keys(s[head])[0]}.${field}` : key;
}

describe("collective scenario validation", () => {
  it("every preset parses, declares kind collective and carries its own id and bilingual notes with sources", () => {
    expect(COLLECTIVE_PRESET_IDS).toEqual(["user-meeting-neutral", "user-meeting-office", "user-meeting-no-interpreter", "working-committee", "user-council", "user-council-unanchored", "late-entry-consensus", "early-entry-affiliated", "small-projects", "council-to-cases", "listening-post", "bjerke-user-meetings"]);
    for (const id of COLLECTIVE_PRESET_IDS) {
      const s = collectivePreset(id);
      expect(s.id).toBe(id);
      expect(isCollective(s)).toBe(true);
      expect(s.meta.notice.en.length).toBe(s.meta.notice.nb.length);
      expect(s.meta.notice.en.length).toBeGreaterThan(0);
      expect(s.meta.source).toMatch(/^\d{3}:L\d+/);
    }
  });
  it("a missing kind, an unknown field, a bad enum and a number written as a string are one-line errors naming field, value and allowed", () => {
    const s = base(); delete s.kind;
    expect(errorOf(() => parseCollective(s)).message).toBe("invalid kind: missing (allowed: collective)");
    const u = base(); u.arenas.daytime.colour = "red";
    expect(errorOf(() => parseCollective(u)).message).toMatch(/^invalid arenas\.daytime\.colour: "red" \(allowed: known fields: label, type, .*\)$/);
    const v = base(); v.arenas.daytime.venue = "church";
    expect(errorOf(() => parseCollective(v)).message).toBe('invalid arenas.daytime.venue: "church" (allowed: office, neutral)');
    const n = base(); n.management.anchoring = "0.5";
    expect(errorOf(() => parseCollective(n)).message).toBe('invalid management.anchoring: "0.5" (allowed: a number in [0, 1] written as a number, not a string)');
    const o = base(); o.outreach.letter.arena = "nowhere";
    expect(errorOf(() => parseCollective(o)).message).toBe('invalid outreach.letter.arena: "nowhere" (allowed: evening, daytime, conference, au)');
    const big = base(); big.outreach.letter.invites = 900;
    expect(errorOf(() => parseCollective(big)).message).toMatch(/^invalid outreach\.letter\.invites: 900 \(allowed: an integer in \[0, 500\]/);
  });
  it("reads own keys only: a __proto__ key in JSON is an unknown field, and nothing leaks into Object.prototype", () => {
    const text = JSON.stringify(base()).replace('"horizon":56', '"horizon":56,"__proto__":{"polluted":true}');
    const e = errorOf(() => parseCollective(JSON.parse(text)));
    expect(e.field).toBe("__proto__");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const inherited = Object.create({kind: "collective"});
    expect(isCollective(inherited)).toBe(false);
  });
  it("fuzz: any declared parameter set to a value of the wrong type or out of range is refused with one line naming that field", () => {
    const decls = COLLECTIVE_PARAMETERS;
    fc.assert(fc.property(fc.integer({min: 0, max: decls.length - 1}), fc.oneof(fc.constant(null), fc.constant("x"), fc.constant(-1e9), fc.constant(1e9), fc.constant([]), fc.constant({})), (i, bad) => {
      const s = base();
      const key = concrete(decls[i].key, s);
      const parts = key.split(".");
      let node = s;
      for (const p of parts.slice(0, -1)) node = node[p];
      node[parts[parts.length - 1]] = bad;
      const e = errorOf(() => parseCollective(s));
      expect(e.message.includes("\n")).toBe(false);
      expect(e.field).toBe(key);
    }), {numRuns: 200, seed: 9});
  });
  it("a topic's service change must be a valid setting of the linked case preset", () => {
    const s = structuredClone(collectivePreset("council-to-cases")) as unknown as Record<string, any>;
    s.topics.work.changes[0].value = "sideways";
    expect(errorOf(() => parseCollective(s)).message).toMatch(/^invalid topics\.work\.changes\[0\]: "arenas\.rg\.mode=sideways" \(allowed: a valid setting of preset rg-report: invalid arenas\.rg\.mode/);
    s.topics.work.changes[0] = {key: "users.count", value: "5"};
    expect(errorOf(() => parseCollective(s)).field).toBe("topics.work.changes[0].key");
  });
  it("parameters by dotted key: set and read back, unknown keys and prototype paths refused", () => {
    const s = collectivePreset("user-council");
    expect(getCollectiveParameter(setCollectiveParameter(s, "arenas.council.venue", "neutral"), "arenas.council.venue")).toBe("neutral");
    expect(getCollectiveParameter(setCollectiveParameter(s, "management.anchoring", "0.25"), "management.anchoring")).toBe(0.25);
    expect(errorOf(() => setCollectiveParameter(s, "arenas.nope.venue", "neutral")).message).toBe('invalid arenas.nope.venue: "nope" (allowed: ids of arenas: council)');
    expect(errorOf(() => setCollectiveParameter(s, "management.flair", "1")).field).toBe("management.flair");
    expect(errorOf(() => setCollectiveParameter(s, "__proto__.x", "1")).field).toBe("__proto__.x");
    expect(errorOf(() => setCollectiveParameter(s, "staff.overtime", "maybe")).message).toBe('invalid staff.overtime: "maybe" (allowed: true or false)');
  });
  it("data/collective.schema.json is the generated schema (npx tsx data/generate.ts)", () => {
    const file = JSON.parse(readFileSync(new URL("../../../data/collective.schema.json", import.meta.url), "utf8"));
    expect(file).toEqual(JSON.parse(JSON.stringify(COLLECTIVE_SCHEMA)));
  });
  it("the collective parameter table in sim/ODD.md is the generated one (npx tsx data/generate.ts)", () => {
    const odd = readFileSync(new URL("../../../sim/ODD.md", import.meta.url), "utf8");
    const start = "<!-- collective-params:start -->\n", end = "\n<!-- collective-params:end -->";
    expect(odd.slice(odd.indexOf(start) + start.length, odd.indexOf(end))).toBe(collectiveParameterTable("en"));
  });
  it("every parameter cites a source (file:line) or is free, and every default lies in its range", () => {
    for (const p of COLLECTIVE_PARAMETERS) {
      if (p.source !== undefined) expect(p.source, p.key).toMatch(/^\d{3}:L\d+(-\d+)?(, (\d{3}:)?L\d+(-\d+)?)*$/);
      if (p.type === "number" || p.type === "integer") {
        expect(p.default as number).toBeGreaterThanOrEqual(p.min!);
        expect(p.default as number).toBeLessThanOrEqual(p.max!);
      }
    }
  });
});
