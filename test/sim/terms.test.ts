// One word per concept in the interface's bokmål: Hansen calls his four steps
// a staircase ("trapp med fire trinn"), a decision by oversight is
// "overseelse" (not "oversettelse", translation), and time to decision is
// "tid til vedtak". A file that slips back to a variant fails here.
import {execFileSync} from "node:child_process";
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";

const VARIANTS: readonly [RegExp, string][] = [
  [/\bstigen\b|\bstigens\b|\btrinn på stige/i, "Hansen's ladder is 'trappen' in bokmål"],
  [/oversettelse/i, "a decision by oversight is 'overseelse'"],
  [/tid til beslutning/i, "time to decision is 'tid til vedtak'"]
];

/** Files whose text the interface shows: the declarations in sim/, viz/, notebooks/ and the scenarios' notes (not the sources' own headings). */
function interfaceFiles(): string[] {
  const out = execFileSync("git", ["ls-files", "sim", "viz", "notebooks", "data"], {encoding: "utf8"});
  // sim/sources.ts quotes the source texts' headings verbatim ("Språk, oversettelse og bruk av tolk": translation)
  return out.split("\n").filter((f) => /\.(ts|json|html)$/.test(f) && f !== "sim/sources.ts");
}

export function findVariants(files: readonly string[], read: (f: string) => string): string[] {
  const found: string[] = [];
  for (const f of files) {
    const text = read(f);
    for (const [re, why] of VARIANTS) {
      const m = re.exec(text);
      if (m) found.push(`${f}: "${m[0]}" (${why})`);
    }
  }
  return found;
}

describe("bokmål terms", () => {
  it("the check finds a planted variant", () => {
    expect(findVariants(["planted.ts"], () => `nb: "Trinn på stigen"`)).toHaveLength(1);
    expect(findVariants(["planted.ts"], () => `nb: "Trinn på trappen", "mer stigende"`)).toHaveLength(0);
  });

  it("no interface file uses a variant of a declared term", () => {
    expect(findVariants(interfaceFiles(), (f) => readFileSync(f, "utf8"))).toEqual([]);
  });
});
