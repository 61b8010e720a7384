// Hostile result files loaded into Explore: a damaged CSV is refused with
// its line number (never read silently), a file over the size cap is refused
// before it is read, a result with too many design points to chart is
// refused; a file of rows as the project writes them (formula cells
// neutralised, quotes, line breaks) reads back exactly.
import {csvParse} from "d3-dsv";
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {CsvSyntaxError, csvParseStrict} from "../../sim/experiment/csvStrict.ts";
import {sweep1, summariseSweep} from "../../sim/experiment/designs.ts";
import {csvText} from "../../sim/experiment/records.ts";
import {preset} from "../../sim/participation/presets.ts";
import {parquetBlob} from "../../notebooks/lib/parquet.ts";
import {MAX_LOADED_POINTS, MAX_RESULT_BYTES, MAX_RESULT_ROWS, readResultParquet, exportRows, readResultCSV, readResultFiles, summariseResult, type PickedFile} from "../../notebooks/lib/sweepResult.ts";
import {expectClearError} from "./corpus.ts";

const rows = sweep1(preset("rg-decide"), "load.timePressure", [0.5, 1, 2], {reps: 3, seed: "r"});
const good = csvText(exportRows(rows, "load.timePressure", null));
const header = good.slice(0, good.indexOf("\n") + 1);
const lines = good.trimEnd().split("\n");

const message = (f: () => unknown) => { try { f(); } catch (e) { return (e as Error).message; } return ""; };

describe("result import: damaged CSV files", () => {
  const cases: {what: string; text: string; line: number}[] = [
    {what: "an unbalanced quote", text: [lines[0], lines[1], lines[2].replace(",", ',"'), ...lines.slice(3)].join("\n") + "\n", line: 3},
    {what: "an unbalanced quote on the last line", text: good + '"rg-decide,1\n', line: lines.length + 1},
    {what: "a quote inside an unquoted field", text: [lines[0], lines[1].replace("rg-decide", 'rg"decide'), ...lines.slice(2)].join("\n"), line: 2},
    {what: "text after a closing quote", text: [lines[0], lines[1], lines[2].replace("rg-decide", '"rg-decide"x'), ...lines.slice(3)].join("\n"), line: 3},
    {what: "a line short of fields", text: [...lines.slice(0, 4), lines[4].slice(0, lines[4].lastIndexOf(",")), ...lines.slice(5)].join("\n"), line: 5},
    {what: "a line with a field too many", text: [...lines.slice(0, 6), lines[6] + ",1", ...lines.slice(7)].join("\n"), line: 7},
    {what: "a __proto__ column", text: good.replace("scenario", "__proto__"), line: 1},
    {what: "a column named twice", text: good.replace("scenario", "seed"), line: 1}
  ];
  for (const c of cases) {
    it(`refuses ${c.what} with the line number`, () => {
      const m = message(() => readResultCSV(c.text, "r.csv"));
      expectClearError(m, `invalid result file r.csv: line ${c.line}: `);
      // d3-dsv reads it without a word (except where the header itself is odd)
      if (c.line > 1) expect(() => csvParse(c.text)).not.toThrow();
    });
  }

  it("reads the same file undamaged (two-sided)", () => {
    const back = readResultCSV(good, "r.csv");
    expect(back.rows).toHaveLength(rows.length);
    expect(summariseSweep(back.rows, "influence")).toEqual(summariseSweep(rows, "influence"));
  });

  it("reads back any rows the project's CSV writer writes, cell for cell as d3-dsv reads them (formula cells keep their quote)", () => {
    const cell = fc.oneof(fc.string({unit: "grapheme"}), fc.constantFrom("=1+1", "-0.5", "@x", "\t", "a,b", "q\"t", "l\nm", "\r\n", ""), fc.double({noNaN: true}), fc.constant(null));
    fc.assert(fc.property(fc.array(fc.tuple(cell, cell, cell), {minLength: 1, maxLength: 20}), (tuples) => {
      const text = csvText(tuples.map(([a, b, c]) => ({a, b, c})));
      const strict = csvParseStrict(text), lenient = csvParse(text);
      expect(strict.columns).toEqual(lenient.columns);
      expect(strict.rows.map((r) => ({...r}))).toEqual(lenient.map((r) => ({...r})));
      for (const r of strict.rows) for (const v of Object.values(r)) expect(/^[=+\-@\t\r]/.test(v) && !/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(v)).toBe(false);
    }), {numRuns: 300});
  });

  it("CsvSyntaxError names the line where a quoted field spanning lines began", () => {
    const e = (() => { try { csvParseStrict('a,b\n1,"x\ny\nz'); } catch (x) { return x; } })();
    expect(e).toBeInstanceOf(CsvSyntaxError);
    expect((e as CsvSyntaxError).line).toBe(2);
  });
});

