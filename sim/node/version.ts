// What made a file: the project's version and the git commit of the code that
// ran, recorded in every sweep and merge file's metadata, so a result can be
// traced to its code. The commit comes from GARBAGE_CAN_LAB_COMMIT (set when a
// bundle is built away from its checkout), else from git where the code runs
// from a checkout, else it is "unknown".

import {execFileSync} from "node:child_process";
import {readFileSync} from "node:fs";
import {dirname} from "node:path";
import {fileURLToPath} from "node:url";

/** The environment variable a build sets to the commit it was built from. */
export const COMMIT_ENV = "GARBAGE_CAN_LAB_COMMIT";

/** The git commit of the running code: 40 hex digits, or "unknown". */
export function projectCommit(env: NodeJS.ProcessEnv = process.env): string {
  const given = env[COMMIT_ENV];
  if (given !== undefined) return /^[0-9a-f]{7,64}$/i.test(given) ? given.toLowerCase() : "unknown";
  try {
    const sha = execFileSync("git", ["rev-parse", "HEAD"], {cwd: dirname(fileURLToPath(import.meta.url)), encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], timeout: 5000}).trim();
    return /^[0-9a-f]{40,64}$/.test(sha) ? sha : "unknown";
  } catch {
    return "unknown"; // no git, or not a checkout
  }
}

/** The package version (package.json). */
export function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {version: string}).version;
  } catch {
    return "unknown";
  }
}

/** Key-value metadata of a file this code writes: "version" ("garbage-can-lab <version> (commit <sha>)") and "commit". */
export function versionMetadata(env?: NodeJS.ProcessEnv): {key: string; value: string}[] {
  const commit = projectCommit(env);
  return [{key: "version", value: `garbage-can-lab ${packageVersion()} (commit ${commit})`}, {key: "commit", value: commit}];
}
