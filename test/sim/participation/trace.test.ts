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
  for (const id of ["rg-guardian", "team-user-present", "transfer-visit"]) it(`${id}: the picture's detail agrees with the case records (who spoke, advocate, options shown) and the declared places`, () => {
    const s = preset(id);
    const run = runParticipation(s, {seed: "detail", trace: true});
    let decisions = 0, energies = 0;
    for (const f of run.trace!) {
      for (const d of f.decided) {
        const record = run.cases[d.id];
        expect(d.by).toBe(record.userPresent ? "user" : record.proxy ? "proxy" : null);
        expect(d.advocate).toBe(record.advocate);
        expect(new Set(d.shown).size).toBe(d.shown!.length);
        for (const x of d.shown!) expect(Object.keys(s.solutions)).toContain(x);
        // two or more options shown is the "alternatives" condition of the case's record
        if (record.conditions) expect(d.shown!.length >= 2).toBe(record.conditions.alternatives);
        ++decisions;
      }
      for (const a of f.arenas) {
        if (!a.meeting) { expect(a.energy).toBeUndefined(); continue; }
        if (a.energy === undefined) continue;
        expect(a.energy).toBeGreaterThanOrEqual(0);
        expect(a.required).toBeGreaterThanOrEqual(0);
        ++energies;
      }
      for (const x of f.solutions) {
        const places = (s.solutions[x.id] as {places?: number}).places ?? 0;
        if (places === 0) expect(x.free).toBeNull();
        else { expect(Number.isInteger(x.free)).toBe(true); expect(x.free).toBeGreaterThanOrEqual(0); expect(x.free).toBeLessThanOrEqual(places); }
      }
    }
    expect(decisions).toBeGreaterThan(0);
    expect(energies).toBeGreaterThan(0);
  });

  it("the trace does not change the results", () => {
    for (const id of PRESET_IDS) {
      const a = runParticipation(preset(id), {seed: "t"});
      const b = runParticipation(preset(id), {seed: "t", trace: true});
      expect(b.summary).toEqual(a.summary);
    }
  });
});
