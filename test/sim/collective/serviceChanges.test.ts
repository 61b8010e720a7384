// The declared carriers of service changes: every carrier is a declared case
// parameter that may be edited in a run; every preset's changes are carried
// by a declared kind; changes without a mechanism in the case model carry
// nothing; the ODD table is the generated one.
import {describe, expect, it} from "vitest";
import {readFileSync} from "node:fs";
import {paramByKey} from "../../../sim/participation/parameters.ts";
import {COLLECTIVE_PRESET_IDS, collectivePreset} from "../../../sim/collective/presets.ts";
import {SERVICE_CHANGE_KINDS, kindsCarrying, serviceChangeTable} from "../../../sim/collective/serviceChanges.ts";
import {parseCollective} from "../../../sim/collective/scenario.ts";

describe("service changes and their carriers in the case model", () => {
  it("every carrier is a declared participation parameter other than the sizes, and every kind cites a source", () => {
    for (const k of SERVICE_CHANGE_KINDS) {
      expect(k.source, k.id).toMatch(/^\d{3}:L\d+/);
      for (const c of k.carriers) {
        expect(paramByKey(c.replace("*", "x")), c).toBeDefined();
        expect(c).not.toMatch(/^(horizon|users\.count|roles\.\*\.count)$/);
      }
    }
    expect(new Set(SERVICE_CHANGE_KINDS.map((k) => k.id)).size).toBe(SERVICE_CHANGE_KINDS.length);
  });
  it("a neutral venue and an evening slot have no carrier (the case model has no venue or slot); an interpreter by default is carried by literacy and the channel", () => {
    const byId = Object.fromEntries(SERVICE_CHANGE_KINDS.map((k) => [k.id, k]));
    expect(byId["neutral-venue"].carriers).toEqual([]);
    expect(byId["evening-slot"].carriers).toEqual([]);
    expect(byId["interpreter-by-default"].carriers).toEqual(["userTypes.*.literacy", "arenas.*.channel"]);
    expect(kindsCarrying("arenas.rg.mode").map((k) => k.id)).toEqual(["changed-agenda-mode"]);
    expect(kindsCarrying("users.patience")).toEqual([]);
  });
  it("every change in every collective preset is carried by a declared kind", () => {
    let n = 0;
    for (const id of COLLECTIVE_PRESET_IDS) for (const t of Object.values(collectivePreset(id).topics)) for (const c of t.changes) {
      expect(kindsCarrying(c.key).length, `${id}: ${c.key}`).toBeGreaterThan(0);
      ++n;
    }
    expect(n).toBeGreaterThan(0);
  });
  it("a change on a case parameter outside the sizes is still accepted by validation (the table documents, it does not restrict)", () => {
    const s = structuredClone(collectivePreset("council-to-cases")) as unknown as Record<string, any>;
    const topic = Object.keys(s.topics)[0];
    s.topics[topic].changes = [{key: "users.patience", value: "30"}];
    expect(parseCollective(s).topics[topic].changes).toEqual([{key: "users.patience", value: "30"}]);
  });
  it("the table in sim/ODD.md is the generated one (npx tsx data/generate.ts)", () => {
    const odd = readFileSync(new URL("../../../sim/ODD.md", import.meta.url), "utf8");
    const start = "<!-- collective-changes:start -->\n", end = "\n<!-- collective-changes:end -->";
    expect(odd.slice(odd.indexOf(start) + start.length, odd.indexOf(end))).toBe(serviceChangeTable("en"));
  });
});
