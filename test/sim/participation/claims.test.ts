// The claims of sim/ODD.md §7 "Claims" as declared in
// sim/participation/claims.ts. Definitional and input claims are checked once,
// as what they are. Emergent claims are evaluated over a fixed Latin-hypercube
// spread of every numeric parameter (draw seeds fixed here, never filtered),
// each draw with 30 paired replications and a 95% interval on the paired
// difference; the share of draws in which the claim holds is reported, and
// must reach 80% or else match the failing region documented in sim/ODD.md.
import {describe, expect, it} from "vitest";
import {CLAIMS, CLAIM_REGIONS, CLAIM_REGIONS_THIRD, REGION_CHECKS, checkRates, checkedRegion, REGION_ACCURACY_BAR as THIRD_BAR, THIRD_SET, evaluateClaim, latinHypercube, regionConfusion, spreadParameters, spreadRange, type ClaimDraw} from "../../../sim/participation/claims.ts";
import {runParticipation} from "../../../sim/participation/engine.ts";
import {preset} from "../../../sim/participation/presets.ts";
import {setParameter, type Scenario} from "../../../sim/participation/scenario.ts";
import {classify} from "../../../sim/participation/ladder.ts";

const DRAW_SEED = "claims-lhs";
const DRAWS = 20;
const REPS = 30;
const draws = latinHypercube(DRAW_SEED, DRAWS);
const results = new Map<string, ClaimDraw[]>();
function evaluate(id: string): ClaimDraw[] {
  let r = results.get(id);
  if (!r) {
    const claim = CLAIMS.find((c) => c.id === id)!;
    r = draws.map((d, k) => evaluateClaim(claim, d, REPS, `claims/${k}`));
    results.set(id, r);
  }
  return r;
}
// Independent draws for confirming the documented regions (and the shares),
// with their seed and size fixed here before they were ever evaluated.
const CONFIRM_SEED = "claims-lhs-confirm";
const CONFIRM_DRAWS = 40;
const confirmDraws = latinHypercube(CONFIRM_SEED, CONFIRM_DRAWS);
/**
 * The bar a documented region must clear on the independent draws, stated
 * before they were evaluated: it predicts whether the claim holds in at
 * least 75% of them, and better than always predicting the more common
 * outcome (the no-information rate).
 */
const REGION_ACCURACY_BAR = 0.75;
const confirmed = new Map<string, ClaimDraw[]>();
function evaluateConfirm(id: string): ClaimDraw[] {
  let r = confirmed.get(id);
  if (!r) {
    const claim = CLAIMS.find((c) => c.id === id)!;
    r = confirmDraws.map((d, k) => evaluateClaim(claim, d, REPS, `claims-confirm/${k}`));
    confirmed.set(id, r);
  }
  return r;
}
const share = (rs: ClaimDraw[]) => rs.filter((r) => r.holds).length / rs.length;
const region = (claim: string) => CLAIM_REGIONS.find((r) => r.claim === claim)!;

describe("the claims' labels", () => {
  it("every claim of §6 is declared once with a label, a statement in both languages and a source", () => {
    const ids = CLAIMS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of CLAIMS) {
      expect(["definitional", "input", "emergent"]).toContain(c.kind);
      expect(c.statement.en.length && c.statement.nb.length && c.because.en.length && c.because.nb.length).toBeGreaterThan(0);
      expect(c.source).toMatch(/^\d{3}:L\d+/);
      if (c.kind === "emergent") expect(c.a && c.b && c.measure && c.direction).toBeTruthy();
      if (c.direction === "equivalent") expect(c.margin).toBeGreaterThan(0);
    }
  });
  it("the spread varies every numeric parameter (global and per member) except sizes and offsets, ±0.3 for probabilities and half to double otherwise, within the declared range", () => {
    for (const p of spreadParameters()) {
      const [lo, hi] = spreadRange(p);
      expect(lo).toBeGreaterThanOrEqual(p.min!);
      expect(hi).toBeLessThanOrEqual(p.max!);
      // half and double of 0 are 0: a parameter at 0 (no deadline, no ceiling, unlimited places) stays there
      if (p.default === 0) expect(hi).toBeGreaterThanOrEqual(lo); else expect(hi).toBeGreaterThan(lo);
    }
    // stratified: each parameter has one draw in each twentieth of its range
    for (const p of spreadParameters()) expect(new Set(draws.map((d) => Math.floor(d[p.key] * DRAWS))).size).toBe(DRAWS);
  });
});

