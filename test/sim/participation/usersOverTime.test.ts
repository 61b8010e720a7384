// Users over time: the feedback loops, follow-up arenas, coping policies,
// domains, desired level and hand-offs (sim/participation/userState.ts,
// followup.ts, coping.ts, domains.ts, handoffs.ts, usersOverTime.ts).
import {describe, expect, it} from "vitest";
import fc from "fast-check";
import {runParticipation, type ParticipationRun} from "../../../sim/participation/engine.ts";
import {PRESET_IDS, preset} from "../../../sim/participation/presets.ts";
import {parseScenario, setParameter, type Scenario} from "../../../sim/participation/scenario.ts";
import {gini} from "../../../sim/participation/usersOverTime.ts";
import {MEASURES} from "../../../sim/participation/measures.ts";
import {summaryRow} from "../../../sim/experiment/run.ts";

const NEW_PRESETS = ["casework-coping", "domains", "housing-structured", "housing-improvised", "housing-volatile-health", "three-doors", "one-door"];
const OLD_PRESETS = PRESET_IDS.filter((id) => !NEW_PRESETS.includes(id));
const NEW_KEYS = ["handoffs", "userEnergy", "desiredGap", "decidedWithoutUser", "influenceGap", "gini", "mastery"] as const;

/** A scenario with every users-over-time switch off but every rate, start and per-member field far from its default. */
function offButExtreme(s: Scenario): Scenario {
  const x = structuredClone(s) as Scenario;
  x.feedback = {mastery: false, masteryRate: 0.9, masteryCap: 0.1, trust: false, trustRate: 0.9, trustStart: 0.1, motivation: false,
    motivationDecay: 0.9, motivationFloor: 0.9, cooptation: false, cooptationRate: 0.9};
  x.followup = {goalBy: "user", goalWeight: 5, viewNoise: 2, accuracyStart: 1, accuracyGain: 1, cognitionThreshold: 1};
  x.coping = {limitedHours: false, openShare: 0.1, triage: false, triageCapacity: 1, creaming: 1, lowerExpectations: false, expectationCut: 1};
  x.handoffs = {on: false, max: 20, userHours: 40};
  for (const t of Object.values(x.userTypes)) { t.cognition = 0; t.desiredStep = 4; t.resources = "weak"; }
  return parseScenario(x);
}
/** The summary without the new keys (what the engine reported before them). */
function oldKeys(run: ParticipationRun): Record<string, unknown> {
  const out: Record<string, unknown> = {...run.summary};
  for (const k of NEW_KEYS) delete out[k];
  return out;
}

describe("every new block is off by default", () => {
  it("the presets from before run the same with the blocks absent as with every switch off and every rate moved (two seeds each)", () => {
    expect(OLD_PRESETS.length).toBeGreaterThanOrEqual(16);
    for (const id of OLD_PRESETS) {
      for (const seed of ["1", "pin/7"]) {
        const absent = runParticipation(preset(id), {seed});
        const off = runParticipation(offButExtreme(preset(id)), {seed});
        expect(oldKeys(off), `${id} ${seed}`).toEqual(oldKeys(absent));
        expect(off.cases).toEqual(absent.cases);
      }
    }
  });
  it("the check can fail: switching one loop on changes a preset's run", () => {
    const s = preset("casework");
    const a = runParticipation(s, {seed: "1"}), b = runParticipation(setParameter(s, "feedback.trust", true), {seed: "1"});
    expect(oldKeys(b)).not.toEqual(oldKeys(a));
  });
  it("with the loops off, users end where they started: no mastery, full trust, full motivation", () => {
    const r = runParticipation(preset("casework"), {seed: "2"});
    expect(r.summary.mastery).toBe(0);
    for (const u of r.users) {
      expect(u.competence).toBe(u.competenceStart);
      expect([u.trust, u.motivation]).toEqual([1, 1]);
    }
  });
});

