import {describe, expect, it} from "vitest";
import {sweep1, sweep2, summariseSweep} from "../../sim/experiment/designs.ts";
import {csvText} from "../../sim/experiment/records.ts";
import {preset} from "../../sim/participation/presets.ts";
import {planExperiment} from "../../sim/experiment/experimentFile.ts";
import {parquetBlob} from "../../notebooks/lib/parquet.ts";
import {META_KEY, exportRows, readMeta, readResultCSV, readResultFiles, readResultParquet, type SweepMeta} from "../../notebooks/lib/sweepResult.ts";

describe("sweep results as files and back", () => {
  const scenario = preset("rg-decide");
  const rows1 = sweep1(scenario, "load.timePressure", [0.5, 2], {reps: 3, seed: "s"});
  const rows2 = sweep2(scenario, "load.timePressure", [0.5, 2], "power.crowding", [0, 1], {reps: 2, seed: "s"});

  it("names the varied columns by parameter key, with a design point id, in the tidy order", () => {
    const out = exportRows(rows2, "load.timePressure", "power.crowding");
    expect(Object.keys(out[0]).slice(0, 6)).toEqual(["point", "load.timePressure", "power.crowding", "scenario", "replication", "seed"]);
    expect(out.some((r) => "x" in r || "y" in r)).toBe(false);
    expect(new Set(out.map((r) => r.point)).size).toBe(4);
  });

  it("a CSV export reads back to the same summaries", () => {
    const back = readResultCSV(csvText(exportRows(rows1, "load.timePressure", null)), "a.csv");
    expect(back.parameters).toEqual(["load.timePressure"]);
    expect(summariseSweep(back.rows, "influence")).toEqual(summariseSweep(rows1, "influence"));
  });

  it("a Parquet export carries the design in its key-value metadata and reads back", async () => {
    const meta: SweepMeta = {format: "garbage-can-lab sweep", version: 1, base: "rg-decide", edits: [["horizon", "30"]], scenario, design: {parameters: [{key: "load.timePressure", values: [0.5, 2]}, {key: "power.crowding", values: [0, 1]}], reps: 2, seed: "s", seeds: "s/r"}};
    const blob = parquetBlob(exportRows(rows2, "load.timePressure", "power.crowding"), {[META_KEY]: JSON.stringify(meta)});
    const back = await readResultParquet(await blob.arrayBuffer(), "b.parquet");
    expect(back.meta?.edits).toEqual([["horizon", "30"]]);
    expect(back.meta?.design.parameters.map((p) => p.key)).toEqual(["load.timePressure", "power.crowding"]);
    expect(back.parameters).toEqual(["load.timePressure", "power.crowding"]);
    expect(summariseSweep(back.rows, "fit")).toEqual(summariseSweep(rows2, "fit"));
  });

  it("a sweep's recorded Morris experiment gives the indices of every kept measure; a bad one gets a one-line error naming the field", async () => {
    const experiment = {id: "m", model: "participation", scenario: "team", base: {}, parameters: [{key: "load.timePressure", min: 0.5, max: 2}, {key: "power.crowding", min: 0, max: 1}, {key: "staff.hoursPerWeek", min: 4, max: 12}],
      design: {type: "morris", r: 3, levels: 4}, replications: 1, seed: 1, measures: ["fit"]};
    // fit = 2 x time pressure exactly: mu* of time pressure is 2 x its range (1.5), the others 0
    const plan = planExperiment(experiment);
    const rows = plan.points.map((p) => ({point: p.id, ...p.values, replication: 0, seed: "s", fit: 2 * (p.values["load.timePressure"] as number)}));
    const back = await readResultParquet(await parquetBlob(rows, {experiment: JSON.stringify(experiment)}).arrayBuffer(), "m.parquet");
    // the design's dummy parameter (the noise floor) is a varied column too
    expect(back.parameters).toEqual(["load.timePressure", "power.crowding", "staff.hoursPerWeek", "dummy"]);
    const muStar = back.sensitivity!.indices.filter((r) => r.index === "mu*");
    expect(muStar[0].parameter).toBe("load.timePressure"); // ranked by mu*
    expect(muStar[0].estimate).toBeCloseTo(3, 10);
    expect(muStar.slice(1).map((r) => r.estimate)).toEqual([0, 0, 0]);
    const bad = {...experiment, design: {type: "morris", r: 0, levels: 4}};
    await expect(readResultParquet(await parquetBlob(rows, {experiment: JSON.stringify(bad)}).arrayBuffer(), "b.parquet")).rejects.toThrow(/^invalid result file b.parquet: its recorded experiment is not valid \(invalid experiment: design.r = 0/);
  });

  it("a CSV from a sweep loads with its folder's experiment.json as its Parquet file does; alone, or with another experiment, it is refused in one line", async () => {
    const experiment = {id: "m", model: "participation", scenario: "team", base: {}, parameters: [{key: "load.timePressure", min: 0.5, max: 2}, {key: "power.crowding", min: 0, max: 1}, {key: "staff.hoursPerWeek", min: 4, max: 12}],
      design: {type: "morris", r: 4, levels: 4}, replications: 2, seed: 1, measures: ["fit", "influence"]};
    const plan = planExperiment(experiment);
    // two replications per point, one of them missing influence: per-point means as summarise takes them
    const rows = plan.points.flatMap((p) => [0, 1].map((r) => ({point: p.id, ...p.values, replication: r, seed: `1/${p.id}/${r}`,
      fit: 2 * (p.values["load.timePressure"] as number) + r * (p.values["power.crowding"] as number), influence: r ? NaN : (p.values["staff.hoursPerWeek"] as number) / 10})));
    const fromParquet = await readResultParquet(await parquetBlob(rows, {experiment: JSON.stringify(experiment)}).arrayBuffer(), "merged.parquet");
    const csv = new File([csvText(rows)], "merged.csv"), json = new File([JSON.stringify(experiment, null, 2)], "experiment.json");
    const {file, result} = await readResultFiles([csv, json]);
    expect(file).toBe("merged.csv");
    expect(result.parameters).toEqual(fromParquet.parameters);
    expect(result.sensitivity!.design).toBe("morris");
    expect(result.sensitivity!.indices).toEqual(fromParquet.sensitivity!.indices);
    expect(result.sensitivity!.indices.filter((r) => r.index === "mu*").map((r) => r.measure)).toEqual(["fit", "fit", "fit", "fit", "influence", "influence", "influence", "influence"]);
    expect(result.rows.map((r) => r.fit)).toEqual(fromParquet.rows.map((r) => r.fit));
    // the order the files are chosen in does not matter
    expect((await readResultFiles([json, csv])).result.sensitivity!.indices).toEqual(fromParquet.sensitivity!.indices);
    // alone: says what to choose with it
    await expect(readResultFiles([csv])).rejects.toThrow(/^invalid result file merged\.csv: found 3 varied parameter columns \(load\.timePressure, power\.crowding, staff\.hoursPerWeek\); allowed: 1 or 2 columns .*; for a result from sweep \(any design\), choose this CSV together with the experiment\.json from its folder, or load its \.parquet, which carries the experiment$/);
    // another experiment's file (another seed, so other points): refused, naming the first point that differs
    const other = new File([JSON.stringify({...experiment, seed: 2})], "experiment.json");
    await expect(readResultFiles([csv, other])).rejects.toThrow(/^invalid result file merged\.csv: point 0 has [\w.]+ = [\d.]+ where the experiment "m" has [\d.]+ \(allowed: the experiment file of the sweep that made this result\)$/);
    await expect(readResultFiles([csv, new File([JSON.stringify({...experiment, replications: 0})], "experiment.json")])).rejects.toThrow(/^invalid result file merged\.csv: the experiment file beside it is not valid \(invalid experiment: replications = 0/);
    await expect(readResultFiles([csv, new File(["{"], "experiment.json")])).rejects.toThrow(/^invalid design file experiment\.json: not JSON/);
    await expect(readResultFiles([csv, csv])).rejects.toThrow(/^invalid choice of files: merged\.csv, merged\.csv \(allowed: one result file/);
    for (const e of [readResultFiles([csv, json]).catch((x) => x), readResultFiles([csv]).catch((x) => x)]) expect(String(await e)).not.toMatch(/\n/);
  });

  it("a measure's indices are the same whichever order the experiment lists its measures in (each has its own bootstrap stream)", async () => {
    const experiment = {id: "o", model: "participation", scenario: "team", base: {}, parameters: [{key: "load.timePressure", min: 0.5, max: 2}, {key: "power.crowding", min: 0, max: 1}],
      design: {type: "saltelli", n: 32}, replications: 1, seed: 4, measures: ["fit", "influence"]};
    const plan = planExperiment(experiment);
    const rows = plan.points.map((p) => ({point: p.id, ...p.values, replication: 0, seed: "s", fit: (p.values["load.timePressure"] as number) + (p.values.dummy as number) / 10, influence: p.values["power.crowding"] as number}));
    const load = async (measures: string[]) => (await readResultParquet(await parquetBlob(rows, {experiment: JSON.stringify({...experiment, measures})}).arrayBuffer(), "o.parquet")).sensitivity!.indices;
    const [both, reversed, alone] = [await load(["fit", "influence"]), await load(["influence", "fit"]), await load(["fit"])];
    const fit = (xs: typeof both) => xs.filter((r) => r.measure === "fit");
    expect(fit(both).length).toBeGreaterThan(0);
    expect(fit(reversed)).toEqual(fit(both));
    expect(fit(alone)).toEqual(fit(both));
    // and the two measures' intervals differ (they are not one stream's)
    expect(both.filter((r) => r.measure === "influence").map((r) => r.lo)).not.toEqual(fit(both).map((r) => r.lo));
  });

  it("a classic Saltelli result gives Sobol indices of the classic measures: a factor the output ignores has total index 0", async () => {
    const experiment = {id: "s", model: "classic", parameters: [{key: "solutionCoefficient", min: 0.1, max: 1}, {key: "loadValue", min: 0, max: 10}],
      design: {type: "saltelli", n: 64, secondOrder: false}, replications: 1, seed: 3, measures: ["resolution"]};
    const plan = planExperiment(experiment);
    const rows = plan.points.map((p) => ({point: p.id, ...p.values, replication: 0, seed: "s", resolution: 10 * (p.values.solutionCoefficient as number)}));
    const back = await readResultParquet(await parquetBlob(rows, {experiment: JSON.stringify(experiment)}).arrayBuffer(), "s.parquet");
    expect(back.measures).toEqual(["resolution"]);
    const at = (parameter: string, index: string) => back.sensitivity!.indices.find((r) => r.parameter === parameter && r.index === index)!.estimate;
    expect(at("loadValue", "ST")).toBe(0);
    expect(at("solutionCoefficient", "ST")).toBeGreaterThan(0.8);
    expect(at("solutionCoefficient", "S1")).toBeGreaterThan(0.8);
  });

  it("a missing value is null in Parquet, not zero, and missing again when read back", async () => {
    const rows = exportRows(rows1, "load.timePressure", null).map((r, i) => (i === 0 ? {...r, influence: NaN} : r));
    const back = await readResultParquet(await parquetBlob(rows).arrayBuffer(), "m.parquet");
    expect(Number.isNaN(back.rows[0].influence)).toBe(true);
    expect(back.rows[1].influence).toBe(rows[1].influence);
    const {parquetReadObjects} = await import("hyparquet");
    const raw = await parquetReadObjects({file: await parquetBlob(rows).arrayBuffer()});
    expect(raw[0].influence).toBeNull();
  });

  it("a tidy file from elsewhere is read by its parameter-named columns; a file without them gets a one-line error", () => {
    const tidy = "point,arenas.team.interval,replication,seed,influence,fit\n0,2,0,s/0,0.5,0.7\n0,2,1,s/1,0.4,\n1,4,0,s/0,0.3,0.6\n";
    const back = readResultCSV(tidy, "cli.csv");
    expect(back.parameters).toEqual(["arenas.team.interval"]);
    expect(back.measures).toEqual(["influence", "fit"]);
    expect(Number.isNaN(back.rows[1].fit)).toBe(true);
    expect(() => readResultCSV("a,b\n1,2\n", "bad.csv")).toThrow(/^invalid result file bad\.csv: found 0 varied parameter columns \(none\); allowed: 1 or 2/);
    expect(() => readResultCSV("a,b\n1,2\n", "bad.csv")).not.toThrow(/\n/);
  });

  it("uses recorded metadata only when it has the shape this page writes (own keys only)", () => {
    const good = {format: "garbage-can-lab sweep", version: 1, base: "team", edits: [["horizon", "30"]], scenario: {}, design: {parameters: [{key: "horizon", values: [1]}]}};
    expect(readMeta(good)).toBe(good);
    expect(readMeta({...good, edits: "x"})).toBeNull();
    expect(readMeta({...good, design: {parameters: [{}]}})).toBeNull();
    expect(readMeta(JSON.parse('{"__proto__": {"format": "garbage-can-lab sweep"}}'))).toBeNull();
    expect(readMeta(null)).toBeNull();
  });
});
