// Classic readings-file fuzz cases: each bad file is refused with one line naming the field.
import {describe, expect, it} from "vitest";
import {readReadingsFile} from "../../sim/classic/readings.ts";
import {corpus, expand, expectCleanPrototype, expectClearError, messageOf, title} from "./corpus.ts";

const {cases} = corpus("readings");

describe("classic readings fuzz corpus", () => {
  it("holds the cases named in the issue", () => {
    expect(cases.filter((c) => !c.ok).length).toBeGreaterThanOrEqual(10);
    expect(cases.some((c) => c.field === "__proto__")).toBe(true);
  });
  for (const c of cases) {
    it(title(c), () => {
      const text = expand(c.text as string);
      if (c.ok) expect(readReadingsFile(text).kind).toBe("classic-readings");
      else {
        expectClearError(messageOf(() => readReadingsFile(text)), c.field);
      }
      expectCleanPrototype();
    });
  }
});
