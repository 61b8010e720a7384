// The collective claims (sim/collective/claims.ts). Definitional claims are
// checked once, as definitions. Emergent claims are evaluated over a fixed
// Latin-hypercube spread of every numeric parameter (draw seed fixed here,
// never filtered), each draw with 30 paired replications and a 95% interval
// on the paired difference (two one-sided tests within the margin for the
// no-change claim). The share of draws in which each holds is printed; a
// claim must hold in at least 80% of draws or else its failing region is the
// one documented in sim/ODD.md ("Collective claims"), checked here.
import {describe, expect, it} from "vitest";
import {COLLECTIVE_CLAIMS, COLLECTIVE_CLAIM_REGIONS, COLLECTIVE_CONFIRM_DRAWS, COLLECTIVE_CONFIRM_SEED, COLLECTIVE_REGION_ACCURACY_BAR, applyCollectiveDraw, collectiveLatinHypercube, collectiveSpreadParameters, evaluateCollectiveClaim, type CollectiveClaimDraw} from "../../../sim/collective/claims.ts";
import {classifyMeeting} from "../../../sim/collective/arnstein.ts";
import {CollectiveSimulator} from "../../../sim/collective/engine.ts";
import {collectivePreset} from "../../../sim/collective/presets.ts";
import {setCollectiveParameter} from "../../../sim/collective/scenario.ts";
import {regionConfusion} from "../../../sim/participation/claims.ts";

const DRAW_SEED = "collective-claims-lhs";
const DRAWS = 20;
const REPS = 30;
const draws = collectiveLatinHypercube(DRAW_SEED, DRAWS);
const results = new Map<string, CollectiveClaimDraw[]>();
function evaluate(id: string): CollectiveClaimDraw[] {
  let r = results.get(id);
  if (!r) {
    r = draws.map((d, k) => evaluateCollectiveClaim(COLLECTIVE_CLAIMS.find((c) => c.id === id)!, d, REPS, `collective-claims/${k}`));
    results.set(id, r);
  }
  return r;
}
const share = (rs: CollectiveClaimDraw[]) => rs.filter((r) => r.holds).length / rs.length;

describe("the collective claims' labels", () => {
  it("every claim is declared once, labelled, in both languages, with a source; emergent ones are comparisons", () => {
    const ids = COLLECTIVE_CLAIMS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of COLLECTIVE_CLAIMS) {
      expect(["definitional", "emergent"]).toContain(c.kind);
      expect(c.statement.en && c.statement.nb && c.because.en && c.because.nb).toBeTruthy();
      expect(c.source).toMatch(/^\d{3}:L\d+/);
      if (c.kind === "emergent") expect(c.a && c.b && (c.measure || (c.a.measure && c.b.measure)) && c.direction).toBeTruthy();
      if (c.direction === "equivalent") expect(c.margin).toBeGreaterThan(0);
    }
  });
  it("the spread is stratified: each parameter has one draw in each twentieth of its range", () => {
    for (const p of collectiveSpreadParameters()) expect(new Set(draws.map((d) => Math.floor(d[p.key] * DRAWS))).size).toBe(DRAWS);
  });
});

describe("definitional collective claims", () => {
  const f = {understood: 1, premise: true, userAgenda: false, rule: "joint", agenda: "staff", pressed: false, late: false} as const;
  it("staff-agenda-cap: with the staff's agenda users do not set part of it, so a meeting is at most consultation", () => {
    for (const rule of ["staff", "consensus", "joint", "users"] as const) expect(["therapy", "information", "consultation"]).toContain(classifyMeeting({...f, rule}));
    const s = new CollectiveSimulator(collectivePreset("user-meeting-neutral")).run({seed: "cap"}).summary;
    expect(s.arnstein.placation + s.arnstein.partnership + s.arnstein.delegatedPower + s.arnstein.citizenControl).toBe(0);
  });
  it("unanchored-not-adopted and unanchored-cases-unmoved: anchoring 0 adopts nothing, and the case arenas run exactly as without the council", () => {
    const sim = new CollectiveSimulator(setCollectiveParameter(collectivePreset("council-to-cases"), "management.anchoring", 0));
    let proposed = 0;
    for (let r = 0; r < 20; ++r) {
      const s = sim.run({seed: `def/${r}`}).summary;
      proposed += s.serviceChanges.proposed;
      expect(s.serviceChanges.adopted).toBe(0);
      expect(s.cases!.changes).toBe(0);
      expect(s.cases!.upperSteps).toBe(s.cases!.upperStepsWithout);
    }
    expect(proposed).toBeGreaterThan(0); // the council did conclude: it is the anchoring that stops it
  });
});

