// Fuzz cases for exports and scenario pickers: any cell the CSV writer
// writes reads back as no formula (the text itself, or with a quote in
// front); the work estimate stays finite and asks for the largest legal
// scenario; every collective scenario file is named as one by the
// case-scenario reader.
import {readdirSync, readFileSync} from "node:fs";
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {csvParseStrict} from "../../sim/experiment/csvStrict.ts";
import {csvText, isFormulaText} from "../../sim/experiment/records.ts";
import {estimateWork, needsConfirm} from "../../sim/experiment/workEstimate.ts";
import {preset} from "../../sim/participation/presets.ts";
import {setParameter} from "../../sim/participation/scenario.ts";
import {inputErrorText} from "../../notebooks/lib/inputErrorText.ts";
import {readScenarioFile} from "../../notebooks/lib/scenarioEdit.ts";

describe("CSV cells", () => {
  it("any text cell reads back as itself or, when a spreadsheet would take it for a formula, with one quote in front", () => {
    const start = fc.constantFrom("=", "+", "-", "@", "\t", "\r", "", "'", "\"");
    const cell = fc.oneof(fc.tuple(start, fc.string({unit: "grapheme"})).map(([a, b]) => a + b), fc.string({unit: "binary"}));
    fc.assert(fc.property(fc.array(cell, {minLength: 1, maxLength: 30}), (cells) => {
      const {rows} = csvParseStrict(csvText(cells.map((c) => ({c}))));
      rows.forEach((r, i) => {
        expect(isFormulaText(r.c)).toBe(false);
        expect(r.c).toBe(isFormulaText(cells[i]) ? "'" + cells[i] : cells[i]);
      });
    }), {numRuns: 500});
  });

  it("numbers are written as numbers, never neutralised", () => {
    fc.assert(fc.property(fc.array(fc.double({noNaN: true, noDefaultInfinity: true}), {minLength: 1, maxLength: 30}), (xs) => {
      const {rows} = csvParseStrict(csvText(xs.map((x) => ({x}))));
      rows.forEach((r, i) => expect(Number(r.x)).toBe(xs[i] === 0 ? 0 : xs[i]));
    }), {numRuns: 300});
  });
});

describe("the work estimate", () => {
  it("is finite for any legal scenario size and asks for the largest", () => {
    const base = preset("team");
    fc.assert(fc.property(fc.integer({min: 1, max: 500}), fc.integer({min: 1, max: 520}), fc.double({min: 0, max: 52, noNaN: true}), fc.integer({min: 2, max: 5000}), (users, weeks, perYear, reps) => {
      const s = setParameter(setParameter(setParameter(base, "users.count", users), "horizon", weeks), "users.casesPerYear", Math.round(perYear * 10) / 10);
      const e = estimateWork([s], reps, 4);
      expect(Number.isFinite(e.seconds)).toBe(true);
      expect(e.seconds).toBeGreaterThanOrEqual(0);
      expect(e.runs).toBe(reps);
    }), {numRuns: 100});
    const largest = setParameter(setParameter(setParameter(base, "users.count", 500), "horizon", 520), "users.casesPerYear", 52);
    expect(needsConfirm(estimateWork([largest], 30, 4))).toBe(true);
  });
});

describe("collective scenario files in a case-scenario picker", () => {
  const dir = new URL("../../data/collective/", import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith(".json"));
  it("holds every collective preset file", () => expect(files.length).toBeGreaterThan(5));
  for (const f of files) {
    it(`${f} is named as a collective scenario, in both languages`, () => {
      let error: unknown;
      try { readScenarioFile(readFileSync(new URL(f, dir), "utf8")); } catch (e) { error = e; }
      expect(inputErrorText(error, "en")).toContain("this file is a collective scenario");
      expect(inputErrorText(error, "nb")).toContain("denne fila er et kollektivt scenario");
    });
  }
});
