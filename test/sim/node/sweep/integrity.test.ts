import {describe, expect, it} from "vitest";
import {mkdtempSync, rmSync, symlinkSync, writeFileSync} from "node:fs";
import {spawnSync} from "node:child_process";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {parseExperiment, planExperiment} from "../../../../sim/experiment/experimentFile.ts";
import {pointKey} from "../../../../sim/experiment/design/point.ts";
import {seedOf} from "../../../../sim/experiment/runPoint.ts";
import {FolderError, RunSequence, canonicalJson, diskError, experimentDigest, shellQuote} from "../../../../sim/node/sweep/integrity.ts";
import {UsageError, errorLine} from "../../../../sim/node/args.ts";
import {MAX_INPUT_BYTES, readRegularFile} from "../../../../sim/node/regularFile.ts";

const E = {
  id: "seq", model: "classic", parameters: [{key: "load", values: ["light", "heavy"]}, {key: "loadValue", values: [0.5, 2]}],
  design: {type: "factorial"}, replications: 3, seed: 1, measures: ["resolution"]
};

describe("experiment digest", () => {
  it("is the same for the same experiment in any key order or with defaults written out, and differs for any change", () => {
    const d = experimentDigest(parseExperiment(E));
    expect(d).toMatch(/^sha256:[0-9a-f]{64}$/);
    const reordered = Object.fromEntries(Object.entries(E).reverse());
    expect(experimentDigest(parseExperiment(reordered))).toBe(d);
    expect(experimentDigest(parseExperiment({...E, base: {}}))).toBe(d);
    for (const change of [{seed: 2}, {replications: 4}, {measures: ["resolution", "problemLatency"]}, {parameters: [E.parameters[1], E.parameters[0]]}, {base: {problems: 30}}])
      expect(experimentDigest(parseExperiment({...E, ...change}))).not.toBe(d);
  });
  it("canonical JSON sorts keys at every depth and leaves arrays in order", () => {
    expect(canonicalJson({b: [2, {y: 1, x: 2}], a: "s"})).toBe('{"a":"s","b":[2,{"x":2,"y":1}]}');
    expect(canonicalJson({a: [3, 1]})).not.toBe(canonicalJson({a: [1, 3]}));
  });
});

describe("run sequence", () => {
  const plan = planExperiment(E);
  const row = (p: number, r: number, over: object = {}): Record<string, unknown> =>
    ({point: p, replication: r, seed: seedOf(1, pointKey(plan.factors, plan.points[p].values), r), ...plan.points[p].values, ...over});
  const check = (s: RunSequence, x: Record<string, unknown>) => s.check(x.point, x.replication, (key) => x[key]);
  it("accepts every run once in point and replication order, and names the first run that is not", () => {
    const all = plan.points.flatMap((_, p) => [0, 1, 2].map((r) => row(p, r)));
    const ok = new RunSequence(plan, 0, all.length);
    expect(all.map((x) => check(ok, x))).toEqual(all.map(() => undefined));
    expect(ok.finish()).toBeUndefined();
    const seq = () => { const s = new RunSequence(plan, 0, all.length); check(s, row(0, 0)); check(s, row(0, 1)); return s; };
    expect(check(seq(), row(0, 1))).toEqual({kind: "doubled", point: 0, text: "point 0 replication 1 a second time (doubled)"});
    expect(check(seq(), row(1, 1))).toEqual({kind: "missing", point: 0, text: "point 0 replication 2 and 1 more runs before point 1 replication 1"});
    expect(check(seq(), row(0, 3))?.kind).toBe("foreign");
    expect(check(seq(), row(0, 2, {seed: seedOf(2, pointKey(plan.factors, plan.points[0].values), 2)}))).toEqual({kind: "foreign", point: 0,
      text: expect.stringMatching(/^point 0 replication 2 has seed "2\/.*\/2" where experiment\.json gives "1\/.*\/2" \(a run of another experiment\)$/)});
    expect(check(seq(), row(0, 2, {seed: undefined}))?.kind).toBe("foreign");
    expect(check(seq(), {point: 9, replication: 0})?.kind).toBe("foreign");
    expect(check(seq(), {point: "0", replication: 2})?.kind).toBe("foreign");
    const other = plan.points[0].values.loadValue === 0.5 ? 2 : 0.5;
    expect(check(seq(), row(0, 2, {loadValue: other}))).toEqual({kind: "values", point: 0, text: `point 0 replication 2 has loadValue = ${other} where experiment.json gives ${plan.points[0].values.loadValue}`});
    expect(seq().finish()).toEqual({kind: "missing", point: 0, text: `point 0 replication 2 and ${all.length - 3} more runs to the end`});
  });
});

