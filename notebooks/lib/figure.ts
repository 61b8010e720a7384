// A chart as the notebooks show it: the figure, downloads of the figure (SVG)
// and of its data (CSV), and a table view of the data (viz/dataTable.ts).
import {t, type Lang} from "./i18n.ts";
import {downloadButton, h} from "./ui.ts";

export type Row = Record<string, string | number | boolean | null | undefined>;

export interface FigureBlockOptions {
  /** File name stem for downloads, e.g. "compare-ladder". */
  name: string;
  /** The chart; leave out for a table on its own. */
  figure?: Element;
  rows: readonly object[];
  lang: Lang;
  heading?: string;
  /** Show the table open from the start. */
  open?: boolean;
}

function svgOf(figure: Element): SVGSVGElement | null {
  return figure instanceof SVGSVGElement ? figure : figure.querySelector("svg");
}

/** Serialises a figure's SVG with its namespace, for download. */
export function svgText(figure: Element): string {
  const svg = svgOf(figure);
  if (!svg) throw new Error("invalid figure: no SVG inside");
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  return `<?xml version="1.0" encoding="UTF-8"?>\n` + new XMLSerializer().serializeToString(clone);
}

function csvCell(x: unknown): string {
  if (x === null || x === undefined) return "";
  const s = typeof x === "number" ? (Number.isFinite(x) ? String(x) : "") : String(x);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** Rows as CSV (columns: the union of keys in first-seen order). */
export function csvText(objects: readonly object[]): string {
  const rows = objects as readonly Row[];
  const cols: string[] = [];
  for (const r of rows) for (const k of Object.keys(r)) if (!cols.includes(k)) cols.push(k);
  return [cols.map(csvCell).join(","), ...rows.map((r) => cols.map((c) => csvCell(r[c])).join(","))].join("\n") + "\n";
}

function table(objects: readonly object[], lang: Lang): HTMLElement {
  const rows = objects as readonly Row[];
  const cols: string[] = [];
  for (const r of rows) for (const k of Object.keys(r)) if (!cols.includes(k)) cols.push(k);
  return h("div", {class: "gc-table-wrap"}, h("table", {},
    h("caption", {}, t("table.caption", lang)),
    h("thead", {}, h("tr", {}, cols.map((c) => h("th", {scope: "col"}, c)))),
    h("tbody", {}, rows.map((r) => h("tr", {}, cols.map((c) => h("td", {}, r[c] === null || r[c] === undefined ? "" : String(r[c]))))))));
}

export function figureBlock(options: FigureBlockOptions): HTMLElement {
  const {name, figure, rows, lang} = options;
  const details = h("details", {open: options.open === true}, h("summary", {}, t("ui.figure.table", lang)));
  if (options.open) details.append(table(rows, lang));
  details.addEventListener("toggle", () => {
    if (details.open && details.childElementCount === 1) details.append(table(rows, lang));
  });
  return h("figure", {class: "gc-figure", "data-name": name},
    options.heading ? h("h3", {}, options.heading) : null,
    figure ?? null,
    h("div", {class: "gc-actions"},
      figure ? downloadButton(t("ui.figure.svg", lang), `${name}.svg`, () => new Blob([svgText(figure)], {type: "image/svg+xml"})) : null,
      downloadButton(t("ui.figure.csv", lang), `${name}.csv`, () => new Blob([csvText(rows)], {type: "text/csv"}))),
    details);
}
