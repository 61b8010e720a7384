// The claims of users over time (sim/participation/claimsUsers.ts), over a
// fixed Latin-hypercube spread of every numeric parameter (the draw seed is
// fixed here, in advance, and no draw is ever filtered). Each draw runs 30
// paired replications (the divergence claims 200: the spread between 12
// users is a noisy measure) with a 95% interval; the share of draws in which
// a claim holds is reported and must reach 80%. A claim that fails over part
// of the spread has its region declared once (USER_CLAIM_REGIONS, sim/ODD.md
// section "Users over time"): the regions were read off the draws of seed
// `users-lhs`, which are exploratory here (their shares printed, sanity
// assertions only), and are checked on independent draws (seed
// `users-lhs-confirm`) against a bar stated before those were evaluated.
// Two claims short on both sets (divergence-on, scarce-fit) have regions
// read off those 60 draws and checked on a third set (`users-lhs-third`).
import {describe, expect, it} from "vitest";
import {USER_CLAIMS, USER_CLAIM_REGIONS, USER_CLAIM_REGIONS_THIRD, USERS_THIRD_SET, evaluateUserClaim, type UserClaimDraw} from "../../../sim/participation/claimsUsers.ts";
import {REGION_ACCURACY_BAR as THIRD_BAR, applyDraw, latinHypercube, regionConfusion} from "../../../sim/participation/claims.ts";
import {preset} from "../../../sim/participation/presets.ts";
import {estimate} from "../../../sim/stats.ts";

const DRAW_SEED = "users-lhs";
const DRAWS = 20;
const REPS = 30;
const REPS_DIVERGENCE = 200;
const REPS_SCARCE = 60;
const draws = latinHypercube(DRAW_SEED, DRAWS);
const cache = new Map<string, UserClaimDraw[]>();
function evaluate(id: string): UserClaimDraw[] {
  let r = cache.get(id);
  if (!r) {
    const claim = USER_CLAIMS.find((c) => c.id === id)!;
    const reps = claim.measure === "divergence" ? REPS_DIVERGENCE : claim.measure === "upperFit" ? REPS_SCARCE : REPS;
    r = draws.map((d, k) => evaluateUserClaim(claim, d, reps, `users/${k}`));
    cache.set(id, r);
  }
  return r;
}
// Independent draws for confirming the documented regions, with their seed
// and size fixed here (and committed) before they were ever evaluated.
const CONFIRM_SEED = "users-lhs-confirm";
const CONFIRM_DRAWS = 40;
const confirmDraws = latinHypercube(CONFIRM_SEED, CONFIRM_DRAWS);
/**
 * The bar a documented region must clear on the independent draws, stated
 * before they were evaluated (as for the case arenas' claims): it predicts
 * whether the claim holds in at least 75% of them, and better than always
 * predicting the more common outcome (the no-information rate).
 */
const REGION_ACCURACY_BAR = 0.75;
const confirmCache = new Map<string, UserClaimDraw[]>();
function evaluateConfirm(id: string): UserClaimDraw[] {
  let r = confirmCache.get(id);
  if (!r) {
    const claim = USER_CLAIMS.find((c) => c.id === id)!;
    r = confirmDraws.map((d, k) => evaluateUserClaim(claim, d, REPS, `users-confirm/${k}`));
    confirmCache.set(id, r);
  }
  return r;
}
const region = (claim: string) => USER_CLAIM_REGIONS.find((r) => r.claim === claim)!;
const confusionLine = (claim: string, seed: string, rs: UserClaimDraw[]) => {
  const c = regionConfusion(region(claim), rs);
  return `${claim} ${seed}: ${rs.filter((r) => r.holds).length}/${rs.length}; in region ${c.inHolds} hold / ${c.inFails} fail; outside ${c.outHolds} hold / ${c.outFails} fail; accuracy ${c.accuracy.toFixed(3)}, no-information ${c.noInformation.toFixed(3)}`;
};
/** Prints a claim's share of draws and the mean difference over the draws (95% interval), the figures sim/ODD.md quotes. */
function report(id: string, seed: string, rs: UserClaimDraw[]): void {
  const e = estimate(rs.map((r) => r.difference.mean));
  console.log(`${id} ${seed}: holds ${rs.filter((r) => r.holds).length}/${rs.length}, difference negative in ${rs.filter((r) => r.difference.mean < 0).length}; mean over the draws ${e.mean.toFixed(3)} [${e.lo.toFixed(3)}, ${e.hi.toFixed(3)}]`);
}
const share = (rs: UserClaimDraw[]) => rs.filter((r) => r.holds).length / rs.length;
const means = (rs: UserClaimDraw[]) => rs.map((r) => r.difference.mean.toFixed(3)).join(" ");

