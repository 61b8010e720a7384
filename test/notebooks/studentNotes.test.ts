// The notes students see (a preset's "Things to notice" and "Things to try", the 1972 run's notes, a
// lesson's steps), in both languages, are plain language: no preset ids, no field names, no formulas,
// no counts that disagree with their noun, no English decimal points in bokmål. The inputs behind the
// suggestions are data of their own (meta.tryInputs), and each still offers an input or a link.
import {describe, expect, it} from "vitest";
import {PRESET_IDS, preset} from "../../sim/participation/presets.ts";
import {COLLECTIVE_PRESET_IDS, collectivePreset} from "../../sim/collective/presets.ts";
import {LESSON_IDS, lesson} from "../../sim/lesson.ts";
import {paramEntries} from "../../notebooks/lib/scenarioEdit.ts";
import {t} from "../../notebooks/lib/i18n.ts";

type Note = {where: string; lang: "en" | "nb"; text: string};

function notes(): Note[] {
  const out: Note[] = [];
  const add = (where: string, lang: "en" | "nb", texts: string[]) => texts.forEach((text, i) => out.push({where: `${where}[${i}]`, lang, text}));
  for (const lang of ["en", "nb"] as const) {
    for (const id of PRESET_IDS) {
      const m = preset(id).meta;
      add(`${id} notice`, lang, m.notice[lang]);
      add(`${id} try`, lang, m.try[lang]);
    }
    for (const id of COLLECTIVE_PRESET_IDS) {
      const m = collectivePreset(id).meta;
      add(`${id} notice`, lang, m.notice[lang]);
      add(`${id} try`, lang, m.try[lang]);
    }
    add("classic", lang, [t("ui.classroom.classic.notice", lang), t("ui.classroom.classic.try", lang)]);
    for (const id of LESSON_IDS) {
      const l = lesson(id);
      add(`${id} lesson`, lang, [l.title[lang], l.description[lang]]);
      l.steps.forEach((s, i) => add(`${id} step ${i + 1}`, lang, [s.title[lang], s.show[lang], s.ask[lang], s.change.text[lang]]));
    }
  }
  return out;
}

// ids with a hyphen (plain words such as "team" are preset ids too, and fine in a sentence)
const IDS = [...PRESET_IDS, ...COLLECTIVE_PRESET_IDS, ...LESSON_IDS].filter((id) => id.includes("-"));

/** What in a note is written for developers, or a slip; empty when the note is plain. */
export function slips(text: string, lang: "en" | "nb"): string[] {
  const out: string[] = [];
  for (const id of IDS) if (new RegExp(`(^|[^\\w-])${id}(?![\\w-])`).test(text)) out.push(`preset id ${id}`);
  // a dotted field name (arenas.rg.mode, cases.influence); not "et al." or a citation's section number
  for (const m of text.matchAll(/(?<![§\w.])[A-Za-z_]+(?:\.[A-Za-z_*<][\w*<>]*)+/g)) out.push(`field name ${m[0]}`);
  // a camelCase identifier (byUserType, decidedWithoutUser)
  for (const m of text.matchAll(/\b[a-z]+[A-Z]\w*/g)) out.push(`identifier ${m[0]}`);
  // a formula: a power, an assignment or comparison, an operator between spaced numbers
  for (const m of text.matchAll(/\^|[=<>]|\d\s+[-+*/×]\s+\d/g)) out.push(`formula ${m[0]}`);
  // a count of one with a plural noun
  for (const m of text.matchAll(/(?<![\d.,])\b1 (users|members|staff|cases|weeks|meetings|brukere|medlemmer|ansatte|saker|uker|møter)\b/g)) out.push(`count ${m[0]}`);
  // English number formatting in bokmål (a decimal point or a thousands point), outside citations
  if (lang === "nb") for (const m of text.matchAll(/(?<![§\d.:L])\d+\.\d+/g)) out.push(`number ${m[0]}`);
  return out;
}

