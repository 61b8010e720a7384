// The Classroom's link carries edits made while playing: "week:key=value,..."
// read back as the same edits, checked against the scenario (one line naming
// the field), and a good link raises no issue.
import {describe, expect, it} from "vitest";
import {CLASSROOM_SCHEMA, encodeEdits, parseEdits, validateClassroom} from "../../notebooks/lib/classroomState.ts";
import {decode} from "../../notebooks/lib/urlState.ts";

const state = (search: string) => decode(CLASSROOM_SCHEMA, search).state;

describe("edits in the Classroom's link", () => {
  it("round-trips edits: numbers and booleans as such, ids as text", () => {
    const edits = [{week: 6, key: "power.wishWeight", value: 3}, {week: 20, key: "arenas.rg.interval", value: 2}, {week: 30, key: "advocates.guardian.paid", value: true}];
    expect(parseEdits(encodeEdits(edits))).toEqual(edits);
    expect(parseEdits("")).toEqual([]);
    expect(parseEdits("4:x.y=visit")).toEqual([{week: 4, key: "x.y", value: "visit"}]);
  });

  it("a link's edits are checked against its scenario: a good one passes, a bad one is named in one line", () => {
    expect(validateClassroom(state("model=transfer-written&edits=6:power.wishWeight=3"))).toEqual([]);
    const drawn = validateClassroom(state("model=transfer-written&edits=6:users.casesPerYear=3"));
    expect(drawn).toHaveLength(1);
    expect(drawn[0].key).toBe("edits");
    expect(drawn[0].message).toMatch(/users\.casesPerYear/);
    expect(drawn[0].message.split("\n")).toHaveLength(1);
    expect(validateClassroom(state("model=transfer-written&edits=6:power.wishWeight=-5"))[0].message).toMatch(/power\.wishWeight/);
    expect(validateClassroom(state("model=transfer-written&edits=999:power.wishWeight=3"))[0].message).toMatch(/edits\.week.*999/);
    expect(validateClassroom(state("model=transfer-written&edits=6:__proto__.x=1"))).toHaveLength(1);
    // a malformed value never reaches the checks: the link's decoder refuses it
    expect(decode(CLASSROOM_SCHEMA, "edits=six:a=b").issues.map((i) => i.key)).toEqual(["edits"]);
  });
});
