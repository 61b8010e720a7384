// Scenario-file fuzz cases: each bad file is refused with one line naming the
// field, by the notebooks' file reader and by `run <file>` alike.
import {describe, expect, it} from "vitest";
import {readScenarioFile} from "../../notebooks/lib/scenarioEdit.ts";
import {preset} from "../../sim/participation/presets.ts";
import {cli} from "../sim/node/cliHarness.ts";
import {caseFile, caseText, corpus, expectCleanPrototype, expectClearError, messageOf, title} from "./corpus.ts";

const {base, cases} = corpus("scenario");
const baseScenario = preset(base as string);

describe("scenario-file fuzz corpus", () => {
  it("holds the cases named in the issue", () => {
    expect(cases.filter((c) => !c.ok).length).toBeGreaterThanOrEqual(20);
    expect(cases.some((c) => (c.path as string[] | undefined)?.includes("__proto__"))).toBe(true);
  });
  cases.forEach((c) => {
    it(title(c), async () => {
      const text = caseText(c, baseScenario);
      const file = caseFile(text);
      if (c.ok) {
        expect(readScenarioFile(text).id).toBe(baseScenario.id);
        const r = await cli("run", file, "--format", "none");
        expect([r.code, r.err]).toEqual([0, ""]);
      } else {
        expectClearError(messageOf(() => readScenarioFile(text)), c.field);
        const r = await cli("run", file, "--format", "none");
        expect(r.code).toBe(2);
        expectClearError(r.err, c.field);
      }
      expectCleanPrototype();
    });
  });
});
