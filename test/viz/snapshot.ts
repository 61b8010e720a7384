// Snapshot testing in Observable Plot's manner: render with jsdom's document,
// serialise, round floats to 2 decimals, renumber generated ids, and compare
// with a committed file in test/output/. On mismatch, write
// <name>-changed.<ext> and fail. A missing snapshot is written and FAILS
// ("new snapshot written, re-run") unless UPDATE_SNAPSHOTS=1; under CI (env CI
// set) it is not written at all, so a snapshot never committed cannot pass.

import {existsSync, mkdirSync, readFileSync, unlinkSync, writeFileSync} from "node:fs";
import {dirname, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {JSDOM} from "jsdom";

export const OUTPUT = resolve(dirname(fileURLToPath(import.meta.url)), "../output");

/** A fresh jsdom document for rendering. */
export function makeDocument(): Document {
  return new JSDOM("<!doctype html><html><body></body></html>").window.document;
}

/** Rounds every decimal number in a string to 2 decimals (and drops trailing zeros). */
export function roundFloats(text: string): string {
  return text.replace(/-?\d+\.\d+(e[+-]?\d+)?/g, (d) => {
    const x = Math.round(+d * 100) / 100;
    return String(Object.is(x, -0) ? 0 : x);
  });
}

/** Renumbers Plot's generated clip/marker/pattern ids in order of appearance. */
export function reindexIds(text: string): string {
  const map = new Map<string, string>();
  return text.replace(/plot-(clip|marker|pattern)-\d+/g, (id, kind: string) => {
    let x = map.get(id);
    if (!x) map.set(id, (x = `plot-${kind}-${[...map.keys()].filter((k) => k.startsWith(`plot-${kind}-`)).length + 1}`));
    return x;
  });
}

/** The normalised serialisation of a chart element (SVG, figure or table). */
export function serialise(element: Element): string {
  return reindexIds(roundFloats(element.outerHTML)).replace(/>\s*</g, ">\n<") + "\n";
}

/**
 * Compares a chart with test/output/<name>.<ext> (ext: "svg" for a bare SVG,
 * "html" for a figure with legends or an HTML element). Throws on mismatch or
 * when the snapshot is new.
 */
export function assertSnapshot(name: string, element: Element): void {
  const ext = element.tagName.toLowerCase() === "svg" ? "svg" : "html";
  const actual = serialise(element);
  const file = resolve(OUTPUT, `${name}.${ext}`);
  const changed = resolve(OUTPUT, `${name}-changed.${ext}`);
  mkdirSync(OUTPUT, {recursive: true});
  if (!existsSync(file)) {
    if (process.env.CI) throw new Error(`snapshot ${name}.${ext} is missing: run the tests locally and commit ${file}`);
    writeFileSync(file, actual);
    if (process.env.UPDATE_SNAPSHOTS === "1") return;
    throw new Error(`new snapshot written to ${file}, re-run`);
  }
  const expected = readFileSync(file, "utf8");
  if (expected === actual) {
    if (existsSync(changed)) unlinkSync(changed);
    return;
  }
  if (process.env.UPDATE_SNAPSHOTS === "1") {
    writeFileSync(file, actual);
    return;
  }
  writeFileSync(changed, actual);
  throw new Error(`snapshot ${name}.${ext} changed: see ${changed}`);
}

/** The main chart SVG of a Plot figure (the element itself if it is an SVG). */
export function chartSvg(element: Element): SVGSVGElement {
  if (element.tagName.toLowerCase() === "svg") return element as SVGSVGElement;
  const svgs = Array.from(element.children).filter((c) => c.tagName.toLowerCase() === "svg");
  const svg = svgs[svgs.length - 1];
  if (!svg) throw new Error("no chart svg in figure");
  return svg as SVGSVGElement;
}

/** aria-label and aria-description of a chart's main SVG. */
export function aria(element: Element): {label: string | null; description: string | null} {
  const svg = chartSvg(element);
  return {label: svg.getAttribute("aria-label"), description: svg.getAttribute("aria-description")};
}

/** All visible text of a chart (tick labels, axis labels, legends), for language checks. */
export function texts(element: Element): string {
  return element.textContent ?? "";
}
