// Build the notebooks into a temporary folder and serve them with
// `vite preview` on a free 127.0.0.1 port (used by the browser tests' global
// setup and by bench/browser.ts). The server is started as
// `node node_modules/vite/bin/vite.js preview ...` so its PID is the server's.
import {spawn, spawnSync, type ChildProcess} from "node:child_process";
import {mkdtempSync, rmSync} from "node:fs";
import {createServer} from "node:net";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {fileURLToPath} from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const VITE = join(ROOT, "node_modules/vite/bin/vite.js");

export function freePort(): Promise<number> {
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

export interface Site {
  baseURL: string;
  pid: number | undefined;
  close(): Promise<void>;
}

/** Builds the site and serves it; close() stops the server (by its PID) and removes the build. */
export async function buildAndServe(): Promise<Site> {
  const outDir = mkdtempSync(join(tmpdir(), "gc-notebooks-"));
  const build = spawnSync(process.execPath, [VITE, "build", "--outDir", outDir, "--emptyOutDir", "--logLevel", "warn"], {cwd: ROOT, encoding: "utf8"});
  if (build.status !== 0) {
    rmSync(outDir, {recursive: true, force: true});
    throw new Error(`vite build failed (${build.status}):\n${build.stdout}\n${build.stderr}`);
  }
  const port = await freePort();
  const child = spawn(process.execPath, [VITE, "preview", "--outDir", outDir, "--host", "127.0.0.1", "--port", String(port), "--strictPort"], {cwd: ROOT, stdio: ["ignore", "pipe", "pipe"]});
  let log = "";
  child.stdout?.on("data", (d) => (log += d));
  child.stderr?.on("data", (d) => (log += d));
  const baseURL = `http://127.0.0.1:${port}/`;
  const close = async () => {
    if (child.exitCode === null && child.pid !== undefined) {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
    }
    rmSync(outDir, {recursive: true, force: true});
  };
  try {
    await waitFor(baseURL, child, 30_000);
  } catch (e) {
    await close();
    throw new Error(`${(e as Error).message}\n${log}`);
  }
  return {baseURL, pid: child.pid, close};
}