describe("each loop switches on and off on its own", () => {
  const base = setParameter(setParameter(setParameter(preset("housing-structured"), "feedback.mastery", false), "feedback.trust", false), "feedback.motivation", false);
  const run = (s: Scenario) => runParticipation(s, {seed: "loops"});
  it("mastery alone moves competence (within [0, ceiling] when it starts below) and nothing else of the user", () => {
    const r = run(setParameter(base, "feedback.mastery", true));
    expect(r.summary.mastery).not.toBe(0);
    for (const u of r.users) {
      expect(u.competence).toBeGreaterThanOrEqual(0);
      if (u.competenceStart <= 0.9) expect(u.competence).toBeLessThanOrEqual(0.9 + 1e-12);
      expect([u.trust, u.motivation]).toEqual([1, 1]);
    }
  });
  it("trust alone moves trust and changes who turns up", () => {
    const off = run(base), on = run(setParameter(base, "feedback.trust", true));
    expect(on.users.some((u) => u.trust !== 0.9)).toBe(true);
    expect(on.summary.mastery).toBe(0);
    expect(on.summary.decidedWithoutUser).not.toBe(off.summary.decidedWithoutUser);
  });
  it("motivation alone: a decay that empties motivation in a week loses every case that waits a week", () => {
    const s = setParameter(setParameter(setParameter(preset("rg-report"), "feedback.motivation", true), "feedback.motivationDecay", 1), "feedback.motivationFloor", 0.5);
    const off = runParticipation(preset("rg-report"), {seed: "m"}), on = runParticipation(s, {seed: "m"});
    expect(on.summary.styles.flight).toBeGreaterThan(off.summary.styles.flight);
    for (const c of on.cases) if (c.decided !== null) expect(c.decided - c.arrival).toBeLessThanOrEqual(1);
  });
  it("co-optation alone lowers refusals at a veto arena", () => {
    const s = setParameter(setParameter(preset("casework"), "arenas.casework.rule", "veto"), "power.refusal", 1);
    let off = 0, on = 0;
    const coopt = setParameter(setParameter(s, "feedback.cooptation", true), "feedback.cooptationRate", 0.9);
    for (let r = 0; r < 20; ++r) {
      off += runParticipation(s, {seed: `c/${r}`}).summary.refusals;
      on += runParticipation(coopt, {seed: `c/${r}`}).summary.refusals;
    }
    expect(on).toBeLessThan(off);
  });
});

describe("the new measures", () => {
  it("are declared once in the vocabulary, in both languages, and reach the tidy rows", () => {
    for (const k of NEW_KEYS) {
      const m = MEASURES.find((x) => x.key === k)!;
      expect(m, k).toBeDefined();
      expect(m.label.en.length * m.label.nb.length).toBeGreaterThan(0);
      expect(m.threshold).toBeGreaterThan(0);
    }
    const row = summaryRow(runParticipation(preset("three-doors"), {seed: "1"}), 0);
    for (const k of NEW_KEYS) expect(typeof row[k]).toBe("number");
    expect(row.handoffs as number).toBeGreaterThan(0);
  });
  it("missing is not zero: nothing decided gives no gap, no share, no Gini (null in JSON); no cases gives no hand-offs per case", () => {
    const none = runParticipation(setParameter(preset("casework"), "users.casesPerYear", 0), {seed: "1"});
    for (const k of ["handoffs", "desiredGap", "decidedWithoutUser", "influenceGap", "gini"] as const) expect(none.summary[k], k).toBeNaN();
    expect(JSON.parse(JSON.stringify(none.summary)).gini).toBeNull();
    expect(none.summary.userEnergy).toBe(0);
    const noCf = runParticipation(preset("casework-coping"), {seed: "1", counterfactuals: false});
    expect(noCf.summary.gini).toBeNaN();
    expect(noCf.summary.influenceGap).toBeNaN();
  });
  it("the influence gap is missing without users marked resource-strong and weak", () => {
    expect(runParticipation(preset("casework"), {seed: "1"}).summary.influenceGap).toBeNaN();
    expect(Number.isFinite(runParticipation(preset("domains"), {seed: "1"}).summary.influenceGap)).toBe(true);
  });
  it("agree with the case and user records", () => {
    const r = runParticipation(preset("three-doors"), {seed: "rec"});
    const decided = r.cases.filter((c) => c.decided !== null);
    expect(r.summary.decidedWithoutUser).toBeCloseTo(decided.filter((c) => !c.userPresent).length / decided.length, 12);
    expect(r.summary.handoffs).toBeCloseTo(r.users.reduce((a, u) => a + u.handoffs, 0) / r.cases.length, 12);
    expect(r.summary.userEnergy).toBeCloseTo(r.users.reduce((a, u) => a + u.energy, 0), 9);
    for (const u of r.users) expect(u.handoffs).toBeLessThanOrEqual(3 * u.cases);
  });
  it("Gini: 0 for equal values, in [0, 1), unchanged by scale; missing values are left out", () => {
    expect(gini([0.3, 0.3, 0.3])).toBe(0);
    expect(gini([0, 0, 1])).toBeCloseTo(2 / 3, 12);
    expect(gini([NaN, 1, 1])).toBe(0);
    expect(gini([])).toBeNaN();
    // values on a grid of hundredths: subnormal doubles would make "scale invariance" a test of rounding
    fc.assert(fc.property(fc.array(fc.integer({min: 0, max: 100}).map((i) => i / 100), {minLength: 1, maxLength: 30}), fc.integer({min: 1, max: 100}).map((i) => i / 10), (xs, k) => {
      const g = gini(xs);
      if (!(xs.reduce((a, b) => a + b, 0) > 0)) return Number.isNaN(g);
      return g >= -1e-12 && g < 1 && Math.abs(gini(xs.map((x) => x * k)) - g) < 1e-9;
    }));
  });
  it("per-user trajectories of competence, trust and motivation are in the trace, one value per user each week, within 0-1", () => {
    const s = preset("housing-structured");
    const r = runParticipation(s, {seed: "tr", trace: true});
    expect(r.trace!.length).toBe(s.horizon);
    for (const f of r.trace!) {
      for (const k of ["competence", "trust", "motivation"] as const) {
        expect(f.users![k].length).toBe(s.users.count);
        for (const v of f.users![k]) expect(v >= 0 && v <= 1).toBe(true);
      }
    }
    const last = r.trace!.at(-1)!.users!;
    r.users.forEach((u, i) => expect([last.competence[i], last.trust[i]]).toEqual([u.competence, u.trust]));
  });
});

