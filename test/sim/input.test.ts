import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {InputError, oneLine, own, parseDecimal, parseJsonText, showValue} from "../../sim/input.ts";

describe("input helpers", () => {
  it("show values short and on one line: strings quoted, long values cut with …, undefined as missing", () => {
    expect(showValue("user")).toBe('"user"');
    expect(showValue(undefined)).toBe("missing");
    expect(showValue(-0)).toBe("-0");
    expect(showValue(Infinity)).toBe("Infinity");
    expect(showValue("a\nb")).toBe('"a\\nb"');
    expect(showValue("x".repeat(1000))).toBe('"' + "x".repeat(38) + "…");
    expect(showValue([[1, 2], {a: null}])).toBe('[[1,2],{"a":null}]');
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; ++i) deep = [deep];
    expect(showValue(deep)).toBe("[[[[[[[[[…]]]]]]]]]");
    expect(showValue(new Array(1_000_000).fill(7)).length).toBe(40);
    fc.assert(fc.property(fc.jsonValue(), (v) => {
      const s = showValue(v);
      expect(s.length).toBeLessThanOrEqual(40);
      expect(s).not.toMatch(/[\n\r\u2028\u2029]/);
    }));
  });
  it("cut field names and texts to one line", () => {
    expect(oneLine("a\nb\tc", 80)).toBe("a\\nb\\tc");
    expect(oneLine("k".repeat(100), 10)).toBe("k".repeat(9) + "…");
    expect(new InputError("a\nb", 1, "x").message).toBe("invalid a\\nb: 1 (allowed: x)");
  });
  it("read own keys only", () => {
    const o = Object.create({inherited: 1});
    o.mine = 2;
    expect([own(o, "mine"), own(o, "inherited"), own(o, "toString"), own(o, "__proto__"), own(null, "x"), own(5, "x")]).toEqual([2, undefined, undefined, undefined, undefined, undefined]);
  });
  it("read decimal numbers only; -0 as 0", () => {
    for (const [text, n] of [["2", 2], [" -0.5 ", -0.5], ["1e3", 1000], [".5", 0.5], ["5.", 5], ["+3", 3]] as const) expect(parseDecimal(text)).toBe(n);
    expect(Object.is(parseDecimal("-0"), 0)).toBe(true);
    for (const text of ["", " ", "0x10", "0b1", "1_000", "Infinity", "NaN", "1e", "--1", "1,5"]) expect(parseDecimal(text)).toBeNaN();
    expect(parseDecimal("1e999")).toBe(Infinity); // finite checks are the caller's, who says what range is allowed
  });
  it("parse JSON text with or without a byte-order mark; a syntax error is one line naming the file", () => {
    expect(parseJsonText('\uFEFF{"a": 1}', "f")).toEqual({a: 1});
    expect(parseJsonText("[1]", "f")).toEqual([1]);
    expect(() => parseJsonText("{\n\n oops", "my file")).toThrow(/^invalid my file: "\{\\n\\n oops" \(allowed: JSON text; this file is not valid JSON: [^\n]+\)$/);
  });
});
