// Every group of declared parameters has its heading in both languages in
// the scenario editor (notebooks/lib/scenarioEdit.ts reads ui.group.<group>).
import {describe, expect, it} from "vitest";
import {PARAMETERS} from "../../sim/participation/parameters.ts";
import {UI_STRINGS} from "../../notebooks/lib/strings.ts";

describe("parameter group headings", () => {
  it("has a ui.group string for every group of PARAMETERS", () => {
    const groups = [...new Set(PARAMETERS.map((p) => p.group))];
    expect(groups).toContain("user feedback");
    for (const g of groups) expect(Object.hasOwn(UI_STRINGS, `ui.group.${g.replace(/ /g, "")}`), g).toBe(true);
  });
});
