import {describe, expect, it} from "vitest";
import {PARAMETERS} from "../../../sim/participation/parameters.ts";
import {preset} from "../../../sim/participation/presets.ts";
import {getParameter, setParameter} from "../../../sim/participation/scenario.ts";
import {cli} from "./cliHarness.ts";

describe("params CLI", () => {
  it("prints every declared parameter with both labels, unit, range, default and a source or 'free'", async () => {
    const {code, out} = await cli("params", "--format", "json");
    expect(code).toBe(0);
    const rows = JSON.parse(out);
    expect(rows.map((r: {key: string}) => r.key)).toEqual(PARAMETERS.map((p) => p.key));
    for (const r of rows) {
      expect(r.label.en.length * r.label.nb.length).toBeGreaterThan(0);
      expect(r.source === "free" || /^\d{3}:L\d+/.test(r.source)).toBe(true);
      if (r.type === "number" || r.type === "integer") expect(r.min <= r.default && r.default <= r.max).toBe(true);
    }
    expect(rows.some((r: {source: string}) => r.source === "free")).toBe(true);
  });
  it("prints a preset's concrete keys with values and ranges, each settable with --set", async () => {
    const {code, out} = await cli("params", "transfer-visit", "--format", "json");
    expect(code).toBe(0);
    const rows = JSON.parse(out);
    const s = preset("transfer-visit");
    const interval = rows.find((r: {key: string}) => r.key === "arenas.visit.interval");
    expect(interval).toMatchObject({value: 1, min: 1, max: 104});
    for (const r of rows) {
      expect(getParameter(s, r.key)).toEqual(r.value);
      if (r.type === "number" || r.type === "integer") expect(setParameter(s, r.key, r.max)).toBeTruthy();
    }
    expect(rows.some((r: {key: string}) => r.key.includes("*"))).toBe(false);
  });
  it("names a bad scenario in one line", async () => {
    const {code, err} = await cli("params", "nope");
    expect(code).toBe(2);
    expect(err.trim().split("\n").length).toBe(1);
  });
});