describe("the claims' labels", () => {
  it("every claim is declared once with its kind, a statement in both languages and a source", () => {
    const ids = USER_CLAIMS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of USER_CLAIMS) {
      expect(["definitional", "input", "emergent"]).toContain(c.kind);
      expect(c.statement.en.length && c.statement.nb.length && c.because.en.length && c.because.nb.length).toBeGreaterThan(0);
      expect(c.source).toMatch(/^\d{3}:L\d+/);
      if (c.kind !== "definitional") expect(c.b && c.measure && c.direction).toBeTruthy();
    }
    // the definitional ones are checked as definitions in usersOverTime.test.ts
    expect(USER_CLAIMS.filter((c) => c.kind === "definitional").map((c) => c.id).sort()).toEqual(["domain-cap", "followup-cognition", "illness-spokesperson"]);
  });
});

describe("emergent and input claims over the spread (20 draws, seed users-lhs)", () => {
  /** Draws in which the tenants' cognition is at or above the follow-up threshold (the region where structure can work). */
  const able = (r: UserClaimDraw) => {
    const s = applyDraw(preset("housing-structured"), r.draw);
    return s.userTypes.tenant.cognition >= s.followup.cognitionThreshold;
  };
  // exploratory: the regions were read off these draws, so here they are reported, not tested
  for (const id of ["followup-mastery", "followup-realised"]) {
    it(`${id} (exploratory, region in sim/ODD.md): reported by the tenants' cognition against the threshold; exactly 0 where it is below, by construction`, () => {
      const rs = evaluate(id);
      console.log(confusionLine(id, DRAW_SEED, rs), means(rs));
      const inRegion = rs.filter(able), outside = rs.filter((r) => !able(r));
      expect(rs.every((r) => region(id).holdsIn(r.draw) === able(r))).toBe(true);
      expect(inRegion.length).toBeGreaterThanOrEqual(10);
      for (const r of outside) expect(r.difference.mean).toBe(0);
    });
  }
  it("illness-without-user (input) holds in at least 80% of the draws", () => {
    const rs = evaluate("illness-without-user");
    report("illness-without-user", DRAW_SEED, rs);
    expect(share(rs), means(rs)).toBeGreaterThanOrEqual(0.8);
  });
  it("coping-hours holds in at least 80% of the draws", () => {
    const rs = evaluate("coping-hours");
    report("coping-hours", DRAW_SEED, rs);
    expect(share(rs), means(rs)).toBeGreaterThanOrEqual(0.8);
  });
  it("coping-access-gap (exploratory, region in sim/ODD.md): reported by whether the desk is a bottleneck (more arrivals a week than it lets through)", () => {
    const rs = evaluate("coping-access-gap");
    report("coping-access-gap", DRAW_SEED, rs);
    console.log(confusionLine("coping-access-gap", DRAW_SEED, rs), means(rs));
    const inRegion = rs.filter((r) => region("coping-access-gap").holdsIn(r.draw));
    // both sides of the region occur in the spread, and every draw has the measure
    expect(inRegion.length).toBeGreaterThanOrEqual(5);
    expect(rs.length - inRegion.length).toBeGreaterThanOrEqual(5);
    for (const r of rs) expect(r.difference.n).toBeGreaterThan(1);
  });
  it("coping-gap fails (a finding, sim/ODD.md): coping does not raise the influence gap among decided cases in most draws", () => {
    const rs = evaluate("coping-gap");
    report("coping-gap", DRAW_SEED, rs);
    expect(share(rs), means(rs)).toBeLessThan(0.5);
  });
  it("coping-gap-load fails the other way (a finding, sim/ODD.md): with more load the gap does not grow; it shrinks or stays as influence vanishes", () => {
    const rs = evaluate("coping-gap-load");
    report("coping-gap-load", DRAW_SEED, rs);
    expect(share(rs), means(rs)).toBeLessThan(0.2);
    expect(rs.filter((r) => r.difference.mean <= 0).length / rs.length).toBeGreaterThanOrEqual(0.8);
  });
  it("scarce-fit: the difference is negative in at least 80% of the draws and its interval excludes 0 in at least 60% (underpowered elsewhere, sim/ODD.md)", () => {
    const rs = evaluate("scarce-fit");
    report("scarce-fit", DRAW_SEED, rs);
    expect(rs.filter((r) => r.difference.mean < 0).length / rs.length, means(rs)).toBeGreaterThanOrEqual(0.8);
    expect(share(rs), means(rs)).toBeGreaterThanOrEqual(0.6);
  });
  it("divergence-off (no change, two-sided): without mastery and trust the spread between users is equivalent to no growth within ±0.05 steps in at least 80% of the draws", () => {
    const rs = evaluate("divergence-off");
    report("divergence-off", DRAW_SEED, rs);
    expect(share(rs), means(rs)).toBeGreaterThanOrEqual(0.8);
  });
  it("divergence-on: over the spread the growth of the spread between users is positive (95% interval over the draws' means above 0) and above the growth without the loops; per draw it holds in about half (a finding, sim/ODD.md)", () => {
    const on = evaluate("divergence-on"), off = evaluate("divergence-off");
    report("divergence-on", DRAW_SEED, on);
    const e = estimate(on.map((r) => r.difference.mean));
    expect(e.lo, means(on)).toBeGreaterThan(0);
    const diff = estimate(on.map((r, k) => r.difference.mean - off[k].difference.mean));
    expect(diff.lo).toBeGreaterThan(0);
    expect(share(on)).toBeGreaterThanOrEqual(0.4);
  });
});