describe("definitional claims (checked once, as definitions)", () => {
  const base = {oversight: false, represented: true, wish: true, vetoOffered: false, twoWay: true, alternatives: 3, consequences: true, responsive: true, userDecided: false};
  it("absent-perspective: neither present nor represented, no wish: user perspective", () => {
    expect(classify({...base, represented: false, wish: false, twoWay: false})).toBe("perspective");
  });
  it("written-cap and team-cap: without two-way exchange with the user (or a proxy) the step is at most participation", () => {
    expect(classify({...base, represented: false, twoWay: false})).toBe("participation");
    expect(classify({...base, twoWay: false})).toBe("participation");
  });
});

describe("input claims", () => {
  it("visit-cost: a visit's hours per case (all professionals present) exceed the form's, as entered", () => {
    const hours = (s: Scenario, arena: string) => s.arenas[arena].hoursPerCase * s.arenas[arena].attendees.reduce((n, r) => n + s.roles[r].count, 0);
    expect(hours(preset("transfer-visit"), "visit")).toBeGreaterThan(hours(preset("transfer-written"), "allocation"));
  });
});

describe("emergent claims over the spread (20 draws x 30 paired replications)", () => {
  for (const id of ["visit-ladder", "visit-knowledge", "advocate-internal", "advocate-external", "external-beats-internal", "kind-alone", "pressure-oversight", "pressure-ladder"]) {
    it(`${id} holds in at least 80% of the draws`, () => {
      const rs = evaluate(id);
      console.log(`${id} ${DRAW_SEED}: ${rs.filter((r) => r.holds).length}/${rs.length}`);
      expect(share(rs), rs.map((r) => r.difference.mean.toFixed(3)).join(" ")).toBeGreaterThanOrEqual(0.8);
    });
  }
  it("consultant-present (no change, two-sided): the step is equivalent within ±0.1 in at least 80% of the draws", () => {
    const rs = evaluate("consultant-present");
    console.log(`consultant-present ${DRAW_SEED}: ${rs.filter((r) => r.holds).length}/${rs.length}`);
    expect(share(rs)).toBeGreaterThanOrEqual(0.8);
    // two-sided: a real change would fail it (an advocate-sized effect is not equivalent)
    const claim = CLAIMS.find((c) => c.id === "consultant-present")!;
    const shifted = evaluateClaim({...claim, b: {preset: "team-user-present", set: {"arenas.team.rule": "user"}}}, draws[0], REPS, "claims/0");
    expect(shifted.holds).toBe(false);
  });
  it("visit-influence fails in a region (a finding, sim/ODD.md): it holds where a coordinator's free week covers at least three visits and a written wish weighs under 0.35, and mostly not elsewhere", () => {
    const rs = evaluate("visit-influence");
    console.log(`visit-influence ${DRAW_SEED}: ${rs.filter((r) => r.holds).length}/${rs.length}`);
    const inRegion = rs.filter((r) => region("visit-influence").holdsIn(r.draw));
    const outside = rs.filter((r) => !inRegion.includes(r));
    expect(inRegion.length).toBeGreaterThanOrEqual(5);
    expect(share(inRegion)).toBeGreaterThanOrEqual(0.8);
    expect(share(outside)).toBeLessThan(0.5);
  });
  it("report-vs-decide fails in a region (a finding, sim/ODD.md): it holds where staff's free week covers at least 8 alternatives' hours, and mostly not below", () => {
    const rs = evaluate("report-vs-decide");
    console.log(`report-vs-decide ${DRAW_SEED}: ${rs.filter((r) => r.holds).length}/${rs.length}`);
    const inRegion = rs.filter((r) => region("report-vs-decide").holdsIn(r.draw));
    const outside = rs.filter((r) => !inRegion.includes(r));
    expect(inRegion.length).toBeGreaterThanOrEqual(5);
    expect(share(inRegion)).toBeGreaterThanOrEqual(0.8);
    expect(share(outside)).toBeLessThan(0.5);
  });
});

