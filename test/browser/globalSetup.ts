// Builds the notebooks once, serves the build with `vite preview` on a free
// local port and hands the address to the browser tests. When Debian's
// Chromium is missing the browser tests are skipped with a loud warning, or
// fail when CI is set (CI must install it: apt-get install -y chromium).
import {spawn, spawnSync, type ChildProcess} from "node:child_process";
import {existsSync, mkdtempSync, rmSync} from "node:fs";
import {createServer} from "node:net";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import type {TestProject} from "vitest/node";

export const CHROMIUM = "/usr/bin/chromium";
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const VITE = join(ROOT, "node_modules/vite/bin/vite.js");

declare module "vitest" {
  export interface ProvidedContext {
    /** Address of the served build, or "" when the browser tests are skipped. */
    baseURL: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, child: ChildProcess, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`vite preview did not answer at ${url} within ${ms} ms`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(CHROMIUM)) {
    if (process.env.CI) throw new Error(`${CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium) before the browser tests`);
    const line = "!".repeat(78);
    console.warn(`\n${line}\n!! ${CHROMIUM} not found: SKIPPING the browser tests (test/browser).\n!! Install Debian's chromium (apt-get install -y chromium) to run them; with CI set they fail instead.\n${line}\n`);
    project.provide("baseURL", "");
    return async () => {};
  }
  const outDir = mkdtempSync(join(tmpdir(), "gc-notebooks-"));
  const build = spawnSync(process.execPath, [VITE, "build", "--outDir", outDir, "--emptyOutDir", "--logLevel", "warn"], {cwd: ROOT, encoding: "utf8"});
  if (build.status !== 0) throw new Error(`vite build failed (${build.status}):\n${build.stdout}\n${build.stderr}`);
  const port = await freePort();
  const child = spawn(process.execPath, [VITE, "preview", "--outDir", outDir, "--host", "127.0.0.1", "--port", String(port), "--strictPort"], {cwd: ROOT, stdio: ["ignore", "pipe", "pipe"]});
  let log = "";
  child.stdout?.on("data", (d) => (log += d));
  child.stderr?.on("data", (d) => (log += d));
  const baseURL = `http://127.0.0.1:${port}/`;
  try {
    await waitFor(baseURL, child, 30_000);
  } catch (e) {
    child.kill();
    throw new Error(`${(e as Error).message}\n${log}`);
  }
  project.provide("baseURL", baseURL);
  return async () => {
    if (child.pid !== undefined && child.exitCode === null) child.kill("SIGTERM");
    rmSync(outDir, {recursive: true, force: true});
  };
}
