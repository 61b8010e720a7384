// The claims of sim/ODD.md §7 "Claims", declared once with their label:
// definitional (follows from how the ladder is defined; checked once as a
// definition), input (follows from an input value) or emergent (follows from
// the dynamics; shown over a spread of parameters with the share of draws in
// which it holds). The notebooks and sim/ODD.md read this list; the claims
// test (test/sim/participation/claims.test.ts) evaluates the emergent ones.

import {PARAMETERS, type Bilingual, type ParamDecl} from "./parameters.ts";
import {ParticipationSimulator, type ParticipationSummary} from "./engine.ts";
import {preset} from "./presets.ts";
import {getParameter, setParameter, type Scenario} from "./scenario.ts";
import {pairedClaim, type Estimate} from "../stats.ts";
import {rng} from "../rng.ts";
import {latinHypercubeUnits} from "../latinHypercube.ts";

export type ClaimKind = "definitional" | "input" | "emergent";

/** Measures a claim can compare (per run). */
export const CLAIM_MEASURES = {
  influence: (m: ParticipationSummary) => m.influence,
  upperSteps: (m: ParticipationSummary) => m.ladder.influence + m.ladder.control,
  meanStep: (m: ParticipationSummary) => (m.decided > 0 ? (m.ladder.perspective + 2 * m.ladder.participation + 3 * m.ladder.influence + 4 * m.ladder.control) / (1 - m.ladder.undecided) : NaN),
  oversightShare: (m: ParticipationSummary) => (m.cases > 0 ? m.styles.oversight / m.cases : NaN),
  staffHoursPerCase: (m: ParticipationSummary) => (m.decided > 0 ? m.staffEnergy / m.decided : NaN)
} as const;
export type ClaimMeasure = keyof typeof CLAIM_MEASURES;

export interface ClaimSide {
  preset: string;
  /** Parameter changes after the draw is applied (a value, or "x2": twice the drawn value). */
  set?: Record<string, string | number | boolean>;
}

export interface ClaimDecl {
  id: string;
  kind: ClaimKind;
  statement: Bilingual;
  /** Why it holds (the mechanism, or the definition or input it follows from). */
  because: Bilingual;
  source: string;
  /** Emergent claims: B compared with A on the measure, paired replications. */
  a?: ClaimSide;
  b?: ClaimSide;
  measure?: ClaimMeasure;
  /** "greater": B > A (95% interval above 0); "less": B < A; "equivalent": the 95% interval within ±margin (two one-sided tests). */
  direction?: "greater" | "less" | "equivalent";
  margin?: number;
}

const t = (en: string, nb: string): Bilingual => ({en, nb});

