// Pure helpers for downloads: a chart as a standalone SVG string, and rows as CSV.

import {csvText} from "../sim/experiment/records.ts";

const SVG_NS = "http://www.w3.org/2000/svg";
const XLINK_NS = "http://www.w3.org/1999/xlink";

/**
 * The chart's SVG as a standalone document string (with xmlns). Accepts a
 * Plot SVG or a Plot figure (whose last direct <svg> child is the chart;
 * legends and titles are HTML and are left out).
 */
export function svgString(figure: Element): string {
  if (!figure || typeof figure !== "object" || !("tagName" in figure)) throw new Error("invalid figure: expected an SVG or figure element");
  let svg: Element | undefined;
  if (figure.tagName.toLowerCase() === "svg") svg = figure;
  else {
    const svgs = Array.from(figure.children).filter((c) => c.tagName.toLowerCase() === "svg");
    svg = svgs[svgs.length - 1];
  }
  if (!svg) throw new Error("invalid figure: no <svg> in it");
  const copy = svg.cloneNode(true) as Element;
  copy.setAttribute("xmlns", SVG_NS);
  if (copy.outerHTML.includes("xlink:")) copy.setAttribute("xmlns:xlink", XLINK_NS);
  const view = svg.ownerDocument?.defaultView as (Window & typeof globalThis) | null;
  const Serializer = view?.XMLSerializer ?? (globalThis as {XMLSerializer?: typeof XMLSerializer}).XMLSerializer;
  const body = Serializer ? new Serializer().serializeToString(copy) : copy.outerHTML;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body}`;
}

/**
 * Rows as CSV, written by the one tidy-row writer (sim/experiment/records.ts):
 * nested objects become dotted columns (estimate.mean, ladder.influence, ...),
 * arrays JSON, missing values empty cells.
 */
export function toCSV(rows: readonly object[]): string {
  if (!Array.isArray(rows)) throw new Error("invalid rows: expected an array of objects");
  rows.forEach((r, i) => {
    if (r === null || typeof r !== "object" || Array.isArray(r)) throw new Error(`invalid row ${i}: expected an object`);
  });
  return csvText(rows);
}
