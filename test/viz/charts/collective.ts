import {describe, expect, it} from "vitest";
import {rungBars} from "../../../viz/rungBars.ts";
import {trajectoryLines} from "../../../viz/trajectoryLines.ts";
import {meetingDots} from "../../../viz/meetingDots.ts";
import {aria, assertSnapshot, makeDocument, texts} from "../snapshot.ts";

// Fixed data in the shape the collective records give (sim/collective/records.ts).
const RUNGS = [
  {option: "user-meeting-neutral", arnstein: {manipulation: 0, therapy: 0, information: 0.12, consultation: 0.88, placation: 0, partnership: 0, delegatedPower: 0, citizenControl: 0}},
  {option: "working-committee", arnstein: {manipulation: 0, therapy: 0, information: 0.16, consultation: 0.3, placation: 0, partnership: 0.54, delegatedPower: 0, citizenControl: 0}},
  {option: "late-entry-consensus", arnstein: {manipulation: 0.26, therapy: 0, information: 0.74, consultation: 0, placation: 0, partnership: 0, delegatedPower: 0, citizenControl: 0}}
];
const USERS = [
  {id: 1, minority: true, weeks: [-1, 2, 10], literacy: [0.2, 0.32, 0.42], avmakt: [0.6, 0.55, 0.5]},
  {id: 7, minority: false, weeks: [-1, 10, 18, 26], literacy: [0.3, 0.4, 0.5, 0.57], avmakt: [0.5, 0.5, 0.42, 0.42]},
  {id: 9, minority: true, weeks: [-1, 2], literacy: [0.25, 0.25], avmakt: [0.7, 0.7]}
];
const FRAME = {week: 17, arena: "daytime", staff: 2, rung: "consultation" as const, users: [
  {id: 1, language: "somali", understood: true, spoke: true, heard: true, member: false},
  {id: 2, language: "other", understood: false, spoke: false, heard: false, member: false},
  {id: 3, language: "arabic", understood: true, spoke: true, heard: false, member: false},
  {id: 4, language: "norwegian", understood: true, spoke: false, heard: false, member: true}
]};

describe("rungBars", () => {
  const document = makeDocument();
  it("stacks Arnstein's rungs per option (snapshot), in both languages", () => {
    assertSnapshot("rungBars", rungBars(RUNGS, {document}));
    expect(aria(rungBars(RUNGS, {document})).label).toBe("Arnstein's ladder per collective option");
    expect(aria(rungBars(RUNGS, {document})).description).toContain("working-committee (54");
    expect(texts(rungBars(RUNGS, {document, lang: "nb"}))).toMatch(/Partnerskap/);
  });
  it("fails loudly on bad input", () => {
    expect(() => rungBars([], {document})).toThrow("invalid data");
    expect(() => rungBars([{option: "x", arnstein: {...RUNGS[0].arnstein, information: NaN}}], {document})).toThrow("leave out options with no meeting");
    expect(() => rungBars([{option: "x", arnstein: {...RUNGS[0].arnstein, partnership: 0.5}}], {document})).toThrow("sum to");
  });
});

describe("trajectoryLines", () => {
  const document = makeDocument();
  it("draws each user's literacy and avmakt over the weeks (snapshot)", () => {
    assertSnapshot("trajectoryLines", trajectoryLines(USERS, {document}));
    expect(aria(trajectoryLines(USERS, {document})).description).toContain("3 users");
    expect(texts(trajectoryLines(USERS, {document, lang: "nb"}))).toMatch(/Trenger tolk/);
  });
  it("fails loudly on bad input", () => {
    expect(() => trajectoryLines([], {document})).toThrow("invalid data");
    expect(() => trajectoryLines([{...USERS[0], avmakt: [0.5]}], {document})).toThrow("differ in length");
  });
});

describe("meetingDots", () => {
  const document = makeDocument();
  it("shows who was there and what happened to them (snapshot)", () => {
    assertSnapshot("meetingDots", meetingDots(FRAME, {document}));
    expect(aria(meetingDots(FRAME, {document})).description).toBe("A meeting with 4 users and 2 staff; rung: Consultation.");
    expect(texts(meetingDots(FRAME, {document, lang: "nb"}))).toMatch(/Konsultasjon/);
    expect(texts(meetingDots({...FRAME, users: [], rung: null}, {document}))).toMatch(/No users present/);
  });
  it("fails loudly on bad input", () => {
    expect(() => meetingDots({...FRAME, staff: -1}, {document})).toThrow("invalid frame");
    expect(() => meetingDots(FRAME, {document, colour: "red"} as never)).toThrow("invalid option for meetingDots: colour");
  });
});
