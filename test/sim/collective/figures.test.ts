// Report figures of a collective run: each key reads its part of the summary,
// and only keys of the scenario's own campaigns and arenas are figures.
import {describe, expect, it} from "vitest";
import {CollectiveSimulator} from "../../../sim/collective/engine.ts";
import {collectivePreset} from "../../../sim/collective/presets.ts";
import {openTurnout} from "../../../sim/collective/records.ts";
import {collectiveFigure, isCollectiveFigure} from "../../../sim/collective/figures.ts";

const s = collectivePreset("bjerke-user-meetings");
const summary = new CollectiveSimulator(s).run({seed: "figures/1", cases: false}).summary;

describe("collective figures", () => {
  it("read the summary's funnel, arenas, list and organisers", () => {
    expect(collectiveFigure(summary, "campaigns.letter.came")).toBe(summary.campaigns.letter.came);
    expect(collectiveFigure(summary, "campaigns.letter.invited")).toBe(313);
    expect(collectiveFigure(summary, "arenas.daytime.staffPerMeeting")).toBe(summary.arenas.daytime.staffPerMeeting);
    expect(collectiveFigure(summary, "listed")).toBe(summary.listed);
    expect(collectiveFigure(summary, "organisersCame")).toBe(summary.organisersCame);
    expect(collectiveFigure(summary, "meetingTurnout")).toBe(openTurnout(summary, "meeting"));
    expect(collectiveFigure(summary, "turnout")).toBe(summary.turnout);
    expect(collectiveFigure(summary, "arenas.nope.turnout")).toBeNaN();
  });
  it("are only the scenario's own ids and the declared fields", () => {
    for (const k of ["listed", "turnout", "campaigns.posters.signedUp", "arenas.au.meetings"]) expect(isCollectiveFigure(s, k)).toBe(true);
    for (const k of ["campaigns.nope.came", "arenas.__proto__.turnout", "campaigns.letter.constructor", "arenas.au", "listed.x", "toString"]) expect(isCollectiveFigure(s, k)).toBe(false);
  });
});