describe("run sequence under common random numbers", () => {
  it("takes the seed every point shares (<seed>/<r>) and refuses a point's own", () => {
    const plan = planExperiment({...E, commonRandomNumbers: true});
    const shared = (p: number, r: number) => ({point: p, replication: r, seed: `1/${r}`, ...plan.points[p].values});
    const all = plan.points.flatMap((_, p) => [0, 1, 2].map((r) => shared(p, r)));
    const ok = new RunSequence(plan, 0, all.length);
    expect(all.map((x) => ok.check(x.point, x.replication, (key) => (x as Record<string, unknown>)[key]))).toEqual(all.map(() => undefined));
    expect(ok.finish()).toBeUndefined();
    const own = {...shared(1, 0), seed: seedOf(1, pointKey(plan.factors, plan.points[1].values), 0)};
    const s = new RunSequence(plan, 3, all.length);
    expect(s.check(own.point, own.replication, (key) => (own as Record<string, unknown>)[key])).toEqual({kind: "foreign", point: 1,
      text: expect.stringMatching(/^point 1 replication 0 has seed "1\/.*\/0" where experiment\.json gives "1\/0" \(a run of another experiment\)$/)});
  });
});

describe("disk errors and file reading", () => {
  it("a full, read-only or forbidden disk is one line saying what to do; other errors are left as they are", () => {
    const e = Object.assign(new Error("ENOSPC: no space left on device, write"), {code: "ENOSPC", path: "/x/shard-0of1.csv.partial"});
    expect(diskError(e, "then run the same command")!.message).toBe("cannot write /x/shard-0of1.csv.partial: no space left on the device (ENOSPC); then run the same command");
    expect(diskError(Object.assign(new Error("x"), {code: "EROFS"}), "again")!.message).toBe("cannot write: the file system is read-only (EROFS); again");
    expect(diskError(Object.assign(new Error("x"), {code: "ENOENT"}), "again")).toBeUndefined();
    expect(diskError(new RangeError("x"), "again")).toBeUndefined();
  });
  it("reads regular files only: a device, a FIFO or a folder is refused without blocking, and so is an oversized file", () => {
    const dir = mkdtempSync(join(tmpdir(), "gcl-regular-"));
    try {
      writeFileSync(join(dir, "ok.json"), "\uFEFF{}");
      expect(readRegularFile(join(dir, "ok.json"))).toBe("\uFEFF{}");
      symlinkSync("/dev/zero", join(dir, "zero.json"));
      expect(() => readRegularFile(join(dir, "zero.json"))).toThrow("not a regular file: a character device");
      expect(spawnSync("mkfifo", [join(dir, "fifo.json")]).status).toBe(0);
      expect(() => readRegularFile(join(dir, "fifo.json"))).toThrow("not a regular file: a FIFO");
      expect(() => readRegularFile(dir)).toThrow("not a regular file: a folder");
      const big = join(dir, "big.json");
      writeFileSync(big, "");
      spawnSync("truncate", ["-s", String(MAX_INPUT_BYTES + 1), big]);
      expect(() => readRegularFile(big)).toThrow(`more than the ${MAX_INPUT_BYTES}`);
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });
  it("a folder error keeps long paths and its command whole (other usage errors are cut at 600 characters), on one line", () => {
    const long = `delete ${"/deep".repeat(150)}/shard-0of1.parquet and run it again`;
    expect(errorLine(new FolderError(long + "\nmore"))).toBe(`error: ${long}\\nmore`);
    expect(errorLine(new UsageError(long)).length).toBe("error: ".length + 600);
  });
  it("quotes a path for a shell only when it needs it", () => {
    expect(shellQuote("/tmp/out-1")).toBe("/tmp/out-1");
    expect(shellQuote("/tmp/my runs/it's")).toBe(`'/tmp/my runs/it'\\''s'`);
  });
});
