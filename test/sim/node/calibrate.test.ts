// `calibrate` on the command line: prints the posterior and every target's
// posterior predictive, writes each generation to the output folder, resumes
// from them to the same result, gives the same particles on 1 or 2 workers,
// and refuses a folder that holds another calibration.
import {describe, expect, it} from "vitest";
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {cli} from "./cliHarness.ts";

const calibration = {
  id: "cli-test", model: "collective", scenario: "bjerke-user-meetings", particles: 12, generations: 3, seed: "cli",
  parameters: [{key: "staff.daytime", min: 0.01, max: 0.3}, {key: "behaviour.listSign", min: 0.2, max: 1}],
  targets: [
    {measure: "arenas.daytime.staffPerMeeting", observed: 2, tolerance: 1, role: "fit"},
    {measure: "listed", observed: 55, tolerance: 10, role: "fit"},
    {measure: "meetingTurnout", observed: 17.5, tolerance: 2.5, role: "heldOut"}
  ]
};

function setUp(c: object = calibration): {file: string; out: string} {
  const dir = mkdtempSync(join(tmpdir(), "gcl-calibrate-cli-"));
  const file = join(dir, "calibration.json");
  writeFileSync(file, JSON.stringify(c));
  return {file, out: join(dir, "out")};
}

describe("calibrate", () => {
  it("prints the posterior and the predictive of fitted and held-out targets; resumes to the same result", async () => {
    const {file, out} = setUp();
    const first = await cli("calibrate", file, "--out", out);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/^calibration cli-test: smc, 3 generation\(s\)/);
    expect(first.out).toMatch(/staff\.daytime: [\d.]+ \[[\d.]+, [\d.]+\]; prior \[0\.0100, 0\.300\]/);
    expect(first.out).toMatch(/fit {6}listed: /);
    expect(first.out).toMatch(/held out meetingTurnout: [\d.]+ \[/);
    expect(first.err).toMatch(/calibrate: generation 2 \(epsilon [\d.]+\): 12\/12 accepted/);
    expect(readdirSync(out).sort()).toEqual(["calibration.json", "generation-0.json", "generation-1.json", "generation-2.json", "posterior.json"]);
    const posterior = JSON.parse(readFileSync(join(out, "posterior.json"), "utf8"));
    expect(posterior.targets.map((t: {role: string}) => t.role)).toEqual(["fit", "fit", "heldOut"]);
    // all done: the same command reads the generations back
    const again = await cli("calibrate", file, "--out", out);
    expect(again.out).toBe(first.out);
    expect(again.err).toMatch(/^resuming: 3 generation\(s\)/);
    // a lost last generation is run again, to the same particles
    const last = readFileSync(join(out, "generation-2.json"), "utf8");
    rmSync(join(out, "generation-2.json"));
    const resumed = await cli("calibrate", file, "--out", out);
    expect(resumed.err).toMatch(/^resuming: 2 generation\(s\)/);
    expect(readFileSync(join(out, "generation-2.json"), "utf8")).toBe(last);
    expect(resumed.out).toBe(first.out);
  }, 60_000);

  it("gives the same particles on two workers", async () => {
    const one = setUp(), two = setUp();
    const a = await cli("calibrate", one.file, "--out", one.out);
    const b = await cli("calibrate", two.file, "--out", two.out, "--workers", "2");
    expect(b.code).toBe(0);
    expect(b.out).toBe(a.out);
    expect(readFileSync(join(two.out, "generation-2.json"), "utf8")).toBe(readFileSync(join(one.out, "generation-2.json"), "utf8"));
  }, 60_000);

  it("refuses a folder holding another calibration, and bad flags, in one line", async () => {
    const {file, out} = setUp();
    expect((await cli("calibrate", file, "--out", out)).code).toBe(0);
    const other = setUp({...calibration, seed: "other"});
    const r = await cli("calibrate", other.file, "--out", out);
    expect([r.code, r.out]).toEqual([2, ""]);
    expect(r.err).toMatch(/^error: .* holds another calibration .*; use another --out\n$/);
    // more generations and a larger budget go on from the generations done
    const more = setUp({...calibration, generations: 4, maxSimulations: 5000});
    writeFileSync(file, readFileSync(more.file, "utf8"));
    const r4 = await cli("calibrate", file, "--out", out);
    expect(r4.err).toMatch(/^resuming: 3 generation\(s\)/);
    expect(r4.out).toMatch(/^calibration cli-test: smc, 4 generation\(s\)/);
    expect((await cli("calibrate", file)).err).toBe("error: calibrate needs --out <dir>\n");
    expect((await cli("calibrate", file, "--out", out, "--workers", "0")).err).toMatch(/^error: invalid --workers: "0" \(allowed: an integer from 1 to 256\)\n$/);
    expect((await cli("calibrate", "--help")).out).toMatch(/^calibrate: approximate Bayesian computation/);
  }, 60_000);
});