describe(`emergent collective claims over the spread (${DRAWS} draws x ${REPS} paired replications)`, () => {
  const strong = ["committee-partnership", "interpreter-turnout", "interpreter-literacy", "no-interpreter-collapse", "neutral-turnout", "neutral-literacy", "late-consensus-manipulation", "early-affiliated-partnership"];
  for (const id of strong) it(`${id} holds in at least 80% of draws`, () => {
    const rs = evaluate(id);
    console.log(`${id}: holds in ${(100 * share(rs)).toFixed(0)}% of draws`);
    expect(share(rs)).toBeGreaterThanOrEqual(0.8);
  }, 120_000);
  /** Mean per run, over the claim's replications, of a summary value of a preset under a draw (the region's coordinate). */
  function perRun(preset: string, k: number, value: (s: ReturnType<CollectiveSimulator["run"]>["summary"]) => number): number {
    const sim = new CollectiveSimulator(applyCollectiveDraw(collectivePreset(preset), draws[k]));
    let total = 0;
    for (let r = 0; r < REPS; ++r) total += value(sim.run({seed: `collective-claims/${k}/${r}`}).summary);
    return total / REPS;
  }
  it("anchored-cases-move: holds wherever at least one adopted change per run reaches the case arenas; where it fails fewer do, the difference is a trace and never reversed (documented region)", () => {
    const rs = evaluate("anchored-cases-move");
    console.log(`anchored-cases-move: holds in ${(100 * share(rs)).toFixed(0)}% of draws`);
    rs.forEach((r, k) => {
      const reaching = perRun("council-to-cases", k, (x) => x.cases!.changes);
      if (reaching >= 1) expect(r.holds, `draw ${k}: ${reaching} changes per run`).toBe(true);
      if (!r.holds) { expect(reaching).toBeLessThan(1); expect(Math.abs(r.difference.mean)).toBeLessThan(0.02); }
      expect(r.difference.hi).toBeGreaterThanOrEqual(0);
    });
  }, 120_000);
  it("small-unanchored-little: holds wherever the anchored council adopts at least a quarter of a change per run; where it fails, the council too adopts (almost) nothing (documented region)", () => {
    const rs = evaluate("small-unanchored-little");
    console.log(`small-unanchored-little: holds in ${(100 * share(rs)).toFixed(0)}% of draws`);
    rs.forEach((r, k) => {
      const adopted = perRun("user-council", k, (x) => x.serviceChanges.adopted);
      if (adopted >= 0.25) expect(r.holds, `draw ${k}: ${adopted} adopted per run`).toBe(true);
      if (!r.holds) expect(adopted).toBeLessThan(0.25);
      expect(r.difference.lo).toBeLessThanOrEqual(0);
    });
  }, 120_000);
  it("anchoring-process-unchanged (equivalence within ±0.05): holds in over half the draws; elsewhere no interval lies beyond the margin", () => {
    const rs = evaluate("anchoring-process-unchanged");
    console.log(`anchoring-process-unchanged: equivalent in ${(100 * share(rs)).toFixed(0)}% of draws`);
    expect(share(rs)).toBeGreaterThanOrEqual(0.5);
    // no draw shows a difference clearly beyond the margin: every interval reaches into (-0.05, 0.05);
    // where equivalence is not shown, the unanchored council was shut down earlier and held fewer meetings (sim/ODD.md)
    for (const r of rs) { expect(r.difference.lo).toBeLessThan(0.05); expect(r.difference.hi).toBeGreaterThan(-0.05); }
  }, 120_000);
});

// Independent draws for confirming the documented regions and the shares:
// seed, size and bar are declared in sim/collective/claims.ts, committed before
// these draws were ever evaluated; the outcome is checked whichever way it went.
const confirmDraws = collectiveLatinHypercube(COLLECTIVE_CONFIRM_SEED, COLLECTIVE_CONFIRM_DRAWS);
const confirmed = new Map<string, CollectiveClaimDraw[]>();
function evaluateConfirm(id: string): CollectiveClaimDraw[] {
  let r = confirmed.get(id);
  if (!r) {
    r = confirmDraws.map((d, k) => evaluateCollectiveClaim(COLLECTIVE_CLAIMS.find((c) => c.id === id)!, d, REPS, `collective-claims-confirm/${k}`));
    confirmed.set(id, r);
  }
  return r;
}

describe(`confirmation on independent draws (seed ${COLLECTIVE_CONFIRM_SEED}, ${COLLECTIVE_CONFIRM_DRAWS} draws x ${REPS} paired replications)`, () => {
  it("the independent draws share no draw with the exploratory ones the regions were read from", () => {
    const key = (d: Record<string, number>) => JSON.stringify(d);
    const seen = new Set(draws.map(key));
    expect(confirmDraws.some((d) => seen.has(key(d)))).toBe(false);
  });
  for (const region of COLLECTIVE_CLAIM_REGIONS) {
    it(`${region.claim}: the documented region ${region.confirmed ? "predicts" : "does not predict (as sim/ODD.md reports)"} where it holds on the independent draws (accuracy >= ${COLLECTIVE_REGION_ACCURACY_BAR} and above the no-information rate)`, () => {
      const rs = evaluateConfirm(region.claim), c = regionConfusion(region, rs);
      const line = `${region.claim} ${COLLECTIVE_CONFIRM_SEED}: holds ${rs.filter((r) => r.holds).length}/${rs.length}; in region ${c.inHolds} hold / ${c.inFails} fail; outside ${c.outHolds} hold / ${c.outFails} fail; accuracy ${c.accuracy.toFixed(3)}, no-information ${c.noInformation.toFixed(3)}`;
      console.log(line);
      expect(c.accuracy >= COLLECTIVE_REGION_ACCURACY_BAR && c.accuracy > c.noInformation, line).toBe(region.confirmed);
    }, 120_000);
  }
  it("the other emergent claims hold in at least 80% of the independent draws", () => {
    const lines: string[] = [];
    const failing: string[] = [];
    for (const c of COLLECTIVE_CLAIMS.filter((c) => c.kind === "emergent" && !COLLECTIVE_CLAIM_REGIONS.some((r) => r.claim === c.id))) {
      const rs = evaluateConfirm(c.id), held = rs.filter((r) => r.holds).length;
      lines.push(`${c.id} ${held}/${rs.length}`);
      if (held / rs.length < 0.8) failing.push(c.id);
    }
    console.log(`shares on ${COLLECTIVE_CONFIRM_SEED}: ${lines.join(", ")}`);
    expect(failing, lines.join(", ")).toEqual([]);
  }, 120_000);
});
