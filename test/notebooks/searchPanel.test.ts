// A design of a search opened as an option: its scenario is the search's own
// (designScenario), titled by the levers its organisation has.
import {describe, expect, it} from "vitest";
import {designLabel, designOption, BUNDLED_SEARCHES} from "../../notebooks/lib/searchPanel.ts";
import {designScenario} from "../../sim/experiment/search/designSearch.ts";
import {parseSearch} from "../../sim/experiment/search/searchFile.ts";
import {getParameter} from "../../sim/participation/scenario.ts";

describe("designOption", () => {
  const spec = parseSearch(BUNDLED_SEARCHES["rg-levers"]);

  it("is the search's design scenario with every lever set, titled by its levers", () => {
    const k = spec.names.length - 1;
    const choice = [k, ...spec.levers.map((l) => l.values.length - 1)];
    const d = {scenario: spec.names[k], levers: spec.levers.map((l) => l.values[l.values.length - 1]), gain: {} as never, cost: {} as never, front: true};
    const s = designOption(spec, d);
    const want = designScenario(spec, choice);
    const {meta: _a, id: _b, ...rest} = s;
    const {meta: _c, id: _d, ...restWant} = want;
    expect(rest).toEqual(restWant);
    spec.levers.forEach((l, i) => { if (getParameter(want, l.key) !== undefined) expect(getParameter(s, l.key)).toBe(d.levers[i]); });
    const label = designLabel(spec, d);
    for (const [i, l] of spec.levers.entries()) {
      const named = label.includes(`${l.key.split(".").pop()} = ${String(d.levers[i])}`);
      expect(named).toBe(getParameter(spec.scenarios[k], l.key) !== undefined);
    }
    expect(s.meta.title.en).toContain(label.slice(d.scenario.length + 2));
    // another design gives another scenario
    const other = designOption(spec, {...d, levers: spec.levers.map((l) => l.values[0])});
    expect(other).not.toEqual(s);
  });
});
