import {describe, expect, it} from "vitest";
import {parseExperiment, planExperiment} from "../../sim/experiment/experimentFile.ts";
import {paramByKey} from "../../sim/participation/parameters.ts";
import {preset} from "../../sim/participation/presets.ts";
import {getParameter, setParameter} from "../../sim/participation/scenario.ts";
import {categoricalValues, sweepKeys} from "../../notebooks/lib/explore.ts";
import {sweepCommand, sweepExperiment} from "../../notebooks/lib/sweepExperiment.ts";

describe("the experiment file of a page's sweep", () => {
  const base = preset("team");
  const scenario = setParameter(base, "horizon", 30);
  const bool = sweepKeys(base).find((k) => paramByKey(k)?.type === "boolean")!;

  it("validates, keeps the edits as typed overrides and plans exactly the page's points", () => {
    const xs = [1, 1.5, 2], ys = categoricalValues(scenario, bool);
    const e = sweepExperiment({baseId: "team", base, scenario, edited: ["horizon"], reps: 300, seed: "7",
      parameters: [{key: "load.timePressure", values: xs}, {key: bool, values: ys}]});
    expect(parseExperiment(JSON.parse(JSON.stringify(e)))).toEqual(e);
    expect(e).toMatchObject({scenario: "team", base: {horizon: 30}, replications: 300, seed: "7", design: {type: "factorial"}});
    const plan = planExperiment(JSON.parse(JSON.stringify(e)));
    expect(plan.points.map((p) => [p.values["load.timePressure"], p.values[bool]])).toEqual(xs.flatMap((x) => [[x, false], [x, true]]));
    expect(plan.adapter.base("horizon")).toBe(30);
    expect(plan.points.length * e.replications).toBe(1800);
  });

  it("carries a scenario from a file whole, with its edits", () => {
    const file = {...preset("rg-decide"), id: "mine"};
    const edited = setParameter(file, "load.timePressure", 2);
    const e = sweepExperiment({baseId: "~mine", base: file, scenario: edited, edited: ["load.timePressure"], reps: 5, seed: "1", parameters: [{key: "horizon", values: [20, 40]}]});
    const plan = planExperiment(JSON.parse(JSON.stringify(e)));
    expect(plan.adapter.base("load.timePressure")).toBe(getParameter(edited, "load.timePressure"));
    expect(e.id).toBe("explore-horizon");
  });

  it("names the file in the command", () => {
    expect(sweepCommand("explore-horizon.json", "runs/explore-horizon")).toBe("npx tsx sim/cli.ts sweep explore-horizon.json --out runs/explore-horizon");
  });
});
