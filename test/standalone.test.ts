// The project stands on its own: no tracked file points to a file outside the
// repository (the design notes and source texts it was written from live
// elsewhere; what it needs from them is in docs/ and sim/ODD.md).
import {execFileSync} from "node:child_process";
import {readFileSync} from "node:fs";
import {fileURLToPath} from "node:url";
import {describe, expect, it} from "vitest";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
// The planted pointers below are built from parts, so this file does not itself point outside.
const SHARED = "shar" + "ed";

/** Paths and note names that lead outside the repository. */
const OUTSIDE = [
  /(^|[^\w.-])\.\.\/shared\b/, /(^|[^\w-])shared\/(design|seeds)\b/, /\/work\//,
  /\bgcm-1972\.md\b/, /\bparticipation-model\.md\b/, /\bseeds-digest\b/, /\btoolchain-notes\b/, /\b00[0-4]_[0-9a-f]{16}\.txt\b/
];

/** Each line of `text` that points outside, as "line: text". */
export function outsidePointers(text: string): string[] {
  return text.split("\n").flatMap((line, i) => OUTSIDE.some((re) => re.test(line)) ? [`${i + 1}: ${line.trim().slice(0, 120)}`] : []);
}

describe("no file points outside the repository", () => {
  it("the check finds planted pointers and passes clean text", () => {
    expect(outsidePointers(`see ${SHARED}/design/gcm-1972.md §1.9`)).toHaveLength(1);
    expect(outsidePointers(`ok\n(\`../${SHARED}/seeds/002_308d688d4e706740.txt\`)`)).toEqual([`2: (\`../${SHARED}/seeds/002_308d688d4e706740.txt\`)`]);
    expect(outsidePointers("as in seeds-digest M01")).toHaveLength(1);
    expect(outsidePointers("/work/main/sim/cli.ts")).toHaveLength(1);
    expect(outsidePointers("docs/classic-1972.md §1.9; Hansen «Eksempel 1», 002:L383-391; sharedState/design")).toEqual([]);
  });

  it("no tracked text file holds one", () => {
    const files = execFileSync("git", ["ls-files", "-z"], {cwd: ROOT}).toString().split("\0").filter(Boolean)
      .filter((f) => !/\.(png|ico|parquet|woff2?)$/.test(f) && f !== "test/standalone.test.ts");
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((f) => outsidePointers(readFileSync(ROOT + f, "utf8")).map((l) => `${f}:${l}`));
    expect(found).toEqual([]);
  });
});
