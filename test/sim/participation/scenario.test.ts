import {readFileSync} from "node:fs";
import {fileURLToPath} from "node:url";
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {PARAMETERS, paramByKey, parameterTable} from "../../../sim/participation/parameters.ts";
import {PRESET_IDS, preset} from "../../../sim/participation/presets.ts";
import {SCENARIO_SCHEMA, ScenarioError, getParameter, parseScenario, setParameter} from "../../../sim/participation/scenario.ts";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const raw = (id: string) => JSON.parse(readFileSync(`${root}data/scenarios/${id}.json`, "utf8"));

function errorOf(f: () => unknown): ScenarioError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ScenarioError);
    return e as ScenarioError;
  }
  throw new Error("expected a ScenarioError");
}

describe("parameter declarations", () => {
  it("have unique keys, labels and descriptions in both languages, and defaults within range", () => {
    expect(new Set(PARAMETERS.map((p) => p.key)).size).toBe(PARAMETERS.length);
    for (const p of PARAMETERS) {
      for (const lang of ["en", "nb"] as const) {
        expect(p.label[lang].length, p.key).toBeGreaterThan(0);
        expect(p.description[lang].length, p.key).toBeGreaterThan(0);
      }
      if (p.type === "number" || p.type === "integer") {
        expect(p.min! <= (p.default as number) && (p.default as number) <= p.max!, p.key).toBe(true);
      }
      if (p.type === "enum") expect(p.ref || p.values!.includes(p.default as string), p.key).toBeTruthy();
    }
  });
  it("paramByKey resolves concrete ids to the wildcard declaration", () => {
    expect(paramByKey("arenas.team.interval")?.key).toBe("arenas.*.interval");
    expect(paramByKey("load.timePressure")?.key).toBe("load.timePressure");
    expect(paramByKey("load.nothing")).toBeUndefined();
  });
});

