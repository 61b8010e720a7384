// Reading experiment files from disk and writing files whole or not at all
// (temporary name, fsync, rename).

import {closeSync, fsyncSync, openSync, renameSync, writeFileSync} from "node:fs";
import {dirname, resolve} from "node:path";
import {UsageError} from "../args.ts";
import {readFailure, readRegularFile} from "../regularFile.ts";

/**
 * Writes `data` to `path` via a temporary name of this process, so `path` is
 * never half-written, also when shards of one folder run side by side.
 */
export function writeAtomic(path: string, data: string | Uint8Array): void {
  const tmp = `${path}.${process.pid}.tmp`;
  const fd = openSync(tmp, "w");
  try {
    writeFileSync(fd, data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}

/** A JSON file's value; `mend` (what to do) ends the one-line error for a file that cannot be read or is not JSON. */
export function readJson(path: string, what: string, mend = ""): unknown {
  let text: string;
  try {
    text = readRegularFile(path);
  } catch (e) {
    throw new UsageError(`cannot read ${what} ${path}: ${readFailure(e)}${mend}`);
  }
  try {
    // a byte-order mark is allowed, as in scenario files
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new UsageError(`${what} ${path} is not JSON: ${(e as Error).message.split("\n")[0]}${mend}`);
  }
}

/**
 * An experiment file as an object, with a scenario given as a path (ending in
 * .json, relative to the experiment file) replaced by the scenario itself, so
 * an output folder's copy is complete on its own.
 */
export function loadExperiment(path: string): object {
  const input = readJson(path, "experiment file");
  if (typeof input === "object" && input !== null && !Array.isArray(input) && Object.prototype.hasOwnProperty.call(input, "scenario")) {
    const ref = (input as Record<string, unknown>).scenario;
    if (typeof ref === "string" && ref.endsWith(".json")) return {...input, scenario: readJson(resolve(dirname(path), ref), "scenario file")};
  }
  return input as object;
}
