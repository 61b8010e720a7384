// Sweep-folder fuzz cases: a finished folder with one file damaged, replaced
// by a device, a FIFO or a folder, and command lines naming such files or
// system folders: each refused at once in one line naming the file or flag,
// changing nothing.
import {cpSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync} from "node:fs";
import {spawnSync} from "node:child_process";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {cli} from "../sim/node/cliHarness.ts";
import {corpus, expand, expectCleanPrototype, expectClearError} from "./corpus.ts";

interface FolderCase {file: string; text?: string; special?: "zero" | "fifo" | "dir" | "missing"; field: string; commands: ("sweep" | "merge" | "summarise")[]}
interface ArgsCase {args: string[]; field: string}
const doc = corpus("sweepFolder") as unknown as {cases: FolderCase[]; args: ArgsCase[]};
const scratch = mkdtempSync(join(tmpdir(), "gcl-fuzz-folder-"));
afterAll(() => rmSync(scratch, {recursive: true, force: true}));
const EXPERIMENT = {id: "fuzz-folder", model: "classic", parameters: [{key: "load", values: ["light", "heavy"]}], design: {type: "factorial"}, replications: 3, seed: 2, measures: ["resolution"]};
const experiment = join(scratch, "experiment-in.json");
const good = join(scratch, "good");
let n = 0;

/** Puts a special file at `path`: a symlink to /dev/zero, a FIFO or a folder; or deletes it. */
function special(path: string, kind: "zero" | "fifo" | "dir" | "missing"): void {
  rmSync(path, {force: true, recursive: true});
  if (kind === "missing") return;
  if (kind === "zero") symlinkSync("/dev/zero", path);
  else if (kind === "dir") mkdirSync(path);
  else expect(spawnSync("mkfifo", [path]).status).toBe(0);
}
/** Regular files' bytes, and the kind of every other entry (a FIFO is never opened). */
const snapshot = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((f) => {
  const st = lstatSync(join(dir, f));
  return [f, st.isFile() ? readFileSync(join(dir, f)).toString("base64") : st.isSymbolicLink() ? "link" : st.isFIFO() ? "fifo" : "dir"];
}));
/** A command that must not hang: it is raced against a 20 s timer. */
async function promptly(args: string[]) {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, fail) => { timer = setTimeout(() => fail(new Error(`hung: ${args.join(" ")}`)), 20_000); });
  try {
    return await Promise.race([cli(...args), hang]);
  } finally {
    clearTimeout(timer);
  }
}

beforeAll(async () => {
  writeFileSync(experiment, JSON.stringify(EXPERIMENT));
  expect((await cli("sweep", experiment, "--out", good, "--workers", "1")).code).toBe(0);
  expect((await cli("merge", good)).code).toBe(0);
});

describe("sweep-folder fuzz corpus", () => {
  it("holds the cases named in the issue", () => {
    expect(doc.cases.length + doc.args.length).toBeGreaterThanOrEqual(40);
    expect(doc.cases.some((c) => c.file === "sweep.json" && c.text === '{"chunkRows": -1}')).toBe(true);
    expect(doc.cases.some((c) => c.file === "sweep.json" && c.text === '{"chunkRows": 0}')).toBe(true);
    expect(doc.args.some((c) => c.args.includes("/proc/gcl-fuzz"))).toBe(true);
  });
  for (const c of doc.cases) {
    for (const command of c.commands) {
      it(`${command}: ${c.file} ${c.special ?? JSON.stringify(c.text).slice(0, 60)}`, async () => {
        const dir = join(scratch, `f${++n}`);
        cpSync(good, dir, {recursive: true});
        const path = join(dir, c.file);
        if (c.special) special(path, c.special);
        else writeFileSync(path, expand(c.text!));
        const before = snapshot(dir);
        const args = command === "sweep" ? ["sweep", join(dir, "experiment.json"), "--out", dir] : [command, dir];
        const r = await promptly(args);
        expect(r.code).toBe(2);
        expect(r.out).toBe("");
        expectClearError(r.err, c.field);
        expect(r.err).not.toMatch(/unexpected|SyntaxError/);
        expect(snapshot(dir)).toEqual(before);
        expectCleanPrototype();
      });
    }
  }
  for (const c of doc.args) {
    it(c.args.join(" "), async () => {
      const zero = join(scratch, `zero${++n}.json`), fifo = join(scratch, `fifo${n}.json`);
      special(zero, "zero");
      special(fifo, "fifo");
      const fill = (a: string) => a.replace("{zero}", zero).replace("{fifo}", fifo).replace("{experiment}", experiment).replace("{new}", join(scratch, `new${n}`));
      const r = await promptly(c.args.map(fill));
      expect(r.code).toBe(2);
      expect(r.out).toBe("");
      expectClearError(r.err, c.field);
      expect(r.err).not.toMatch(/unexpected|SyntaxError|EEXIST|ENOTDIR/);
      for (const p of ["/proc/gcl-fuzz", "/sys/gcl-fuzz", "/dev/gcl-fuzz"]) expect(spawnSync("test", ["-e", p]).status).not.toBe(0);
    });
  }
});
