// Pure helpers for downloads: a chart as a standalone SVG string, and rows as CSV.

import {csvFormat} from "d3-dsv";

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

type Cell = string | number | boolean | null | undefined | Date;

/**
 * Rows as CSV (d3-dsv csvFormat). Nested plain objects are flattened to
 * dotted columns (estimate.mean, ladder.influence, ...); arrays are written
 * as JSON. Columns are the union of the rows' keys in first-seen order.
 */
export function toCSV(rows: readonly object[]): string {
  if (!Array.isArray(rows)) throw new Error("invalid rows: expected an array of objects");
  const flat = rows.map((r, i) => {
    if (r === null || typeof r !== "object" || Array.isArray(r)) throw new Error(`invalid row ${i}: expected an object`);
    const out: Record<string, Cell> = {};
    flatten(r as Record<string, unknown>, "", out);
    return out;
  });
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const r of flat) for (const k of Object.keys(r)) if (!seen.has(k)) { seen.add(k); columns.push(k); }
  return csvFormat(flat as Record<string, string>[], columns);
}

function flatten(obj: Record<string, unknown>, prefix: string, out: Record<string, Cell>): void {
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix + k;
    if (v !== null && typeof v === "object" && !Array.isArray(v) && !(v instanceof Date)) flatten(v as Record<string, unknown>, `${key}.`, out);
    else if (Array.isArray(v)) out[key] = JSON.stringify(v);
    else out[key] = v as Cell;
  }
}