export const CLAIMS: readonly ClaimDecl[] = [
  {id: "absent-perspective", kind: "definitional", source: "002:L93-134",
    statement: t("A user who is neither present nor represented, and whose wish does not travel, is at most at user perspective.", "En bruker som verken er til stede eller representert, og hvis ønske ikke kommer frem, er høyst på brukerperspektiv."),
    because: t("The ladder classifies such a decision as user perspective (ladder.ts).", "Trappen klassifiserer en slik beslutning som brukerperspektiv (ladder.ts).")},
  {id: "written-cap", kind: "definitional", source: "002:L383-386",
    statement: t("A one-way channel (the written form) caps the step at participation.", "En enveiskanal (skjemaet) gir høyst brukermedvirkning."),
    because: t("Influence needs two-way exchange by the ladder's definition.", "Innflytelse krever toveis kommunikasjon etter trappens definisjon.")},
  {id: "team-cap", kind: "definitional", source: "002:L406-420",
    statement: t("A team that never meets the user yields at most participation, and an experience consultant there cannot change that user's step.", "Et team som aldri møter brukeren gir høyst medvirkning, og en erfaringskonsulent der kan ikke endre brukerens trinn."),
    because: t("The user is not represented and the consultant carries no case-specific wish: the ladder caps the step.", "Brukeren er ikke representert og konsulenten bærer ikke den enkeltes ønske: trappen setter taket.")},
  {id: "visit-cost", kind: "input", source: "002:L330-333",
    statement: t("A coordinator visit takes more staff hours per case than filling in a form.", "Et koordinatorbesøk tar flere timer per sak enn å fylle ut et skjema."),
    because: t("An input: the hours one alternative takes at each arena (arenas.*.hoursPerCase). What this costs under load is emergent (see time-pressure claims).", "En inndata: timene ett alternativ tar på hver arena (arenas.*.hoursPerCase). Hva det koster under belastning er fremvoksende.")},
  {id: "visit-influence", kind: "emergent", source: "002:L335-391",
    statement: t("A coordinator visit yields more counterfactual influence than a written referral.", "Et koordinatorbesøk gir mer kontrafaktisk innflytelse enn en skriftlig henvisning."),
    because: t("Two-way exchange lets the user's ranking enter a negotiated decision, informed by the coordinator's explanation.", "Toveis samtale lar brukerens rangering gå inn i en forhandlet beslutning, informert av koordinatorens forklaring."),
    a: {preset: "transfer-written"}, b: {preset: "transfer-visit"}, measure: "influence", direction: "greater"},
  {id: "visit-ladder", kind: "emergent", source: "002:L386-391",
    statement: t("A coordinator visit brings more cases to user influence or control than a written referral.", "Et koordinatorbesøk gir flere saker med brukerinnflytelse eller -styring enn en skriftlig henvisning."),
    because: t("Whether the visit reaches the upper steps depends on the energy for alternatives and on what is known.", "Om besøket når de øverste trinnene, avhenger av energien til alternativer og av hva som er kjent."),
    a: {preset: "transfer-written"}, b: {preset: "transfer-visit"}, measure: "upperSteps", direction: "greater"},
  {id: "visit-knowledge", kind: "emergent", source: "002:L375-381",
    statement: t("The visit's advantage shrinks when the coordinator does not know the specialised offers.", "Besøkets fordel krymper når koordinatoren ikke kjenner de spesialiserte tilbudene."),
    because: t("Knowledge is a lasting trait: an offer nobody present knows is not on the table, and consequences go unexplained.", "Kunnskap er en varig egenskap: et tilbud ingen til stede kjenner kommer ikke på bordet, og konsekvenser forklares ikke."),
    a: {preset: "transfer-visit-uninformed"}, b: {preset: "transfer-visit"}, measure: "upperSteps", direction: "greater"},
  {id: "consultant-present", kind: "emergent", source: "002:L408-410",
    statement: t("An experience consultant does not change the individual step, even where the user is present.", "En erfaringskonsulent endrer ikke det individuelle trinnet, heller ikke der brukeren er til stede."),
    because: t("The consultant's general user perspective carries no case-specific preference.", "Konsulentens generelle brukerperspektiv bærer ikke den enkeltes preferanse."),
    a: {preset: "team-user-present"}, b: {preset: "team-user-present", set: {"arenas.team.consultant": true}}, measure: "meanStep", direction: "equivalent", margin: 0.1},
  {id: "advocate-internal", kind: "emergent", source: "002:L587-631",
    statement: t("In a responsibility group, an internal advocate (the coordinator) raises influence.", "I en ansvarsgruppe øker en intern talsperson (koordinatoren) innflytelsen."),
    because: t("The advocate adds information and weight for the user's preference, held back by loyalty to the colleagues present.", "Talspersonen gir informasjon og tyngde til brukerens preferanse, holdt tilbake av lojalitet til kollegene til stede."),
    a: {preset: "rg-report"}, b: {preset: "rg-coordinator-advocate"}, measure: "influence", direction: "greater"},
  {id: "advocate-external", kind: "emergent", source: "002:L587-615",
    statement: t("In a responsibility group, an external advocate (a paid guardian) raises influence.", "I en ansvarsgruppe øker en ekstern talsperson (betalt verge) innflytelsen."),
    because: t("Own system knowledge and no loyalty barrier; the guardian can also stand in for a user too ill to attend.", "Egen systemkunnskap og ingen lojalitetsbarriere; vergen kan også møte for en bruker som er for syk."),
    a: {preset: "rg-report"}, b: {preset: "rg-guardian"}, measure: "influence", direction: "greater"},
  {id: "external-beats-internal", kind: "emergent", source: "002:L619-631",
    statement: t("An external advocate raises influence more than an internal one.", "En ekstern talsperson øker innflytelsen mer enn en intern."),
    because: t("Through the loyalty barrier that colleagues present raise for the internal advocate, and the external advocate's standing in for an ill user.", "Gjennom lojalitetsbarrieren kollegene til stede gir den interne talspersonen, og at den eksterne kan møte for en syk bruker."),
    a: {preset: "rg-coordinator-advocate"}, b: {preset: "rg-guardian"}, measure: "influence", direction: "greater"},
  {id: "kind-alone", kind: "emergent", source: "002:L619-631",
    statement: t("With the same knowledge, weight and hours, the same advocate raises influence more as an external advocate than as an internal one.", "Med samme kunnskap, tyngde og timer øker samme talsperson innflytelsen mer som ekstern enn som intern."),
    because: t("Only the kind differs: the internal advocate's loyalty barrier from colleagues present, and the external one standing in for an ill user.", "Bare typen er ulik: den interne talspersonens lojalitetsbarriere fra kollegene til stede, og at den eksterne kan møte for en syk bruker."),
    a: {preset: "rg-coordinator-advocate"}, b: {preset: "rg-coordinator-advocate", set: {"advocates.coordinator.kind": "external"}}, measure: "influence", direction: "greater"},
  {id: "report-vs-decide", kind: "emergent", source: "002:L537-545",
    statement: t("Reporting mode yields less influence than deciding mode.", "Rapporteringsmodus gir mindre innflytelse enn beslutningsmodus."),
    because: t("Reports take the meeting's energy (fewer alternatives worked through when energy is short) and consequences are explained only when someone raises an alternative.", "Rapporter tar møtets energi (færre alternativer når energien er knapp), og konsekvenser forklares bare når noen legger frem et alternativ."),
    a: {preset: "rg-decide"}, b: {preset: "rg-report"}, measure: "influence", direction: "less"},
  {id: "pressure-oversight", kind: "emergent", source: "001:L3561-3565",
    statement: t("Heavier load (time pressure) raises oversight.", "Tyngre belastning (tidspress) gir mer overseelse."),
    because: t("Less energy per week: choices reach their deadline before the energy covers their cases.", "Mindre energi per uke: valg når fristen før energien dekker sakene."),
    a: {preset: "casework"}, b: {preset: "casework", set: {"load.timePressure": "x2"}}, measure: "oversightShare", direction: "greater"},
  {id: "pressure-ladder", kind: "emergent", source: "001:L3561-3565",
    statement: t("Heavier load pushes cases down the ladder.", "Tyngre belastning skyver saker ned trappen."),
    because: t("Overlooked cases are at user perspective, and covered ones get fewer alternatives worked through.", "Oversette saker er på brukerperspektiv, og dekkede saker får færre alternativer gjennomgått."),
    a: {preset: "casework"}, b: {preset: "casework", set: {"load.timePressure": "x2"}}, measure: "meanStep", direction: "less"}
];

