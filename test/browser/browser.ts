// Shared helpers for the browser tests: launch Debian's Chromium through
// playwright-core (never a downloaded browser), open a notebook and record
// console errors, page errors and every request to a host other than 127.0.0.1.
import {chromium, type Browser, type Page} from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"]
  });
}

export interface Watched {
  page: Page;
  errors: string[];
  foreign: string[];
}

/** Opens a page in a fresh context, recording errors and requests that leave the machine (those are aborted). */
export async function open(browser: Browser, url: string, options: {waitFor?: string; viewport?: {width: number; height: number}; init?: string} = {}): Promise<Watched> {
  const context = await browser.newContext({viewport: options.viewport ?? {width: 1280, height: 900}, acceptDownloads: true});
  // a script run in the page before its own (e.g. a probe of a browser API)
  if (options.init) await context.addInitScript(options.init);
  const page = await context.newPage();
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on("console", (msg) => { if (msg.type() === "error") errors.push(msg.text()); });
  page.on("pageerror", (err) => errors.push(String(err)));
  await context.route("**/*", (route) => {
    const u = new URL(route.request().url());
    if ((u.protocol === "http:" || u.protocol === "https:" || u.protocol === "ws:") && u.hostname !== "127.0.0.1") {
      foreign.push(u.href);
      return route.abort();
    }
    // The preview server refuses request lines over 16 kB: a longer link (a test of hostile
    // links) gets the page at its path, and the page still reads the whole link from location.
    if (u.hostname === "127.0.0.1" && route.request().isNavigationRequest() && route.request().url().length > 8000)
      return route.fetch({url: u.origin + u.pathname}).then((response) => route.fulfill({response}));
    return route.continue();
  });
  await page.goto(url);
  if (options.waitFor) await page.waitForSelector(options.waitFor, {timeout: 30_000});
  return {page, errors, foreign};
}
