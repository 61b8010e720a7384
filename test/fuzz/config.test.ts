// Classic model-file fuzz cases: each bad file is refused with one line naming
// the field, by the validator and by `classic --config <file>` alike.
import {describe, expect, it} from "vitest";
import {readClassicConfig} from "../../sim/classic/config.ts";
import {cli} from "../sim/node/cliHarness.ts";
import {caseFile, caseText, corpus, expectCleanPrototype, expectClearError, messageOf, title} from "./corpus.ts";

const {base, cases} = corpus("config");

describe("classic config fuzz corpus", () => {
  it("holds the cases named in the issue", () => {
    expect(cases.filter((c) => !c.ok).length).toBeGreaterThanOrEqual(20);
    expect(cases.some((c) => c.field === "orientation")).toBe(true);
  });
  cases.forEach((c) => {
    it(title(c), async () => {
      const text = caseText(c, base);
      const file = caseFile(text);
      if (c.ok) {
        expect(readClassicConfig(text).periods).toBe((base as {periods: number}).periods);
        const r = await cli("classic", "--config", file);
        expect([r.code, r.err]).toEqual([0, ""]);
      } else {
        expectClearError(messageOf(() => readClassicConfig(text)), c.field);
        const r = await cli("classic", "--config", file);
        expect(r.code).toBe(2);
        expect(r.out).toBe("");
        expectClearError(r.err, c.field);
      }
      expectCleanPrototype();
    });
  });
});
