// Calibration-file fuzz cases: each bad file is refused with one line naming
// the field, by the validator (and the model's checks) and by `calibrate`
// alike, before any run; legal odd files are accepted and run.
import {describe, expect, it} from "vitest";
import {mkdtempSync, readdirSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {parseCalibration} from "../../sim/experiment/calibration/calibrationFile.ts";
import {calibrationModel} from "../../sim/experiment/calibration/model.ts";
import {cli} from "../sim/node/cliHarness.ts";
import {caseFile, caseText, corpus, expectCleanPrototype, expectClearError, messageOf, title} from "./corpus.ts";

const {base, cases} = corpus("calibration");

describe("calibration file fuzz corpus", () => {
  it("holds prototype keys, wrong types, ranges and unknown ids", () => {
    expect(cases.filter((c) => !c.ok).length).toBeGreaterThanOrEqual(30);
    expect(cases.some((c) => c.field === "__proto__")).toBe(true);
  });
  cases.forEach((c) => {
    it(title(c), async () => {
      const text = caseText(c, base);
      const file = caseFile(text);
      const out = mkdtempSync(join(tmpdir(), "gcl-calibrate-"));
      const r = await cli("calibrate", file, "--out", out);
      if (c.ok) {
        expect(messageOf(() => calibrationModel(parseCalibration(JSON.parse(text))))).toBe("");
        expect([r.code, r.out.startsWith("calibration fuzz:")]).toEqual([0, true]);
      } else {
        expectClearError(messageOf(() => calibrationModel(parseCalibration(JSON.parse(text)))), c.field);
        expect(r.code).toBe(2);
        expect(r.out).toBe("");
        expectClearError(r.err, c.field);
        expect(readdirSync(out).filter((n) => n.startsWith("generation-"))).toEqual([]);
      }
      expectCleanPrototype();
    });
  });
});