/**
 * The parameters of the spread: every numeric parameter, global and of each
 * collection member (arenas, roles, user types, advocates, solutions),
 * except the sizes (horizon, users.count) and the arenas' offsets (a phase,
 * not an amount).
 */
export function spreadParameters(): ParamDecl[] {
  return PARAMETERS.filter((p) => (p.type === "number" || p.type === "integer") && p.key !== "horizon" && p.key !== "users.count" && !p.key.endsWith(".offset"));
}

/** Whether a parameter is a probability or share in [0, 1] (varied ±0.3 rather than x0.5-x2). */
function isUnitInterval(p: ParamDecl): boolean {
  return p.min === 0 && p.max !== undefined && p.max <= 1;
}

/** The range of the spread for one parameter around a value (default: its default): ±0.3 for probabilities and shares, half to double otherwise, clipped to the declared range. */
export function spreadRange(p: ParamDecl, value = p.default as number): [number, number] {
  const [lo, hi] = isUnitInterval(p) ? [value - 0.3, value + 0.3] : [value / 2, value * 2];
  return [Math.max(p.min!, lo), Math.min(p.max!, hi)];
}

/** n Latin-hypercube draws over `params` (the design's sampler), as fractions of each range keyed by parameter. */
export function drawsOf(params: readonly ParamDecl[], n: number, random: () => number): Record<string, number>[] {
  const u = latinHypercubeUnits(n, params.length, random);
  return Array.from({length: n}, (_, k) => Object.fromEntries(params.map((p, i) => [p.key, u[k * params.length + i]])));
}

