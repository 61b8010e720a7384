import {describe, expect, it} from "vitest";
import {readFileSync} from "node:fs";
import {DEFAULT_SEED, SHARED_KEY, runSeed} from "../../sim/seeds.ts";
import {rng} from "../../sim/rng.ts";
import {DEFAULT_READINGS} from "../../sim/classic/readings.ts";
import {runDesign} from "../../notebooks/lib/classicData.ts";
import {classroomRun} from "../../notebooks/lib/classroomRun.ts";
import {cli} from "./node/cliHarness.ts";

const draws = (seed: string, n = 3) => {
  const random = rng(seed);
  return Array.from({length: n}, () => random());
};

describe("the seed policy", () => {
  it("derives a run's seed from (base seed, key, replication); the shared key gives S/r", () => {
    expect(runSeed("7", "light-unsegmented-unsegmented-less", 3)).toBe("7/light-unsegmented-unsegmented-less/3");
    expect(runSeed(7, SHARED_KEY, 3)).toBe("7/3");
    expect(runSeed("a", "k", 0)).not.toBe(runSeed("a", "k", 1));
    expect(DEFAULT_SEED).toBe("1");
  });

  // Literal numbers computed once with seedrandom's xor4096 and committed: a
  // change of the generator or of the policy changes them.
  it("pins the generator's first outputs for derived seeds", () => {
    expect(draws(runSeed(DEFAULT_SEED, SHARED_KEY, 0))).toEqual([0.8058088116813451, 0.6964639737270772, 0.04791332269087434]);
    expect(draws(runSeed(DEFAULT_SEED, "moderate-hierarchical-unsegmented-equal", 0))).toEqual([0.6003738762810826, 0.84707848331891, 0.38757924851961434]);
  });
});

describe("the CLI, the Classic notebook and the Classroom derive seeds with the same function", () => {
  const files = ["sim/node/cliClassic.ts", "notebooks/lib/classicData.ts", "notebooks/lib/classroomRun.ts", "sim/classic/properties.ts", "sim/experiment/run.ts", "sim/experiment/runPoint.ts"];
  it("each imports runSeed from sim/seeds.ts and seeds its generators only through it", () => {
    for (const file of files) {
      const source = readFileSync(file, "utf8");
      expect(source, file).toMatch(/import \{[^}]*\brunSeed\b[^}]*\} from "(\.\.\/)+(sim\/)?seeds\.ts"/);
      // no seed strings built by hand (template literals or concatenation inside rng(...))
      expect(source, file).not.toMatch(/rng\(\s*`|rng\([^)]*\+\s*"/);
    }
  });

  it("the notebook's design with random ties gives the CLI's rows for the same seed", async () => {
    const {out, code} = await cli("classic", "--design", "1972", "--tie-break", "random", "--seed", "x7", "--format", "jsonl");
    expect(code).toBe(0);
    const rows = out.trim().split("\n").map((l) => JSON.parse(l));
    const runs = runDesign({...DEFAULT_READINGS, tieBreak: "random", seed: "x7"});
    expect(rows.length).toBe(runs.length);
    const keys = ["resolution", "flight", "oversight", "problemLatency", "problemShifts", "dmShifts", "energySpent"] as const;
    runs.forEach((run, k) => {
      for (const key of keys) expect(rows[k][key], `run ${k} ${key}`).toBe(run.result[key]);
    });
    // and the seed matters: another seed changes some run
    const other = runDesign({...DEFAULT_READINGS, tieBreak: "random", seed: "x8"});
    expect(other.some((run, k) => keys.some((key) => run.result[key] !== runs[k].result[key]))).toBe(true);
  });

  it("the Classroom's random entry order is the CLI's replication 0 of the variant", async () => {
    const selection = {load: "heavy", access: "hierarchical", decision: "unsegmented", energy: "equal"} as const;
    for (const seed of ["7", "abc"]) {
      const view = classroomRun({lang: "en", model: "classic", ...selection, entry: "random", seed, speed: 2, every: 1, t: 0, edits: ""}, "en");
      const last = view.source.frame(view.source.count - 1)!;
      const {out} = await cli("classic", "--load", selection.load, "--access", selection.access, "--decision", selection.decision, "--energy", selection.energy, "--reps", "1", "--seed", seed, "--details", "--format", "jsonl");
      const row = JSON.parse(out);
      const cans = last.cans.filter((c) => c.kind === "choice");
      expect(cans.map((c) => [c.style, c.accumulated, c.required])).toEqual(row.choices.map((c: {style: string | null; accumulated: number; required: number}) => [c.style, c.accumulated, c.required]));
    }
  });
});
