// The shared scenario-file machinery on a small tree of its own, apart from
// either scenario: the node kinds both scenarios use, the messages they share.
import {describe, expect, it} from "vitest";
import type {ParamDecl} from "../../../sim/participation/parameters.ts";
import {ScenarioError, getByKey, insertParams, schemaOf, setByKey, walk, type ObjectNode} from "../../../sim/participation/shape.ts";
import {cite} from "../../../sim/sources.ts";

const num: ParamDecl = {key: "items.*.size", label: {en: "Size", nb: "Størrelse"}, unit: "", type: "integer", min: 0, max: 9, default: 3,
  description: {en: "A size.", nb: "En størrelse."}, group: "g"};
const flag: ParamDecl = {key: "opts.on", label: {en: "On", nb: "På"}, unit: "", type: "boolean", default: false,
  description: {en: "A switch.", nb: "En bryter."}, group: "g", source: "001:L1"};

function tree(): ObjectNode {
  const root: ObjectNode = {kind: "object", fields: {
    kind: {kind: "string", values: ["demo"]},
    items: {kind: "record", item: {kind: "object", fields: {tags: {kind: "list", optional: true, description: "tags", item: {kind: "string"}}, refs: {kind: "ids", ref: "items"}}}, minItems: 1, description: "items by id"}
  }};
  insertParams(root, [num, flag]);
  return root;
}

function message(f: () => unknown): string {
  try { f(); } catch (e) { expect(e).toBeInstanceOf(ScenarioError); return (e as Error).message; }
  throw new Error("no error thrown");
}

describe("scenario shape", () => {
  it("fills defaults in, reads -0 as 0 and adds optional objects on the way to a declared key", () => {
    const out = walk(tree(), {kind: "demo", items: {a: {refs: [], size: -0}, b: {refs: ["a"]}}}, "") as any;
    expect(out).toEqual({kind: "demo", items: {a: {tags: [], refs: [], size: 0}, b: {tags: [], refs: ["a"], size: 3}}, opts: {on: false}});
    expect(Object.is(out.items.a.size, 0)).toBe(true);
  });

  it("refuses unknown fields, wrong kinds, bad ids and numbers written as strings, naming the field", () => {
    const t = tree();
    expect(message(() => walk(t, {kind: "demo", items: {a: {refs: []}}, extra: 1}, ""))).toContain("extra");
    expect(message(() => walk(t, {kind: "other", items: {a: {refs: []}}}, ""))).toContain("kind");
    expect(message(() => walk(t, {kind: "demo", items: {}}, ""))).toContain("at least 1 entry");
    expect(message(() => walk(t, {kind: "demo", items: {"A!": {refs: []}}}, ""))).toContain("items.A!");
    expect(message(() => walk(t, {kind: "demo", items: {a: {refs: [], size: "5"}}}, ""))).toContain("written as a number, not a string");
    expect(message(() => walk(t, {kind: "demo"}, ""))).toContain("an object of items by id");
  });

  it("sets a parameter by dotted key on a copy and refuses forbidden parts and unknown ids", () => {
    const s = walk(tree(), {kind: "demo", items: {a: {refs: []}}}, "") as Record<string, any>;
    const byKey = (k: string) => (k === "opts.on" ? flag : /^items\.[^.]+\.size$/.test(k) ? num : undefined);
    const copy = setByKey(s, "items.a.size", " 7 ", byKey, "a demo key");
    expect(getByKey(copy, "items.a.size")).toBe(7);
    expect(getByKey(s, "items.a.size")).toBe(3);
    expect(getByKey(setByKey(s, "opts.on", "1", byKey, "a demo key"), "opts.on")).toBe(true);
    expect(message(() => setByKey(s, "items.zz.size", "1", byKey, "a demo key"))).toContain("ids of items: a");
    expect(message(() => setByKey(s, "__proto__.x", "1", byKey, "a demo key"))).toContain("no part may be");
    expect(message(() => setByKey(s, "nope", "1", byKey, "a demo key"))).toContain("a demo key");
  });

  it("adds the source to a parameter's schema description only when asked", () => {
    const on = (sources: boolean) => (schemaOf(tree(), sources) as any).properties.opts.properties.on.description;
    expect(on(false)).toBe("A switch.");
    expect(on(true)).toBe(`A switch. Source: ${cite("001:L1")}.`);
    expect(on(true)).toContain("001:L1");
  });
});
