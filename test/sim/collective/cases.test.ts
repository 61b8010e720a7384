// From the collective to the individual level: adopted service changes reach
// the linked case preset through the case engine's `edits` option (a
// schedule of parameter changes by week). Edits at week 0 are the edited
// scenario; a reused simulator gets its own parameters back; council-to-cases
// moves the responsibility groups' outcomes; without anchoring nothing moves.
import {describe, expect, it} from "vitest";
import {ParticipationSimulator, runParticipation} from "../../../sim/participation/engine.ts";
import {preset} from "../../../sim/participation/presets.ts";
import {setParameter} from "../../../sim/participation/scenario.ts";
import {CollectiveSimulator, serviceEdits} from "../../../sim/collective/engine.ts";
import {collectivePreset} from "../../../sim/collective/presets.ts";
import {setCollectiveParameter} from "../../../sim/collective/scenario.ts";
import {pairedDifference} from "../../../sim/stats.ts";

describe("the case engine's edits option", () => {
  it("an edit from week 0 gives exactly the run of the edited scenario", () => {
    const base = preset("rg-report");
    const edited = setParameter(setParameter(base, "arenas.rg.mode", "decide"), "userTypes.vulnerable.literacy", 0.4);
    const a = runParticipation(base, {seed: "e", edits: [{week: 0, key: "arenas.rg.mode", value: "decide"}, {week: 0, key: "userTypes.vulnerable.literacy", value: 0.4}]});
    const b = runParticipation(edited, {seed: "e"});
    expect(a.summary).toEqual(b.summary);
    expect(a.cases).toEqual(b.cases);
  });
  it("an edit from a later week changes the run only from then on, and a reused simulator gets its own parameters back", () => {
    const sim = new ParticipationSimulator(preset("rg-report"));
    const plain = sim.run({seed: "w"});
    const late = sim.run({seed: "w", edits: [{week: 30, key: "arenas.rg.mode", value: "decide"}]});
    expect(late.summary).not.toEqual(plain.summary);
    // cases decided before week 30 are decided as without the edit
    const early = (r: typeof plain) => r.cases.filter((c) => c.decided !== null && c.decided < 30);
    expect(early(late)).toEqual(early(plain));
    expect(sim.run({seed: "w"}).summary).toEqual(plain.summary);
  });
  it("edits that would change the model's sizes, or are not valid settings, are refused in one line", () => {
    expect(() => runParticipation(preset("rg-report"), {seed: "1", edits: [{week: 1, key: "users.count", value: 3}]})).toThrow(/^invalid edits\[0\]\.key: "users\.count"/);
    expect(() => runParticipation(preset("rg-report"), {seed: "1", edits: [{week: -1, key: "arenas.rg.mode", value: "decide"}]})).toThrow(/^invalid edits\[0\]\.week: -1/);
    expect(() => runParticipation(preset("rg-report"), {seed: "1", edits: [{week: 1, key: "arenas.rg.mode", value: "up"}]})).toThrow(/^invalid arenas\.rg\.mode: "up"/);
  });
});

describe("council-to-cases: the path from a user council to individual outcomes", () => {
  const REPS = 150;
  function paired(anchoring?: number) {
    let s = collectivePreset("council-to-cases");
    if (anchoring !== undefined) s = setCollectiveParameter(s, "management.anchoring", anchoring);
    const sim = new CollectiveSimulator(s);
    const runs = Array.from({length: REPS}, (_, r) => sim.run({seed: `ctc/${r}`}).summary.cases!);
    return runs;
  }
  it("adopted changes become edits from their adoption week plus the lag", () => {
    const s = collectivePreset("council-to-cases");
    expect(serviceEdits(s, ["housing", "work", "rights"], [-1, 10, 3])).toEqual([
      {week: 14, key: "arenas.rg.mode", value: "decide"},
      {week: 7, key: "userTypes.vulnerable.literacy", value: "0.35"}
    ]);
  });
  it("an anchored council moves the responsibility groups' outcomes: more cases at user influence or control than the same groups without it", () => {
    const runs = paired();
    expect(runs.some((c) => c.changes > 0)).toBe(true);
    const d = pairedDifference(runs.map((c) => c.upperStepsWithout), runs.map((c) => c.upperSteps));
    expect(d.lo).toBeGreaterThan(0);
  });
  it("without anchoring nothing is adopted and the individual outcomes are exactly those without the council", () => {
    const runs = paired(0);
    for (const c of runs) {
      expect(c.changes).toBe(0);
      expect(c.upperSteps).toBe(c.upperStepsWithout);
      expect(Object.is(c.influence, c.influenceWithout)).toBe(true);
    }
  });
});