/**
 * n draws of a Latin hypercube over the spread parameters: in draw k each
 * parameter takes a value from a different n-th of its range (stratified),
 * the strata permuted independently per parameter. Values are fractions in
 * [0, 1) of each range, applied to a scenario by applyDraw.
 */
export function latinHypercube(seed: string, n: number): Record<string, number>[] {
  const random = rng(seed);
  const params = spreadParameters();
  return drawsOf(params, n, random);
}

/**
 * A scenario with a draw applied: each spread parameter at its fraction of
 * the range around the scenario's own value; a collection parameter (e.g.
 * arenas.*.hoursPerCase) at the same fraction for every member, each around
 * its own value.
 */
export function applyDraw(s: Scenario, draw: Record<string, number>): Scenario {
  let out = s;
  for (const p of spreadParameters()) {
    const f = draw[p.key];
    if (f === undefined) continue;
    const [head, star, field] = p.key.split(".");
    const keys = star === "*" ? Object.keys((s as unknown as Record<string, Record<string, unknown>>)[head] ?? {}).map((id) => `${head}.${id}.${field}`) : [p.key];
    for (const key of keys) {
      const [lo, hi] = spreadRange(p, getParameter(s, key) as number);
      let v = lo + f * (hi - lo);
      if (p.type === "integer") v = Math.round(v);
      out = setParameter(out, key, v);
    }
  }
  return out;
}

/** A claim side's scenario: its preset with the draw applied, then its own changes. */
export function sideScenario(x: ClaimSide, draw: Record<string, number>): Scenario {
  let s = applyDraw(preset(x.preset), draw);
  for (const [k, v] of Object.entries(x.set ?? {})) s = setParameter(s, k, v === "x2" ? 2 * (getParameter(s, k) as number) : v);
  return s;
}

export interface ClaimDraw {
  draw: Record<string, number>;
  /** Paired difference B - A with its 95% interval. */
  difference: Estimate;
  holds: boolean;
}

/** Evaluates an emergent claim in one draw over `reps` paired replications (seeds `${seed}/<r>`). */
export function evaluateClaim(claim: ClaimDecl, draw: Record<string, number>, reps: number, seed: string): ClaimDraw {
  if (claim.kind !== "emergent" || !claim.a || !claim.b || !claim.measure) throw new Error(`claim ${claim.id} is not an emergent comparison`);
  const a = new ParticipationSimulator(sideScenario(claim.a, draw)), b = new ParticipationSimulator(sideScenario(claim.b, draw)), measure = CLAIM_MEASURES[claim.measure];
  const xa = new Float64Array(reps), xb = new Float64Array(reps);
  for (let r = 0; r < reps; ++r) {
    xa[r] = measure(a.run({seed: `${seed}/${r}`}).summary);
    xb[r] = measure(b.run({seed: `${seed}/${r}`}).summary);
  }
  return {draw, ...pairedClaim(xa, xb, claim.direction, claim.margin)};
}

/** Free hours per professional and week in a scenario: the net energy load (engine.ts step 3). */
export function freeHours(s: Scenario): number {
  return (s.staff.hoursPerWeek * (1 - s.load.adminShare)) / s.load.timePressure;
}

/**
 * The documented region of an emergent claim that fails over part of the
 * spread (sim/ODD.md, findings): where, by its mechanism, the claim holds.
 * Read off the draws of seed `claims-lhs`; checked on independent draws
 * (seed `claims-lhs-confirm`) in the claims test: `confirmed` says whether it held there.
 */
export interface ClaimRegion {
  claim: string;
  statement: Bilingual;
  /** Whether a draw lies in the region where the claim is documented to hold. */
  holdsIn: (draw: Record<string, number>) => boolean;
  /**
   * Whether the region cleared the bar on the independent draws (stated in
   * the claims test before they were evaluated): a finding in itself, which
   * the test checks both ways.
   */
  confirmed: boolean;
}

