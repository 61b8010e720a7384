import {afterAll, describe, expect, it} from "vitest";
import {spawnSync} from "node:child_process";
import {mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {workerExecArgv} from "../../../../sim/node/sweep/sweep.ts";

const root = fileURLToPath(new URL("../../../../", import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), "gcl-worker-args-"));
afterAll(() => rmSync(scratch, {recursive: true, force: true}));

describe("workers' Node options", () => {
  it("drop tsx's loader flags in every spelling, keep every other option and its value", () => {
    expect(workerExecArgv(["--require", "/p/node_modules/tsx/dist/preflight.cjs", "--import", "file:///p/node_modules/tsx/dist/loader.mjs"])).toEqual([]);
    expect(workerExecArgv(["--import", "tsx", "--max-old-space-size=100", "--import=tsx", "--loader", "tsx/esm", "--cpu-prof"])).toEqual(["--max-old-space-size=100", "--cpu-prof"]);
    expect(workerExecArgv(["--import", "./other.mjs", "--require", "tsx-like", "--conditions", "tsx"])).toEqual(["--import", "./other.mjs", "--require", "tsx-like", "--conditions", "tsx"]);
  });

  it("a sweep runs under Node options a worker may not be given (V8's), as it does without them", () => {
    const file = join(scratch, "e.json");
    writeFileSync(file, JSON.stringify({id: "args", model: "classic", parameters: [{key: "load", values: ["light", "heavy"]}], design: {type: "factorial"}, replications: 2, seed: 1}));
    for (const [i, flags] of [[], ["--stack-size=900", "--max-old-space-size=1000"]].entries()) {
      const r = spawnSync(process.execPath, [...flags, "--import", "tsx", join(root, "sim/cli.ts"), "sweep", file, "--out", join(scratch, `o${i}`), "--workers", "2"], {cwd: root, encoding: "utf8"});
      expect(r.stderr.split("\n").filter((l) => /error/i.test(l))).toEqual([]);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^sweep: 4 runs written/);
    }
  }, 60_000);
});
