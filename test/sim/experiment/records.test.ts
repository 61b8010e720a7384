import {csvParse} from "d3-dsv";
import {describe, expect, it} from "vitest";
import {runReplications} from "../../../sim/experiment/run.ts";
import {csvColumns, csvHeader, csvLine, csvText, flattenRow} from "../../../sim/experiment/records.ts";
import {preset} from "../../../sim/participation/presets.ts";
import {formatRows} from "../../../sim/node/format.ts";
import {toCSV} from "../../../viz/export.ts";

describe("tidy rows as CSV", () => {
  it("missing values are empty cells, never 0; numbers round-trip", () => {
    const text = csvText([{a: NaN, b: null, c: undefined, d: 0.1 + 0.2, e: 0}]);
    expect(text).toBe(`a,b,c,d,e\n,,,${0.1 + 0.2},0\n`);
    expect(Number(csvParse(text)[0].d)).toBe(0.1 + 0.2);
  });

  it("flattens nested objects to dotted columns in first-seen order", () => {
    const flat = [flattenRow({x: 1, ladder: {influence: 0.5, control: 0}}), flattenRow({x: 2, y: [1, 2]})];
    expect(flat[0]).toEqual({x: 1, "ladder.influence": 0.5, "ladder.control": 0});
    expect(csvColumns(flat)).toEqual(["x", "ladder.influence", "ladder.control", "y"]);
  });

  it("header and lines written one by one equal the whole document", () => {
    const rows = [{a: "x,y", b: 1}, {a: "q\"uote", b: 2}];
    const cols = ["a", "b"];
    expect(csvHeader(cols) + rows.map((r) => csvLine(flattenRow(r), cols)).join("")).toBe(csvText(rows));
  });

  it("the command line and the notebooks write the same columns and cells for the same rows", () => {
    const rows = runReplications(preset("rg-decide"), {reps: 3, seed: "csv"});
    expect(formatRows(rows, "csv")).toBe(toCSV(rows));
    expect(csvParse(toCSV(rows)).columns).toContain("ladder.influence");
  });
});