describe("parseScenario", () => {
  it("accepts every preset file and fills nothing it was given", () => {
    for (const id of PRESET_IDS) {
      const file = raw(id);
      const s = parseScenario(file);
      expect(s.id).toBe(id);
      expect(s.meta.source).toMatch(/\d{3}:L\d+/);
      for (const lang of ["en", "nb"] as const) {
        expect(s.meta.notice[lang].length).toBeGreaterThan(0);
        expect(s.meta.try[lang].length).toBeGreaterThan(0);
        expect(s.meta.notice[lang].length).toBe(s.meta.notice[lang === "en" ? "nb" : "en"].length);
      }
      expect(s.arenas).toEqual(file.arenas);
    }
  });

  it("names the field, the value and what is allowed for a bad value", () => {
    const file = raw("team");
    file.arenas.team.interval = 0;
    const e = errorOf(() => parseScenario(file));
    expect(e.field).toBe("arenas.team.interval");
    expect(e.value).toBe(0);
    expect(e.message).toBe("invalid arenas.team.interval: 0 (allowed: an integer in [1, 104])");
  });

  it("rejects a bad enum value, listing the allowed values", () => {
    const file = raw("rg-report");
    file.arenas.rg.mode = "vote";
    const e = errorOf(() => parseScenario(file));
    expect(e.message).toBe('invalid arenas.rg.mode: "vote" (allowed: decide, report)');
  });

  it("rejects unknown fields at any depth", () => {
    for (const [mutate, field] of [
      [(f: any) => (f.colour = "red"), "colour"],
      [(f: any) => (f.arenas.team.colour = "red"), "arenas.team.colour"],
      [(f: any) => (f.meta.title.de = "Titel"), "meta.title.de"],
      [(f: any) => (f.load = {timePresure: 2}), "load.timePresure"]
    ] as const) {
      const file = raw("team");
      mutate(file);
      const e = errorOf(() => parseScenario(file));
      expect(e.field).toBe(field);
      expect(e.message).toMatch(/^invalid .+ \(allowed: known fields: /);
    }
  });

  it("rejects missing required fields, wrong types and dangling references", () => {
    const cases: [(f: any) => void, string, RegExp][] = [
      [(f) => delete f.meta.title, "meta.title", /an object \{en, nb\} of strings/],
      [(f) => (f.users.count = "ten"), "users.count", /an integer in \[1, 500\]/],
      [(f) => (f.users.count = 2.5), "users.count", /integer/],
      [(f) => (f.arenas.team.consultant = "yes"), "arenas.team.consultant", /true or false/],
      [(f) => (f.arenas.team.attendees = ["dps", "priest"]), "arenas.team.attendees[1]", /coordinator, municipal/],
      [(f) => (f.userTypes.vulnerable.advocate = "lawyer"), "userTypes.vulnerable.advocate", /none/],
      [(f) => (f.solutions.housing.provider = "church"), "solutions.housing.provider", /none, coordinator/],
      [(f) => (f.arenas = {}), "arenas", /at least 1 entry/],
      [(f) => (f.arenas.team.offset = 5), "arenas.team.offset", /below the interval/],
      [(f) => (f.horizon = Number.NaN), "horizon", /integer/],
      [(f) => (f.userTypes["Bad Id"] = f.userTypes.vulnerable), "userTypes.Bad Id", /an id matching/]
    ];
    for (const [mutate, field, allowed] of cases) {
      const file = raw("team");
      mutate(file);
      const e = errorOf(() => parseScenario(file));
      expect(e.field).toBe(field);
      expect(e.allowed).toMatch(allowed);
      expect(e.message.startsWith(`invalid ${field}: `)).toBe(true);
    }
  });

  it("says 'missing' for a missing required field", () => {
    const file = raw("team");
    delete file.arenas.team.attendees;
    expect(errorOf(() => parseScenario(file)).message).toBe("invalid arenas.team.attendees: missing (allowed: an array of ids of roles)");
  });

  it("fills declared defaults for omitted parameters", () => {
    const file = raw("team");
    delete file.power;
    delete file.arenas.team.agenda;
    const s = parseScenario(file);
    expect(s.power.userBase).toBe(paramByKey("power.userBase")!.default);
    expect(s.arenas.team.agenda).toBe(paramByKey("arenas.*.agenda")!.default);
  });

  it("property: any out-of-range numeric value is rejected, naming its key", () => {
    const numeric = PARAMETERS.filter((p) => p.type === "number" || p.type === "integer");
    fc.assert(fc.property(fc.constantFrom(...numeric), fc.boolean(), fc.double({min: 1e-6, max: 1e6, noNaN: true}), (p, below, delta) => {
      const key = p.key.replace("userTypes.*", "userTypes.vulnerable").replace("roles.*", "roles.dps").replace("solutions.*", "solutions.housing").replace("arenas.*", "arenas.team").replace("advocates.*", "advocates.x");
      if (key.startsWith("advocates.")) return;
      const value = below ? p.min! - delta : p.max! + delta;
      const e = errorOf(() => setParameter(preset("team"), key, value));
      expect(e.field).toBe(key);
    }), {numRuns: 200});
  });
});

describe("setParameter", () => {
  it("returns a new validated scenario and leaves the input unchanged", () => {
    const s = preset("team");
    const t = setParameter(s, "arenas.team.interval", "3");
    expect(t.arenas.team.interval).toBe(3);
    expect(s.arenas.team.interval).toBe(2);
    expect(getParameter(t, "arenas.team.interval")).toBe(3);
    expect(setParameter(s, "arenas.team.consultant", "true").arenas.team.consultant).toBe(true);
    expect(setParameter(s, "load.timePressure", 2.5).load.timePressure).toBe(2.5);
  });
  it("rejects unknown keys, unknown ids and unparsable values", () => {
    const s = preset("team");
    expect(errorOf(() => setParameter(s, "load.speed", "2")).field).toBe("load.speed");
    expect(errorOf(() => setParameter(s, "arenas.rg.interval", "2")).message).toMatch(/ids of arenas: team/);
    expect(errorOf(() => setParameter(s, "arenas.team.interval", "often")).message).toBe('invalid arenas.team.interval: "often" (allowed: an integer in [1, 104])');
    expect(errorOf(() => setParameter(s, "arenas.team.consultant", "maybe")).allowed).toBe("true or false");
    expect(errorOf(() => setParameter(s, "userTypes.vulnerable.advocate", "guardian")).field).toBe("userTypes.vulnerable.advocate");
    expect(setParameter(preset("rg-guardian"), "userTypes.vulnerable.advocate", "none").userTypes.vulnerable.advocate).toBe("none");
  });
  it("reads and writes own keys only: prototype paths are refused and Object.prototype stays clean", () => {
    const s = preset("transfer-written");
    for (const key of ["arenas.__proto__.rule", "arenas.constructor.rule", "arenas.prototype.rule", "__proto__.rule", "load.__proto__", "constructor.prototype.rule"]) {
      const e = errorOf(() => setParameter(s, key, "user"));
      expect(e.field).toBe(key);
      expect(e.message).toMatch(/no part may be __proto__, constructor, prototype/);
    }
    // inherited names that are not forbidden are unknown ids, not a way into Object.prototype
    expect(errorOf(() => setParameter(s, "arenas.toString.rule", "user")).message).toMatch(/^invalid arenas\.toString\.rule: "toString" \(allowed: ids of arenas: /);
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain("rule");
    expect(({} as Record<string, unknown>).rule).toBeUndefined();
    expect(Object.prototype.toString).not.toHaveProperty("rule");
    expect(getParameter(s, "arenas.__proto__")).toBeUndefined();
    expect(getParameter(s, "arenas.toString")).toBeUndefined();
    expect(getParameter(s, "constructor")).toBeUndefined();
  });
  it("reads -0 as 0 and names a number written as a string", () => {
    const s = preset("team");
    expect(Object.is(setParameter(s, "load.adminShare", "-0").load.adminShare, 0)).toBe(true);
    const file = raw("team");
    file.users.count = "50";
    expect(errorOf(() => parseScenario(file)).message).toMatch(/^invalid users\.count: "50" \(allowed: an integer in \[\d+, \d+\] written as a number, not a string\)$/);
  });
});

describe("parseScenario and prototype keys", () => {
  it("refuses __proto__, constructor and prototype as fields and ids, and ignores inherited values", () => {
    const withKey = (path: string[], key: string) => {
      const file = raw("team");
      let node = file;
      for (const p of path) node = node[p];
      Object.defineProperty(node, key, {value: {rule: "user"}, enumerable: true, configurable: true, writable: true});
      return file;
    };
    expect(errorOf(() => parseScenario(withKey(["arenas"], "__proto__"))).field).toBe("arenas.__proto__");
    expect(errorOf(() => parseScenario(withKey(["arenas"], "constructor"))).message).toMatch(/^invalid arenas\.constructor: "constructor" \(allowed: an id matching .*, other than __proto__, constructor, prototype\)$/);
    expect(errorOf(() => parseScenario(withKey([], "__proto__"))).field).toBe("__proto__");
    expect(errorOf(() => parseScenario(withKey(["users"], "prototype"))).field).toBe("users.prototype");
    // a field missing from the file is not read through the prototype chain
    const file = raw("team");
    delete file.id;
    const polluted = Object.create({id: "inherited"});
    Object.assign(polluted, file);
    expect(errorOf(() => parseScenario(polluted)).message).toBe("invalid id: missing (allowed: a string matching ^[a-z0-9][a-z0-9_-]*$)");
  });
});

describe("presets", () => {
  it("lists the required presets and throws on unknown ids with the allowed list", () => {
    for (const id of ["transfer-written", "transfer-visit", "transfer-visit-uninformed", "team", "team-consultant", "rg-report", "rg-decide",
      "rg-coordinator-advocate", "rg-guardian", "rg-peer", "team-and-rg", "time-pressure"]) expect(PRESET_IDS).toContain(id);
    expect(() => preset("nope")).toThrow(/unknown preset: nope \(allowed: transfer-written, /);
  });
});

describe("generated files", () => {
  it("data/scenario.schema.json equals SCENARIO_SCHEMA (run: npx tsx data/generate.ts)", () => {
    expect(JSON.parse(readFileSync(`${root}data/scenario.schema.json`, "utf8"))).toEqual(JSON.parse(JSON.stringify(SCENARIO_SCHEMA)));
  });
  it("the parameter table in sim/ODD.md equals parameterTable() (run: npx tsx data/generate.ts)", () => {
    const odd = readFileSync(`${root}sim/ODD.md`, "utf8");
    const m = odd.match(/<!-- params:start -->\n([\s\S]*?)\n<!-- params:end -->/);
    expect(m).not.toBeNull();
    expect(m![1]).toBe(parameterTable("en"));
  });
  it("the schema declares every parameter with its range", () => {
    const arena = (SCENARIO_SCHEMA as any).properties.arenas.additionalProperties.properties;
    expect(arena.interval).toMatchObject({type: "integer", minimum: 1, maximum: 104});
    expect((SCENARIO_SCHEMA as any).additionalProperties).toBe(false);
  });
});

describe("meta.tryInputs (the inputs behind the Things to try)", () => {
  it("is checked against the scenario: one entry per suggestion, declared keys, present members, legal values", () => {
    const cases: [(f: any) => void, string, RegExp][] = [
      [(f) => f.meta.tryInputs.pop(), "meta.tryInputs", /one entry per suggestion/],
      [(f) => (f.meta.tryInputs[0] = {key: "arenas.rg.nothing"}), "meta.tryInputs[0].key", /declared parameter key/],
      [(f) => (f.meta.tryInputs[0] = {key: "arenas.team.mode", value: "report"}), "meta.tryInputs[0].key", /a member of arenas: rg/],
      [(f) => (f.meta.tryInputs[0] = {key: "arenas.rg.mode", value: "vote"}), "meta.tryInputs[0].value", /decide, report/],
      [(f) => (f.meta.tryInputs[0] = {key: "arenas.rg.interval", value: "0"}), "meta.tryInputs[0].value", /\[1, 104\]/],
      [(f) => (f.meta.tryInputs[0] = {value: "1"}), "meta.tryInputs[0].value", /only together with a key/],
      [(f) => (f.meta.tryInputs[0] = {key: "arenas.rg.interval", members: ["rg"]}), "meta.tryInputs[0].members", /pattern key/],
      [(f) => (f.meta.tryInputs[0] = {key: "roles.*.count", members: ["nobody"]}), "meta.tryInputs[0].members[0]", /coordinator/],
      [(f) => (f.meta.tryInputs[0] = {key: "roles.__proto__.count"}), "meta.tryInputs[0].key", /declared parameter key/],
      [(f) => (f.meta.tryInputs[0] = {key: "roles.*.count", colour: "red"}), "meta.tryInputs[0].colour", /known fields: key, value, members, compare/],
      [(f) => (f.meta.tryInputs[0] = {compare: "Not An Id"}), "meta.tryInputs[0].compare", /a string matching/]
    ];
    for (const [mutate, field, allowed] of cases) {
      const f = raw("rg-decide");
      mutate(f);
      const e = errorOf(() => parseScenario(f));
      expect(e.field, field).toBe(field);
      expect(e.message, field).toMatch(allowed);
      expect(e.message).not.toContain("\n");
    }
  });
  it("is optional, and an entry may be empty (a suggestion with no input)", () => {
    const f = raw("rg-decide");
    delete f.meta.tryInputs;
    expect(parseScenario(f).meta.tryInputs).toEqual([]);
    const g = raw("rg-decide");
    g.meta.tryInputs[0] = {};
    expect(parseScenario(g).meta.tryInputs![0]).toEqual({});
  });
});
