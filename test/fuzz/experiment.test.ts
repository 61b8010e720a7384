// Experiment-file fuzz cases: each bad file is refused with one line naming
// the field, by the parser and by `sweep <file>` alike, before the output
// folder is made; nothing reaches Object.prototype.
import {existsSync, mkdtempSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {parseExperiment} from "../../sim/experiment/experimentFile.ts";
import {cli} from "../sim/node/cliHarness.ts";
import {caseFile, caseText, corpus, expectCleanPrototype, expectClearError, messageOf, title} from "./corpus.ts";

const {base, cases} = corpus("experiment");
const outs = mkdtempSync(join(tmpdir(), "gcl-fuzz-exp-"));
let n = 0;

describe("experiment-file fuzz corpus", () => {
  it("holds the cases named in the issue", () => {
    expect(cases.filter((c) => !c.ok).length).toBeGreaterThanOrEqual(30);
    expect(cases.some((c) => c.json === '{"__proto__": 5}' && (c.path as string[]).join(".") === "base")).toBe(true);
    expect(cases.some((c) => typeof c.json === "string" && /: "\d/.test(c.json))).toBe(true); // a number as a string
  });
  cases.forEach((c) => {
    it(title(c), async () => {
      const text = caseText(c, base);
      const file = caseFile(text);
      const out = join(outs, `o${++n}`);
      const r = await cli("sweep", file, "--out", out, "--workers", "1");
      if (c.ok) {
        expect(parseExperiment(JSON.parse(text.replace(/^\uFEFF/, ""))).id).toBe("fuzz");
        expect([r.code, r.err.split("\n").filter((l) => !l.startsWith("sweep: [")).join("")]).toEqual([0, ""]);
      } else {
        let parsed: unknown;
        const json = messageOf(() => (parsed = JSON.parse(text)));
        if (!json) expectClearError(messageOf(() => parseExperiment(parsed)), c.field);
        expect(r.code).toBe(2);
        expect(r.out).toBe("");
        expectClearError(r.err, c.field);
        expect(existsSync(out)).toBe(false);
      }
      expectCleanPrototype();
    });
  });
});
