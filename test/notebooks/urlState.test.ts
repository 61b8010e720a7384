import {describe, expect, it} from "vitest";
import {decode, describeIssues, encode} from "../../notebooks/lib/urlState.ts";

const schema = {
  lang: {type: "enum", values: ["en", "nb"], default: "en"},
  reps: {type: "int", min: 2, max: 100, default: 10},
  rate: {type: "number", min: 0, max: 1, default: 0.5},
  on: {type: "bool", default: false},
  seed: {type: "string", pattern: /^\w+$/, default: "1"},
  opt: {type: "list", values: ["a", "b", "c"], minItems: 1, maxItems: 2, default: ["a"]}
} as const;

describe("urlState", () => {
  it("round-trips a state and leaves defaults out of the link", () => {
    const state = {lang: "nb", reps: 20, rate: 0.25, on: true, seed: "x7", opt: ["b", "c"]};
    const query = encode(schema, state, [["p.load.timePressure", "2"]]);
    expect(query).toBe("?lang=nb&reps=20&rate=0.25&on=1&seed=x7&opt=b&opt=c&p.load.timePressure=2");
    const back = decode(schema, query, ["p"]);
    expect(back.state).toEqual(state);
    expect(back.extra).toEqual([["p.load.timePressure", "2"]]);
    expect(back.issues).toEqual([]);
    expect(encode(schema, decode(schema, "").state)).toBe("");
  });

  it("reports every bad parameter and falls back to its default", () => {
    const {state, issues} = decode(schema, "?lang=de&reps=1.5&rate=abc&on=yes&seed=a%20b&opt=z&bogus=1&reps=3");
    expect(state).toEqual({lang: "en", reps: 10, rate: 0.5, on: false, seed: "1", opt: ["a"]});
    expect(issues.map((i) => i.key).sort()).toEqual(["bogus", "lang", "on", "opt", "rate", "reps", "seed"]);
    expect(describeIssues(issues)).toContain("lang=de: unknown value \"de\" (allowed: en, nb)");
    expect(decode(schema, "?reps=1000").issues[0].message).toBe("1000 is outside 2–100");
    expect(decode(schema, "?opt=a&opt=b&opt=c").issues[0].message).toBe("allows at most 2 values, got 3");
  });

  it("refuses prototype keys, reads own schema fields only, and keeps each issue to one short line", () => {
    const {state, extra, issues} = decode(schema, "?__proto__=x&constructor=1&toString=2&p.arenas.__proto__.rule=user&p.constructor.prototype.x=1&p.load.timePressure=2", ["p"]);
    expect(state).toEqual(decode(schema, "").state);
    expect(extra).toEqual([["p.load.timePressure", "2"]]);
    expect(issues.map((i) => i.key)).toEqual(["__proto__", "constructor", "toString", "p.arenas.__proto__.rule", "p.constructor.prototype.x"]);
    expect(issues[0].message).toBe("no part of a parameter name may be __proto__, constructor, prototype");
    expect(issues[2].message).toBe("unknown parameter (allowed: lang, reps, rate, on, seed, opt, p.<key>)");
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain("rule");
    const long = decode(schema, `?lang=${"x".repeat(5000)}%0Aline&${"k".repeat(300)}=1`).issues;
    for (const i of long) expect(describeIssues([i])).not.toContain("\n");
    expect(long.find((i) => i.key === "lang")!.message).toBe(`unknown value "${"x".repeat(38)}… (allowed: en, nb)`);
    expect(long.find((i) => i.key !== "lang")!.key).toBe("k".repeat(39) + "…");
    expect(decode(schema, "?reps=1e999").issues[0].message).toBe('"1e999" is not a number (allowed: 2–100)');
    expect(decode(schema, "?rate=-0").state.rate).toBe(0);
    expect(Object.is(decode(schema, "?rate=-0").state.rate, -0)).toBe(false);
  });
});