export const CLAIM_REGIONS: readonly ClaimRegion[] = [
  {claim: "visit-influence",
    statement: t("Holds where the coordinator's free week covers at least three visits (free hours >= 3 x arenas.visit.hoursPerCase) and a written wish weighs under 0.35 (power.wishWeight).", "Holder der koordinatorens ledige uke dekker minst tre besøk (ledige timer >= 3 x arenas.visit.hoursPerCase) og et skriftlig ønske veier under 0,35 (power.wishWeight)."),
    holdsIn: (draw) => {
      const s = applyDraw(preset("transfer-visit"), draw);
      return freeHours(s) >= 3 * s.arenas.visit.hoursPerCase && s.power.wishWeight < 0.35;
    },
    confirmed: true},
  {claim: "report-vs-decide",
    statement: t("Holds where staff's free week covers at least 8 alternatives' hours (free hours >= 8 x arenas.rg.hoursPerCase).", "Holder der personalets ledige uke dekker minst 8 alternativers timer (ledige timer >= 8 x arenas.rg.hoursPerCase)."),
    holdsIn: (draw) => {
      const s = applyDraw(preset("rg-report"), draw);
      return freeHours(s) >= 8 * s.arenas.rg.hoursPerCase;
    },
    confirmed: true},
  {claim: "advocate-internal",
    statement: t("Holds except where staff have under 3.5 free hours a week and the loyalty barrier from the four colleagues present is at least one half (1 - (1 - loyalty)^4 >= 0.5).", "Holder unntatt der personalet har under 3,5 ledige timer i uka og lojalitetsbarrieren fra de fire kollegene til stede er minst en halv (1 - (1 - lojalitet)^4 >= 0,5)."),
    holdsIn: (draw) => {
      const s = applyDraw(preset("rg-coordinator-advocate"), draw);
      return !(freeHours(s) < 3.5 && 1 - Math.pow(1 - s.advocates.coordinator.loyalty, 4) >= 0.5);
    },
    // not confirmed: on the independent draws it predicts no better than "always holds" (sim/ODD.md)
    confirmed: false}
];

/** How well a region predicts where a claim holds: counts of draws in/out of the region by whether the claim held. */
export interface RegionConfusion {
  /** In the region and held (predicted right), in the region and failed, outside and held, outside and failed (predicted right). */
  inHolds: number;
  inFails: number;
  outHolds: number;
  outFails: number;
  /** Share of draws the region predicts right. */
  accuracy: number;
  /** Share right when always predicting the more common outcome (the no-information rate). */
  noInformation: number;
}

export function regionConfusion(region: ClaimRegion, results: readonly ClaimDraw[]): RegionConfusion {
  let inHolds = 0, inFails = 0, outHolds = 0, outFails = 0;
  for (const r of results) {
    if (region.holdsIn(r.draw)) { if (r.holds) ++inHolds; else ++inFails; }
    else if (r.holds) ++outHolds; else ++outFails;
  }
  const n = results.length, holds = inHolds + outHolds;
  return {inHolds, inFails, outHolds, outFails, accuracy: (inHolds + outFails) / n, noInformation: Math.max(holds, n - holds) / n};
}

/**
 * The third set of draws, fixed before it was ever evaluated: a region
 * hypothesis read off both earlier sets (`claims-lhs` and
 * `claims-lhs-confirm`, 60 draws) is checked here, on draws that played no
 * part in stating it. Replication seeds `${replicationSeed}/<k>`.
 */
export const THIRD_SET = {seed: "claims-lhs-third", draws: 40, reps: 30, replicationSeed: "claims-third"} as const;

/** The bar a region must clear on fresh draws (the same as on `claims-lhs-confirm`): accuracy at least this, and above the no-information rate. */
export const REGION_ACCURACY_BAR = 0.75;

/**
 * Hours one professional needs a week for the responsibility groups: each
 * user's new cases (users.casesPerYear / 52 a week) take hoursPerCase and
 * reportHours of every professional present, each user's group meets every
 * `interval` weeks for meetingHours.
 */
export function groupNeedHours(s: Scenario): number {
  const rg = s.arenas.rg;
  return s.users.count * ((s.users.casesPerYear / 52) * (rg.hoursPerCase + rg.reportHours) + rg.meetingHours / rg.interval);
}

