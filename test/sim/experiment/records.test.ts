import {csvParse} from "d3-dsv";
import {describe, expect, it} from "vitest";
import {runReplications} from "../../../sim/experiment/run.ts";
import {csvColumns, csvField, csvHeader, csvLine, csvText, flattenRow, isFormulaText} from "../../../sim/experiment/records.ts";
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

  it("formula text is neutralised (a quote in front, the cell quoted); numbers, also as text, are left as they are", () => {
    for (const bad of ["=1+1", "+A1", "-A1", "@SUM(A1)", "\tx", "\rx", "=\"a,b\"", "-", "+", "-Infinity", "--5", "-1+2"]) {
      const field = csvField(bad);
      expect(field).toBe(`"'${bad.replaceAll('"', '""')}"`);
      const back = csvParse("c\n" + field + "\n")[0].c!;
      expect(back).toBe("'" + bad);
      expect(isFormulaText(back)).toBe(false);
    }
    for (const x of [-0.5, -1, 1e-7, -1e21, 0, -0]) expect(csvField(x)).toBe(String(x));
    for (const s of ["-0.5", "+3", "-1e-7", ".5", "plain", "a=b", "'=x", ""]) expect(csvField(s)).toBe(s);
    expect(csvField(-Infinity)).toBe("\"'-Infinity\"");
    // a header cell obeys the same rule
    expect(csvHeader(["=x", "y"])).toBe("\"'=x\",y\n");
    expect(csvText([{a: "=x", b: -0.5, c: "@y"}])).toBe("a,b,c\n\"'=x\",-0.5,\"'@y\"\n");
  });
});
