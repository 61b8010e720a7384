// Scenario-file fuzz cases: each bad file is refused with one line naming the
// field, by the notebooks' file reader and by `run <file>` alike.
import {mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {readScenarioFile} from "../../notebooks/lib/scenarioEdit.ts";
import {preset} from "../../sim/participation/presets.ts";
import {cli} from "../sim/node/cliHarness.ts";
import {caseText, corpus, expectCleanPrototype, expectClearError, title} from "./corpus.ts";

const {base, cases} = corpus("scenario");
const baseScenario = preset(base as string);
const dir = mkdtempSync(join(tmpdir(), "gcl-fuzz-"));

describe("scenario-file fuzz corpus", () => {
  it("holds the cases named in the issue", () => {
    expect(cases.filter((c) => !c.ok).length).toBeGreaterThanOrEqual(20);
    expect(cases.some((c) => (c.path as string[] | undefined)?.includes("__proto__"))).toBe(true);
  });
  cases.forEach((c, k) => {
    it(title(c), async () => {
      const text = caseText(c, baseScenario);
      const file = join(dir, `case-${k}.json`);
      writeFileSync(file, text);
      if (c.ok) {
        expect(readScenarioFile(text).id).toBe(baseScenario.id);
        const r = await cli("run", file, "--format", "none");
        expect([r.code, r.err]).toEqual([0, ""]);
      } else {
        let message = "";
        try {
          readScenarioFile(text);
        } catch (e) {
          message = (e as Error).message;
        }
        expectClearError(message, c.field);
        const r = await cli("run", file, "--format", "none");
        expect(r.code).toBe(2);
        expectClearError(r.err, c.field);
      }
      expectCleanPrototype();
    });
  });
});