describe("mechanisms", () => {
  it("follow-up below the cognition threshold (definitional): structured is exactly improvised", () => {
    const low = (id: string) => {
      let s = preset(id);
      for (const t of Object.keys(s.userTypes)) s = setParameter(s, `userTypes.${t}.cognition`, 0.3);
      return s;
    };
    for (const seed of ["a", "b", "c"]) {
      expect(runParticipation(low("housing-structured"), {seed}).summary).toEqual(runParticipation(low("housing-improvised"), {seed}).summary);
    }
    // the check can fail: above the threshold they differ
    expect(runParticipation(preset("housing-structured"), {seed: "a"}).summary).not.toEqual(runParticipation(preset("housing-improvised"), {seed: "a"}).summary);
  });
  it("the worker as spokesperson (definitional): a decision with the user too ill and no proxy is at user perspective", () => {
    let n = 0;
    for (let r = 0; r < 10; ++r) {
      for (const c of runParticipation(preset("housing-volatile-health"), {seed: `ill/${r}`}).cases) {
        if (c.decided === null || c.userPresent || c.proxy) continue;
        expect(c.step).toBe("perspective");
        ++n;
      }
    }
    expect(n).toBeGreaterThan(100);
  });
  it("a rule-bound domain caps the step at participation (definitional) and the rules leave the preference no influence", () => {
    const s = parseScenario({...structuredClone(preset("casework")), domains: {benefit: {label: {en: "Benefit", nb: "Stønad"}, share: 1, ruleBound: true}}});
    let decided = 0;
    for (let r = 0; r < 10; ++r) {
      for (const c of runParticipation(s, {seed: `dom/${r}`}).cases) {
        if (c.decided === null) continue;
        ++decided;
        expect(["perspective", "participation"]).toContain(c.step);
        expect(c.influence).toBe(0);
      }
    }
    expect(decided).toBeGreaterThan(500);
    // the check can fail: the same domain not rule-bound reaches influence
    const free = setParameter(s, "domains.benefit.ruleBound", false);
    expect(Array.from({length: 10}, (_, r) => runParticipation(free, {seed: `dom/${r}`}).summary.ladder.influence).some((x) => x > 0)).toBe(true);
  });
  it("a case takes only the solutions of its domain or of none", () => {
    const s = preset("domains");
    const domainOf = Object.fromEntries(Object.entries(s.solutions).map(([id, x]) => [id, x.domain]));
    for (let r = 0; r < 5; ++r) {
      const run = runParticipation(s, {seed: `d/${r}`});
      // the preferred solution is open to the case too (preferences count only over open options)
      for (const c of run.cases) if (c.decided !== null && domainOf[c.adopted!] !== "any" && domainOf[c.preferred!] !== "any") expect(domainOf[c.preferred!]).toBe(domainOf[c.adopted!]);
    }
  });
  it("one door hands nothing on; three doors without a coordinator do, at the user's cost", () => {
    let one = 0, three = 0, energyOne = 0, energyThree = 0;
    for (let r = 0; r < 20; ++r) {
      const a = runParticipation(preset("one-door"), {seed: `door/${r}`}).summary, b = runParticipation(preset("three-doors"), {seed: `door/${r}`}).summary;
      one += a.handoffs; three += b.handoffs; energyOne += a.userEnergy; energyThree += b.userEnergy;
    }
    expect(one).toBe(0);
    expect(three).toBeGreaterThan(0);
    expect(energyThree).toBeGreaterThan(energyOne);
    const none = runParticipation(setParameter(preset("three-doors"), "handoffs.max", 0), {seed: "door/0"}).summary;
    expect(none.handoffs).toBe(0);
  });
  it("limited opening hours: no decision at the office's door in a shut week", () => {
    const s = setParameter(setParameter(preset("casework"), "coping.limitedHours", true), "coping.openShare", 0.5);
    const r = runParticipation(s, {seed: "open", trace: true});
    const open = (t: number) => Math.floor((t + 1) * 0.5) > Math.floor(t * 0.5);
    let n = 0;
    for (const f of r.trace!) if (!open(f.week)) { expect(f.decided).toEqual([]); ++n; }
    expect(n).toBe(26);
    expect(r.summary.decided).toBeGreaterThan(0);
  });
  it("the triage desk lets at most its capacity of new cases through each week", () => {
    const s = setParameter(setParameter(preset("casework"), "coping.triage", true), "coping.triageCapacity", 1);
    const r = runParticipation(s, {seed: "desk", trace: true});
    const seen = new Set<number>();
    for (const f of r.trace!) {
      let fresh = 0;
      for (const c of f.cases) if (c.state !== "waiting" && c.state !== "lost" && !seen.has(c.id)) { seen.add(c.id); ++fresh; }
      expect(fresh).toBeLessThanOrEqual(1);
    }
  });
  it("declining is a right: a user whose desired step is 1 never attends, and reaches their desired level", () => {
    let s = preset("casework");
    for (const t of Object.keys(s.userTypes)) s = setParameter(s, `userTypes.${t}.desiredStep`, 1);
    const r = runParticipation(s, {seed: "dec"});
    expect(r.cases.filter((c) => c.userPresent).length).toBe(0);
    expect(r.summary.decidedWithoutUser).toBe(1);
    expect(r.summary.desiredGap).toBeGreaterThanOrEqual(0);
  });
});

