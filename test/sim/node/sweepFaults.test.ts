// Fault injection on sweep folders: a sweep stopped by SIGKILL at exact places
// (failpoints: between chunks, half-way through a chunk's Parquet bytes, its
// CSV lines, its journal line, the footer, between the final renames), then
// the same command resumes to the rows of an uninterrupted sweep; damaged or
// foreign files (a shard of another seed, cut or doubled shards, an edited
// experiment.json, a merged file with half the runs) are refused in one line
// naming the file and the mending command, with nothing written over good data;
// a full or read-only disk says that the same command resumes.
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {spawn, spawnSync} from "node:child_process";
import {appendFileSync, copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects} from "hyparquet";
import {cli} from "./cliHarness.ts";
import {planExperiment} from "../../../sim/experiment/experimentFile.ts";
import {columnsOf, parquetFooter, type KeyValue} from "../../../sim/node/sweep/columns.ts";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), "gcl-faults-"));
afterAll(() => rmSync(scratch, {recursive: true, force: true}));

const EXPERIMENT = {
  id: "faults", model: "classic",
  parameters: [{key: "load", values: ["light", "heavy"]}, {key: "access", values: ["unsegmented", "specialized"]}],
  design: {type: "factorial"}, replications: 25, seed: 3, measures: ["resolution", "problemLatency"]
};
let n = 0;
const fresh = () => join(scratch, `d${++n}`);
function experimentFile(e: object = EXPERIMENT): string {
  const path = join(scratch, `e${++n}.json`);
  writeFileSync(path, JSON.stringify(e));
  return path;
}
const read = (dir: string, name: string) => readFileSync(join(dir, name));
const rowsOf = async (path: string) => parquetReadObjects({file: await asyncBufferFromFile(path)});
/** What a refused command must leave: one line, exit 2, no stack, no raw JavaScript error. */
function expectOneLine(r: {code: number; out: string; err: string}, pattern: RegExp): void {
  // a sweep's progress lines may come first
  const err = r.err.split("\n").filter((l) => !/^sweep: \[|^resuming: /.test(l)).join("\n");
  expect(err).toMatch(pattern);
  expect(err.split("\n")).toHaveLength(2); // one line and its line break
  expect(err).not.toMatch(/unexpected|SyntaxError|TypeError|\n\s+at /);
  expect(r.code).toBe(2);
}
/** Every file of a folder with its bytes, to show that a refused command wrote nothing. */
const snapshot = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f)).toString("base64")]));

const file = experimentFile();
const SWEEP = (dir: string, ...more: string[]) => ["sweep", file, "--out", dir, "--workers", "1", "--chunk-rows", "20", ...more];
let reference = "";

beforeAll(async () => {
  reference = fresh();
  expect((await cli(...SWEEP(reference))).code).toBe(0);
  expect((await cli("merge", reference)).code).toBe(0);
});

/** Runs the sweep in a child process that kills itself (SIGKILL) at `point` of chunk `chunk`. */
async function killedAt(dir: string, point: string, chunk: number, ...more: string[]): Promise<void> {
  const child = spawn(process.execPath, ["--import", "tsx", join(root, "sim/cli.ts"), ...SWEEP(dir, ...more)], {
    cwd: root, stdio: "ignore", env: {...process.env, GCL_SWEEP_FAILPOINT: `${point}:${chunk}`}
  });
  const signal = await new Promise((done) => child.on("exit", (_, s) => done(s)));
  expect(signal).toBe("SIGKILL");
}

