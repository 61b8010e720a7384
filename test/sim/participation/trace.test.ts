import {describe, expect, it} from "vitest";
import {runParticipation} from "../../../sim/participation/engine.ts";
import {PRESET_IDS, preset} from "../../../sim/participation/presets.ts";

describe("participation trace: the four streams per week", () => {
  for (const id of ["transfer-visit", "team", "rg-guardian"]) {
    it(`${id}: every decided case is coupled to its adopted solution at its arena`, () => {
      const run = runParticipation(preset(id), {seed: "trace", trace: true});
      const trace = run.trace!;
      expect(trace.length).toBe(preset(id).horizon);
      let coupled = 0;
      for (const f of trace) {
        const arenaIds = new Set(f.arenas.map((a) => a.id));
        for (const d of f.decided) {
          const record = run.cases[d.id];
          const s = f.solutions.filter((x) => x.case === d.id);
          expect(s).toHaveLength(1);
          expect(s[0].id).toBe(record.adopted);
          expect(s[0].at).toBe(record.arena);
          expect(arenaIds.has(s[0].at!)).toBe(true);
          ++coupled;
        }
        // a solution appears at most once while waiting
        const waiting = f.solutions.filter((x) => x.at === null).map((x) => x.id);
        expect(new Set(waiting).size).toBe(waiting.length);
      }
      expect(coupled).toBe(run.summary.decided);
    });
  }
  it("the trace does not change the results", () => {
    for (const id of PRESET_IDS) {
      const a = runParticipation(preset(id), {seed: "t"});
      const b = runParticipation(preset(id), {seed: "t", trace: true});
      expect(b.summary).toEqual(a.summary);
    }
  });
});
