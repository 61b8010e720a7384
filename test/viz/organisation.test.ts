// Option cards state the organisation in words, read from the scenario:
// arenas, who attends, the user's seat, channel, decision rule, and each
// advocate with its kind (internal: staff hours; external: paid hours).
import {describe, expect, it} from "vitest";
import {PRESET_IDS, preset} from "../../sim/participation/presets.ts";
import {PARAM_VALUES} from "../../sim/participation/paramVocabulary.ts";
import {organisationText} from "../../viz/organisation.ts";

describe("organisation in words", () => {
  for (const lang of ["en", "nb"] as const) {
    it(`names every arena, its attendees, seat, channel and rule, and every advocate in use with its kind, for every preset (${lang})`, () => {
      for (const id of PRESET_IDS) {
        const s = preset(id);
        const text = organisationText(s, lang);
        const arenas = Object.values(s.arenas);
        const used = Object.entries(s.advocates).filter(([key]) => Object.values(s.userTypes).some((u) => u.advocate === key));
        expect(text.length, id).toBe(arenas.length + Math.max(1, used.length));
        arenas.forEach((a, i) => {
          expect(text[i], id).toContain(a.label[lang]);
          for (const role of a.attendees) expect(text[i], `${id} ${role}`).toContain(s.roles[role].label[lang]);
          for (const v of [a.seat, a.channel, a.rule]) expect(text[i], `${id} ${v}`).toContain(PARAM_VALUES[v][lang]);
        });
        used.forEach(([, adv], k) => {
          const line = text[arenas.length + k];
          expect(line).toContain(adv.label[lang]);
          expect(line).toContain(PARAM_VALUES[adv.kind][lang]);
        });
        // no preset id in the words (a one-word id such as "team" is an ordinary word)
        if (id.includes("-")) expect(text.join(" "), id).not.toMatch(new RegExp(`(^|[^\\w-])${id}([^\\w-]|$)`));
      }
    });
  }

  it("tells an internal advocate's staff hours from an external one's paid hours", () => {
    const [guardian] = organisationText(preset("rg-guardian"), "en").slice(-1);
    expect(guardian).toMatch(/Paid guardian, external, hours per case: 2 \(paid hours, outside the staff\)\.$/);
    const [coordinator] = organisationText(preset("rg-coordinator-advocate"), "nb").slice(-1);
    expect(coordinator).toMatch(/intern, timer per sak: 1 \(stabens timer\)\.$/);
    expect(organisationText(preset("transfer-written"), "en")).toEqual([
      "Allocation office deciding on a written referral: when a case comes; attended by Allocation office; user excluded; channel: written, form written by Hospital staff; decision: staff decide.",
      "No advocate."
    ]);
    // a scheduled arena says how often
    expect(organisationText(preset("rg-decide"), "en")[0]).toContain("every 17 weeks");
    expect(organisationText(preset("rg-decide"), "nb")[0]).toContain("hver 17. uke");
  });
});
