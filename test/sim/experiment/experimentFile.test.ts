import {describe, expect, it} from "vitest";
import {readFileSync} from "node:fs";
import {EXPERIMENT_SCHEMA, parseExperiment, planExperiment, runPointRows, type Row} from "../../../sim/experiment/experimentFile.ts";
import {transferMorris} from "../../../sim/experiment/examples.ts";
import {PARAMETERS} from "../../../sim/participation/parameters.ts";

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), "utf8"));
const EXAMPLES = ["classic-factorial", "classic-lhs", "classic-saltelli", "transfer-saltelli", "transfer-morris"];

const tiny = (over: Record<string, unknown> = {}) => ({
  id: "tiny", model: "classic",
  parameters: [{key: "load", values: ["light", "heavy"]}, {key: "access", values: ["unsegmented", "specialized"]}],
  design: {type: "factorial"}, replications: 3, seed: 5, ...over
});

describe("example experiment files", () => {
  it("parse, and have the sizes their descriptions promise", () => {
    const sizes: Record<string, number> = {};
    for (const id of EXAMPLES) {
      const plan = planExperiment(read(`data/experiments/${id}.json`));
      expect(plan.experiment.id).toBe(id);
      sizes[id] = plan.points.length;
    }
    expect(sizes["classic-factorial"]).toBe(81);
    expect(sizes["classic-lhs"]).toBe(200);
    const k = read("data/experiments/transfer-morris.json").parameters.length;
    // Saltelli: n (k + 2) points, n (2k + 2) with second-order terms, k counting the dummy
    const factors = (id: string) => read(`data/experiments/${id}.json`).parameters.length + 1;
    expect(sizes["classic-saltelli"]).toBe(1024 * (factors("classic-saltelli") + 2));
    expect(sizes["transfer-saltelli"]).toBe(256 * (2 * factors("transfer-saltelli") + 2));
    // k parameters and the dummy: k + 2 points a trajectory
    expect(sizes["transfer-morris"]).toBe(20 * (k + 2));
  });
  it("transfer-morris screens the preset's numeric parameters and is up to date (npx tsx data/generateExperiments.ts)", () => {
    const file = read("data/experiments/transfer-morris.json");
    expect(file).toEqual(JSON.parse(JSON.stringify(transferMorris())));
    const keys = file.parameters.map((p: {key: string}) => p.key);
    // every global numeric declaration is screened, and collection ones per id
    for (const d of PARAMETERS) if ((d.type === "number" || d.type === "integer") && !d.key.includes("*")) expect(keys).toContain(d.key);
    expect(keys).toContain("roles.coordinator.knowledge");
    expect(keys).not.toContain("solutions.home.places"); // 0 = unlimited: a switch
  });
  it("data/experiment.schema.json is EXPERIMENT_SCHEMA (npx tsx data/generateExperiments.ts)", () => {
    expect(read("data/experiment.schema.json")).toEqual(JSON.parse(JSON.stringify(EXPERIMENT_SCHEMA)));
  });
});

