// The source map (sim/sources.ts): every citation key in the project falls
// inside its source and is drawn with its section; docs/sources.md lists
// every section the map declares.
import {execFileSync} from "node:child_process";
import {readFileSync} from "node:fs";
import {fileURLToPath} from "node:url";
import {describe, expect, it} from "vitest";
import {CITATION_KEY, SOURCES, cite, sectionAt} from "../../sim/sources.ts";
import {citeText, citingFiles} from "../../data/citeSources.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const tracked = execFileSync("git", ["ls-files", "-z"], {cwd: ROOT}).toString().split("\0").filter((f) => /\.(ts|md|json|html|mjs)$/.test(f));

/** Every key in the tracked text files, with the file it is in. */
function keys(): {file: string; key: string; id: string; ranges: [number, number][]}[] {
  const out: {file: string; key: string; id: string; ranges: [number, number][]}[] = [];
  for (const file of tracked) {
    const text = readFileSync(ROOT + file, "utf8");
    for (const m of text.matchAll(CITATION_KEY)) {
      const ranges: [number, number][] = [[Number(m[2]), Number(m[3] ?? m[2])]];
      for (const r of m[4].matchAll(/L(\d+)(?:-(\d+))?/g)) ranges.push([Number(r[1]), Number(r[2] ?? r[1])]);
      out.push({file, key: m[0], id: m[1], ranges});
    }
  }
  return out;
}

describe("source citations", () => {
  it("every key in the project names lines inside its source, first line before last", () => {
    const found = keys();
    expect(found.length).toBeGreaterThan(0);
    const bad = found.filter(({id, ranges}) => ranges.some(([a, b]) => b < a || !sectionAt(id, a) || !sectionAt(id, b)));
    expect(bad.map((k) => `${k.file}: ${k.key}`)).toEqual([]);
  });

  it("cite names the author and the section of each range and keeps the key", () => {
    const hansen = SOURCES.find((s) => s.id === "002")!;
    const ex1 = hansen.sections.find((s) => s.cite === "«Eksempel 1»")!;
    const key = `002:L${ex1.line + 1}-${ex1.line + 3}`;
    expect(cite(key)).toBe(`Hansen «Eksempel 1», ${key}`);
    // a range across a section boundary names both sections
    const next = hansen.sections[hansen.sections.indexOf(ex1) + 1];
    const across = `002:L${next.line - 2}-${next.line + 1}`;
    expect(cite(across)).toBe(`Hansen «Eksempel 1», ${next.cite}, ${across}`);
    // keys inside text are each expanded; other text is left alone
    expect(cite(`as shown (${key}; free)`)).toBe(`as shown (Hansen «Eksempel 1», ${key}; free)`);
    expect(cite("free")).toBe("free");
  });

  it("the sections of each source start in order, the first at line 1, all inside the copy", () => {
    for (const s of SOURCES) {
      expect(s.sections[0].line).toBe(1);
      for (let i = 1; i < s.sections.length; i++) expect(s.sections[i].line).toBeGreaterThan(s.sections[i - 1].line);
      expect(s.sections[s.sections.length - 1].line).toBeLessThanOrEqual(s.lines);
    }
  });

  it("docs/sources.md lists every section with its line range, heading and citation form", () => {
    const doc = readFileSync(ROOT + "docs/sources.md", "utf8");
    const missing: string[] = [];
    for (const s of SOURCES) {
      s.sections.forEach((x, i) => {
        const end = i + 1 < s.sections.length ? s.sections[i + 1].line - 1 : s.lines;
        const row = `| L${x.line}-${end} | ${x.heading} | ${x.cite} |`;
        if (!doc.includes(row)) missing.push(`${s.id}: ${row}`);
      });
    }
    expect(missing).toEqual([]);
  });
});

describe("cite twice", () => {
  it("leaves a citation already drawn as it is, and draws a bare key beside it", () => {
    const once = cite("(002:L383-391)");
    expect(cite(once)).toBe(once);
    expect(cite(`${once} and 001:L3519`)).toBe(`${once} and ${cite("001:L3519")}`);
    expect(cite("001:L3519")).not.toBe("001:L3519");
  });
});

describe("citations in the project's text (run npx tsx data/citeSources.ts)", () => {
  it("draws a bare key, keeps a source field's key and an example bare, and leaves a drawn citation alone", () => {
    expect(citeText("as Hansen shows (002:L383-391)")).toBe(`as Hansen shows (${cite("002:L383-391")})`);
    expect(citeText(`  d({key: "x", source: "002:L383-391", label: "see 001:L3519"})`)).toBe(`  d({key: "x", source: "002:L383-391", label: "see ${cite("001:L3519")}"})`);
    expect(citeText(`"source": "002:L326-333, L366-391",`)).toBe(`"source": "002:L326-333, L366-391",`);
    expect(citeText("a key such as `002:L383-391`")).toBe("a key such as `002:L383-391`");
    expect(citeText(cite("(002:L383-391)"))).toBe(cite("(002:L383-391)"));
  });
  it("every key outside data fields is drawn with its source and section", () => {
    const bare = citingFiles().filter((f) => { const t = readFileSync(ROOT + f, "utf8"); return citeText(t) !== t; });
    expect(bare).toEqual([]);
  });
});
