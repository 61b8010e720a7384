import {describe, expect, it} from "vitest";
import {workerExecArgv} from "../../../../sim/node/sweep/sweep.ts";

describe("workers' Node options", () => {
  it("drop tsx's loader flags in every spelling, keep every other option and its value", () => {
    expect(workerExecArgv(["--require", "/p/node_modules/tsx/dist/preflight.cjs", "--import", "file:///p/node_modules/tsx/dist/loader.mjs"])).toEqual([]);
    expect(workerExecArgv(["--import", "tsx", "--max-old-space-size=100", "--import=tsx", "--loader", "tsx/esm", "--cpu-prof"])).toEqual(["--max-old-space-size=100", "--cpu-prof"]);
    expect(workerExecArgv(["--import", "./other.mjs", "--require", "tsx-like", "--conditions", "tsx"])).toEqual(["--import", "./other.mjs", "--require", "tsx-like", "--conditions", "tsx"]);
  });
});
