// Search files: the shipped example and schema, and one-line errors naming
// the field, the value and what is allowed.
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {SEARCH_SCHEMA, parseSearch, spaceSize} from "../../../../sim/experiment/search/searchFile.ts";

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../../../${path}`, import.meta.url), "utf8"));
const ok = {id: "t", scenarios: ["rg-report", "rg-guardian"], levers: [{key: "arenas.rg.interval", values: [4, 8]}]};

describe("search files", () => {
  it("data/search.schema.json is SEARCH_SCHEMA (npx tsx data/generateSearch.ts)", () => {
    expect(read("data/search.schema.json")).toEqual(JSON.parse(JSON.stringify(SEARCH_SCHEMA)));
  });

  it("the shipped example parses, with its range expanded to steps without float noise", () => {
    const spec = parseSearch(read("data/searches/rg-levers.json"));
    expect(spec.names).toEqual(["rg-report", "rg-coordinator-advocate", "rg-guardian", "rg-peer"]);
    expect(spec.levers.map((l) => l.values)).toEqual([["report", "decide"], [4, 8, 17], [4, 6, 8]]);
    expect(spaceSize(spec)).toBe(4 * 2 * 3 * 3);
    expect(spaceSize(spec)).toBeLessThanOrEqual(spec.exhaustiveUpTo);
    expect(parseSearch({...ok, levers: [{key: "staff.hoursPerWeek", min: 0.5, max: 1.1, step: 0.1}]}).levers[0].values).toEqual([0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.1]);
  });

  it("fills the defaults: influence against staff hours per case, 20 replications, seed 1, exhaustive up to 500", () => {
    const spec = parseSearch(ok);
    expect([spec.maximise, spec.minimise, spec.replications, spec.seed, spec.exhaustiveUpTo, spec.population, spec.generations]).toEqual(["influence", "staffHoursPerCase", 20, "1", 500, 40, 30]);
  });

  it("refuses bad fields in one line naming the field, its value and what is allowed", () => {
    const cases: [unknown, RegExp][] = [
      [[], /^invalid search: \(file\) = .* \(allowed: a JSON object/],
      [{...ok, extra: 1}, /^invalid search: extra = 1 \(allowed: no such field; fields: /],
      [{...ok, id: "a b"}, /^invalid search: id = "a b"/],
      [{...ok, scenarios: ["nope"]}, /^invalid search: scenarios\[0\] = "nope" \(allowed: a preset id/],
      [{...ok, scenarios: []}, /^invalid search: scenarios = /],
      [{...ok, levers: [{key: "foo.bar", values: [1]}]}, /^invalid search: levers\[0\]\.key = "foo\.bar" \(allowed: a declared parameter key/],
      [{...ok, levers: [{key: "arenas.rg.interval", values: [4, -1]}]}, /^invalid search: levers\[0\]\.values\[1\] = -1 \(allowed: an integer in/],
      [{...ok, levers: [{key: "arenas.rg.interval", values: [4, 4]}]}, /^invalid search: levers\[0\]\.values = .* \(allowed: distinct values\)$/],
      [{...ok, levers: [{key: "arenas.rg.interval", values: [4], min: 1}]}, /^invalid search: levers\[0\] = .* \(allowed: either values or min, max and step\)$/],
      [{...ok, levers: [{key: "staff.hoursPerWeek", min: 1, max: 2, step: 0}]}, /^invalid search: levers\[0\]\.step = 0 \(allowed: a number above 0\)$/],
      [{...ok, levers: [{key: "staff.hoursPerWeek", min: 1, max: 2}]}, /^invalid search: levers\[0\]\.step = .* \(allowed: a finite number/],
      [{...ok, levers: [{key: "advocates.coordinator.kind", values: ["internal"]}]}, /^invalid search: levers\[0\]\.key = "advocates\.coordinator\.kind"/],
      [{...ok, levers: [{key: "arenas.rg.interval", values: [4]}, {key: "arenas.rg.interval", values: [8]}]}, /^invalid search: levers\[1\]\.key = "arenas\.rg\.interval" \(allowed: a key not already listed\)$/],
      [{...ok, levers: [{key: "__proto__", values: [1]}]}, /^invalid search: levers\[0\]\.key = "__proto__"/],
      [{...ok, maximise: "nope"}, /^invalid search: maximise = "nope" \(allowed: a measure key/],
      [{...ok, minimise: "influence"}, /^invalid search: minimise = "influence" \(allowed: a measure other than the one maximised\)$/],
      [{...ok, replications: 1}, /^invalid search: replications = 1 \(allowed: an integer in \[2, 10000\]\)$/],
      [{...ok, search: {population: 2}}, /^invalid search: search\.population = 2 \(allowed: an integer in \[4, 1000\]\)$/],
      [{...ok, search: {speed: 2}}, /^invalid search: search\.speed = 2 \(allowed: no such field/],
      [{...ok, search: {population: 1000, generations: 101}}, /^invalid search: search\.generations = 101 \(allowed: at most 100 with population 1000 \(population x generations at most 100000\)\)$/],
      [{...ok, scenarios: ["rg-report"], levers: [{key: "arenas.rg.interval", values: [4]}]}, /^invalid search: levers = .* \(allowed: levers and scenarios giving at least two designs\)$/]
    ];
    for (const [input, message] of cases) {
      let error: Error | null = null;
      try { parseSearch(input); } catch (e) { error = e as Error; }
      expect(error, JSON.stringify(input)).not.toBeNull();
      expect(error!.message, JSON.stringify(input)).toMatch(message);
      expect(error!.message).not.toContain("\n");
    }
  });

  it("reads only own keys: an inherited field is not taken", () => {
    const input = Object.create({replications: 7});
    Object.assign(input, ok);
    expect(parseSearch(input).replications).toBe(20);
  });
});
