// The design search: every design on common random numbers, the front
// computed right, and NSGA-II finding the exhaustive front on a small space.
import {describe, expect, it} from "vitest";
import {designScenario, runSearch} from "../../../../sim/experiment/search/designSearch.ts";
import {parseSearch} from "../../../../sim/experiment/search/searchFile.ts";
import {runReplications} from "../../../../sim/experiment/run.ts";
import {estimate} from "../../../../sim/stats.ts";

const file = {
  id: "small", scenarios: ["rg-report", "rg-guardian"],
  levers: [{key: "arenas.rg.mode", values: ["report", "decide"]}, {key: "arenas.rg.interval", values: [8, 17]}],
  replications: 3, seed: "s"
};

describe("runSearch", () => {
  const spec = parseSearch(file);
  const result = runSearch(spec);

  it("runs every design of a small space once, each with the seeds of compare (common random numbers)", () => {
    expect(result.method).toBe("exhaustive");
    expect(result.designs.length).toBe(8);
    expect(result.evaluated).toBe(8);
    const d = result.designs.find((x) => x.scenario === "rg-guardian" && x.levers[0] === "decide" && x.levers[1] === 8)!;
    const rows = runReplications(designScenario(spec, [1, 1, 0]), {reps: 3, seed: "s"});
    expect(d.gain.mean).toBe(estimate(rows.map((r) => r.influence as number)).mean);
    expect(d.cost.mean).toBe(estimate(rows.map((r) => r.staffHoursPerCase as number)).mean);
  });

  it("flags exactly the designs no other design dominates on (gain up, cost down)", () => {
    const ds = result.designs;
    const dominated = (a: typeof ds[number]) => ds.some((b) => b.gain.mean >= a.gain.mean && b.cost.mean <= a.cost.mean && (b.gain.mean > a.gain.mean || b.cost.mean < a.cost.mean) && Math.abs(b.cost.mean - a.cost.mean) + Math.abs(b.gain.mean - a.gain.mean) > 1e-9);
    expect(ds.some((d) => d.front)).toBe(true);
    expect(ds.some((d) => !d.front)).toBe(true);
    for (const d of ds) expect(d.front, JSON.stringify(d.levers)).toBe(!dominated(d));
  });

  it("NSGA-II, when the space is over the exhaustive limit, finds the same front on a small space and reports its method", () => {
    const ga = runSearch(parseSearch({...file, search: {exhaustiveUpTo: 0, population: 8, generations: 8}}));
    expect(ga.method).toBe("nsga2");
    const key = (d: {scenario: string; levers: unknown[]}) => `${d.scenario}/${d.levers.join("/")}`;
    expect(ga.designs.filter((d) => d.front).map(key).sort()).toEqual(result.designs.filter((d) => d.front).map(key).sort());
    // a design the search ran has the numbers the exhaustive run gave it
    for (const d of ga.designs) expect(d.gain.mean).toBe(result.designs.find((x) => key(x) === key(d))!.gain.mean);
  });

  it("runs a design that comes out identical once (a lever the organisation lacks changes nothing)", () => {
    const r = runSearch(parseSearch({...file, scenarios: ["rg-report", "rg-coordinator-advocate"], levers: [{key: "advocates.coordinator.weight", values: [0.5, 1]}]}));
    expect(r.designs.length).toBe(4);
    expect(r.evaluated).toBe(3);
  });
});
