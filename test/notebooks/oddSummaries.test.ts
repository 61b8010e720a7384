import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {ODD_SUMMARIES_NB, oddSummary} from "../../notebooks/lib/oddSummaries.ts";

describe("bokmål summaries of the model document", () => {
  const headings = readFileSync(new URL("../../sim/ODD.md", import.meta.url), "utf8").split("\n").filter((l) => l.startsWith("## ")).map((l) => l.slice(3));

  it("has one for every top-level section of sim/ODD.md, and none for a section that is gone", () => {
    for (const h of headings) expect(oddSummary(h), h).not.toBeNull();
    for (const s of ODD_SUMMARIES_NB) expect(headings.some((h) => h.startsWith(s.heading)), s.heading).toBe(true);
  });
});
