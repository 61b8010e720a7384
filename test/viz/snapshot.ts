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

/** Sum of the translate(x, y) transforms and x/y attributes from an element up to its svg. */
function offset(el: Element, svg: Element): [number, number] {
  let x = 0, y = 0;
  for (let e: Element | null = el; e && e !== svg; e = e.parentElement) {
    const m = /translate\(\s*(-?[\d.e+-]+)(?:[ ,]\s*(-?[\d.e+-]+))?\s*\)/.exec(e.getAttribute("transform") ?? "");
    if (m) { x += Number(m[1]); y += Number(m[2] ?? 0); }
    if (e !== el && e.tagName.toLowerCase() === "text") continue;
    x += Number(e.getAttribute("x") ?? 0) || 0;
  }
  return [x, y];
}

/** The nearest value of an attribute on the element or an ancestor (inherited presentation attributes). */
function inherited(el: Element, name: string): string | null {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const v = e.getAttribute(name);
    if (v !== null) return v;
  }
  return null;
}

/**
 * The text lines of a chart whose estimated extent leaves the SVG's viewBox
 * horizontally (width from the characters at 0.6 em each, a generous
 * estimate for a sans-serif font), as "text: left..right of 0..width".
 */
export function textsOutside(svg: Element): string[] {
  const view = (svg.getAttribute("viewBox") ?? "").split(/[ ,]+/).map(Number);
  const [vx, width] = view.length === 4 ? [view[0], view[2]] : [0, Number(svg.getAttribute("width"))];
  const out: string[] = [];
  for (const text of Array.from(svg.querySelectorAll("text"))) {
    const lines = text.querySelectorAll("tspan").length ? Array.from(text.querySelectorAll("tspan")) : [text];
    for (const line of lines) {
      const s = line.textContent ?? "";
      if (!s.trim()) continue;
      const size = parseFloat(inherited(line, "font-size") ?? "10") || 10;
      const w = s.length * 0.6 * size;
      const anchor = inherited(line, "text-anchor") ?? "start";
      const [x] = offset(line, svg);
      const left = x - (anchor === "end" ? w : anchor === "middle" ? w / 2 : 0);
      if (left < vx || left + w > vx + width) out.push(`${s}: ${left.toFixed(0)}..${(left + w).toFixed(0)} of ${vx}..${vx + width}`);
    }
  }
  return out;
}
