import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {aggregate, decisionContext, REFUSED, RULE, type DecisionContext} from "../../../sim/participation/decide.ts";
import {counterfactualInfluence} from "../../../sim/participation/counterfactual.ts";
import {advocateVoice, information, userVoice} from "../../../sim/participation/power.ts";

function ctxOf(staff: number[], init: Partial<DecisionContext> = {}): DecisionContext {
  const ctx = decisionContext(staff.length);
  ctx.staff.set(staff);
  ctx.candidate.fill(1);
  ctx.shownBase.fill(1);
  ctx.userKnows.fill(1);
  ctx.advKnows.fill(1);
  ctx.formKnows.fill(1);
  Object.assign(ctx, {represented: true, rule: RULE.negotiate, voice: 1, wishWeight: 0.2}, init);
  return ctx;
}

describe("deciding a case", () => {
  it("the user rule follows the user's preference over what is shown: influence 1", () => {
    const ctx = ctxOf([0.9, 0.5, 0.1], {rule: RULE.user});
    const stated = Float64Array.from([0.1, 0.2, 0.8]);
    const adopted = aggregate(ctx, stated);
    expect(adopted).toBe(2);
    expect(counterfactualInfluence(ctx, stated, adopted, new Float64Array(3))).toBe(1);
  });
  it("staff deciding without any wish: influence 0", () => {
    const ctx = ctxOf([0.9, 0.5, 0.1], {rule: RULE.staff, represented: false});
    const stated = Float64Array.from([0.1, 0.2, 0.8]);
    const adopted = aggregate(ctx, stated);
    expect(adopted).toBe(0);
    expect(counterfactualInfluence(ctx, stated, adopted, new Float64Array(3))).toBe(0);
  });
  it("one proposal with yes/no: the user can refuse but never steer (influence 0)", () => {
    const ctx = ctxOf([0.9, 0.5, 0.1], {rule: RULE.veto, represented: false, vetoOffered: true, refuses: true});
    ctx.shownBase.set([1, 0, 0]);
    expect(aggregate(ctx, Float64Array.from([0.1, 0.2, 0.8]))).toBe(REFUSED);
    const stated = Float64Array.from([0.9, 0.2, 0.1]);
    const adopted = aggregate(ctx, stated);
    expect(adopted).toBe(0);
    expect(counterfactualInfluence(ctx, stated, adopted, new Float64Array(3))).toBe(0);
  });
  it("property: aggregation is deterministic and counterfactuals leave the stated preferences unchanged", () => {
    fc.assert(fc.property(
      fc.array(fc.double({min: 0, max: 1, noNaN: true}), {minLength: 2, maxLength: 7}),
      fc.array(fc.double({min: 0, max: 1, noNaN: true}), {minLength: 7, maxLength: 7}),
      fc.constantFrom(RULE.staff, RULE.veto, RULE.negotiate, RULE.user), fc.double({min: 0, max: 3, noNaN: true}),
      (staff, pref, rule, voice) => {
        const ctx = ctxOf(staff, {rule, voice});
        const stated = Float64Array.from(pref.slice(0, staff.length));
        const copy = Float64Array.from(stated);
        const a = aggregate(ctx, stated);
        const inf = counterfactualInfluence(ctx, stated, a, new Float64Array(staff.length));
        expect(Array.from(stated)).toEqual(Array.from(copy));
        expect(aggregate(ctx, stated)).toBe(a);
        expect(inf).toBeGreaterThanOrEqual(0);
        expect(inf).toBeLessThanOrEqual(1);
      }));
  });
  it("property: a negotiation with no voice is the staff's choice, with overwhelming voice the user's", () => {
    fc.assert(fc.property(
      fc.uniqueArray(fc.integer({min: 0, max: 100}), {minLength: 3, maxLength: 3}),
      fc.uniqueArray(fc.integer({min: 0, max: 100}), {minLength: 3, maxLength: 3}),
      (staffInts, prefInts) => {
        const staff = staffInts.map((x) => x / 100);
        const pref = prefInts.map((x) => x / 100);
        const stated = Float64Array.from(pref);
        const staffTop = staff.indexOf(Math.max(...staff));
        const userTop = pref.indexOf(Math.max(...pref));
        expect(aggregate(ctxOf(staff, {voice: 0}), stated)).toBe(staffTop);
        expect(aggregate(ctxOf(staff, {voice: 1e9}), stated)).toBe(userTop);
        const ctx = ctxOf(staff, {voice: 1e9});
        expect(counterfactualInfluence(ctx, stated, userTop, new Float64Array(3))).toBe(1);
        const none = ctxOf(staff, {voice: 0});
        expect(counterfactualInfluence(none, stated, staffTop, new Float64Array(3))).toBe(0);
      }));
  });
});

describe("power", () => {
  it("voice shrinks with dependence, crowding and lack of information; advocates add knowledge-weighted weight", () => {
    const v = {userBase: 1, dependenceEffect: 0.6, dependence: 0.5, crowding: 0.25, professionals: 1, informedVoice: 0.7, information: 1, presence: 1};
    expect(userVoice(v)).toBeCloseTo(0.7);
    expect(userVoice({...v, dependence: 1})).toBeLessThan(userVoice(v));
    expect(userVoice({...v, professionals: 5})).toBeCloseTo(0.7 / 2);
    expect(userVoice({...v, information: 0})).toBeCloseTo(0.7 * 0.3);
    expect(advocateVoice(1, 0, 0)).toBe(0);
    expect(advocateVoice(1, 0.8, 0.5)).toBeLessThan(advocateVoice(1, 0.8, 0));
    expect(information(0, 0, 0)).toBe(0);
    expect(information(0.5, 0.5, 0)).toBeCloseTo(0.75);
  });
});

describe("counterfactual influence over the feasible options", () => {
  it("counts only the options in the mask, and is missing (NaN) when no other option is feasible", async () => {
    const {counterfactualInfluence} = await import("../../../sim/participation/counterfactual.ts");
    const {decisionContext, RULE} = await import("../../../sim/participation/decide.ts");
    const ctx = decisionContext(3);
    ctx.rule = RULE.user; ctx.represented = true;
    ctx.candidate.set([1, 1, 0]); ctx.shownBase.set([1, 1, 0]); ctx.userKnows.set([1, 1, 1]);
    const stated = Float64Array.from([0.9, 0.5, 0.1]), scratch = new Float64Array(3);
    // the user decides among what is shown: preferring 1 gets 1, preferring 2 (not shown) does not
    expect(counterfactualInfluence(ctx, stated, 0, scratch)).toBe(0.5);
    expect(counterfactualInfluence(ctx, stated, 0, scratch, ctx.candidate)).toBe(1);
    expect(counterfactualInfluence(ctx, stated, 0, scratch, Uint8Array.from([1, 0, 0]))).toBeNaN();
  });
});
