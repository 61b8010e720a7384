// Screenshots of each notebook in both languages, kept in test/output/gallery/
// with an index.html to look through (not compared pixel by pixel; rewritten
// by every browser run and not committed). Viewport-sized, so the step is fast.
import {mkdirSync, readdirSync, writeFileSync} from "node:fs";
import {fileURLToPath} from "node:url";
import type {Page} from "playwright-core";

export const GALLERY = fileURLToPath(new URL("../output/gallery/", import.meta.url));

/** Saves the page's screenshot as <name>-<lang>.png and refreshes the gallery's index. */
export async function shoot(page: Page, name: string, lang: string): Promise<string> {
  mkdirSync(GALLERY, {recursive: true});
  const file = `${name}-${lang}.png`;
  await page.screenshot({path: GALLERY + file, type: "png"});
  const shots = readdirSync(GALLERY).filter((f) => f.endsWith(".png")).sort();
  writeFileSync(GALLERY + "index.html", `<!doctype html><meta charset="utf-8"><title>Notebook gallery</title>
<style>body{font:14px system-ui;margin:1rem}figure{display:inline-block;margin:0 1rem 1rem 0}img{width:480px;border:1px solid #ccc}</style>
${shots.map((f) => `<figure><img src="${f}" alt="${f}"><figcaption>${f}</figcaption></figure>`).join("\n")}
`);
  return GALLERY + file;
}
