import {execFileSync} from "node:child_process";
import {describe, expect, it} from "vitest";
import {COMMIT_ENV, projectCommit, versionMetadata} from "../../../sim/node/version.ts";

describe("version metadata", () => {
  it("names the commit a build gives, else the checkout's from git", () => {
    expect(projectCommit({[COMMIT_ENV]: "ABCDEF0123456789"})).toBe("abcdef0123456789");
    const head = execFileSync("git", ["rev-parse", "HEAD"], {encoding: "utf8"}).trim();
    expect(projectCommit({})).toBe(head);
    expect(versionMetadata({})).toEqual([{key: "version", value: expect.stringMatching(new RegExp(`^garbage-can-lab \\d+\\.\\d+\\.\\d+ \\(commit ${head}\\)$`))}, {key: "commit", value: head}]);
  });
  it("says unknown rather than recording a value that is not a commit", () => {
    expect(projectCommit({[COMMIT_ENV]: "main; rm -rf /"})).toBe("unknown");
    expect(projectCommit({[COMMIT_ENV]: ""})).toBe("unknown");
  });
});