describe("a sweep killed at an exact place resumes to identical rows with the same command", () => {
  // 4 points x 25 replications in chunks of 20 rows: 8 chunks (20 and 5 rows per point).
  const places: [string, number][] = [["chunk", 0], ["chunk", 5], ["parquet-half", 2], ["parquet", 3], ["csv-half", 4], ["journal-half", 6], ["footer-half", 0], ["rename", 0]];
  for (const [point, chunk] of places) {
    it(`${point} of chunk ${chunk}`, async () => {
      const dir = fresh();
      await killedAt(dir, point, chunk);
      expect(existsSync(join(dir, "shard-0of1.parquet"))).toBe(false);
      const resumed = await cli(...SWEEP(dir));
      expect(resumed.code).toBe(0);
      // the chunks finished before the stop are kept, not run again
      const kept = point === "chunk" ? [20, 5, 20, 5, 20, 5, 20, 5].slice(0, chunk + 1).reduce((a, b) => a + b, 0) : 0;
      if (kept) expect(resumed.err).toMatch(new RegExp(`^resuming: ${kept} of 100 runs already done`));
      if (point === "footer-half" || point === "rename") expect(resumed.err).toMatch(/^resuming: 100 of 100 runs already done/);
      expect(read(dir, "shard-0of1.csv").equals(read(reference, "shard-0of1.csv"))).toBe(true);
      expect(await rowsOf(join(dir, "shard-0of1.parquet"))).toEqual(await rowsOf(join(reference, "shard-0of1.parquet")));
      expect(readdirSync(dir).filter((f) => /partial|journal|lock|\.tmp$/.test(f))).toEqual([]);
      expect((await cli("merge", dir)).code).toBe(0);
      expect(read(dir, "merged.csv").equals(read(reference, "merged.csv"))).toBe(true);
    });
  }

  it("a damaged journal line is run again like a torn one; a partial file that is a folder is one line saying what to delete", async () => {
    const killed = fresh();
    await killedAt(killed, "chunk", 2);
    const journal = (dir: string) => join(dir, "shard-0of1.journal");
    const lines = readFileSync(journal(killed), "utf8").trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    const damages: [string, (dir: string) => void, number][] = [
      ["a line of wrong types after the last", (dir) => appendFileSync(journal(dir), '{"chunk":3,"rows":5,"parquetEnd":"x","csvEnd":null,"rowGroup":7}\n'), 45],
      ["the last line's row group emptied", (dir) => writeFileSync(journal(dir), [...lines.slice(0, 2), JSON.stringify({...JSON.parse(lines[2]), rowGroup: {}})].join("\n") + "\n"), 25],
      ["its ends going backwards", (dir) => writeFileSync(journal(dir), [lines[0], JSON.stringify({...JSON.parse(lines[1]), parquetEnd: 3}), lines[2]].join("\n") + "\n"), 20]
    ];
    for (const [, damage, kept] of damages) {
      const dir = fresh();
      cpSync(killed, dir, {recursive: true});
      damage(dir);
      const resumed = await cli(...SWEEP(dir));
      expect(resumed.code).toBe(0);
      expect(resumed.err).toMatch(new RegExp(`^resuming: ${kept} of 100 runs already done`));
      expect(read(dir, "shard-0of1.csv").equals(read(reference, "shard-0of1.csv"))).toBe(true);
      expect(await rowsOf(join(dir, "shard-0of1.parquet"))).toEqual(await rowsOf(join(reference, "shard-0of1.parquet")));
    }
    const dir = fresh();
    cpSync(killed, dir, {recursive: true});
    rmSync(join(dir, "shard-0of1.parquet.partial"));
    mkdirSync(join(dir, "shard-0of1.parquet.partial"));
    expectOneLine(await cli(...SWEEP(dir)), /^error: cannot resume shard-0of1 in .* \(.*\): delete shard-0of1\.journal and shard-0of1\.\*\.partial, then run the same command to run the shard again\n$/);
  });

  it("an unfinished shard is not resumed with an edited experiment.json: its rows would join the first experiment's", async () => {
    const dir = fresh();
    await killedAt(dir, "chunk", 2);
    const edited = join(dir, "experiment.json");
    writeFileSync(edited, JSON.stringify({...EXPERIMENT, seed: 4}, null, 2) + "\n");
    const before = snapshot(dir);
    expectOneLine(await cli("sweep", edited, "--out", dir, "--workers", "1"),
      /^error: .*experiment\.json is not the experiment this folder's sweep was started with \(sha256:[0-9a-f]{12}… in sweep\.json, sha256:[0-9a-f]{12}… now\): put back the experiment\.json it was started with .*, or sweep the edited experiment into a new folder\n$/);
    expect(snapshot(dir)).toEqual(before);
    // put back, the same command resumes
    writeFileSync(edited, JSON.stringify(EXPERIMENT, null, 2) + "\n");
    const resumed = await cli(...SWEEP(dir));
    expect(resumed.err).toMatch(/^resuming: 45 of 100 runs already done/);
    expect(read(dir, "shard-0of1.csv").equals(read(reference, "shard-0of1.csv"))).toBe(true);
  });

  it("a merge killed part way leaves the merged files it would replace as they were, and the same command finishes it", async () => {
    const dir = fresh();
    cpSync(reference, dir, {recursive: true});
    const before = snapshot(dir);
    const child = spawn(process.execPath, ["--import", "tsx", join(root, "sim/cli.ts"), "merge", dir], {cwd: root, stdio: "ignore", env: {...process.env, GCL_SWEEP_FAILPOINT: "merge:3"}});
    expect(await new Promise((done) => child.on("exit", (_, s) => done(s)))).toBe("SIGKILL");
    const after = snapshot(dir);
    for (const f of Object.keys(before)) expect(after[f]).toBe(before[f]);
    expect(Object.keys(after).filter((f) => !(f in before)).sort()).toEqual(["merged.csv.tmp", "merged.parquet.tmp"]);
    expect((await cli("merge", dir)).code).toBe(0);
    expect(read(dir, "merged.csv").equals(read(reference, "merged.csv"))).toBe(true);
  });
});

describe("damaged or foreign files are refused in one line, nothing written over good data", () => {
  let good = "";
  beforeAll(async () => {
    good = fresh();
    for (const s of ["0/2", "1/2"]) expect((await cli(...SWEEP(good, "--shard", s))).code).toBe(0);
    expect((await cli("merge", good)).code).toBe(0);
    expect(read(good, "merged.csv").equals(read(reference, "merged.csv"))).toBe(true);
  });
  /** A copy of the good two-shard folder, damaged by `damage`; merge is then refused and leaves every file as it was. */
  async function refusedMerge(damage: (dir: string) => void | Promise<void>, pattern: RegExp): Promise<string> {
    const dir = fresh();
    cpSync(good, dir, {recursive: true});
    await damage(dir);
    const before = snapshot(dir);
    const r = await cli("merge", dir);
    expectOneLine(r, pattern);
    expect(snapshot(dir)).toEqual(before);
    return dir;
  }
  const mend = (shard: string, points: string) => `delete shard-${shard[0]}of2\\.parquet and shard-${shard[0]}of2\\.csv and run \`npx tsx sim/cli\\.ts sweep .*/experiment\\.json --out .* --shard ${shard}\` to make its runs \\(points ${points}, replications 0-24\\) again, then merge\n$`;

  it("a shard of a sweep with another seed", async () => {
    const other = fresh();
    expect((await cli("sweep", experimentFile({...EXPERIMENT, seed: 4}), "--out", other, "--workers", "1", "--shard", "1/2")).code).toBe(0);
    await refusedMerge((dir) => {
      for (const ext of [".parquet", ".csv"]) copyFileSync(join(other, "shard-1of2" + ext), join(dir, "shard-1of2" + ext));
    }, new RegExp(`^error: shard-1of2\\.parquet in .* was made by another experiment than experiment\\.json \\(experiment sha256:[0-9a-f]{12}…, experiment\\.json sha256:[0-9a-f]{12}…\\): ${mend("1/2", "2-3")}`));
  });

  it("a shard of another seed carrying this experiment's metadata: its rows' seeds give it away", async () => {
    const other = fresh();
    expect((await cli("sweep", experimentFile({...EXPERIMENT, seed: 4}), "--out", other, "--workers", "1", "--shard", "1/2")).code).toBe(0);
    // the foreign file's row groups with the good shard's footer metadata (digest, rows, experiment)
    const forge = async (dir: string) => {
      const bytes = readFileSync(join(other, "shard-1of2.parquet"));
      const foreign = await parquetMetadataAsync(await asyncBufferFromFile(join(other, "shard-1of2.parquet")));
      const own = await parquetMetadataAsync(await asyncBufferFromFile(join(good, "shard-1of2.parquet")));
      const plan = planExperiment(EXPERIMENT);
      const footer = parquetFooter(columnsOf(plan), foreign.row_groups as never, own.key_value_metadata as KeyValue[]);
      const footerStart = bytes.length - 8 - bytes.readUInt32LE(bytes.length - 8);
      writeFileSync(join(dir, "shard-1of2.parquet"), Buffer.concat([bytes.subarray(0, footerStart), footer]));
      copyFileSync(join(other, "shard-1of2.csv"), join(dir, "shard-1of2.csv"));
    };
    await refusedMerge(forge, new RegExp(`^error: shard-1of2\\.parquet in .*: point 2 replication 0 has seed "4/.*/0" where experiment\\.json gives "3/.*/0" \\(a run of another experiment\\): ${mend("1/2", "2-3")}`));
  });

  it("a shard Parquet file cut short", async () => {
    await refusedMerge((dir) => truncateSync(join(dir, "shard-0of2.parquet"), 300),
      new RegExp(`^error: .*shard-0of2\\.parquet is not a readable Parquet file \\(.*\\): ${mend("0/2", "0-1")}`));
  });

  it("a shard CSV file cut short, or with its lines doubled", async () => {
    await refusedMerge((dir) => truncateSync(join(dir, "shard-0of2.csv"), 1500),
      new RegExp(`^error: shard-0of2\\.csv in .* has \\d+ rows where shard-0of2\\.parquet has 50: it was cut or doubled: ${mend("0/2", "0-1")}`));
    await refusedMerge((dir) => {
      const text = readFileSync(join(dir, "shard-1of2.csv"), "utf8");
      appendFileSync(join(dir, "shard-1of2.csv"), text.slice(text.indexOf("\n") + 1));
    }, new RegExp(`^error: shard-1of2\\.csv in .* has 100 rows where shard-1of2\\.parquet has 50: it was cut or doubled: ${mend("1/2", "2-3")}`));
  });

  it("a doubled shard: the runs of a shard also in a shard of another slicing", async () => {
    await refusedMerge(async (dir) => { expect((await cli(...SWEEP(dir, "--shard", "0/4"))).code).toBe(0); },
      /^error: shard-0of4\.parquet in .*: point 0 replication 0 a second time \(doubled\): delete shard-0of4\.parquet and shard-0of4\.csv \(another shard file holds these runs\), then merge again\n$/);
  });

  it("a missing shard names the first missing run and the command that makes it", async () => {
    await refusedMerge((dir) => { rmSync(join(dir, "shard-0of2.parquet")); rmSync(join(dir, "shard-0of2.csv")); },
      /^error: missing before shard-1of2\.parquet: point 0 replication 0 and 49 more runs before point 2 replication 0: run `npx tsx sim\/cli\.ts sweep .* --shard 0\/2` \(it resumes that shard\), then merge\n$/);
  });

  it("an edited experiment.json: merge and summarise refuse rather than label old rows with new metadata", async () => {
    const dir = await refusedMerge((dir) => writeFileSync(join(dir, "experiment.json"), JSON.stringify({...EXPERIMENT, seed: 4}, null, 2) + "\n"),
      /^error: .*\/experiment\.json is not the experiment its 2 shard files were made with \(experiment sha256:[0-9a-f]{12}…, experiment\.json sha256:[0-9a-f]{12}…\): put back the experiment\.json they were made with \(a copy is in each shard's metadata\), or sweep the edited experiment into a new folder; nothing was merged\n$/);
    const s = await cli("summarise", dir);
    expectOneLine(s, /^error: .*merged\.parquet was made by another experiment than experiment\.json .*: run `npx tsx sim\/cli\.ts merge .*` to make it again from the shard files; if experiment\.json was edited, put back the one the sweep was made with\n$/);
    expect(s.out).toBe("");
    // other parameter values, and other replications, are other experiments too
    for (const edit of [{parameters: [{key: "load", values: ["heavy", "light"]}, EXPERIMENT.parameters[1]]}, {replications: 20}]) {
      writeFileSync(join(dir, "experiment.json"), JSON.stringify({...EXPERIMENT, ...edit}, null, 2) + "\n");
      expectOneLine(await cli("summarise", dir), /merged\.parquet was made by another experiment than experiment\.json/);
    }
  });

  it("summarise refuses a merged.parquet holding half the runs, or cut short", async () => {
    const dir = fresh();
    cpSync(good, dir, {recursive: true});
    copyFileSync(join(dir, "shard-0of2.parquet"), join(dir, "merged.parquet")); // the right experiment, half its runs
    const half = await cli("summarise", dir, "--format", "csv");
    expectOneLine(half, /^error: .*merged\.parquet holds 50 runs where the experiment has 100 \(4 points x 25 replications\): run `npx tsx sim\/cli\.ts merge .*` to make it again from the shard files\n$/);
    expect(half.out).toBe("");
    copyFileSync(join(good, "merged.parquet"), join(dir, "merged.parquet"));
    truncateSync(join(dir, "merged.parquet"), 2000);
    expectOneLine(await cli("summarise", dir), /^error: .*merged\.parquet is not a readable Parquet file \(.*\): run `npx tsx sim\/cli\.ts merge .*` to make it again/);
    // the good file is summarised, each point from its 25 runs
    copyFileSync(join(good, "merged.parquet"), join(dir, "merged.parquet"));
    const ok = await cli("summarise", dir, "--format", "csv");
    expect(ok.code).toBe(0);
    const [header, ...lines] = ok.out.trim().split("\n");
    const runs = header.split(",").indexOf("n");
    expect(lines).toHaveLength(4 * 2);
    expect(lines.map((l) => l.split(",")[runs])).toEqual(lines.map(() => "25"));
  });

  it("shard and merged files carry the experiment's digest and their row count", async () => {
    const kv = async (name: string) => {
      const meta = await parquetMetadataAsync(await asyncBufferFromFile(join(good, name)));
      return {rows: Number(meta.num_rows), kv: Object.fromEntries((meta.key_value_metadata ?? []).map((x) => [x.key, x.value]))};
    };
    const shard = await kv("shard-1of2.parquet"), merged = await kv("merged.parquet");
    expect(shard.kv.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(merged.kv.digest).toBe(shard.kv.digest);
    expect(shard.kv.rows).toBe(String(shard.rows));
    expect(merged.kv.rows).toBe(String(merged.rows));
    expect(merged.rows).toBe(2 * shard.rows);
    // another seed is another digest
    const other = fresh();
    await cli("sweep", experimentFile({...EXPERIMENT, seed: 4}), "--out", other, "--workers", "1", "--shard", "1/2");
    const foreign = await parquetMetadataAsync(await asyncBufferFromFile(join(other, "shard-1of2.parquet")));
    expect(foreign.key_value_metadata!.find((x) => x.key === "digest")!.value).not.toBe(shard.kv.digest);
  });
});

describe("merged.csv written from the checked Parquet rows", () => {
  it("has the shards' CSV bytes: boolean and numeric factors and a seed with a comma, quotes and a line break", async () => {
    const e = {
      id: "quoted", model: "participation", scenario: "transfer-visit", seed: 'a,"b"\nc', replications: 3, design: {type: "factorial"},
      parameters: [{key: "load.timePressure", values: [0.5, 2]}, {key: "solutions.home.specialised", values: [false, true]}],
      measures: ["influence", "fit", "timeToDecision"]
    };
    const dir = fresh(), f = experimentFile(e);
    for (const s of ["0/2", "1/2"]) expect((await cli("sweep", f, "--out", dir, "--workers", "1", "--chunk-rows", "5", "--shard", s)).code).toBe(0);
    expect((await cli("merge", dir)).code).toBe(0);
    const shards = ["shard-0of2.csv", "shard-1of2.csv"].map((x) => readFileSync(join(dir, x), "utf8"));
    const header = shards[0].slice(0, shards[0].indexOf("\n") + 1);
    expect(readFileSync(join(dir, "merged.csv"), "utf8")).toBe(header + shards.map((t) => t.slice(header.length)).join(""));
    expect(readFileSync(join(dir, "merged.csv"), "utf8")).toContain('"a,""b""\nc/');
  });
});

describe("a full or read-only disk", () => {
  // A small tmpfs mounted for the test (needs root, as in CI); skipped where mounting is not allowed.
  it("ENOSPC and EROFS say that the same command resumes; it then finishes with identical rows", async (ctx) => {
    const mount = join(scratch, "small");
    mkdirSync(mount);
    if (spawnSync("mount", ["-t", "tmpfs", "-o", "size=160k", "tmpfs", mount]).status !== 0) return ctx.skip();
    try {
      await fullDisk(mount);
    } finally {
      spawnSync("umount", [mount]);
    }
  });
});

/** Fills the small file system, makes it read-only, then gives it room: each stop is one line, and the same command then finishes. */
async function fullDisk(mount: string): Promise<void> {
  const big = experimentFile({...EXPERIMENT, id: "big", replications: 1000});
  const dir = join(mount, "out");
  const args = ["sweep", big, "--out", dir, "--workers", "1", "--chunk-rows", "200"];
  const full = await cli(...args);
  expectOneLine(full, /^error: cannot write .*shard-0of1\.(csv|parquet)\.partial: no space left on the device \(ENOSPC\); make room \(or make the folder writable\), then run the same command: it resumes where it stopped, keeping the finished chunks\n$/);
  expect(spawnSync("mount", ["-o", "remount,ro", mount]).status).toBe(0);
  const readOnly = await cli(...args);
  expectOneLine(readOnly, /^error: cannot write .*: the file system is read-only \(EROFS\); make room \(or make the folder writable\), then run the same command/);
  expect(spawnSync("mount", ["-o", "remount,rw,size=8m", mount]).status).toBe(0);
  const resumed = await cli(...args);
  expect(resumed.code).toBe(0);
  expect(resumed.err).toMatch(/^resuming: [1-9]\d* of 4000 runs already done/);
  const whole = fresh();
  await cli("sweep", big, "--out", whole, "--workers", "1", "--chunk-rows", "200");
  expect(read(dir, "shard-0of1.csv").equals(read(whole, "shard-0of1.csv"))).toBe(true);
}
