// Takes the README's three pictures from the built site with Debian's
// Chromium, as the browser tests do: `npx tsx docs/img/shoot.ts` (builds the
// site first) or `SITE_DIR=<a built dist> npx tsx docs/img/shoot.ts`.
import {spawn} from "node:child_process";
import {fileURLToPath} from "node:url";
import {launch, open} from "../../test/browser/browser.ts";
import {buildAndServe, freePort} from "../../test/browser/site.ts";

const OUT = fileURLToPath(new URL("./", import.meta.url));
const VITE = fileURLToPath(new URL("../../node_modules/vite/bin/vite.js", import.meta.url));

async function serve(): Promise<{baseURL: string; close(): Promise<void>}> {
  const dir = process.env.SITE_DIR;
  if (!dir) return buildAndServe();
  const port = await freePort();
  const child = spawn(process.execPath, [VITE, "preview", "--outDir", dir, "--host", "127.0.0.1", "--port", String(port), "--strictPort"], {stdio: "ignore"});
  const baseURL = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 300; i++) {
    try { if ((await fetch(baseURL)).ok) break; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {baseURL, close: async () => { child.kill("SIGTERM"); }};
}

const shots: {file: string; path: string; waitFor: string; after?: string; element?: string}[] = [
  {file: "classroom.png", path: "classroom.html?model=team-and-rg", waitFor: ".gc-body[data-index='0'] svg", after: ".gc-body[data-index='12'] svg"},
  {file: "compare.png", path: "compare.html?opt=transfer-written&opt=transfer-visit&reps=100&seed=1", waitFor: ".gc-results[data-state=ready]"},
  {file: "explore.png", path: "explore.html?base=transfer-visit&x=load.timePressure&xFrom=0.5&xTo=4&xn=8&reps=60&seed=1&measure=influence", waitFor: ".gc-results[data-state=ready] svg", element: ".gc-results"}
];

const site = await serve();
const browser = await launch();
try {
  for (const s of shots) {
    const {page, errors} = await open(browser, site.baseURL + s.path, {waitFor: s.waitFor, viewport: {width: 1100, height: 760}});
    if (s.after) {
      for (let i = 0; i < 12; i++) await page.keyboard.press("ArrowRight");
      await page.waitForSelector(s.after, {timeout: 10_000}).catch(() => undefined);
    }
    await page.waitForTimeout(500);
    if (s.element) await page.locator(s.element).first().screenshot({path: OUT + s.file, type: "png"});
    else await page.screenshot({path: OUT + s.file, type: "png"});
    if (errors.length) console.error(`${s.file}: ${errors.join("; ")}`);
    await page.context().close();
  }
} finally {
  await browser.close();
  await site.close();
}
