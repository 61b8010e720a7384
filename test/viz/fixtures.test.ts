import {readFileSync, readdirSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {fixtureJson, reviver} from "./fixtureFiles.ts";
import {classicResults, classicRows, comparisonResult} from "./fixtures.ts";

// Chart goldens depend on committed data only: the chart tests and the
// fixture reader import no engine or experiment code at run time (type
// imports are erased), so an engine change cannot rewrite a chart golden.
describe("chart fixtures", () => {
  const dir = new URL("./charts/", import.meta.url);
  const files = [new URL("./fixtures.ts", import.meta.url), ...readdirSync(dir).filter((f) => f.endsWith(".ts")).map((f) => new URL(f, dir))];
  const runtimeImports = (src: string) => [...src.matchAll(/^import\s+(?!type\b)[^;]*?from\s+"([^"]+)"/gm)].map((m) => m[1]);

  for (const f of files) {
    it(`${f.pathname.split("/test/viz/")[1]} runs no engine`, () => {
      const bad = runtimeImports(readFileSync(f, "utf8")).filter((s) => /sim\/(classic\/(engine|design|properties)|participation\/(engine|model|presets)|experiment\/)/.test(s));
      expect(bad).toEqual([]);
    });
  }

  it("the rule can fail: a runtime engine import is caught, a type import is not", () => {
    expect(runtimeImports('import {runClassic} from "../../sim/classic/engine.ts";\nimport type {X} from "../../sim/experiment/run.ts";')).toEqual(["../../sim/classic/engine.ts"]);
  });

  it("reads the committed data", () => {
    expect(classicRows()).toHaveLength(324);
    expect(classicResults()[0].choices).toHaveLength(10);
    expect(comparisonResult().options).toHaveLength(4);
  });

  it("keeps NaN and the infinities through JSON (missing is not zero)", () => {
    const back = JSON.parse(fixtureJson([{a: NaN, b: Infinity, c: -Infinity, d: null, e: 1}]), reviver);
    expect(back).toEqual([{a: NaN, b: Infinity, c: -Infinity, d: null, e: 1}]);
  });
});
