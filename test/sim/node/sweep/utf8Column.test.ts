import {describe, expect, it} from "vitest";
import fc from "fast-check";
import {Utf8Column} from "../../../../sim/node/sweep/utf8Column.ts";

const cell = fc.oneof(fc.string({unit: "grapheme", maxLength: 300}), fc.string({maxLength: 5000}), fc.constant(null));
const utf8 = new TextEncoder();

describe("UTF-8 text column", () => {
  it("gives back each row's text and its UTF-8 bytes, over growth and reuse from row 0", () => {
    const col = new Utf8Column(); // one column reused, as a worker reuses its batch
    fc.assert(fc.property(fc.array(cell, {maxLength: 3000}), (cells) => {
      cells.forEach((v, i) => col.set(i, v));
      const views = col.views(cells.length);
      cells.forEach((v, i) => {
        expect(col.isMissing(i)).toBe(v === null);
        expect(col.text(i)).toBe(v);
        expect(views[i] === null ? null : Array.from(views[i]!)).toEqual(v === null ? null : Array.from(utf8.encode(v)));
        expect(col.end(i) - col.start(i)).toBe(v === null ? 0 : utf8.encode(v).length);
      });
    }), {numRuns: 30});
  });

  it("keeps earlier rows when its buffer grows (rows of a wide seed, in any script)", () => {
    const col = new Utf8Column();
    const rows = Array.from({length: 3000}, (_, i) => `${"ø".repeat(i % 7)}seed/${"x".repeat(40 + (i % 90))}/${i}`);
    rows.forEach((v, i) => col.set(i, v));
    expect(col.buffer.length).toBeGreaterThan(1 << 16);
    expect(rows.map((_, i) => col.text(i))).toEqual(rows);
  });
});
