// Command-line fuzz cases: each bad argument list exits 2 with one line on
// stderr naming the flag or field, and nothing on stdout.
import {describe, expect, it} from "vitest";
import {cli} from "../sim/node/cliHarness.ts";
import {corpus, expand, expectCleanPrototype, expectClearError, title, type Case} from "./corpus.ts";

const {cases} = corpus<Case & {args: string[]}>("args");

describe("command-line fuzz corpus", () => {
  it("holds the cases named in the issue", () => {
    expect(cases.filter((c) => !c.ok).length).toBeGreaterThanOrEqual(30);
    expect(cases.some((c) => c.args.join(" ") === "run transfer-written --set arenas.__proto__.rule=user")).toBe(true);
    expect(cases.some((c) => c.args.includes("--load-value") && c.args.includes("--config"))).toBe(true);
  });
  for (const c of cases) {
    it(title(c), async () => {
      const {code, out, err} = await cli(...c.args.map(expand));
      if (c.ok) {
        expect(err).toBe("");
        expect(code).toBe(0);
      } else {
        expect(code).toBe(2);
        expect(out).toBe("");
        expect(err).toMatch(/^error: invalid |^error: unknown /);
        expectClearError(err, c.field);
      }
      expectCleanPrototype();
    });
  }
});
