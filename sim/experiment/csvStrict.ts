// A strict CSV reader for result files (RFC 4180): a quoted field must be
// closed, a quote may not stand inside an unquoted field or after a closing
// quote, and every line has as many fields as the header. A damaged file is
// refused with the line number, never read silently (d3-dsv is lenient). A
// file of rows written by sim/experiment/records.ts reads back with its text
// as written (a neutralised formula keeps its leading quote).

import {FORBIDDEN_KEYS, isForbiddenKey, oneLine} from "../input.ts";

export class CsvSyntaxError extends Error {
  constructor(readonly line: number, what: string) {
    super(`line ${line}: ${what}`);
    this.name = "CsvSyntaxError";
  }
}

export interface CsvTable {
  columns: string[];
  /** One object per line after the header, by column name (names that reach a prototype are refused). */
  rows: Record<string, string>[];
}

const QUOTE = 34, COMMA = 44, LF = 10, CR = 13;

/**
 * Calls `onRow` with the fields of every line of a CSV text and the line it
 * starts on, as the lines are read (nothing else is held); throws a
 * CsvSyntaxError naming the line.
 */
export function eachCsvRow(text: string, onRow: (fields: string[], line: number) => void): void {
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1, rowLine = 1;
  let row: string[] = [];
  const special = /[",\r\n]/g;
  if (i >= n) return;
  for (;;) {
    // one field, starting at i
    let field: string;
    if (text.charCodeAt(i) === QUOTE) {
      const startLine = line;
      let parts = "", from = i + 1;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q < 0) throw new CsvSyntaxError(startLine, "a quoted field is not closed (unbalanced quote)");
        for (let k = text.indexOf("\n", from); k >= 0 && k < q; k = text.indexOf("\n", k + 1)) ++line;
        parts += text.slice(from, q);
        if (text.charCodeAt(q + 1) === QUOTE) { parts += '"'; from = q + 2; continue; }
        i = q + 1;
        break;
      }
      field = parts;
      const c = i < n ? text.charCodeAt(i) : -1;
      if (c !== COMMA && c !== LF && c !== CR && c !== -1) throw new CsvSyntaxError(line, `text after a closing quote: ${JSON.stringify(oneLine(text.slice(i, i + 20), 20))}`);
    } else {
      // jump to the next special character (native search, not a loop per character)
      special.lastIndex = i;
      const j = special.test(text) ? special.lastIndex - 1 : n;
      if (j < n && text.charCodeAt(j) === QUOTE) throw new CsvSyntaxError(line, "a quote inside an unquoted field (quote the whole field and double the quote)");
      field = text.slice(i, j);
      i = j;
    }
    row.push(field);
    const c = i < n ? text.charCodeAt(i) : -1;
    if (c === COMMA) { ++i; continue; }
    onRow(row, rowLine);
    row = [];
    if (c === CR) ++i;
    if (i < n && text.charCodeAt(i) === LF) ++i;
    rowLine = ++line;
    if (i >= n) return;
  }
}

/** A CSV text with a header line as a table; every line must have the header's fields. Rows are made as lines are read. */
export function csvParseStrict(text: string): CsvTable {
  let columns: string[] | undefined;
  const rows: Record<string, string>[] = [];
  eachCsvRow(text, (fields, line) => {
    if (!columns) {
      columns = checkHeader(fields);
      return;
    }
    if (fields.length !== columns.length) throw new CsvSyntaxError(line, `${fields.length} fields where the header has ${columns.length}`);
    const row: Record<string, string> = {};
    for (let c = 0; c < columns.length; ++c) row[columns[c]] = fields[c];
    rows.push(row);
  });
  if (!columns) throw new CsvSyntaxError(1, "no header line");
  return {columns, rows};
}

/** The header's names: none that reaches a prototype, none twice. */
function checkHeader(columns: string[]): string[] {
  const seen = new Set<string>();
  for (const c of columns) {
    if (isForbiddenKey(c)) throw new CsvSyntaxError(1, `column ${JSON.stringify(c)} (allowed: any name but ${FORBIDDEN_KEYS.join(", ")})`);
    if (seen.has(c)) throw new CsvSyntaxError(1, `column ${JSON.stringify(oneLine(c, 40))} appears twice`);
    seen.add(c);
  }
  return columns;
}
