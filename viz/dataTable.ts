// The table view of a chart's data: an accessible HTML <table> with a
// caption, column headers (th scope="col") and, for the first column, row
// headers (th scope="row").

import {has, t} from "./i18n.ts";
import {isMeasure, measureLabel} from "./vocabulary.ts";
import {resolveOptions, type ChartOptions} from "./options.ts";
import {formatNumber} from "./format.ts";

export interface Column {
  /** Key in the row; dotted keys reach into nested objects ("estimate.mean"). */
  key: string;
  /** Header text; default: the catalogue's label for the key (measure.<key> or <key>), else the key. */
  label?: string;
  /** Cell text; default: numbers in the language's convention (2 decimals), other values as text. */
  format?: (value: unknown, row: object) => string;
}

export interface DataTableOptions extends Omit<ChartOptions, "width" | "height"> {
  /** The table's caption (default "Data table"). */
  caption?: string;
  /** Whether the first column holds row headers (default true). */
  rowHeaders?: boolean;
}

/** An accessible HTML table of rows; columns as keys or {key, label, format}. */
export function dataTable(rows: readonly object[], columns: readonly (string | Column)[], options: DataTableOptions = {}): HTMLTableElement {
  const {lang} = resolveOptions("dataTable", options, ["caption", "rowHeaders"]);
  if ("width" in options || "height" in options) throw new Error("invalid option for dataTable: width/height");
  if (!Array.isArray(rows)) throw new Error("invalid rows for dataTable: expected an array");
  if (!Array.isArray(columns) || columns.length === 0) throw new Error("invalid columns for dataTable: expected at least one column");
  const doc = options.document ?? globalThis.document;
  if (!doc) throw new Error("dataTable needs a document (pass options.document outside the browser)");
  const cols: Column[] = columns.map((c) => {
    const col = typeof c === "string" ? {key: c} : c;
    if (!col || typeof col.key !== "string") throw new Error(`invalid column: ${JSON.stringify(c)}`);
    return col;
  });
  const table = doc.createElement("table");
  const caption = doc.createElement("caption");
  caption.textContent = options.caption ?? t("table.caption", lang);
  table.append(caption);
  const thead = doc.createElement("thead");
  const headRow = doc.createElement("tr");
  for (const col of cols) {
    const th = doc.createElement("th");
    th.setAttribute("scope", "col");
    th.textContent = col.label ?? defaultLabel(col.key, lang);
    headRow.append(th);
  }
  thead.append(headRow);
  table.append(thead);
  const tbody = doc.createElement("tbody");
  const rowHeaders = options.rowHeaders ?? true;
  for (const row of rows) {
    const tr = doc.createElement("tr");
    cols.forEach((col, i) => {
      const cell = doc.createElement(rowHeaders && i === 0 ? "th" : "td");
      if (rowHeaders && i === 0) cell.setAttribute("scope", "row");
      const value = get(row, col.key);
      cell.textContent = col.format ? col.format(value, row) : typeof value === "number" ? formatNumber(value, lang) : value === null || value === undefined ? "–" : String(value);
      if (typeof value === "number") cell.style.textAlign = "right";
      tr.append(cell);
    });
    tbody.append(tr);
  }
  table.append(tbody);
  return table;
}

function defaultLabel(key: string, lang: "en" | "nb"): string {
  if (isMeasure(key)) return measureLabel(key, lang);
  if (has(`column.${key}`)) return t(`column.${key}`, lang);
  return key;
}

function get(row: object, key: string): unknown {
  // a literal dotted key ("ladder.influence" in tidy rows) wins over nesting
  if (key in row) return (row as Record<string, unknown>)[key];
  let v: unknown = row;
  for (const part of key.split(".")) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v;
}
