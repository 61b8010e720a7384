// Draws every bare source key in the project's text as a citation a reader can
// follow (`002:L383-391` becomes `Hansen «Eksempel 1», 002:L383-391`; see
// docs/sources.md): run `npx tsx data/citeSources.ts` after adding citations.
// Data fields named `source` keep the bare key (cite() draws them where they
// are shown), and so does a key given as an example of the format.
import {execFileSync} from "node:child_process";
import {readFileSync, writeFileSync} from "node:fs";
import {fileURLToPath} from "node:url";
import {CITATION_KEY, citationPrefix} from "../sim/sources.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));

/** Files whose keys stay bare: the page that explains them, the map itself, generated schemas, the fuzz corpus. */
export function keepsBareKeys(file: string): boolean {
  return file === "docs/sources.md" || file === "sim/sources.ts" || file.endsWith(".schema.json") || file.startsWith("test/fuzz/")
    || file === "test/sim/sources.test.ts" || file === "test/sim/participation/shape.test.ts" || file === "data/citeSources.ts";
}

/** `line` with each bare key drawn as a citation, except in a `source` field's value and in examples ("such as", "e.g."). */
function citeLine(line: string): string {
  const field = /(\bsource|"source")\s*:\s*(["{])/.exec(line);
  let fieldStart = Infinity, fieldEnd = -1;
  if (field) {
    fieldStart = field.index;
    const open = field.index + field[0].length - 1;
    fieldEnd = field[2] === "{" ? line.indexOf("}", open) : line.indexOf('"', open + 1);
    if (fieldEnd < 0) fieldEnd = line.length;
  }
  return line.replace(CITATION_KEY, (key: string, ...rest: unknown[]) => {
    const at = rest[rest.length - 2] as number;
    if (at > fieldStart && at < fieldEnd) return key;
    if (/(such as|e\.g\.)\s*["`]?$/.test(line.slice(Math.max(0, at - 12), at))) return key;
    const prefix = citationPrefix(key);
    return line.slice(Math.max(0, at - prefix.length), at) === prefix ? key : prefix + key;
  });
}

/** The text with its bare keys drawn as citations. */
export function citeText(text: string): string {
  return text.split("\n").map(citeLine).join("\n");
}

/** The tracked text files that may cite a source. */
export function citingFiles(): string[] {
  return execFileSync("git", ["ls-files"], {cwd: ROOT}).toString().trim().split("\n")
    .filter((f) => /\.(ts|md|json|html|mjs)$/.test(f) && !f.startsWith("test/output/") && !keepsBareKeys(f));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  let changed = 0;
  for (const f of citingFiles()) {
    const text = readFileSync(ROOT + f, "utf8");
    const out = citeText(text);
    if (out !== text) { writeFileSync(ROOT + f, out); changed++; console.log(f); }
  }
  console.log(`${changed} file(s) changed`);
}