describe("mechanisms behind the claims", () => {
  it("an advocate without system knowledge adds little: a guardian who knows nothing raises influence far less", () => {
    const none = preset("rg-report"), guardian = preset("rg-guardian"), blind = setParameter(guardian, "advocates.guardian.knowledge", 0);
    const mean = (s: Scenario) => {
      let x = 0, n = 0;
      for (let r = 0; r < 60; ++r) { const v = runParticipation(s, {seed: `mech/${r}`}).summary.influence; if (Number.isFinite(v)) { x += v; ++n; } }
      return x / n;
    };
    expect(mean(blind) - mean(none)).toBeLessThan(0.5 * (mean(guardian) - mean(none)));
  });
  it("an internal advocate's loyalty barrier grows with colleagues present: more professionals, less gained from the coordinator", () => {
    const gain = (count: number) => {
      const adv = setParameter(preset("rg-coordinator-advocate"), "roles.municipal.count", count), none = setParameter(preset("rg-report"), "roles.municipal.count", count);
      let d = 0;
      for (let r = 0; r < 60; ++r) d += runParticipation(adv, {seed: `loy/${r}`}).summary.influence - runParticipation(none, {seed: `loy/${r}`}).summary.influence;
      return d / 60;
    };
    expect(gain(1)).toBeGreaterThan(gain(6));
  });
  it("a frequent team beside a rare responsibility group pulls decisions to the arena where the user is absent (Hansen «Eksempel 2», 002:L423-442); a rare team gives them back", () => {
    const arenaShare = (s: Scenario, arena: string) => {
      let inArena = 0, decided = 0;
      for (let r = 0; r < 50; ++r) for (const c of runParticipation(s, {seed: `pull/${r}`}).cases) if (c.arena) { decided++; if (c.arena === arena) inArena++; }
      return inArena / decided;
    };
    const both = preset("team-and-rg");
    expect(arenaShare(both, "team")).toBeGreaterThan(0.9);
    expect(arenaShare(setParameter(both, "arenas.team.interval", 26), "rg")).toBeGreaterThan(arenaShare(both, "rg") + 0.1);
  });
});

describe(`confirmation on independent draws (seed ${CONFIRM_SEED}, ${CONFIRM_DRAWS} draws x ${REPS} paired replications)`, () => {
  it("the independent draws share no draw with the ones the regions were read from", () => {
    const key = (d: Record<string, number>) => JSON.stringify(d);
    const seen = new Set(draws.map(key));
    expect(confirmDraws.some((d) => seen.has(key(d)))).toBe(false);
  });
  for (const region of CLAIM_REGIONS) {
    it(`${region.claim}: the documented region ${region.confirmed ? "predicts" : "does not predict (as sim/ODD.md reports)"} where it holds on the independent draws (accuracy >= ${REGION_ACCURACY_BAR} and above the no-information rate)`, () => {
      const c = regionConfusion(region, evaluateConfirm(region.claim));
      const line = `${region.claim} ${CONFIRM_SEED}: in region ${c.inHolds} hold / ${c.inFails} fail; outside ${c.outHolds} hold / ${c.outFails} fail; accuracy ${c.accuracy.toFixed(3)}, no-information ${c.noInformation.toFixed(3)}`;
      console.log(line);
      expect(c.accuracy >= REGION_ACCURACY_BAR && c.accuracy > c.noInformation, line).toBe(region.confirmed);
      // the figures the notebooks show (REGION_CHECKS) are these
      const check = REGION_CHECKS.find((x) => x.claim === region.claim && x.region === "first")!;
      const held = evaluateConfirm(region.claim).filter((r) => r.holds).length;
      expect(check).toEqual({claim: region.claim, region: "first", readFrom: [DRAW_SEED], checkedOn: CONFIRM_SEED, draws: CONFIRM_DRAWS, holds: held, inHolds: c.inHolds, inFails: c.inFails, outHolds: c.outHolds, outFails: c.outFails, confirmed: region.confirmed});
      expect(checkRates(check)).toEqual({accuracy: c.accuracy, noInformation: c.noInformation});
    });
  }
  // advocate-internal (16/20 on claims-lhs, 31/40 here: below 80%) is checked through its documented region above
  it("the other emergent claims hold in at least 80% of the independent draws", () => {
    const lines: string[] = [];
    let failing: string[] = [];
    for (const id of ["visit-ladder", "visit-knowledge", "consultant-present", "advocate-external", "external-beats-internal", "kind-alone", "pressure-oversight", "pressure-ladder"]) {
      const rs = evaluateConfirm(id), held = rs.filter((r) => r.holds).length;
      lines.push(`${id} ${held}/${rs.length}`);
      if (held / rs.length < 0.8) failing = [...failing, id];
    }
    console.log(`shares on ${CONFIRM_SEED}: ${lines.join(", ")}`);
    expect(failing, lines.join(", ")).toEqual([]);
  });
});

