// The command line bundled into one module and started as `node <bundle>`, the
// way a cluster job runs it (no npx or tsx processes, no TypeScript loaded at
// run time). The bundle is written beside the sweep's sources, because the
// sweep finds its worker task and the project's package.json relative to its
// own module, and is removed when this process exits.
import {createRequire} from "node:module";
import {rmSync, writeFileSync} from "node:fs";
import {fileURLToPath} from "node:url";

export function cliBundle(): string {
  const esbuild = createRequire(import.meta.url)("esbuild") as typeof import("esbuild");
  const entry = fileURLToPath(new URL("../sim/cli.ts", import.meta.url));
  const file = fileURLToPath(new URL(`../sim/node/sweep/.cli-bench-${process.pid}.mjs`, import.meta.url));
  const result = esbuild.buildSync({entryPoints: [entry], bundle: true, platform: "node", format: "esm", target: "node20", packages: "external", write: false, logLevel: "silent"});
  writeFileSync(file, result.outputFiles[0].text);
  process.on("exit", () => rmSync(file, {force: true}));
  return file;
}
