import {describe, expect, it} from "vitest";
import {inputErrorDetail, inputErrorText} from "../../notebooks/lib/inputErrorText.ts";
import {applyEdits, readScenarioFile} from "../../notebooks/lib/scenarioEdit.ts";
import {describeIssues} from "../../notebooks/lib/urlState.ts";
import {readReadingsFile} from "../../sim/classic/readings.ts";
import {setCollectiveParameter} from "../../sim/collective/scenario.ts";
import {collectivePreset} from "../../sim/collective/presets.ts";
import {InputError} from "../../sim/input.ts";
import {PARAMETERS} from "../../sim/participation/parameters.ts";
import {preset} from "../../sim/participation/presets.ts";
import {parseScenario, setParameter} from "../../sim/participation/scenario.ts";

function caught(f: () => unknown): unknown {
  try { f(); } catch (e) { return e; }
  throw new Error("expected an error");
}

const base = () => structuredClone(preset(PRESET)) as unknown as Record<string, unknown>;
const PRESET = "transfer-written";

describe("validation errors in the page's language", () => {
  it("renders parameter errors from their fields: bokmål frame and allowed, English byte-identical to the message", () => {
    const cases: [() => unknown, string][] = [
      [() => setParameter(preset(PRESET), "horizon", "abc"), 'ugyldig horizon: "abc" (tillatt: et heltall i [1, 520])'],
      [() => setParameter(preset(PRESET), "users.casesPerYear", "99"), "ugyldig users.casesPerYear: 99 (tillatt: et tall i [0, 52])"]
    ];
    for (const [f, nb] of cases) {
      const e = caught(f) as InputError;
      expect(e).toBeInstanceOf(InputError);
      expect(inputErrorText(e, "en")).toBe(e.message);
      expect(inputErrorText(e, "nb")).toBe(nb);
    }
  });

  it("says every declared parameter's bad value in both languages, the English one equal to the CLI's message", () => {
    let boolSeen = 0, numberSeen = 0;
    for (const p of PARAMETERS.filter((d) => !d.key.includes("*"))) {
      const bad = p.type === "boolean" ? "maybe" : p.type === "enum" ? "no-such-value" : String(p.max! + 1);
      const e = caught(() => parseScenario(setParameter(preset(PRESET), p.key, bad))) as InputError;
      expect(e, p.key).toBeInstanceOf(InputError);
      expect(e.allowedKind, p.key).toBeDefined();
      expect(inputErrorText(e, "en"), p.key).toBe(e.message);
      const nb = inputErrorText(e, "nb");
      expect(nb, p.key).toMatch(/^ugyldig .*\(tillatt: .*\)$/);
      expect(nb, p.key).not.toMatch(/allowed|an integer|a number|true or false|, or an id/);
      if (p.type === "boolean") { boolSeen++; expect(nb).toContain("true eller false"); }
      if (p.type === "number" || p.type === "integer") numberSeen++;
    }
    expect(boolSeen).toBeGreaterThan(0);
    expect(numberSeen).toBeGreaterThan(5);
  });

  it("translates the shapes of a scenario file: known fields, {en, nb} texts, patterns, shares, missing fields", () => {
    const unknown = base(); unknown.colour = "red";
    const title = base(); (title.meta as Record<string, unknown>).title = "just English";
    const shares = base(); for (const t of Object.values(shares.userTypes as Record<string, {share: number}>)) t.share = 0;
    const missing = base(); delete missing.roles;
    const expectations: [Record<string, unknown>, RegExp][] = [
      [unknown, /^ugyldig colour: "red" \(tillatt: kjente felt: .*\)$/],
      [title, /^ugyldig meta\.title: "just English" \(tillatt: et objekt \{en, nb\} med tekster\)$/],
      [shares, /^ugyldig userTypes: .* \(tillatt: andeler med positiv sum\)$/],
      [missing, /^ugyldig roles: missing \(tillatt: /]
    ];
    for (const [s, nb] of expectations) {
      const e = caught(() => readScenarioFile(JSON.stringify(s))) as InputError;
      expect(e).toBeInstanceOf(InputError);
      expect(inputErrorText(e, "en")).toBe(e.message);
      expect(inputErrorText(e, "nb")).toMatch(nb);
    }
  });

  it("keeps an untranslatable English detail inside the bokmål frame, and other errors as they are", () => {
    const json = caught(() => readScenarioFile("{not json")) as InputError;
    expect(inputErrorText(json, "en")).toBe(json.message);
    expect(inputErrorText(json, "nb")).toMatch(/^ugyldig .*\(tillatt: JSON-tekst; denne filen er ikke gyldig JSON: .+\)$/);
    const s = base(); (s.roles as Record<string, unknown>)["Bad Id"] = {};
    const e = caught(() => readScenarioFile(JSON.stringify(s))) as InputError;
    expect(e.allowedKind).toBeUndefined();
    expect(inputErrorText(e, "en")).toBe(e.message);
    expect(inputErrorText(e, "nb")).toBe(`ugyldig ${e.field}: ${e.message.slice(`invalid ${e.field}: `.length).replace("(allowed: ", "(tillatt: ")}`);
    expect(inputErrorText(new Error("worker failed"), "nb")).toBe("worker failed");
  });

  it("reaches the classic readings file, the collective panel and edits from a link", () => {
    const r = caught(() => readReadingsFile(JSON.stringify({kind: "classic-readings", wrong: 1})));
    expect(inputErrorText(r, "nb")).toMatch(/^ugyldig wrong: 1 \(tillatt: kjente felt: /);
    const c = caught(() => setCollectiveParameter(collectivePreset("bjerke-user-meetings"), "population.count", "-3"));
    expect(inputErrorDetail(c, "en")).toBe((c as Error).message.replace(/^invalid /, ""));
    expect(inputErrorDetail(c, "nb")).toMatch(/^population\.count: -3 \(tillatt: et heltall i \[\d+, \d+\]\)$/);
    const {issues} = applyEdits(preset(PRESET), [["horizon", "0"]]);
    expect(describeIssues(issues, "en")).toBe(`horizon=0: ${issues[0].message}`);
    expect(describeIssues(issues, "nb")).toBe('horizon=0: ugyldig horizon: 0 (tillatt: et heltall i [1, 520])');
  });
});
