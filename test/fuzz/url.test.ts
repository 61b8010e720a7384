// URL fuzz cases for the Explore and Compare pages: decoding the query
// (urlState) and applying the scenario edits it carries (scenarioEdit, via the
// pages' resolvers) report every bad parameter as one line, fall back to
// defaults, and never touch Object.prototype.
import {describe, expect, it} from "vitest";
import {COMPARE_SCHEMA} from "../../notebooks/lib/compare.ts";
import {OPTION_PREFIXES, resolveOptions} from "../../notebooks/lib/compareData.ts";
import {EXPLORE_SCHEMA, resolveBase} from "../../notebooks/lib/explore.ts";
import {decode, describeIssues, type StateIssue} from "../../notebooks/lib/urlState.ts";
import {corpus, expand, expectCleanPrototype, expectClearError, title} from "./corpus.ts";

const {cases} = corpus("url");

function issuesOf(page: string, query: string): {issues: StateIssue[]; keys: string[]} {
  if (page === "explore") {
    const d = decode(EXPLORE_SCHEMA, query, ["p"]);
    const r = resolveBase(d.state, d.extra);
    return {issues: [...d.issues, ...r.issues], keys: Object.keys(d.state)};
  }
  const d = decode(COMPARE_SCHEMA, query, OPTION_PREFIXES);
  const r = resolveOptions(d.state.opt, d.extra);
  return {issues: [...d.issues, ...r.issues], keys: Object.keys(d.state)};
}

describe("URL fuzz corpus", () => {
  it("holds the cases named in the issue", () => {
    expect(cases.filter((c) => !c.ok).length).toBeGreaterThanOrEqual(20);
    expect(cases.some((c) => c.page === "compare" && String(c.query).includes("__proto__"))).toBe(true);
  });
  for (const c of cases) {
    it(`${c.page} ${title(c)}`, () => {
      const {issues, keys} = issuesOf(c.page as string, expand(c.query as string));
      const schema = c.page === "explore" ? EXPLORE_SCHEMA : COMPARE_SCHEMA;
      expect(keys).toEqual(Object.keys(schema));
      if (c.ok) expect(issues).toEqual([]);
      else {
        expect(issues.length).toBeGreaterThan(0);
        for (const i of issues) expectClearError(describeIssues([i]), undefined);
        expect(issues.some((i) => describeIssues([i]).includes(c.field as string))).toBe(true);
      }
      expectCleanPrototype();
    });
  }
});
