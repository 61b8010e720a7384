// The built site works from any static web server, in any folder: a plain
// Node server that serves the build under /site/ only (everything else is a
// 404, the origin's /favicon.ico included) and no network. Every notebook
// must load with no console errors and compute its results.
import {createServer, type Server} from "node:http";
import {afterAll, beforeAll, describe, expect, inject, test} from "vitest";
import type {Browser} from "playwright-core";
import {launch, open} from "./browser.ts";
import {freePort} from "./site.ts";

const base = inject("baseURL");

describe.skipIf(!base)("the static build served from a sub-folder", () => {
  let browser: Browser;
  let server: Server;
  let site = "";
  const outside: string[] = [];
  beforeAll(async () => {
    browser = await launch();
    const port = await freePort();
    // The build's bytes come from the preview server; this server only re-roots them under /site/.
    server = createServer(async (req, res) => {
      const path = req.url ?? "/";
      if (!path.startsWith("/site/")) {
        outside.push(path);
        res.writeHead(404).end();
        return;
      }
      const upstream = await fetch(base + path.slice("/site/".length));
      res.writeHead(upstream.status, {"content-type": upstream.headers.get("content-type") ?? "application/octet-stream"});
      res.end(Buffer.from(await upstream.arrayBuffer()));
    });
    await new Promise<void>((r) => server.listen(port, "127.0.0.1", r));
    site = `http://127.0.0.1:${port}/site/`;
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
  });

  test("every page names its own icon, so the origin's /favicon.ico is never asked for", async () => {
    for (const name of ["index", "classroom", "compare", "explore", "classic", "model"]) {
      const html = await (await fetch(`${site}${name}.html`)).text();
      expect(html, name).toMatch(/<head><link rel="icon" href="\.\/favicon\.ico">/);
      expect((await fetch(`${site}favicon.ico`)).status).toBe(200);
    }
  });

  const READY: Record<string, string> = {
    index: "a[href$='compare.html']", classroom: ".gc-figure svg", compare: ".gc-results[data-state=ready] svg",
    explore: ".gc-results[data-state=ready] svg", classic: "[data-property=P8]", model: "table"
  };
  for (const [name, ready] of Object.entries(READY)) {
    test(`${name} works under /site/ with no console errors`, async () => {
      const {page, errors, foreign} = await open(browser, `${site}${name}.html?reps=20`, {waitFor: ready});
      await page.waitForTimeout(300);
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
      expect(outside).toEqual([]);
      await page.context().close();
    });
  }
});
