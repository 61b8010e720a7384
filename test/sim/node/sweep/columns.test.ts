import {describe, expect, it} from "vitest";
import fc from "fast-check";
import {parquetMetadata, parquetReadObjects} from "hyparquet";
import {Batch, CsvEncoder, encodeRowGroup, parquetFooter, shiftRowGroup, type Column} from "../../../../sim/node/sweep/columns.ts";
import {csvField} from "../../../../sim/experiment/records.ts";
import {batchCsv, batchParquet} from "./batchFiles.ts";

const COLUMNS: Column[] = [
  {name: "point", type: "INT32"}, {name: "level", type: "STRING"}, {name: "replication", type: "INT32"},
  {name: "seed", type: "STRING"}, {name: "fit", type: "DOUBLE"}, {name: "cases", type: "DOUBLE"}
];
const double = fc.oneof(fc.double({noNaN: true, noDefaultInfinity: true}), fc.constant(NaN), fc.constant(-0), fc.constant(0), fc.integer({min: -5, max: 5}));
const rows = fc.array(fc.record({point: fc.integer({min: 0, max: 1000}), level: fc.constantFrom("low", "high, \"quoted\""), replication: fc.integer({min: 0, max: 9}), seed: fc.oneof(fc.string(), fc.string({unit: "grapheme"})), fit: double, cases: double}), {minLength: 1, maxLength: 60});

function batchOf(rs: Record<string, unknown>[]): Batch {
  const b = new Batch(COLUMNS, 4);
  for (const r of rs) b.push(r);
  return b;
}

/** A Parquet file of row groups encoded one by one, placed after "PAR1" as the shard's files place them. */
function fileOf(batches: Batch[]): Uint8Array {
  const parts: Uint8Array[] = [new TextEncoder().encode("PAR1")];
  const groups = [];
  let at = 4;
  for (const b of batches) {
    const {bytes, rowGroup} = encodeRowGroup(b);
    groups.push(shiftRowGroup(rowGroup, BigInt(at)));
    parts.push(bytes);
    at += bytes.length;
  }
  parts.push(parquetFooter(COLUMNS, groups, [{key: "k", value: "v"}]));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) { out.set(p, o); o += p.length; }
  return out;
}

describe("sweep columns", () => {
  it("row groups encoded apart and placed one after another read back as the rows, with the writer's own statistics", async () => {
    await fc.assert(fc.asyncProperty(rows, rows, async (a, b) => {
      const file = fileOf([batchOf(a), batchOf(b)]);
      const buffer = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer;
      const meta = parquetMetadata(buffer);
      expect(meta.key_value_metadata).toEqual([{key: "k", value: "v"}]);
      expect(Number(meta.num_rows)).toBe(a.length + b.length);
      // statistics of numeric columns, computed on the typed arrays, equal the general writer's
      for (const [g, rs] of [[0, a], [1, b]] as const) {
        const whole = new Uint8Array(batchParquet(batchOf(rs), []));
        const own = parquetMetadata(whole.buffer.slice(whole.byteOffset, whole.byteOffset + whole.byteLength) as ArrayBuffer).row_groups[0];
        for (const c of [0, 2, 4, 5]) expect(meta.row_groups[g].columns[c].meta_data!.statistics).toEqual(own.columns[c].meta_data!.statistics);
      }
      const read = await parquetReadObjects({file: buffer});
      // missing is null; zero's sign is not kept (the writer's dictionary takes -0 and 0 for one value; the CSV writes 0 for both)
      const cell = (x: number | null) => (x === null || Number.isNaN(x) ? null : x === 0 ? 0 : x);
      const expected = [...a, ...b].map((r) => ({...r, fit: cell(r.fit), cases: cell(r.cases)}));
      expect(read.map((r) => ({...r, fit: cell(r.fit as number | null), cases: cell(r.cases as number | null)}))).toEqual(expected);
    }), {numRuns: 40});
  });

  it("CSV lines: numbers in full, missing empty, text quoted where it must be", () => {
    fc.assert(fc.property(rows, (rs) => {
      const lines = batchCsv(batchOf(rs), true).split("\n");
      expect(lines[0]).toBe("point,level,replication,seed,fit,cases");
      rs.forEach((r, i) => expect(lines[i + 1]).toBe(COLUMNS.map((c) => csvField(r[c.name as keyof typeof r] as never)).join(",")));
    }), {numRuns: 100});
  });

  it("the CSV encoder writes the same bytes as the CSV lines, one encoder reused over batches (text in any script, booleans, missing)", () => {
    const columns: Column[] = [...COLUMNS, {name: "flag", type: "BOOLEAN"}];
    const row = fc.record({point: fc.integer({min: 0, max: 3}), level: fc.oneof(fc.string({unit: "grapheme"}), fc.constantFrom("low", "bråk, \"æ\"", "", "=1+1", "@SUM(A1)", "-x", "+x", "\tx", "\rx", "-0.5")), replication: fc.integer({min: 0, max: 2}), seed: fc.oneof(fc.string({unit: "binary"}), fc.constantFrom("=cmd|' /C calc'!A0/0/1", "-5/2/0", "-5", "@x/1", "+1e3")), fit: double, cases: fc.oneof(double, fc.constantFrom(Infinity, -Infinity)), flag: fc.constantFrom(true, false, null)});
    const encoder = new CsvEncoder(columns);
    fc.assert(fc.property(fc.array(fc.array(row, {maxLength: 40}), {minLength: 1, maxLength: 4}), (batches) => {
      for (const rs of batches) {
        const b = new Batch(columns, 2);
        for (const r of rs) b.pushCells(columns.map((c) => r[c.name as keyof typeof r]));
        expect(Buffer.from(encoder.encode(b)).equals(Buffer.from(batchCsv(b, false)))).toBe(true);
      }
    }), {numRuns: 200});
  });

  it("the CSV encoder's remembered number texts stay right past their bound (more distinct numbers than it keeps, met again)", () => {
    const encoder = new CsvEncoder(COLUMNS);
    for (const shift of [0, 1]) {
      const b = new Batch(COLUMNS, 2);
      // 12,000 rows cycling through 5,000 distinct fits and 3 signed zeros or missing cases
      for (let i = 0; i < 12_000; ++i) b.pushCells([i, "x", 0, `s${i}`, ((i + shift) % 5000) / 7, [0, -0, NaN][i % 3]]);
      expect(Buffer.from(encoder.encode(b)).equals(Buffer.from(batchCsv(b, false)))).toBe(true);
    }
  });

  it("pushCells fills a batch as push does from a row", () => {
    fc.assert(fc.property(rows, (rs) => {
      const cells = new Batch(COLUMNS, 2);
      for (const r of rs) cells.pushCells(COLUMNS.map((c) => r[c.name as keyof typeof r]));
      expect(batchCsv(cells, true)).toBe(batchCsv(batchOf(rs), true));
      expect(cells.columnData()).toEqual(batchOf(rs).columnData());
    }), {numRuns: 50});
  });
});
