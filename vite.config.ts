/// <reference types="vitest/config" />
import {defineConfig, type Plugin, type UserConfig, type Alias} from "vite";
import {config, observable} from "@observablehq/notebook-kit/vite";
import {readdirSync} from "node:fs";
import {execFileSync} from "node:child_process";
import {fileURLToPath} from "node:url";

// Notebook Kit's standard library imports Plot, Inputs, d3 and htl from a public
// CDN at run time. Rewrite those specifiers to the installed packages so that
// pages work with no network (see docs/toolchain.md §1).
const CDN = "https://cdn.jsdelivr.net/npm/";
const LOCAL: Record<string, string> = {
  "@observablehq/plot/+esm": "@observablehq/plot",
  "@observablehq/inputs/+esm": "@observablehq/inputs",
  "@observablehq/inputs/dist/index.css": "@observablehq/inputs/dist/index.css",
  "d3/+esm": "d3",
  "d3-dsv/+esm": "d3-dsv",
  "htl/+esm": "htl"
};
function offlineStdlib(): Plugin {
  return {
    name: "offline-stdlib",
    enforce: "pre",
    transform(code, id) {
      if (!id.includes("@observablehq/notebook-kit") || !code.includes(CDN)) return null;
      let out = code;
      for (const [remote, local] of Object.entries(LOCAL)) out = out.replaceAll(CDN + remote, local);
      return out === code ? null : {code: out, map: null};
    }
  };
}

// A page-relative icon link in every page's head, so a site served from a
// sub-folder never asks the origin's root for /favicon.ico.
function favicon(): Plugin {
  return {
    name: "favicon-link",
    transformIndexHtml: {order: "post", handler: (html) => html.replace("<head>", '<head><link rel="icon" href="./favicon.ico">')}
  };
}

// Notebook Kit's config() resolves `npm:` imports through a `resolve.alias`
// with `customResolver`, which Vite deprecates (a warning on every start).
// Keep its other aliases and resolve `npm:name[@range][/path]` here instead,
// to the installed package, so such imports also work with no network.
// Its `esbuild` options are ignored by Vite 8 (which transforms with oxc) and
// only print a warning, so they are left out too.
function kitConfig(): UserConfig {
  const {esbuild: _ignored, ...kit} = config() as UserConfig;
  const alias = (kit.resolve?.alias as Alias[] | undefined ?? []).filter((a) => !("customResolver" in a));
  return {...kit, resolve: {...kit.resolve, alias}};
}
function npmImports(): Plugin {
  return {
    name: "npm-imports",
    enforce: "pre",
    resolveId(source, importer) {
      if (!source.startsWith("npm:")) return null;
      const spec = source.slice(4);
      const parts = spec.split("/");
      const nameRange = spec.startsWith("@") ? `${parts.shift()}/${parts.shift()}` : parts.shift()!;
      const at = nameRange.indexOf("@", 1);
      const name = at > 0 ? nameRange.slice(0, at) : nameRange;
      const path = parts.filter((p) => p !== "+esm").join("/");
      return this.resolve(path ? `${name}/${path}` : name, importer, {skipSelf: true});
    }
  };
}

// The commit the site is built from, for the version line of copied results
// (sim/version.ts); empty when the source is not a git checkout.
function commit(): string {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], {cwd: fileURLToPath(new URL(".", import.meta.url)), encoding: "utf8", stdio: ["ignore", "pipe", "ignore"]}).trim();
  } catch {
    return "";
  }
}

const root = fileURLToPath(new URL("notebooks/", import.meta.url));
// Every notebook page is an HTML file in notebooks/; list them all for the build.
const pages = readdirSync(root).filter((f) => f.endsWith(".html")).map((f) => root + f);

export default defineConfig({
  ...kitConfig(),
  plugins: [offlineStdlib(), npmImports(), observable(), favicon()],
  root: "notebooks",
  define: {__GC_COMMIT__: JSON.stringify(commit())},
  optimizeDeps: {
    exclude: ["observable:runtime"],
    include: ["@observablehq/plot", "@observablehq/inputs", "d3", "htl", "d3-dsv", "seedrandom", "hyparquet-writer"]
  },
  test: {
    root: fileURLToPath(new URL(".", import.meta.url)),
    testTimeout: 120_000,
    // Under CI a JSON report is written as well, from which .ci/run prints "N passed, N failed".
    reporters: process.env.CI ? ["default", "json"] : ["default"],
    outputFile: {json: ".vitest-result.json"},
    // Two projects: "unit" (everything but the browser) and "browser", whose
    // global setup builds the site once and serves it for headless Chromium
    // (`vitest run --project unit` skips the build).
    projects: [
      {extends: true, test: {name: "unit", include: ["test/**/*.test.ts"], exclude: ["test/browser/**"]}},
      {extends: true, test: {name: "browser", include: ["test/browser/**/*.test.ts"], globalSetup: ["test/browser/globalSetup.ts"], hookTimeout: 180_000}}
    ]
  },
  build: {outDir: "../dist", emptyOutDir: true, rollupOptions: {input: pages}}
});