describe("validation of every new field", () => {
  it("a bad value of each declared users-over-time parameter gets one line naming the field, the value and what is allowed", async () => {
    const {USERS_OVER_TIME_DECLS} = await import("../../../sim/participation/usersOverTimeParams.ts");
    const base = structuredClone(preset("domains")) as unknown as Record<string, Record<string, Record<string, unknown>>>;
    for (const d of USERS_OVER_TIME_DECLS) {
      const [head, star, field] = d.key.split(".");
      const path = star === "*" ? [head, Object.keys(base[head])[0], field] : [head, star];
      const bad = d.type === "boolean" ? "yes" : d.type === "enum" ? "nope" : d.max! + 1;
      const s = structuredClone(base) as Record<string, unknown>;
      let node = s as Record<string, unknown>;
      for (const p of path.slice(0, -1)) node = (node[p] ??= {}) as Record<string, unknown>;
      node[path[path.length - 1]] = bad;
      let message = "";
      try { parseScenario(s); } catch (e) { message = (e as Error).message; }
      const field2 = path.join(".");
      expect(message, d.key).toMatch(new RegExp(`^invalid ${field2.replace(/\./g, "\\.")}: .*\\(allowed: .+\\)$`));
      expect(message.includes("\n"), d.key).toBe(false);
    }
  });
});