/** The net weight an internal advocate brings: weight x knowledge, less the loyalty barrier from the professionals present (engine.ts, power.ts advocateVoice). */
export function netAdvocateWeight(s: Scenario, advocate: string, arena: string): number {
  const a = s.advocates[advocate];
  const present = s.arenas[arena].attendees.reduce((n, r) => n + s.roles[r].count, 0);
  const barrier = a.kind === "internal" ? 1 - Math.pow(1 - a.loyalty, present) : 0;
  return a.weight * a.knowledge * (1 - barrier);
}

/** A region stated after two sets of draws and checked on THIRD_SET; `confirmed` is undefined until it has been evaluated there. */
export interface ThirdSetRegion extends Omit<ClaimRegion, "confirmed"> {
  confirmed: boolean | undefined;
}

export const CLAIM_REGIONS_THIRD: readonly ThirdSetRegion[] = [
  {claim: "advocate-internal",
    statement: t("Holds where staff's free hours are at least 1.3 times what the responsibility groups need of each professional, and the advocate's weight x knowledge, less the loyalty barrier from the professionals present, is at least 0.03.", "Holder der personalets ledige timer er minst 1,3 ganger det ansvarsgruppene trenger av hver tjenesteyter, og talspersonens tyngde x kunnskap, fratrukket lojalitetsbarrieren fra tjenesteyterne til stede, er minst 0,03."),
    holdsIn: (draw) => {
      const s = applyDraw(preset("rg-coordinator-advocate"), draw);
      return freeHours(s) >= 1.3 * groupNeedHours(s) && netAdvocateWeight(s, "coordinator", "rg") >= 0.03;
    },
    // not confirmed: on the third set accuracy 0.825 is under the no-information rate 0.85 (the claim held in 34 of 40; sim/ODD.md)
    confirmed: false}
];

/**
 * How each declared region fared on draws it was not read from, as the
 * claims test computes it (and checks these figures against a fresh
 * evaluation, so they cannot drift from the model): for the notebooks, which
 * show them without running any draws.
 */
export interface RegionCheck {
  claim: string;
  /** Which declaration: CLAIM_REGIONS ("first") or CLAIM_REGIONS_THIRD ("third"). */
  region: "first" | "third";
  /** Seeds of the draws the region was read from, and of those it was checked on. */
  readFrom: readonly string[];
  checkedOn: string;
  draws: number;
  /** Draws of checkedOn in which the claim held. */
  holds: number;
  inHolds: number;
  inFails: number;
  outHolds: number;
  outFails: number;
  confirmed: boolean;
}

export const REGION_CHECKS: readonly RegionCheck[] = [
  {claim: "visit-influence", region: "first", readFrom: ["claims-lhs"], checkedOn: "claims-lhs-confirm", draws: 40, holds: 11, inHolds: 6, inFails: 2, outHolds: 5, outFails: 27, confirmed: true},
  {claim: "report-vs-decide", region: "first", readFrom: ["claims-lhs"], checkedOn: "claims-lhs-confirm", draws: 40, holds: 20, inHolds: 16, inFails: 4, outHolds: 4, outFails: 16, confirmed: true},
  {claim: "advocate-internal", region: "first", readFrom: ["claims-lhs"], checkedOn: "claims-lhs-confirm", draws: 40, holds: 31, inHolds: 26, inFails: 6, outHolds: 5, outFails: 3, confirmed: false},
  {claim: "advocate-internal", region: "third", readFrom: ["claims-lhs", "claims-lhs-confirm"], checkedOn: THIRD_SET.seed, draws: 40, holds: 34, inHolds: 29, inFails: 2, outHolds: 5, outFails: 4, confirmed: false}
];

/** The region a check is about. */
export function checkedRegion(c: RegionCheck): ClaimRegion | ThirdSetRegion {
  return (c.region === "first" ? CLAIM_REGIONS : CLAIM_REGIONS_THIRD).find((r) => r.claim === c.claim)!;
}

/** Accuracy and no-information rate of a check (as regionConfusion gives them). */
export function checkRates(c: RegionCheck): {accuracy: number; noInformation: number} {
  return {accuracy: (c.inHolds + c.outFails) / c.draws, noInformation: Math.max(c.holds, c.draws - c.holds) / c.draws};
}
