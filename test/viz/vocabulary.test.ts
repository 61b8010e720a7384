// One label source: every measure, ladder step, decision style and condition
// the charts show is labelled from its declaration in sim/, and the chart
// catalogue holds no second label for any of them.

import {describe, expect, it} from "vitest";
import {CLASSIC_MEASURES} from "../../sim/classic/measures.ts";
import {LADDER_LABELS} from "../../sim/participation/ladder.ts";
import {CONDITION_LABELS, MEASURES, USER_TYPE_MEASURES} from "../../sim/participation/measures.ts";
import {STYLE_LABELS} from "../../sim/streams.ts";
import {STRINGS} from "../../viz/i18n.ts";
import {CONDITION_KEYS, LADDER_KEYS, STYLE_KEYS} from "../../viz/types.ts";
import {COLLECTIVE_MEASURES} from "../../sim/collective/measures.ts";
import {UNITS} from "../../sim/vocabulary.ts";
import {conditionLabel, isMeasure, measureLabel, measureName, outcomeLabel, stepLabel, styleLabel} from "../../viz/vocabulary.ts";

const LANGS = ["en", "nb"] as const;
const MEASURE_KEYS = [...new Set([...MEASURES, ...USER_TYPE_MEASURES].map((m) => m.key))].concat(CLASSIC_MEASURES);

describe("one vocabulary", () => {
  it("the chart catalogue has no measure, ladder, style or condition entries", () => {
    const doubles = Object.keys(STRINGS).filter((k) => /^(measure|ladder|style|condition)\./.test(k));
    expect(doubles).toEqual([]);
  });

  it("no catalogue entry repeats a vocabulary label under another key", () => {
    const vocabulary = new Set<string>();
    for (const lang of LANGS) {
      for (const k of MEASURE_KEYS) vocabulary.add(measureName(k, lang).toLowerCase());
      for (const table of [LADDER_LABELS, STYLE_LABELS, CONDITION_LABELS]) for (const l of Object.values(table)) vocabulary.add(l[lang].toLowerCase());
    }
    const repeats = Object.entries(STRINGS).flatMap(([key, e]) => LANGS.filter((lang) => vocabulary.has(e[lang].toLowerCase())).map((lang) => `${key} (${lang}): ${e[lang]}`));
    expect(repeats).toEqual([]);
  });

  it("every measure the charts show is declared, labelled in both languages with its unit", () => {
    // participation and classic keys never collide, so a key has one label
    expect(new Set(MEASURE_KEYS).size).toBe(MEASURE_KEYS.length);
    for (const key of MEASURE_KEYS) {
      expect(isMeasure(key), key).toBe(true);
      for (const lang of LANGS) {
        expect(measureName(key, lang), key).not.toBe(key);
        expect(measureLabel(key, lang), key).toMatch(/^.+ \(.+\)$/);
      }
    }
    expect(measureLabel("timeToDecision", "nb")).toBe("Tid til vedtak (uker)");
    expect(measureLabel("timeToDecision", "en")).toBe("Time to decision (weeks)");
    // the collective model's measures too, none sharing a key with the others
    for (const m of COLLECTIVE_MEASURES) {
      expect(MEASURE_KEYS, m.key).not.toContain(m.key);
      for (const lang of LANGS) expect(measureLabel(m.key, lang)).toBe(`${m.label[lang]} (${UNITS[m.unit][lang]})`);
    }
    expect(measureLabel("somethingNew", "nb")).toBe("somethingNew");
    expect(isMeasure("somethingNew")).toBe(false);
  });

  it("every ladder step, decision style and condition the charts show has a label", () => {
    for (const lang of LANGS) {
      for (const k of LADDER_KEYS) expect(stepLabel(k, lang)).toBe(LADDER_LABELS[k][lang]);
      for (const k of STYLE_KEYS) expect(styleLabel(k, lang)).toBe(STYLE_LABELS[k][lang]);
      for (const k of CONDITION_KEYS) expect(conditionLabel(k, lang)).toBe(CONDITION_LABELS[k][lang]);
      expect(outcomeLabel("unmade", lang)).toBeTruthy();
    }
    expect(() => stepLabel("toString", "en")).toThrow('invalid ladder step: "toString"');
    expect(() => styleLabel("resolution", "de" as "en")).toThrow("invalid lang: de");
  });

  it("uses the source texts' Norwegian terms", () => {
    expect(LADDER_KEYS.slice(0, 4).map((k) => stepLabel(k, "nb"))).toEqual(["Brukerperspektiv", "Brukerdeltakelse", "Brukerinnflytelse", "Brukerstyring"]);
    expect(STYLE_KEYS.map((k) => styleLabel(k, "nb"))).toEqual(["Problemløsning", "Flukt", "Overseelse"]);
  });

  it("the measures of cases by style use the styles' own terms", () => {
    for (const style of STYLE_KEYS) for (const lang of LANGS) {
      expect(measureName(`styles.${style}`, lang).toLowerCase()).toContain(styleLabel(style, lang).toLowerCase());
    }
  });
});