describe("result import: sizes", () => {
  const file = (name: string, text: string, size?: number): PickedFile & {read: number} => {
    const f = {name, read: 0, ...(size === undefined ? {} : {size}),
      text: async () => { ++f.read; return text; },
      arrayBuffer: async () => { ++f.read; return new TextEncoder().encode(text).buffer as ArrayBuffer; }};
    return f;
  };

  it("a file over the size cap is refused before it is read", async () => {
    for (const name of ["big.csv", "big.parquet"]) {
      const f = file(name, good, MAX_RESULT_BYTES + 1);
      const m = await readResultFiles([f]).then(() => "", (e: Error) => e.message);
      expectClearError(m, `invalid result file ${name}: ${MAX_RESULT_BYTES / 2 ** 20 + 1} MB (allowed: at most ${MAX_RESULT_BYTES / 2 ** 20} MB here`);
      expect(f.read).toBe(0);
    }
    // at the cap it is read (two-sided)
    const ok = file("ok.csv", good, MAX_RESULT_BYTES);
    expect((await readResultFiles([ok])).result.rows).toHaveLength(rows.length);
    expect(ok.read).toBe(1);
  });

  it("a Parquet file of more rows than the page reads is refused from its footer, before its rows are read", async () => {
    const many = Array.from({length: MAX_RESULT_ROWS + 1}, (_, i) => ({"load.timePressure": 0.5 + (i % 3), influence: 0.5}));
    const buffer = await parquetBlob(many).arrayBuffer();
    many.length = 0;
    const t0 = performance.now();
    const m = await readResultParquet(buffer, "big.parquet").then(() => "", (e: Error) => e.message);
    expectClearError(m, `invalid result file big.parquet: ${MAX_RESULT_ROWS + 1} rows (allowed: at most ${MAX_RESULT_ROWS} here`);
    // refused from the footer: far quicker than reading a million rows
    expect(performance.now() - t0).toBeLessThan(500);
  });

  it("more distinct x values than the page charts are refused (the browser test loads 100,000 of them); the cap itself loads", () => {
    const many = (n: number) => header + Array.from({length: n}, (_, i) => lines[1].replace(/^0,0\.5,/, `${i},${(i + 1) / 1e5},`)).join("\n") + "\n";
    expect(lines[1].startsWith("0,0.5,")).toBe(true);
    const m = message(() => readResultCSV(many(MAX_LOADED_POINTS + 1), "x.csv"));
    expectClearError(m, `invalid result file x.csv: ${MAX_LOADED_POINTS + 1} design points (allowed: at most ${MAX_LOADED_POINTS} to chart here`);
    expect(readResultCSV(many(MAX_LOADED_POINTS), "x.csv").rows).toHaveLength(MAX_LOADED_POINTS);
  });

  it("the summary sent back to the page equals summariseSweep for every measure, with no rows", () => {
    const back = readResultCSV(good, "r.csv");
    const summary = summariseResult(back);
    expect("rows" in summary).toBe(false);
    expect(summary.rowCount).toBe(rows.length);
    for (const m of back.measures) expect(summary.points[m]).toEqual(summariseSweep(back.rows, m));
  });
});
