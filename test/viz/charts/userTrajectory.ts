import {describe, expect, it} from "vitest";
import {userTrajectory, userTrajectoryRows} from "../../../viz/userTrajectory.ts";
import {userTrajectoryFixture} from "../fixtures.ts";
import {aria, assertSnapshot, makeDocument, texts} from "../snapshot.ts";

describe("userTrajectory (the classroom's user over the year)", () => {
  const document = makeDocument();
  const rows = userTrajectoryFixture();

  it("draws one user's competence, trust and motivation up to a week (snapshot)", () => {
    assertSnapshot("userTrajectory", userTrajectory(rows, {document, upTo: rows[30].week}));
  });

  it("draws the whole year in Norwegian (snapshot)", () => {
    assertSnapshot("userTrajectory-nb", userTrajectory(rows, {document, lang: "nb", fontSize: 16}));
  });

  it("has three lines, names the states from their declaration and translates", () => {
    const fig = userTrajectory(rows, {document});
    expect(fig.querySelectorAll("[aria-label=line] path")).toHaveLength(3);
    expect(texts(fig)).toMatch(/Competence \(mastery\)/);
    expect(texts(userTrajectory(rows, {document, lang: "nb"}))).toMatch(/Tillit til systemet/);
    expect(aria(fig).label).toBe("A user over the year");
  });

  it("grows with the run: a later week draws more", () => {
    expect(userTrajectory(rows, {document, upTo: rows[5].week}).outerHTML).not.toBe(userTrajectory(rows, {document, upTo: rows[40].week}).outerHTML);
  });

  it("takes its rows from trace frames, skipping frames without users and users out of range", () => {
    const frames = [{week: 0, users: {competence: [0.1, 0.2], trust: [1, 0.5], motivation: [1, 1]}}, {week: 1}];
    expect(userTrajectoryRows(frames, 1)).toEqual([{week: 0, competence: 0.2, trust: 0.5, motivation: 1}]);
    expect(userTrajectoryRows(frames, 2)).toEqual([]);
  });

  it("fails loudly on bad input", () => {
    expect(() => userTrajectory([], {document})).toThrow("invalid rows for userTrajectory");
    expect(() => userTrajectory(rows, {document, upTo: Number.NaN})).toThrow("invalid upTo");
    expect(() => userTrajectory(rows, {document, colour: "red"} as never)).toThrow("invalid option for userTrajectory: colour");
  });
});
