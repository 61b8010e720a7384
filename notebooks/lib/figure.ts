// A chart as the notebooks show it: the figure, downloads of the figure (SVG)
// and of its data (CSV, rounded to what each estimate supports where the page
// asks, viz/rounding.ts; JSON with the full values), and a table view of the
// data (viz/dataTable.ts).
import {dataTable} from "../../viz/dataTable.ts";
import {svgString, toCSV} from "../../viz/export.ts";
import {roundRows} from "../../viz/rounding.ts";
import {t, type Lang} from "./i18n.ts";
import {downloadButton, h} from "./ui.ts";

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
  /** Round the CSV to what each estimate supports (viz/rounding.ts); the JSON keeps the full values either way. */
  round?: boolean;
  /** Column headers for the table view (default: from the catalogue, else the key). */
  columns?: readonly {key: string; label: string}[];
}

/** Serialises a figure's chart, with its title and legends, as a standalone SVG document (viz/export.ts). */
export function svgText(figure: Element, title?: string): string {
  return svgString(figure, title ? {title} : {});
}

/** Rows as CSV: the one tidy-row writer (sim/experiment/records.ts) through viz/export.ts. */
export {toCSV as csvText};

function table(rows: readonly object[], lang: Lang, columns?: readonly {key: string; label: string}[]): HTMLElement {
  const cols: string[] = [];
  for (const r of rows) for (const k of Object.keys(r)) if (!cols.includes(k)) cols.push(k);
  return h("div", {class: "gc-table-wrap"}, dataTable(rows, columns ?? (cols.length ? cols : ["–"]), {lang}));
}

export function figureBlock(options: FigureBlockOptions): HTMLElement {
  const {name, figure, rows, lang} = options;
  const details = h("details", {open: options.open === true}, h("summary", {}, t("ui.figure.table", lang)));
  if (options.open) details.append(table(rows, lang, options.columns));
  details.addEventListener("toggle", () => {
    if (details.open && details.childElementCount === 1) details.append(table(rows, lang, options.columns));
  });
  return h("figure", {class: "gc-figure", "data-name": name},
    options.heading ? h("h3", {}, options.heading) : null,
    figure ?? null,
    h("div", {class: "gc-actions"},
      figure ? downloadButton(t("ui.figure.svg", lang), `${name}.svg`, () => new Blob([svgText(figure, options.heading)], {type: "image/svg+xml"})) : null,
      downloadButton(t("ui.figure.csv", lang), `${name}.csv`, () => new Blob([toCSV(options.round ? roundRows(rows) : rows)], {type: "text/csv"})),
      downloadButton(t("ui.figure.json", lang), `${name}.json`, () => new Blob([JSON.stringify(rows, null, 1) + "\n"], {type: "application/json"}))),
    details);
}
