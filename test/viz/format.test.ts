import {readFileSync, readdirSync} from "node:fs";
import path from "node:path";
import {describe, expect, it} from "vitest";
import {fillNumbers, formatDeclared, formatInterval, formatNumber, formatPercent, formatSigned} from "../../viz/format.ts";

describe("the one number formatter", () => {
  it("writes each language's convention", () => {
    expect(formatNumber(-1234.567, "en")).toBe("-1234.57");
    expect(formatNumber(-1234.567, "nb")).toBe("−1234,57");
    expect(formatPercent(0.456, "nb")).toBe("46\u00a0%");
    expect(formatPercent(0.456, "en")).toBe("46%");
    expect(formatInterval(0.5, 1.25, "nb")).toBe("[0,5; 1,25]");
    expect(formatSigned(0.1, "en")).toBe("+0.1");
    expect(formatSigned(-0.1, "nb")).toBe("−0,1");
    expect(formatSigned(0, "en")).toBe("0");
  });

  it("writes a declared constant with every decimal it has (a threshold of 0.002 is not 0)", () => {
    expect(formatDeclared(0.002, "en")).toBe("0.002");
    expect(formatDeclared(0.002, "nb")).toBe("0,002");
    expect(formatDeclared(5, "en")).toBe("5");
    expect(formatDeclared(0.05 * 100, "en")).toBe("5"); // a scaled share keeps no float dust
    expect(formatDeclared(0.1 + 0.2, "en")).toBe("0.3");
    expect(formatDeclared(1 / 3, "en")).toBe("0.333333"); // at most 6 decimals
    expect(formatDeclared(NaN, "en")).toBe("–");
  });

  it("writes a missing value as a dash, never as 0", () => {
    for (const x of [NaN, null, undefined]) {
      expect(formatNumber(x, "en")).toBe("–");
      expect(formatSigned(x, "nb")).toBe("–");
      expect(formatPercent(x, "nb")).toBe("–");
    }
  });

  it("fills numbered slots in a sentence and fails on a missing one", () => {
    expect(fillNumbers("a {0} ≤ {1}", [0.25, 0.5], "nb")).toBe("a 0,25 ≤ 0,5");
    expect(() => fillNumbers("{2}", [1], "en")).toThrow("missing value {2}");
    expect(() => formatNumber(1, "de" as "en")).toThrow("invalid lang: de");
  });
});

describe("sim/ formats no numbers for display", () => {
  // The command line (sim/cli.ts, sim/node/) may write plain English figures.
  const walk = (dir: string): string[] => readdirSync(dir, {withFileTypes: true}).flatMap((e) => {
    const p = path.posix.join(dir, e.name);
    return e.isDirectory() ? (p === "sim/node" ? [] : walk(p)) : e.name.endsWith(".ts") && p !== "sim/cli.ts" ? [p] : [];
  });
  const DISPLAY = /\.toFixed\(|\.toPrecision\(|toLocaleString\(|Intl\.NumberFormat|\.replace\(\s*["'/]\\?\.["'/]/;
  it("the rule can fail", () => expect('x.toFixed(2).replace(".", ",")').toMatch(DISPLAY));
  for (const f of walk("sim")) it(f, () => expect(readFileSync(f, "utf8")).not.toMatch(DISPLAY));
});