describe("validation", () => {
  const bad: [Record<string, unknown>, RegExp][] = [
    [{model: "nope"}, /^invalid experiment: model = "nope" \(allowed: classic, participation or collective\)$/],
    [{replications: 0}, /^invalid experiment: replications = 0 \(allowed: an integer in \[1, /],
    [{seed: {}}, /seed = \{\} \(allowed: a number or a non-empty string/],
    [{design: {type: "sobol"}}, /design\.type = "sobol" \(allowed: factorial, oat, lhs, saltelli, morris\)/],
    [{design: {type: "morris", r: 4, levels: 3}}, /design\.levels = 3 \(allowed: an even integer/],
    [{design: {type: "lhs"}}, /design\.n = missing/],
    [{parameters: [{key: "nope", values: [1]}]}, /parameters\[0\]\.key = "nope" \(allowed: load, access/],
    [{parameters: [{key: "load", values: ["light", "huge"]}]}, /parameters\[0\]\.values\[1\] = "huge" \(allowed: one of light, moderate, heavy\)/],
    [{parameters: [{key: "problems", min: 5, max: 1e9}]}, /parameters\[0\]\.max = 1000000000 \(allowed: a number in \(5, 100000\]\)/],
    [{parameters: [{key: "problems", min: 5, max: 9}]}, /parameters\[0\]\.levels = missing/],
    [{parameters: [{key: "load"}, {key: "load"}]}, /parameters\[1\]\.key = "load" \(allowed: each parameter once\)/],
    [{measures: ["resolution", "influence"]}, /measures\[1\] = "influence" \(allowed: resolution, flight/],
    [{base: {periods: -1}}, /base\.periods = -1 \(allowed: an integer in \[1, 10000\]\)/],
    [{colour: "red"}, /colour = "red" \(allowed: no such field/],
    [{scenario: "team"}, /scenario = "team" \(allowed: nothing for the classic model\)/],
    [{model: "participation", scenario: "nope", parameters: [{key: "load.timePressure", values: [1]}]}, /scenario = "nope" \(allowed: a preset id/],
    [{model: "participation", scenario: "team", parameters: [{key: "load.timePressure", values: [99]}]}, /parameters\[0\]\.values\[0\] = 99 \(allowed: .*\[0\.25, 10\]/],
    [{model: "participation", scenario: "team", parameters: [{key: "arenas.nope.interval", values: [1]}]}, /parameters\[0\]\.key = "arenas\.nope\.interval"/],
    [{design: {type: "lhs", n: 5_000_000}, replications: 1e9}, /replications = 1000000000 \(allowed: at most/],
    [{design: {type: "saltelli", n: 8, base: "halton"}}, /design\.base = "halton" \(allowed: sobol, lhs, random\)$/],
    [{design: {type: "saltelli", n: 8, dummy: "yes"}}, /design\.dummy = "yes" \(allowed: true or false\)$/],
    [{design: {type: "morris", r: 4, dummy: 1}}, /design\.dummy = 1 \(allowed: true or false\)$/],
    [{commonRandomNumbers: "on"}, /^invalid experiment: commonRandomNumbers = "on" \(allowed: true or false\)$/]
  ];
  it.each(bad)("names the field, the value and what is allowed in one line: %j", (over, message) => {
    let error: Error | undefined;
    try {
      parseExperiment(tiny(over));
    } catch (e) {
      error = e as Error;
    }
    expect(error?.message).toMatch(message);
    expect(error?.message).not.toContain("\n");
  });
  it("reads only own keys (a __proto__ key is an unknown field, not a prototype)", () => {
    const input = JSON.parse('{"id":"x","model":"classic","__proto__":{"replications":3},"parameters":[{"key":"load"}],"design":{"type":"factorial"},"seed":1}');
    expect(() => parseExperiment(input)).toThrow(/__proto__/);
    expect(() => parseExperiment({...tiny(), replications: undefined})).toThrow(/replications = missing/);
  });
});

describe("runs and seeds", () => {
  const rows = (input: object): Row[] => {
    const plan = planExperiment(input);
    const out: Row[] = [];
    for (const p of plan.points) runPointRows(plan, p, 0, plan.experiment.replications, (r) => out.push(r));
    return out;
  };
  it("write one tidy row per run with point, varied parameters, replication, seed and measures", () => {
    const plan = planExperiment(tiny());
    expect(plan.columns.slice(0, 5)).toEqual(["point", "load", "access", "replication", "seed"]);
    const out = rows(tiny());
    expect(out).toHaveLength(12);
    expect(Object.keys(out[0])).toEqual(plan.columns);
    expect(out[0].seed).toBe("5/load=light;access=unsegmented/0");
  });
  it("derive from (base seed, point key, replication), not run order: adding a value leaves other runs unchanged", () => {
    const before = rows(tiny());
    const after = rows(tiny({parameters: [{key: "load", values: ["moderate", "light", "heavy"]}, {key: "access", values: ["unsegmented", "specialized"]}]}));
    const strip = (r: Row) => ({...r, point: 0});
    for (const r of before) {
      const same = after.find((a) => a.seed === r.seed)!;
      expect(strip(same)).toEqual(strip(r));
    }
    // a different base seed changes the runs
    const other = rows(tiny({seed: 6}));
    expect(other.map((r) => r.problemsUnsolved)).not.toEqual(before.map((r) => r.problemsUnsolved));
  });
  it("keep the dummy parameter of a sensitivity design out of the model but in the row and the seeds", () => {
    const e = {id: "d", model: "participation", scenario: "transfer-visit", base: {horizon: 8},
      parameters: [{key: "roles.coordinator.knowledge", min: 0, max: 1}], design: {type: "morris", r: 2, levels: 4}, replications: 1, seed: 1, measures: ["fit"]};
    const plan = planExperiment(e);
    expect(plan.factors.map((f) => f.key)).toEqual(["roles.coordinator.knowledge", "dummy"]);
    expect(plan.points.length).toBe(2 * 3);
    const out = rows(e); // the participation model refuses an undeclared key: the dummy never reaches it
    expect(Object.keys(out[0])).toEqual(["point", "roles.coordinator.knowledge", "dummy", "replication", "seed", "fit"]);
    // points that differ in the dummy alone differ in their seeds (so in their noise)
    const moves = plan.points.filter((p) => p.move!.factor === 1);
    for (const p of moves) expect(out[p.id].seed).not.toBe(out[p.id - 1].seed);
    // off on request, and off by default under common random numbers
    expect(planExperiment({...e, design: {type: "morris", r: 2, levels: 4, dummy: false}}).factors.map((f) => f.key)).toEqual(["roles.coordinator.knowledge"]);
    expect(planExperiment({...e, commonRandomNumbers: true}).factors.map((f) => f.key)).toEqual(["roles.coordinator.knowledge"]);
    expect(planExperiment({...e, design: {type: "saltelli", n: 4}}).experiment.design).toEqual({type: "saltelli", n: 4, secondOrder: false, base: "sobol", dummy: true});
  });
  it("under common random numbers give replication r of every point the same seed, and differ from per-point seeds", () => {
    const e = tiny({replications: 2});
    const common = rows({...e, commonRandomNumbers: true}), own = rows(e);
    expect(common.map((r) => r.seed)).toEqual(common.map((r) => `5/${r.replication}`));
    expect(new Set(own.map((r) => r.seed)).size).toBe(own.length);
    // the same point and replication under the two policies: other seeds, so (almost always) other runs
    expect(common.map((r) => r.seed)).not.toEqual(own.map((r) => r.seed));
  });
  it("run the participation model through the same stages", () => {
    const out = rows({id: "p", model: "participation", scenario: "transfer-visit", base: {horizon: 12},
      parameters: [{key: "roles.coordinator.knowledge", min: 0, max: 1, levels: 2}], design: {type: "oat"}, replications: 2, seed: 1, measures: ["fit", "decided"]});
    expect(out.length).toBe(2 * 3); // base 0.8 and 0, 1
    for (const r of out) expect(Object.keys(r)).toEqual(["point", "roles.coordinator.knowledge", "replication", "seed", "fit", "decided"]);
    expect(new Set(out.map((r) => r.seed)).size).toBe(out.length);
  });
});
