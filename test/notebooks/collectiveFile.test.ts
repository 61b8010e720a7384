// A collective scenario file opened in a case-scenario picker (Explore,
// Compare, Classroom) is named as such, with where it can be opened, in both
// languages, not answered with the case scenario's list of known fields.
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {inputErrorText} from "../../notebooks/lib/inputErrorText.ts";
import {readScenarioFile} from "../../notebooks/lib/scenarioEdit.ts";
import {preset} from "../../sim/participation/presets.ts";
import {expectClearError} from "../fuzz/corpus.ts";

const collectiveText = readFileSync(new URL("../../data/collective/user-council.json", import.meta.url), "utf8");

function errorOf(text: string): unknown {
  try { readScenarioFile(text); } catch (e) { return e; }
  return undefined;
}

describe("a collective scenario file in a case-scenario picker", () => {
  it("says it is a collective scenario and where to open it, in English and bokmål", () => {
    const e = errorOf(collectiveText);
    expect(e).toBeInstanceOf(Error);
    const en = inputErrorText(e, "en"), nb = inputErrorText(e, "nb");
    expectClearError(en, "kind");
    expectClearError(nb, "kind");
    expect(en).toContain("this file is a collective scenario");
    expect(en).toContain("npx tsx sim/cli.ts run <file>");
    expect(nb).toContain("denne fila er et kollektivt scenario");
    expect(nb).toContain("npx tsx sim/cli.ts run <fil>");
    for (const text of [en, nb]) {
      expect(text).not.toMatch(/known fields|kjente felt/);
      expect(text).not.toContain("userTypes");
    }
  });

  it("a case scenario still reads, and any other bad kind still lists the known fields", () => {
    expect(readScenarioFile(JSON.stringify(preset("team"))).id).toBe("team");
    const other = errorOf(JSON.stringify({...preset("team"), kind: "participation"}));
    expect(inputErrorText(other, "en")).toMatch(/known fields: .*userTypes/);
  });
});
