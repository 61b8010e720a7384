// Builds the notebooks once, serves the build with `vite preview` on a free
// local port and hands the address to the browser tests. When Debian's
// Chromium is missing the browser tests are skipped with a loud warning, or
// fail when CI is set (CI must install it: apt-get install -y chromium).
import {existsSync} from "node:fs";
import type {TestProject} from "vitest/node";
import {CHROMIUM} from "./browser.ts";
import {buildAndServe} from "./site.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** Address of the served build, or "" when the browser tests are skipped. */
    baseURL: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(CHROMIUM)) {
    if (process.env.CI) throw new Error(`${CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium) before the browser tests`);
    const line = "!".repeat(78);
    console.warn(`\n${line}\n!! ${CHROMIUM} not found: SKIPPING the browser tests (test/browser).\n!! Install Debian's chromium (apt-get install -y chromium) to run them; with CI set they fail instead.\n${line}\n`);
    project.provide("baseURL", "");
    return async () => {};
  }
  const site = await buildAndServe();
  project.provide("baseURL", site.baseURL);
  return () => site.close();
}
