import {describe, expect, it} from "vitest";
import {designKey, design1972} from "../../../sim/classic/design.ts";
import {DEFAULT_SEED, runSeed} from "../../../sim/seeds.ts";
import {cli} from "./cliHarness.ts";

describe("classic --tie-break random", () => {
  it("runs the 1972 design seeded by the seed policy (default seed documented), without a stack trace", async () => {
    const a = await cli("classic", "--design", "1972", "--tie-break", "random");
    expect(a.err).toBe("");
    expect(a.code).toBe(0);
    const rows = a.out.trim().split("\n").map((l) => JSON.parse(l));
    expect(rows.length).toBe(324);
    expect(rows.map((r) => r.seed)).toEqual(design1972().map((p) => runSeed(DEFAULT_SEED, designKey(p), 0)));
    expect((await cli("classic", "--help")).out).toContain(`default ${DEFAULT_SEED}`);
    // the default is --seed 1; the same seed repeats, another changes some run
    expect((await cli("classic", "--design", "1972", "--tie-break", "random", "--seed", DEFAULT_SEED)).out).toBe(a.out);
    const b = await cli("classic", "--design", "1972", "--tie-break", "random", "--seed", "2");
    expect(b.code).toBe(0);
    const strip = (out: string) => out.trim().split("\n").map((l) => { const {seed: _, ...rest} = JSON.parse(l); return JSON.stringify(rest); });
    expect(strip(b.out)).not.toEqual(strip(a.out));
  });

  it("gives the same rows whatever --repeat, with random entry orders and ties", async () => {
    const args = ["classic", "--load", "heavy", "--access", "unsegmented", "--reps", "3", "--tie-break", "random", "--seed", "r"];
    const once = await cli(...args);
    expect(once.code).toBe(0);
    expect((await cli(...args, "--repeat", "3")).out).toBe(once.out);
  });

  it("--seed without --reps or random ties is a one-line error", async () => {
    const r = await cli("classic", "--seed", "3");
    expect(r.code).toBe(2);
    expect(r.err).toBe('error: invalid --seed: "3" (allowed: only with --reps N (random entry orders) or --tie-break random; the fixed 1972 entry orders draw nothing)\n');
  });
});
