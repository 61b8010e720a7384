// Experiment files can name a collective scenario (model "collective"): the
// example plans, a point runs through the same stage as the other models'
// with seeds from the design point, and bad input is one line.
import {describe, expect, it} from "vitest";
import {readFileSync} from "node:fs";
import {parseExperiment, planExperiment, runPointRows, type Row} from "../../../sim/experiment/experimentFile.ts";
import {CollectiveSimulator} from "../../../sim/collective/engine.ts";
import {collectiveValue} from "../../../sim/collective/measures.ts";
import {collectivePreset} from "../../../sim/collective/presets.ts";
import {setCollectiveParameter} from "../../../sim/collective/scenario.ts";

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), "utf8"));

describe("collective experiments", () => {
  it("data/experiments/collective-lhs.json plans 40 points with the measures it names", () => {
    const plan = planExperiment(read("data/experiments/collective-lhs.json"));
    expect(plan.points.length).toBe(40);
    expect(plan.adapter.model).toBe("collective");
    expect(plan.columns.slice(-6)).toEqual(["turnout", "minorityTurnout", "minorityLiteracyGain", "premiseProviders", "arnstein.consultation", "staffHours"]);
  });
  it("a point's rows are the collective runs of that point's scenario with the point's seeds", () => {
    const plan = planExperiment({id: "c", model: "collective", scenario: "user-council", base: {"management.anchoring": 0.5},
      parameters: [{key: "arenas.council.venue", values: ["office", "neutral"]}], design: {type: "factorial"}, replications: 3, seed: 2, measures: ["turnout", "serviceChanges.adopted", "arnstein.partnership"]});
    const rows: Row[] = [];
    runPointRows(plan, plan.points[1], 0, 3, (r) => rows.push(r));
    const s = setCollectiveParameter(setCollectiveParameter(collectivePreset("user-council"), "management.anchoring", 0.5), "arenas.council.venue", plan.points[1].values["arenas.council.venue"] as string);
    const sim = new CollectiveSimulator(s);
    for (const row of rows) {
      const summary = sim.run({seed: row.seed as string}).summary;
      expect(row.turnout).toBe(collectiveValue(summary, "turnout"));
      expect(row["serviceChanges.adopted"]).toBe(summary.serviceChanges.adopted);
    }
  });
  it("bad collective input is one line naming the field", () => {
    const base = {id: "c", model: "collective", parameters: [{key: "management.anchoring", values: [0, 1]}], design: {type: "factorial"}, replications: 1, seed: 1};
    expect(() => parseExperiment({...base, scenario: "rg-report"})).toThrow(/^invalid experiment: scenario = "rg-report" \(allowed: a collective preset id/);
    expect(() => parseExperiment({...base, scenario: "user-council", parameters: [{key: "load.timePressure", values: [1, 2]}]})).toThrow(/^invalid experiment: parameters\[0\]\.key = "load\.timePressure"/);
    expect(() => parseExperiment({...base, scenario: "user-council", base: {"arenas.council.venue": "garden"}})).toThrow(/^invalid experiment: base\.arenas\.council\.venue = "garden"/);
    expect(() => parseExperiment({...base, model: "collectif", scenario: "user-council"})).toThrow(/^invalid experiment: model = "collectif" \(allowed: classic, participation or collective\)$/);
  });
});