describe(`confirmation of the documented regions on independent draws (seed ${CONFIRM_SEED}, ${CONFIRM_DRAWS} draws x ${REPS} paired replications)`, () => {
  it("the independent draws share no draw with the ones the regions were read from", () => {
    const key = (d: Record<string, number>) => JSON.stringify(d);
    const seen = new Set(draws.map(key));
    expect(confirmDraws.some((d) => seen.has(key(d)))).toBe(false);
  });
  it("every region names a declared emergent claim", () => {
    for (const r of USER_CLAIM_REGIONS) expect(USER_CLAIMS.find((c) => c.id === r.claim)?.kind, r.claim).toBe("emergent");
  });
  for (const r of USER_CLAIM_REGIONS) {
    it(`${r.claim}: the documented region ${r.confirmed ? "predicts" : "does not predict (as sim/ODD.md reports)"} where it holds on the independent draws (accuracy >= ${REGION_ACCURACY_BAR} and above the no-information rate)`, () => {
      const rs = evaluateConfirm(r.claim);
      const c = regionConfusion(r, rs), line = confusionLine(r.claim, CONFIRM_SEED, rs);
      console.log(line);
      expect(c.accuracy >= REGION_ACCURACY_BAR && c.accuracy > c.noInformation, line).toBe(r.confirmed);
    });
  }
});

describe(`the other claims on the independent draws (seed ${CONFIRM_SEED}, ${CONFIRM_DRAWS} draws)`, () => {
  /**
   * The exploratory draws' bars, stated here before the independent draws
   * were evaluated for these claims; each must be met, except by a claim
   * narrowed to a region (below).
   */
  const BARS: Record<string, (rs: UserClaimDraw[]) => boolean> = {
    "illness-without-user": (rs) => share(rs) >= 0.8,
    "coping-hours": (rs) => share(rs) >= 0.8,
    "coping-gap": (rs) => share(rs) < 0.5,
    "coping-gap-load": (rs) => share(rs) < 0.2 && rs.filter((r) => r.difference.mean <= 0).length / rs.length >= 0.8,
    "scarce-fit": (rs) => rs.filter((r) => r.difference.mean < 0).length / rs.length >= 0.8 && share(rs) >= 0.6,
    "divergence-off": (rs) => share(rs) >= 0.8,
    "divergence-on": (rs) => estimate(rs.map((r) => r.difference.mean)).lo > 0
  };
  // A claim that sim/ declares true only in a region (USER_CLAIM_REGIONS_THIRD:
  // scarce-fit fell short of its bar here, as sim/ODD.md reports) is judged by
  // that region on the third set below, not by its bar over all draws.
  const BY_REGION = new Set(USER_CLAIM_REGIONS_THIRD.map((r) => r.claim));
  it("every bar of a claim not narrowed to a region is met on the independent draws", () => {
    const failing: string[] = [];
    for (const [id, bar] of Object.entries(BARS)) {
      if (BY_REGION.has(id)) continue;
      const claim = USER_CLAIMS.find((c) => c.id === id)!;
      const reps = claim.measure === "divergence" ? REPS_DIVERGENCE : claim.measure === "upperFit" ? REPS_SCARCE : REPS;
      const rs = confirmDraws.map((d, k) => evaluateUserClaim(claim, d, reps, `users-confirm/${k}`));
      report(id, CONFIRM_SEED, rs);
      if (!bar(rs)) failing.push(id);
    }
    expect(failing).toEqual([]);
  }, 600_000);
});

