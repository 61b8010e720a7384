// Classic model-file fuzz cases: each bad file is refused with one line naming
// the field, by the validator and by `classic --config <file>` alike.
import {mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {readClassicConfig} from "../../sim/classic/config.ts";
import {cli} from "../sim/node/cliHarness.ts";
import {caseText, corpus, expectCleanPrototype, expectClearError, title} from "./corpus.ts";

const {base, cases} = corpus("config");
const dir = mkdtempSync(join(tmpdir(), "gcl-fuzz-"));

describe("classic config fuzz corpus", () => {
  it("holds the cases named in the issue", () => {
    expect(cases.filter((c) => !c.ok).length).toBeGreaterThanOrEqual(20);
    expect(cases.some((c) => c.field === "orientation")).toBe(true);
  });
  cases.forEach((c, k) => {
    it(title(c), async () => {
      const text = caseText(c, base);
      const file = join(dir, `case-${k}.json`);
      writeFileSync(file, text);
      if (c.ok) {
        expect(readClassicConfig(text).periods).toBe((base as {periods: number}).periods);
        const r = await cli("classic", "--config", file);
        expect([r.code, r.err]).toEqual([0, ""]);
      } else {
        let message = "";
        try {
          readClassicConfig(text);
        } catch (e) {
          message = (e as Error).message;
        }
        expectClearError(message, c.field);
        const r = await cli("classic", "--config", file);
        expect(r.code).toBe(2);
        expect(r.out).toBe("");
        expectClearError(r.err, c.field);
      }
      expectCleanPrototype();
    });
  });
});