describe("the notes shown to students", () => {
  const all = notes();
  it("cover every preset, the 1972 run and every lesson step, in both languages", () => {
    const presets = PRESET_IDS.length + COLLECTIVE_PRESET_IDS.length;
    expect(all.filter((n) => n.where.includes(" notice")).length).toBeGreaterThanOrEqual(2 * presets);
    expect(new Set(all.map((n) => n.lang))).toEqual(new Set(["en", "nb"]));
  });
  it("the scan finds what it looks for (each kind of slip in a note written for developers)", () => {
    expect(slips("Compare with rg-guardian.", "en")).toEqual(["preset id rg-guardian"]);
    expect(slips("Set arenas.rg.mode to decide.", "en")).toEqual(["field name arenas.rg.mode"]);
    expect(slips("Compare byUserType.", "en")).toEqual(["identifier byUserType"]);
    expect(slips("The barrier (1 - 0.85^4) holds.", "en")).toEqual(["formula 1 - 0", "formula ^"]);
    expect(slips("With management.anchoring=0.", "en")).toEqual(["field name management.anchoring", "formula ="]);
    expect(slips("the 1 members", "en")).toEqual(["count 1 members"]);
    expect(slips("1 ansatte", "nb")).toEqual(["count 1 ansatte"]);
    expect(slips("7.550 brukere per møte", "nb")).toEqual(["number 7.550"]);
    // and passes what is plain: citations, ranges, decimals in the language's style
    expect(slips("Cases are handed on ('kasteball', Strømme §4.2.1, 001:L2541-2553); 15-20 users a meeting (Slettebø et al. 2012).", "en")).toEqual([]);
    expect(slips("Sett varigheten til 0,3 (Eriksen «Funn 3», 004:L1045-1060, §5.3.5).", "nb")).toEqual([]);
  });
  it("hold no preset ids, field names, formulas, disagreeing counts or foreign number formats", () => {
    const bad = all.map((n) => ({...n, slips: slips(n.text, n.lang)})).filter((n) => n.slips.length);
    expect(bad.map((n) => `${n.where} (${n.lang}): ${n.slips.join(", ")} in "${n.text}"`)).toEqual([]);
  });
});

describe("the inputs behind the suggestions", () => {
  it("every case preset's suggestion that names a parameter offers an input for it; every comparison names a preset of the same kind", () => {
    let inputs = 0;
    for (const id of PRESET_IDS) {
      const s = preset(id);
      const tries = s.meta.tryInputs ?? [];
      expect(tries.length, id).toBe(s.meta.try.en.length);
      const entries = paramEntries(s);
      for (const x of tries) {
        if (x.compare !== undefined) {
          expect(PRESET_IDS, `${id} compare`).toContain(x.compare);
          expect(x.compare).not.toBe(id);
        }
        if (x.key === undefined) continue;
        const [group, member, field] = x.key.split(".");
        const found = member === "*" ? entries.filter((e) => e.key.startsWith(`${group}.`) && e.key.endsWith(`.${field}`) && (!x.members || x.members.includes(e.key.split(".")[1])))
          : entries.filter((e) => e.key === x.key);
        expect(found.length, `${id}: ${x.key}`).toBeGreaterThan(0);
        if (x.members) expect(found.length).toBe(x.members.length);
        inputs += found.length;
      }
    }
    expect(inputs).toBeGreaterThan(PRESET_IDS.length);
  });
  it("every collective preset's comparison names another collective preset", () => {
    for (const id of COLLECTIVE_PRESET_IDS) {
      const s = collectivePreset(id);
      expect((s.meta.tryInputs ?? []).length, id).toBe(s.meta.try.en.length);
      for (const x of s.meta.tryInputs ?? []) if (x.compare !== undefined) {
        expect(COLLECTIVE_PRESET_IDS).toContain(x.compare);
        expect(x.compare).not.toBe(id);
      }
    }
  });
});
