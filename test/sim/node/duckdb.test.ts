// DuckDB (a reader we did not write) reads the sweep's Parquet: columns,
// types, sums, nulls for missing measures, and the key-value metadata.
import {afterAll, describe, expect, it} from "vitest";
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {DuckDBInstance} from "@duckdb/node-api";
import {cli} from "./cliHarness.ts";
import {Batch} from "../../../sim/node/sweep/columns.ts";
import {batchCsv, batchParquet} from "./sweep/batchFiles.ts";

const scratch = mkdtempSync(join(tmpdir(), "gcl-duckdb-"));
afterAll(() => rmSync(scratch, {recursive: true, force: true}));

describe("DuckDB round trip", () => {
  it("reads merged and shard files with the CSV's columns and sums, and missing values as NULL", async () => {
    const file = join(scratch, "e.json");
    writeFileSync(file, JSON.stringify({
      id: "duck", model: "participation", scenario: "transfer-visit", base: {horizon: 3},
      parameters: [{key: "users.count", values: [2, 6]}, {key: "arenas.visit.rule", values: ["staff", "user"]}],
      design: {type: "factorial"}, replications: 15, seed: 3, measures: ["decided", "fit", "timeToDecision"]
    }));
    const dir = join(scratch, "out");
    expect((await cli("sweep", file, "--out", dir, "--workers", "2", "--chunk-rows", "10")).code).toBe(0);
    expect((await cli("merge", dir)).code).toBe(0);
    const csv = readFileSync(join(dir, "merged.csv"), "utf8").trim().split("\n").map((l) => l.split(","));
    const header = csv[0], body = csv.slice(1);
    const col = (name: string) => body.map((r) => r[header.indexOf(name)]);
    const sum = (xs: string[]) => xs.filter((x) => x !== "").reduce((a, x) => a + Number(x), 0);
    const missingFit = col("fit").filter((x) => x === "").length;

    const db = await DuckDBInstance.create(":memory:");
    const con = await db.connect();
    const rows = async (sql: string) => (await con.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
    const merged = `read_parquet('${join(dir, "merged.parquet")}')`;
    const described = await rows(`DESCRIBE SELECT * FROM ${merged}`);
    expect(described.map((d) => d.column_name)).toEqual(header);
    expect(Object.fromEntries(described.map((d) => [d.column_name, d.column_type]))).toMatchObject({
      // users.count is declared integer: stored as INT32
      point: "INTEGER", "users.count": "INTEGER", "arenas.visit.rule": "VARCHAR", replication: "INTEGER", seed: "VARCHAR", fit: "DOUBLE"
    });
    const [agg] = await rows(`SELECT count(*) AS n, sum(replication) AS reps, sum(decided) AS decided, count(fit) AS fits,
      sum(fit) AS fit, count(*) FILTER (WHERE fit IS NULL) AS nofit, count(DISTINCT seed) AS seeds FROM ${merged}`);
    expect(Number(agg.n)).toBe(60);
    expect(Number(agg.reps)).toBe(4 * (14 * 15) / 2);
    expect(Number(agg.decided)).toBe(sum(col("decided")));
    expect(Number(agg.fits)).toBe(60 - missingFit);
    expect(Number(agg.nofit)).toBe(missingFit);
    expect(Number(agg.fit)).toBeCloseTo(sum(col("fit")), 9);
    expect(Number(agg.seeds)).toBe(60);
    const [parts] = await rows(`SELECT count(*) AS n, sum(decided) AS decided FROM read_parquet('${join(dir, "shard-*.parquet")}')`);
    expect(Number(parts.n)).toBe(60);
    expect(Number(parts.decided)).toBe(sum(col("decided")));
    const kv = await rows(`SELECT decode(key) AS key, decode(value) AS value FROM parquet_kv_metadata('${join(dir, "merged.parquet")}')`);
    const meta = Object.fromEntries(kv.map((r) => [r.key, r.value]));
    expect(JSON.parse(meta.experiment as string).id).toBe("duck");
    expect(meta.version).toMatch(/^garbage-can-lab /);
    // A missing measure (NaN inside) is NULL to DuckDB, and empty in the CSV.
    const batch = new Batch([{name: "point", type: "INT32"}, {name: "fit", type: "DOUBLE"}]);
    batch.push({point: 0, fit: 0.5});
    batch.push({point: 1, fit: NaN});
    writeFileSync(join(scratch, "nan.parquet"), batchParquet(batch, []));
    expect(batchCsv(batch, true)).toBe("point,fit\n0,0.5\n1,\n");
    const nulls = await rows(`SELECT point, fit FROM read_parquet('${join(scratch, "nan.parquet")}') ORDER BY point`);
    expect(nulls).toEqual([{point: 0, fit: 0.5}, {point: 1, fit: null}]);
    con.closeSync();
    db.closeSync();
  });
});
