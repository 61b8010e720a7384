// The sweep's output, byte for byte: small sweeps of both models (text, boolean and
// numeric factors, missing measures, several row groups) must write the same
// Parquet and CSV files as the version these digests were taken from (commit
// 3c70360), so changes to the encoding path that are meant to be faster cannot
// change a file. The Parquet footer's creation date is the one part that
// differs between runs: it is blanked before hashing. The footer also names the
// commit of the code that ran: the test fixes it through GARBAGE_CAN_LAB_COMMIT.
import {afterAll, describe, expect, it} from "vitest";
import {createHash} from "node:crypto";
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {cli} from "../cliHarness.ts";
import {COMMIT_ENV} from "../../../../sim/node/version.ts";

const scratch = mkdtempSync(join(tmpdir(), "gcl-sweep-bytes-"));
const commitBefore = process.env[COMMIT_ENV];
process.env[COMMIT_ENV] = "0123456789abcdef0123456789abcdef01234567";
afterAll(() => {
  rmSync(scratch, {recursive: true, force: true});
  if (commitBefore === undefined) delete process.env[COMMIT_ENV];
  else process.env[COMMIT_ENV] = commitBefore;
});

const EXPERIMENTS: Record<string, object> = {
  classicText: {
    id: "bytes-classic-text", model: "classic",
    parameters: [{key: "load", values: ["light", "heavy"]}, {key: "access", values: ["unsegmented", "specialized"]}],
    design: {type: "factorial"}, replications: 30, seed: 5, measures: ["resolution", "problemsUnsolved", "problemLatency"]
  },
  classicRange: {
    id: "bytes-classic-range", model: "classic", parameters: [{key: "solutionCoefficient", min: 0.1, max: 1, levels: 7}],
    design: {type: "factorial"}, replications: 40, seed: 11
  },
  participation: {
    id: "bytes-participation", model: "participation", scenario: "transfer-visit",
    parameters: [{key: "load.timePressure", values: [0.5, 2]}, {key: "solutions.home.specialised", values: [false, true]}],
    design: {type: "factorial"}, replications: 3, seed: 3,
    // named measures, so that measures added to the model later change no byte of this file
    measures: ["ladder.influenceOrControl", "influence", "fit", "timeToDecision", "staffHoursPerCase", "styles.oversight", "garbageCan.problemShifts"]
  }
};

/** sha256 of a file, with ISO dates (the footer's "created") blanked. */
function digest(path: string): string {
  const text = readFileSync(path).toString("latin1").replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/g, "0000-00-00T00:00:00.000Z");
  return createHash("sha256").update(Buffer.from(text, "latin1")).digest("hex").slice(0, 16);
}

async function sweepDigests(name: string, workers: number, chunkRows: number) {
  const file = join(scratch, `${name}.json`), dir = join(scratch, `${name}-${workers}-${chunkRows}`);
  writeFileSync(file, JSON.stringify(EXPERIMENTS[name]));
  const r = await cli("sweep", file, "--out", dir, "--workers", String(workers), "--chunk-rows", String(chunkRows));
  expect(r.code, r.err).toBe(0);
  return {parquet: digest(join(dir, "shard-0of1.parquet")), rowGroups: rowGroupsDigest(join(dir, "shard-0of1.parquet")), csv: digest(join(dir, "shard-0of1.csv"))};
}

/** sha256 of a Parquet file's bytes before its footer: the row groups alone. */
function rowGroupsDigest(path: string): string {
  const b = readFileSync(path);
  const footer = b.readUInt32LE(b.length - 8);
  return createHash("sha256").update(b.subarray(0, b.length - 8 - footer)).digest("hex").slice(0, 16);
}

// CSV files and the Parquet files' row groups: taken from the files written at commit 3c70360.
// Whole Parquet files: taken again when the footer gained the experiment's digest and the row count,
// and when its version came to name the commit (the row groups' bytes, before the footer, the same).
const EXPECTED: Record<string, {parquet: string; rowGroups: string; csv: string}> = {
  classicText: {parquet: "b1c1ee40b455cd0b", rowGroups: "fc9ad11c8c833aa6", csv: "6146ed3030555b3c"},
  classicRange: {parquet: "c7d7e79a0df3a7c2", rowGroups: "c6dc79fcbdc9c236", csv: "ec7325e0bcd6f7a3"},
  participation: {parquet: "ba37ca8b8121f4b5", rowGroups: "a9c5b2197b64b05e", csv: "193682452010f689"}
};

describe("sweep output bytes", () => {
  for (const name of Object.keys(EXPERIMENTS))
    it(`${name}: the same Parquet and CSV bytes as before, with 1 and 2 workers`, async () => {
      const one = await sweepDigests(name, 1, 17), two = await sweepDigests(name, 2, 17);
      expect(two).toEqual(one);
      expect(one).toEqual(EXPECTED[name]);
    }, 60_000);
});
