// A TypeScript entry bundled into one plain JavaScript module for worker
// threads. Under tsx's require hook each worker transformed every source file
// again at start-up (about 0.18 s of CPU and 15 MB per worker), and the
// transformed code kept esbuild's keepNames wrappers, which run each time a
// closure is made in a hot loop. The bundle is built once per sweep with
// esbuild (the compiler tsx itself uses), packages left as imports, and kept
// under node_modules/.cache named by its content, so concurrent sweeps and
// Slurm shards share it safely.

import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync} from "node:fs";
import {createRequire} from "node:module";
import {basename, extname, join} from "node:path";
import {fileURLToPath, pathToFileURL} from "node:url";

const projectRoot = fileURLToPath(new URL("../../", import.meta.url));

/** Where bundles are kept: inside the project, so their package imports resolve to its node_modules. */
export const BUNDLE_DIR = join(projectRoot, "node_modules", ".cache", "garbage-can-lab");

type Build = (entry: string) => string;

/** Bundles of an entry not built nor used for this long are removed (the code they hold has changed since). */
export const BUNDLE_MAX_AGE_MS = 7 * 24 * 3600 * 1000;

/**
 * esbuild's output for an entry: one ES module, Node built-ins and packages
 * left as imports. `define` replaces global names with constants (JSON text).
 */
export function esbuildBundle(entry: string, define: Record<string, string> = {}): string {
  const esbuild = createRequire(import.meta.url)("esbuild") as typeof import("esbuild");
  const result = esbuild.buildSync({
    entryPoints: [entry], bundle: true, platform: "node", format: "esm", target: "node20",
    packages: "external", write: false, logLevel: "silent", legalComments: "none", define
  });
  return result.outputFiles[0].text;
}

/**
 * The file URL of `entry` bundled into one module, or undefined when it
 * cannot be built or written (then callers load the TypeScript through tsx).
 */
export function bundledModule(entry: URL, build: Build = esbuildBundle, dir = BUNDLE_DIR, now = Date.now()): string | undefined {
  try {
    const path = fileURLToPath(entry);
    const code = build(path);
    const stem = basename(path, extname(path));
    const name = `${stem}-${createHash("sha256").update(code).digest("hex").slice(0, 16)}.mjs`;
    const file = join(dir, name);
    if (existsSync(file)) quietly(() => utimesSync(file, now / 1000, now / 1000)); // in use: kept
    else {
      mkdirSync(dir, {recursive: true});
      // Another process may write the same name at the same time: each writes its own
      // temporary file (one build at a time per process) and the rename replaces the bundle with identical bytes.
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, code);
      renameSync(tmp, file);
      quietly(() => removeStale(dir, stem, name, now));
    }
    return pathToFileURL(file).href;
  } catch {
    return undefined;
  }
}

/** Housekeeping that must not make a usable bundle unusable. */
function quietly(f: () => void): void {
  try {
    f();
  } catch {
    // a bundle kept a while longer does no harm
  }
}

/** Removes this entry's other bundles left unused for BUNDLE_MAX_AGE_MS (older versions of the code). */
function removeStale(dir: string, stem: string, keep: string, now: number): void {
  for (const other of readdirSync(dir)) {
    if (other === keep || !other.startsWith(`${stem}-`) || !other.endsWith(".mjs")) continue;
    const path = join(dir, other);
    if (now - statSync(path).mtimeMs > BUNDLE_MAX_AGE_MS) rmSync(path, {force: true});
  }
}
