import {afterAll, describe, expect, it} from "vitest";
import {mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {Piscina} from "piscina";
import {bundledModule, BUNDLE_DIR, BUNDLE_MAX_AGE_MS} from "../../../sim/node/bundle.ts";
import {planExperiment} from "../../../sim/experiment/experimentFile.ts";
import {chunkTask, shardChunks, taskModule} from "../../../sim/node/sweep/sweep.ts";
import {chunkRows} from "../../../sim/node/sweep/chunks.ts";
import type {EncodedChunk} from "../../../sim/node/sweep/shardOutput.ts";

const scratch = mkdtempSync(join(tmpdir(), "gcl-bundle-"));
afterAll(() => rmSync(scratch, {recursive: true, force: true}));
const task = new URL("../../../sim/node/sweep/task.ts", import.meta.url);

describe("bundled worker module", () => {
  it("is one module named by its content, built again to the same name, with no temporary file left", async () => {
    const a = bundledModule(task, undefined, scratch)!;
    const b = bundledModule(task, undefined, scratch)!;
    expect(a).toBe(b);
    expect(a).toMatch(/\/task-[0-9a-f]{16}\.mjs$/);
    expect(readdirSync(scratch)).toEqual([a.split("/").at(-1)]);
    const m = (await import(a)) as {default: unknown};
    expect(typeof m.default).toBe("function");
  });

  it("removes the entry's other bundles left unused for a week, keeps recent ones and other entries", () => {
    const dir = join(scratch, "stale");
    const now = Date.now(), week = BUNDLE_MAX_AGE_MS;
    const build = (code: string) => () => code;
    const first = bundledModule(task, build("export default 1;"), dir, now - 2 * week)!;
    const used = bundledModule(task, build("export default 2;"), dir, now - 2 * week)!;
    bundledModule(task, build("export default 2;"), dir, now - week / 2); // used again since: kept
    writeFileSync(join(dir, "other-0000000000000000.mjs"), "");
    utimesSync(join(dir, "other-0000000000000000.mjs"), (now - 2 * week) / 1000, (now - 2 * week) / 1000);
    utimesSync(fileURLToPath(first), (now - 2 * week) / 1000, (now - 2 * week) / 1000);
    const latest = bundledModule(task, build("export default 3;"), dir, now)!;
    const names = (...urls: string[]) => urls.map((u) => u.split("/").at(-1)).sort();
    expect(readdirSync(dir).sort()).toEqual([...names(used, latest), "other-0000000000000000.mjs"].sort());
  });

  it("gives undefined when it cannot be built, and the sweep then loads the TypeScript through tsx", () => {
    expect(bundledModule(task, () => {
      throw new Error("no esbuild");
    }, scratch)).toBeUndefined();
    expect(taskModule(() => undefined)).toMatch(/\/sim\/node\/sweep\/worker\.mjs$/);
    expect(fileURLToPath(taskModule())).toContain(BUNDLE_DIR);
  });

  it("the bundled task and the tsx task encode a chunk to the same bytes", async () => {
    const experiment = {id: "bundle", model: "classic", parameters: [{key: "solutionCoefficient", values: [0.3, 0.9]}], design: {type: "factorial"}, replications: 3, seed: 7};
    const plan = planExperiment(experiment), chunks = shardChunks(plan, 0, 1, 4);
    const encode = async (filename: string) => {
      const pool = new Piscina({filename, workerData: {experiment, progress: new SharedArrayBuffer(4)}, maxThreads: 1});
      try {
        return (await Promise.all(chunks.map((c) => pool.run(chunkTask(plan, c))))) as EncodedChunk[];
      } finally {
        await pool.destroy();
      }
    };
    const bundled = await encode(taskModule()), viaTsx = await encode(taskModule(() => undefined));
    expect(bundled.map((c) => c.rows)).toEqual(chunks.map(chunkRows));
    expect(bundled.reduce((n, c) => n + c.rows, 0)).toBe(6);
    expect(bundled.map((c) => [Buffer.from(c.parquet.bytes).toString("hex"), Buffer.from(c.csv).toString()])).toEqual(viaTsx.map((c) => [Buffer.from(c.parquet.bytes).toString("hex"), Buffer.from(c.csv).toString()]));
  }, 60_000);
});
