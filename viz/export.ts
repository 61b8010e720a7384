// Pure helpers for downloads: a chart as a standalone SVG string, and rows as CSV.

import {csvText} from "../sim/experiment/records.ts";

const SVG_NS = "http://www.w3.org/2000/svg";
const XLINK_NS = "http://www.w3.org/1999/xlink";

/**
 * A chart as a standalone SVG document string (with xmlns), keeping what a
 * reader needs: a title (given, else the chart's aria-label) on top, then
 * the legends and the chart as the figure stacks them. Plot's swatch legends
 * are HTML; they are redrawn as SVG swatches and labels. Accepts a Plot SVG or
 * a Plot figure.
 */
export function svgString(figure: Element, options: {title?: string} = {}): string {
  if (!figure || typeof figure !== "object" || !("tagName" in figure)) throw new Error("invalid figure: expected an SVG or figure element");
  const doc = figure.ownerDocument;
  const parts: Element[] = figure.tagName.toLowerCase() === "svg" ? [figure] : Array.from(figure.children).filter((c) => c.tagName.toLowerCase() === "svg" || /swatches/.test(c.getAttribute("class") ?? ""));
  const charts = parts.filter((c) => c.tagName.toLowerCase() === "svg" && !/-ramp\b/.test(c.getAttribute("class") ?? ""));
  const chart = charts[charts.length - 1];
  if (!chart) throw new Error("invalid figure: no <svg> in it");
  const width = Number(chart.getAttribute("width")) || 640;
  const title = options.title ?? chart.getAttribute("aria-label") ?? "";
  const root = doc.createElementNS(SVG_NS, "svg");
  root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns", SVG_NS);
  root.setAttribute("font-family", "system-ui, sans-serif");
  let y = 0;
  if (title) {
    const text = doc.createElementNS(SVG_NS, "text");
    text.setAttribute("x", "0");
    text.setAttribute("y", "16");
    text.setAttribute("font-size", "14");
    text.setAttribute("font-weight", "bold");
    text.setAttribute("class", "gc-title");
    text.textContent = title;
    root.appendChild(text);
    y += 26;
  }
  for (const part of parts) {
    const g = doc.createElementNS(SVG_NS, "g");
    g.setAttribute("transform", `translate(0,${y})`);
    if (part.tagName.toLowerCase() === "svg") {
      const copy = part.cloneNode(true) as Element;
      copy.removeAttribute("style");
      g.appendChild(copy);
      y += Number(part.getAttribute("height")) || 0;
    } else {
      g.setAttribute("class", "gc-legend");
      let x = 0;
      for (const swatch of Array.from(part.children).filter((c) => /swatch\b/.test(c.getAttribute("class") ?? ""))) {
        const mark = swatch.querySelector("svg");
        const label = swatch.textContent ?? "";
        if (mark) {
          const m = mark.cloneNode(true) as Element;
          m.setAttribute("x", String(x));
          m.setAttribute("y", "0");
          g.appendChild(m);
        }
        const text = doc.createElementNS(SVG_NS, "text");
        text.setAttribute("x", String(x + 20));
        text.setAttribute("y", "12");
        text.setAttribute("font-size", "12");
        text.textContent = label;
        g.appendChild(text);
        x += 20 + 7 * label.length + 16;
      }
      y += 24;
    }
    root.appendChild(g);
  }
  root.setAttribute("width", String(width));
  root.setAttribute("height", String(y));
  root.setAttribute("viewBox", `0 0 ${width} ${y}`);
  if (root.outerHTML.includes("xlink:")) root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:xlink", XLINK_NS);
  const view = doc?.defaultView as (Window & typeof globalThis) | null;
  const Serializer = view?.XMLSerializer ?? (globalThis as {XMLSerializer?: typeof XMLSerializer}).XMLSerializer;
  const body = Serializer ? new Serializer().serializeToString(root) : root.outerHTML;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body}`;
}

/**
 * Rows as CSV, written by the one tidy-row writer (sim/experiment/records.ts):
 * nested objects become dotted columns (estimate.mean, ladder.influence, ...),
 * arrays JSON, missing values empty cells, text a spreadsheet would take for
 * a formula neutralised (a quote in front).
 */
export function toCSV(rows: readonly object[]): string {
  if (!Array.isArray(rows)) throw new Error("invalid rows: expected an array of objects");
  rows.forEach((r, i) => {
    if (r === null || typeof r !== "object" || Array.isArray(r)) throw new Error(`invalid row ${i}: expected an object`);
  });
  return csvText(rows);
}
