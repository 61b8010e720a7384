// The report's assumptions: the parameters that differ from their declared
// defaults, with the declaration's source or "free".
import {describe, expect, it} from "vitest";
import {assumptions} from "../../notebooks/lib/reportData.ts";
import {paramEntries} from "../../notebooks/lib/scenarioEdit.ts";
import {PARAMETERS} from "../../sim/participation/parameters.ts";
import {preset} from "../../sim/participation/presets.ts";
import {getParameter, setParameter} from "../../sim/participation/scenario.ts";

describe("assumptions", () => {
  const s = preset("transfer-visit");

  it("lists exactly the parameters whose value differs from the declared default", () => {
    const rows = assumptions(s, "en");
    const differing = paramEntries(s).filter((e) => e.value !== undefined && e.value !== e.decl.default).map((e) => e.key);
    expect(rows.map((r) => r.key)).toEqual(differing);
    expect(rows.length).toBeGreaterThan(0);
    // and none at its default is listed
    for (const r of rows) expect(getParameter(s, r.key)).not.toBe(paramEntries(s).find((e) => e.key === r.key)!.decl.default);
  });

  it("gives the declared source as a citation, or free (in the page's language) where there is none", () => {
    const sourced = PARAMETERS.find((p) => p.source && !p.key.includes("*") && typeof p.default === "number" && p.max !== undefined && p.max > (p.default as number))!;
    const free = PARAMETERS.find((p) => !p.source && !p.key.includes("*") && typeof p.default === "number" && p.max !== undefined && p.max > (p.default as number) && getParameter(s, p.key) === p.default)!;
    const edited = setParameter(setParameter(s, sourced.key, String(sourced.max)), free.key, String(free.max));
    const en = assumptions(edited, "en", [free.key]), nb = assumptions(edited, "nb", [free.key]);
    const a = en.find((r) => r.key === sourced.key)!, b = en.find((r) => r.key === free.key)!;
    expect(a.source).toContain(sourced.source!);
    expect(a.source.length).toBeGreaterThan(sourced.source!.length);
    expect(b.source).toBe("free");
    expect(nb.find((r) => r.key === free.key)!.source).toBe("fri");
    expect(b.edited).toBe(true);
    expect(a.edited).toBe(false);
    // setting it back to the default removes it again
    expect(assumptions(setParameter(edited, free.key, String(free.default)), "en").some((r) => r.key === free.key)).toBe(false);
  });
});
