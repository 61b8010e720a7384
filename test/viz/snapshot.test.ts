import {existsSync} from "node:fs";
import {resolve} from "node:path";
import {afterEach, describe, expect, it, vi} from "vitest";
import {OUTPUT, assertSnapshot, makeDocument} from "./snapshot.ts";

describe("snapshot files", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("under CI a missing snapshot fails and is not written", () => {
    vi.stubEnv("CI", "true");
    vi.stubEnv("UPDATE_SNAPSHOTS", "");
    const svg = makeDocument().createElementNS("http://www.w3.org/2000/svg", "svg");
    expect(() => assertSnapshot("never-committed", svg)).toThrow("snapshot never-committed.svg is missing");
    expect(existsSync(resolve(OUTPUT, "never-committed.svg"))).toBe(false);
  });
});
