// The Classroom's stepped session hands out the seeded run's frames and rows:
// the same as the traced run, again after a step back (re-run), and an edit
// at a week gives the run with that edit scheduled, the weeks before unchanged.
import {describe, expect, it} from "vitest";
import {StepSession} from "../../notebooks/lib/stepSession.ts";
import {runParticipation} from "../../sim/participation/engine.ts";
import {preset} from "../../sim/participation/presets.ts";
import {frameData, type ParticipationFrameLike} from "../../viz/frameData.ts";
import {runningRows} from "../../viz/runningData.ts";

const traced = (id: string, seed: string, edits: {week: number; key: string; value: number}[] = []) =>
  runParticipation(preset(id), {seed, trace: true, edits}).trace!.map((f) => frameData(f as unknown as ParticipationFrameLike));

describe("StepSession", () => {
  it("hands out the traced run's frames and running rows, in batches", () => {
    const want = traced("team-and-rg", "s");
    const session = new StepSession({scenario: preset("team-and-rg"), seed: "s", edits: []});
    const first = session.advance(0, 9), next = session.advance(10, 1e9);
    const frames = [...first.frames, ...next.frames];
    expect(frames.map((f) => f.index)).toEqual(want.map((_, i) => i));
    expect(frames.map((f) => f.frame)).toEqual(want);
    expect([...first.rows, ...next.rows].map((r) => r.running)).toEqual(runningRows(want));
    expect(session.week).toBe(session.horizon);
  });

  it("a frame already handed out is got again by running the run again", () => {
    const want = traced("rg-report", "b");
    const session = new StepSession({scenario: preset("rg-report"), seed: "b", edits: []});
    session.advance(0, 30);
    const again = session.advance(12, 14);
    expect(again.frames.map((f) => f.frame)).toEqual(want.slice(12, 15));
    expect(again.rows.length).toBe(15); // rows from the start, frames only for the weeks asked
  });

  it("an edit at a week is the run with that edit scheduled; the weeks before are as they were", () => {
    const key = "arenas.rg.interval", value = 2, week = 20;
    const plain = traced("rg-report", "e"), edited = traced("rg-report", "e", [{week, key, value}]);
    expect(edited).not.toEqual(plain); // the edit moves the run
    const session = new StepSession({scenario: preset("rg-report"), seed: "e", edits: []});
    session.advance(0, 25);
    expect(session.edit(week, key, value)).toEqual([{week, key, value}]);
    const got = session.advance(0, 1e9).frames.map((f) => f.frame);
    expect(got).toEqual(edited);
    expect(got.slice(0, week)).toEqual(plain.slice(0, week));
    // a refused edit (a key drawn at the start, a bad value) leaves the session as it was
    expect(() => session.edit(5, "users.casesPerYear", 3)).toThrow(/users\.casesPerYear/);
    expect(() => session.edit(5, key, -1)).toThrow(/arenas\.rg\.interval/);
    expect(session.edits).toEqual([{week, key, value}]);
    expect(session.advance(0, 1e9).frames.map((f) => f.frame)).toEqual(edited);
  });
});
