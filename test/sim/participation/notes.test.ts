// The presets' lecturer notes (meta.notice) against what the runs show: every
// line of every preset is declared in sim/participation/noticeChecks.ts with
// a machine-readable check (measure, direction, what it is compared with) or
// as following from a definition; each check is evaluated over 100
// replications (seeds notes/<r>, fixed here; paired across the two sides of a
// comparison) with a 95% interval.
import {describe, expect, it} from "vitest";
import {NOTICE_CHECKS, NOTICE_MEASURES, evaluateNotice, type NoticeCheck} from "../../../sim/participation/noticeChecks.ts";
import {PRESET_IDS, preset} from "../../../sim/participation/presets.ts";

const REPS = 100;
const SEED = "notes";
const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : "NaN");

describe("lecturer notes are declared line by line", () => {
  it("every line of every preset's notes (English and bokmål alike) has a check or is declared a definition, and every declaration names a line that exists", () => {
    for (const id of PRESET_IDS) {
      const {en, nb} = preset(id).meta.notice;
      expect(nb.length, id).toBe(en.length);
      for (let i = 0; i < en.length; ++i) expect(NOTICE_CHECKS.some((c) => c.preset === id && c.notice === i), `${id} notice ${i}: ${en[i]}`).toBe(true);
    }
    for (const c of NOTICE_CHECKS) {
      expect(PRESET_IDS).toContain(c.preset);
      expect(c.notice).toBeLessThan(preset(c.preset).meta.notice.en.length);
      if (c.kind !== "definition") expect(Object.keys(NOTICE_MEASURES)).toContain(c.measure);
      if (c.kind === "compare" && c.direction === "equivalent") expect(c.margin).toBeGreaterThan(0);
    }
  });
  it("one-door, which three-doors' notes point to, is labelled exploratory in both languages", () => {
    const m = preset("one-door").meta;
    expect(m.title.en).toMatch(/exploratory/i);
    expect(m.title.nb).toMatch(/utforskende/i);
  });
  it("a check can fail: the reverse direction of a true comparison, and a level past the mean, do not hold", () => {
    const c = NOTICE_CHECKS.find((x) => x.preset === "rg-decide" && x.kind === "compare") as NoticeCheck & {kind: "compare"};
    expect(evaluateNotice({...c, direction: "less"}, 30, SEED).holds).toBe(false);
    expect(evaluateNotice({preset: "casework", notice: 0, measure: "resolutionShare", kind: "level", direction: "above", value: 0.99}, 30, SEED).holds).toBe(false);
    expect(evaluateNotice({preset: "transfer-visit", notice: 0, measure: "upperSteps", kind: "every", value: 0}, 30, SEED).holds).toBe(false);
  });
});

describe(`lecturer notes agree with the runs (${REPS} replications, 95% intervals)`, () => {
  for (const c of NOTICE_CHECKS) {
    if (c.kind === "definition") continue;
    const what = c.kind === "compare" ? `${c.direction}${c.factor ? ` than ${c.factor} x` : c.direction === "equivalent" ? " to" : " than"} ${c.with.preset ?? c.preset}${c.with.set ? ` with ${JSON.stringify(c.with.set)}` : ""}${c.margin ? ` (±${c.margin})` : ""}`
      : c.kind === "level" ? `${c.direction} ${c.value}` : `= ${c.value} in every run`;
    it(`${c.preset}${c.set ? ` with ${JSON.stringify(c.set)}` : ""} notice ${c.notice}: ${c.measure}${c.arg ? `(${c.arg})` : ""} ${what}`, () => {
      const r = evaluateNotice(c, REPS, SEED);
      const line = `${c.preset} notice ${c.notice} ${c.measure}${c.arg ? `(${c.arg})` : ""} ${what}: ${fmt(r.estimate.mean)} [${fmt(r.estimate.lo)}, ${fmt(r.estimate.hi)}]${r.off !== undefined ? `, ${r.off} runs off` : ""} n=${r.estimate.n} missing=${r.estimate.missing}`;
      console.log(line);
      expect(r.holds, line).toBe(true);
    });
  }
});
