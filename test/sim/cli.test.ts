// The command line's last line of defence: whatever goes wrong, one line on
// stderr without a stack trace; exit 2 for bad input, 1 for anything else.
import {spawnSync} from "node:child_process";
import {describe, expect, it} from "vitest";
import {errorLine, main} from "../../sim/cli.ts";
import {InputError} from "../../sim/input.ts";
import {UsageError} from "../../sim/node/args.ts";

describe("sim/cli.ts errors", () => {
  it("an unexpected error is one line naming its kind, with exit code 1", async () => {
    let err = "";
    const code = await main(["presets"], () => { throw new RangeError("Invalid string length"); }, (s) => (err += s));
    expect(code).toBe(1);
    expect(err).toBe("error: unexpected RangeError: Invalid string length\n");
  });
  it("bad input keeps its message; other errors lose every line but the first", () => {
    expect(errorLine(new InputError("periods", "4", "an integer"))).toBe('error: invalid periods: "4" (allowed: an integer)');
    expect(errorLine(new UsageError("unknown flag --x\n(allowed: --y)"))).toBe("error: unknown flag --x\\n(allowed: --y)");
    const withStack = new TypeError("N[n].join is not a function\n    at parse (file.ts:1:2)");
    expect(errorLine(withStack)).toBe("error: unexpected TypeError: N[n].join is not a function");
    expect(errorLine("thrown text")).toBe("error: unexpected string: thrown text");
  });
  it("as a process: a bad config file gives one line on stderr and exit 2", () => {
    const r = spawnSync(process.execPath, ["--import", "tsx", "sim/cli.ts", "classic", "--config", "test/fuzz/files/proto-config.json"], {encoding: "utf8"});
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^error: invalid __proto__: \{"periods":4\} \(allowed: known fields: periods, [^\n]+\)\n$/);
  });
});