describe(`the regions read off both earlier sets, on the third set (seed ${USERS_THIRD_SET.seed}, ${USERS_THIRD_SET.draws} draws)`, () => {
  const thirdDraws = latinHypercube(USERS_THIRD_SET.seed, USERS_THIRD_SET.draws);
  it("the third set shares no draw with the two sets the regions were read from", () => {
    const key = (d: Record<string, number>) => JSON.stringify(d);
    const seen = new Set([...draws, ...confirmDraws].map(key));
    expect(thirdDraws.some((d) => seen.has(key(d)))).toBe(false);
  });
  for (const r of USER_CLAIM_REGIONS_THIRD) {
    it(`${r.claim}: on the 60 draws it was read from, the region predicts where the claim holds better than the no-information rate`, () => {
      const claim = USER_CLAIMS.find((c) => c.id === r.claim)!;
      const reps = claim.measure === "divergence" ? REPS_DIVERGENCE : REPS_SCARCE;
      const rs = [...draws.map((d, k) => evaluateUserClaim(claim, d, reps, `users/${k}`)), ...confirmDraws.map((d, k) => evaluateUserClaim(claim, d, reps, `users-confirm/${k}`))];
      const c = regionConfusion({...r, confirmed: false}, rs);
      const line = `${r.claim} in sample: in region ${c.inHolds} hold / ${c.inFails} fail; outside ${c.outHolds} hold / ${c.outFails} fail; accuracy ${c.accuracy.toFixed(3)}, no-information ${c.noInformation.toFixed(3)}`;
      console.log(line);
      expect(c.inHolds + c.inFails + c.outHolds + c.outFails).toBe(draws.length + confirmDraws.length);
      expect(c.accuracy, line).toBeGreaterThan(c.noInformation);
    }, 600_000);
  }
  for (const r of USER_CLAIM_REGIONS_THIRD) {
    it(`${r.claim}: the region ${r.confirmed ? "predicts" : "does not predict (as sim/ODD.md reports)"} where the claim holds on the third set (accuracy >= ${THIRD_BAR} and above the no-information rate)`, () => {
      const claim = USER_CLAIMS.find((c) => c.id === r.claim)!;
      expect(claim.kind).toBe("emergent");
      const reps = claim.measure === "divergence" ? USERS_THIRD_SET.repsDivergence : USERS_THIRD_SET.repsScarce;
      const rs = thirdDraws.map((d, k) => evaluateUserClaim(claim, d, reps, `${USERS_THIRD_SET.replicationSeed}/${k}`));
      const c = regionConfusion({...r, confirmed: r.confirmed!}, rs);
      const line = `${r.claim} ${USERS_THIRD_SET.seed}: ${rs.filter((x) => x.holds).length}/${rs.length}; in region ${c.inHolds} hold / ${c.inFails} fail; outside ${c.outHolds} hold / ${c.outFails} fail; accuracy ${c.accuracy.toFixed(3)}, no-information ${c.noInformation.toFixed(3)}`;
      console.log(line);
      // the outcome is recorded in the declaration once evaluated; the test checks it whichever way it went
      expect(r.confirmed, line).not.toBeUndefined();
      expect(c.accuracy >= THIRD_BAR && c.accuracy > c.noInformation, line).toBe(r.confirmed);
    }, 600_000);
  }
});
