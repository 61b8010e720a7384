import {describe, expect, it} from "vitest";
import {deflateRawSync, inflateRawSync} from "node:zlib";
import {decode, describeIssues, encode} from "../../notebooks/lib/urlState.ts";
import {COMPRESSED, MAX_INFLATED, compressSpec, linkNeedsPreparing, prepareLink} from "../../notebooks/lib/linkCodec.ts";
import {baseScenario, inlineSpec, resolveOptions} from "../../notebooks/lib/compareData.ts";
import {CLASSROOM_SCHEMA} from "../../notebooks/lib/classroom.ts";
import {preset} from "../../sim/participation/presets.ts";

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

  it("every reason it gives reads in bokmål too, with the same values (the strings catalogue's ui.url.*)", () => {
    const {issues} = decode(schema, "?lang=de&reps=1.5&rate=abc&on=yes&seed=a%20b&opt=z&bogus=1&__proto__=x&reps=3", ["p"]);
    const more = [...decode(schema, "?reps=1000").issues, ...decode(schema, "?reps=1.5").issues, ...decode(schema, "?opt=a&opt=b&opt=c").issues, ...decode({...schema, opt: {...schema.opt, minItems: 2}}, "?opt=a").issues,
      ...decode({s: {type: "string", maxLength: 3, default: ""}}, "?s=abcd").issues];
    const all = [...issues, ...more];
    expect(all.every((i) => i.reason !== undefined)).toBe(true);
    // English as before; bokmål from the same values
    // (one issue at a time: an alert lists only the first few of a long list)
    expect(all.map((i) => describeIssues([i])).join("\n")).toBe(all.map((i) => `${i.key}=${i.value}: ${i.message}`).join("\n"));
    const nb = all.map((i) => describeIssues([i], "nb")).join("\n");
    for (const phrase of ["lang=de: ukjent verdi \"de\" (tillatt: en, nb)", "er ikke et helt tall (tillatt: 2–100)", "er ikke et tall", "er verken 0 eller 1", "er ikke tillatt her",
      "ukjent parameter (tillatt: lang, reps, rate, on, seed, opt, p.<key>)", "ingen del av et parameternavn kan være __proto__", "gitt 2 ganger; gi den én gang",
      "1000 er utenfor 2–100", "tillater høyst 2 verdier, fikk 3", "trenger minst 2 verdier, fikk 1", "lengre enn 3 tegn"]) expect(nb).toContain(phrase);
    for (const english of ["unknown", "allowed", "not a", "outside", "give it once", "longer than"]) expect(nb).not.toContain(english);
    expect(nb.split("\n")).toHaveLength(all.length);
    // a scenario that is not a preset, from the pages' shared resolver, in bokmål too
    const resolved = resolveOptions(["no-such-preset"], []);
    expect(describeIssues(resolved.issues, "nb")).toMatch(/^opt=no-such-preset: ukjent forhåndsinnstilling \(tillatt: .*, eller en scenariofil\)$/);
  });

  describe("compressed scenarios in links", () => {
    const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64").replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
    const fromB64url = (s: string) => Buffer.from(s.replaceAll("-", "+").replaceAll("_", "/"), "base64");

    it("a link made by another deflate (zlib) is inflated before the page reads it, and reads back the same scenario", async () => {
      const s = {...preset("team"), id: "team-zlib"};
      const spec = COMPRESSED + b64url(deflateRawSync(JSON.stringify(s)));
      const search = "?" + new URLSearchParams({model: spec, seed: "3"});
      // the classroom's schema takes it; the page must inflate it first
      expect(decode(CLASSROOM_SCHEMA, search).issues).toEqual([]);
      expect(linkNeedsPreparing(search)).toBe(true);
      expect(() => baseScenario(spec)).toThrow("has not been read yet");
      await prepareLink(search);
      expect(linkNeedsPreparing(search)).toBe(false);
      expect(baseScenario(spec)).toEqual(baseScenario(inlineSpec(s)));
    });

    it("the page's compressed specs are standard raw deflate, under half the plain form, and read at once", async () => {
      const s = preset("transfer-visit");
      const spec = await compressSpec(s);
      expect(spec.startsWith(COMPRESSED)).toBe(true);
      expect(JSON.parse(inflateRawSync(fromB64url(spec.slice(2))).toString("utf8"))).toEqual(s);
      expect(spec.length * 2).toBeLessThan(inlineSpec(s).length); // about 40% of the plain form for the presets
      expect(baseScenario(spec)).toEqual(baseScenario(inlineSpec(s)));
    });

    it("old plain links still read; damaged, oversized or badly encoded compressed links give one-line errors", async () => {
      expect(baseScenario(inlineSpec(preset("team"))).id).toBe("team");
      const damaged = COMPRESSED + "AAAAAAAAAAAA";
      const bomb = COMPRESSED + b64url(deflateRawSync(" ".repeat(MAX_INFLATED + 10)));
      const notText = COMPRESSED + b64url(deflateRawSync(Buffer.from([0xff, 0xfe, 0x00])));
      const notJson = COMPRESSED + b64url(deflateRawSync("{not json"));
      await prepareLink("?" + new URLSearchParams([["model", damaged], ["opt", bomb], ["opt", notText], ["opt", notJson]]));
      const message = (spec: string) => { try { baseScenario(spec); } catch (e) { return (e as Error).message; } return "no error"; };
      expect(message(damaged)).toBe("the compressed scenario in the link is damaged (not valid deflate data)");
      expect(message(bomb)).toBe("the compressed scenario in the link inflates to more than 200000 bytes");
      expect(message(notText)).not.toBe("no error");
      expect(message(notJson)).not.toBe("no error");
      for (const m of [damaged, bomb, notText, notJson].map(message)) expect(m).not.toContain("\n");
      // the schema refuses what is not base64url after the prefix
      expect(decode(CLASSROOM_SCHEMA, "?model=~~a%2Bb").issues.map((i) => i.key)).toEqual(["model"]);
    });
  });
});