describe("a region for advocate-internal read off both earlier sets (checked on the third set, THIRD_SET)", () => {
  it("the third set is fixed, fresh, and held to the same bar", () => {
    expect(THIRD_SET).toEqual({seed: "claims-lhs-third", draws: 40, reps: REPS, replicationSeed: "claims-third"});
    expect(THIRD_BAR).toBe(REGION_ACCURACY_BAR);
    const key = (d: Record<string, number>) => JSON.stringify(d);
    const seen = new Set([...draws, ...confirmDraws].map(key));
    expect(latinHypercube(THIRD_SET.seed, THIRD_SET.draws).some((d) => seen.has(key(d)))).toBe(false);
  });
  it("in sample: on the 60 draws it was read from, the region predicts where the claim holds better than the no-information rate", () => {
    const third = CLAIM_REGIONS_THIRD.find((r) => r.claim === "advocate-internal")!;
    const c = regionConfusion({...third, confirmed: false}, [...evaluate("advocate-internal"), ...evaluateConfirm("advocate-internal")]);
    const line = `advocate-internal third-set region on claims-lhs + ${CONFIRM_SEED}: in ${c.inHolds}/${c.inFails}, outside ${c.outHolds}/${c.outFails}, accuracy ${c.accuracy.toFixed(3)}, no-information ${c.noInformation.toFixed(3)}`;
    console.log(line);
    expect(c.inHolds + c.inFails + c.outHolds + c.outFails).toBe(DRAWS + CONFIRM_DRAWS);
    expect(c.accuracy, line).toBeGreaterThan(c.noInformation);
  });
});

describe(`the advocate-internal region on the third set (seed ${THIRD_SET.seed}, ${THIRD_SET.draws} draws x ${THIRD_SET.reps} paired replications)`, () => {
  for (const region of CLAIM_REGIONS_THIRD) {
    it(`${region.claim}: the region stated before this set ${region.confirmed ? "predicts" : "does not predict (as sim/ODD.md reports)"} where it holds (accuracy >= ${THIRD_BAR} and above the no-information rate)`, () => {
      expect(region.confirmed).toBeTypeOf("boolean");
      const claim = CLAIMS.find((c) => c.id === region.claim)!;
      const rs = latinHypercube(THIRD_SET.seed, THIRD_SET.draws).map((d, k) => evaluateClaim(claim, d, THIRD_SET.reps, `${THIRD_SET.replicationSeed}/${k}`));
      const c = regionConfusion({...region, confirmed: region.confirmed!}, rs);
      const line = `${region.claim} ${THIRD_SET.seed}: holds in ${rs.filter((r) => r.holds).length}/${rs.length}; in region ${c.inHolds} hold / ${c.inFails} fail; outside ${c.outHolds} hold / ${c.outFails} fail; accuracy ${c.accuracy.toFixed(3)}, no-information ${c.noInformation.toFixed(3)}`;
      console.log(line);
      expect(c.accuracy >= THIRD_BAR && c.accuracy > c.noInformation, line).toBe(region.confirmed);
      const check = REGION_CHECKS.find((x) => x.claim === region.claim && x.region === "third")!;
      expect(check).toEqual({claim: region.claim, region: "third", readFrom: [DRAW_SEED, CONFIRM_SEED], checkedOn: THIRD_SET.seed, draws: THIRD_SET.draws, holds: rs.filter((r) => r.holds).length, inHolds: c.inHolds, inFails: c.inFails, outHolds: c.outHolds, outFails: c.outFails, confirmed: region.confirmed});
    });
  }
});

describe("region checks (REGION_CHECKS, shown by the notebooks)", () => {
  it("one per declared region, each naming its own region", () => {
    expect(REGION_CHECKS.length).toBe(CLAIM_REGIONS.length + CLAIM_REGIONS_THIRD.length);
    for (const c of REGION_CHECKS) {
      expect(checkedRegion(c), `${c.claim} ${c.region}`).toBeDefined();
      expect(c.inHolds + c.inFails + c.outHolds + c.outFails).toBe(c.draws);
      expect(c.inHolds + c.outHolds).toBe(c.holds);
      expect(c.readFrom).not.toContain(c.checkedOn);
    }
  });
});
