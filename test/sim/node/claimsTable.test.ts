import {describe, expect, it} from "vitest";
import {main, parseSets} from "../../../sim/node/claimsTable.ts";

describe("claims table command (sim/node/claimsTable.ts)", () => {
  const run = (...args: string[]) => {
    let out = "", err = "";
    const code = main(args, (s) => { out += s; }, (s) => { err += s; });
    return {code, out, err};
  };
  it("bad input gets one line naming the flag or key, the value and what is allowed, exit 2, and nothing is run", () => {
    for (const args of [["--set", "nokey"], ["--set", "staff.allocation=sideways"], ["--set", "foo=1"], ["--bogus"]]) {
      const r = run(...args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.out).toBe("");
      expect(r.err.trim().split("\n").length).toBe(1);
      expect(r.err).toMatch(/^error: /);
    }
    expect(run("--set", "staff.allocation=sideways").err).toMatch(/staff\.allocation.*sideways.*closest, oldest/);
  });
  it("reads --set values as numbers, booleans or words", () => {
    expect(parseSets(["--set", "staff.allocation=oldest", "--set", "load.timePressure=2"])).toEqual({"staff.allocation": "oldest", "load.timePressure": 2});
  });
});

describe("claims table --ablate", () => {
  it("refuses an unknown ablation in one line, running nothing", () => {
    let out = "", err = "";
    const code = main(["--ablate", "energy"], (s) => { out += s; }, (s) => { err += s; });
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err.trim()).toBe('error: invalid --ablate: "energy" (allowed: streams)');
  });
});
