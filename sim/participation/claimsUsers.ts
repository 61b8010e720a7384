// The claims of users over time (issue: mastery, trust, follow-up, coping,
// domains), declared once with their label beside the claims of
// sim/ODD.md §7 "Claims" (claims.ts): definitional (follows from how a
// mechanism is built or the ladder defined), input (follows from an input
// value) or emergent (shown over the same Latin-hypercube spread, with the
// share of draws in which it holds). Their measures read a whole run (the
// cases and users as well as the summary), so they are declared here with
// their own evaluation; the spread itself is claims.ts's.

import {ParticipationSimulator, type ParticipationRun} from "./engine.ts";
import {applyDraw, sideScenario, type ClaimKind, type ClaimRegion, type ClaimSide, type ThirdSetRegion} from "./claims.ts";
import {preset} from "./presets.ts";
import type {Scenario} from "./scenario.ts";
import {pairedClaim, type Estimate} from "../stats.ts";
import type {Bilingual} from "./parameters.ts";
import {LADDER_STEPS, type LadderStep} from "./ladder.ts";

/** Sample sd of the finite values (NaN with fewer than two). */
function sd(xs: number[]): number {
  const f = xs.filter(Number.isFinite);
  if (f.length < 2) return NaN;
  const m = f.reduce((a, b) => a + b, 0) / f.length;
  return Math.sqrt(f.reduce((a, b) => a + (b - m) ** 2, 0) / (f.length - 1));
}

/**
 * Divergence between users over the run: the spread (sd over users) of each
 * user's mean ladder step over their decided cases in the second half of
 * the run, minus the same in the first half; users with a decided case in
 * both halves. Sampling noise is the same in both halves, so without
 * feedback the growth is near 0.
 */
export function divergence(run: ParticipationRun, horizon: number): number {
  const half = Math.floor(horizon / 2);
  const U = run.users.length;
  const n = [new Int32Array(U), new Int32Array(U)], k = [new Float64Array(U), new Float64Array(U)];
  for (const c of run.cases) {
    if (c.decided === null) continue;
    const h = c.decided < half ? 0 : 1;
    n[h][c.user]++;
    k[h][c.user] += LADDER_STEPS.indexOf(c.step as LadderStep) + 1;
  }
  const first: number[] = [], second: number[] = [];
  for (let u = 0; u < U; ++u) {
    if (n[0][u] === 0 || n[1][u] === 0) continue;
    first.push(k[0][u] / n[0][u]);
    second.push(k[1][u] / n[1][u]);
  }
  return sd(second) - sd(first);
}

/** Mean fit of the cases decided at user influence or control (NaN none): is influence a choice between good options? */
export function upperFit(run: ParticipationRun): number {
  let x = 0, n = 0;
  for (const c of run.cases) if ((c.step === "influence" || c.step === "control") && c.fit !== null) { x += c.fit; ++n; }
  return n > 0 ? x / n : NaN;
}

/** Weak minus resource-strong users' share of their cases lost by flight (NaN without both groups' cases): the gap in access. */
export function lostGap(run: ParticipationRun): number {
  const lost = {strong: 0, weak: 0}, all = {strong: 0, weak: 0};
  const res = run.users.map((u) => u.resources);
  for (const c of run.cases) {
    const r = res[c.user];
    if (r === "unspecified") continue;
    all[r]++;
    if (c.style === "flight") lost[r]++;
  }
  return all.strong > 0 && all.weak > 0 ? lost.weak / all.weak - lost.strong / all.strong : NaN;
}

/** Measures of a run for the claims below. */
export const USER_CLAIM_MEASURES = {
  mastery: (r: ParticipationRun) => r.summary.mastery,
  preferenceRealised: (r: ParticipationRun) => r.summary.preferenceRealised,
  decidedWithoutUser: (r: ParticipationRun) => r.summary.decidedWithoutUser,
  staffEnergy: (r: ParticipationRun) => r.summary.staffEnergy,
  influenceGap: (r: ParticipationRun) => r.summary.influenceGap,
  lostGap,
  upperFit,
  divergence: (r: ParticipationRun, s: Scenario) => divergence(r, s.horizon)
} as const;
export type UserClaimMeasure = keyof typeof USER_CLAIM_MEASURES;

export type UserClaimSide = ClaimSide;

export interface UserClaimDecl {
  id: string;
  kind: ClaimKind;
  statement: Bilingual;
  because: Bilingual;
  source: string;
  /** Emergent: B against A (paired), or B alone against 0 when there is no A. */
  a?: UserClaimSide;
  b?: UserClaimSide;
  measure?: UserClaimMeasure;
  direction?: "greater" | "less" | "equivalent";
  margin?: number;
}

const t = (en: string, nb: string): Bilingual => ({en, nb});
const COPING_OFF = {"coping.limitedHours": false, "coping.triage": false, "coping.lowerExpectations": false};

export const USER_CLAIMS: readonly UserClaimDecl[] = [
  {id: "followup-mastery", kind: "emergent", source: "004:L555-561, L891-911",
    statement: t("Structured follow-up with user-defined goals gives a more rising mastery trajectory than improvised follow-up.", "Strukturert oppfølging med brukerdefinerte mål gir en mer stigende mestringskurve enn improvisert oppfølging."),
    because: t("The tenant's own goal is weighted, so more decisions follow the tenant's preference, and each such decision raises competence (mastery loop).", "Leietakerens eget mål vektes, så flere beslutninger følger leietakerens ønske, og hver slik beslutning øker kompetansen (mestringssløyfen)."),
    a: {preset: "housing-improvised"}, b: {preset: "housing-structured"}, measure: "mastery", direction: "greater"},
  {id: "followup-realised", kind: "emergent", source: "004:L295-299, L909-911",
    statement: t("Structured follow-up with user-defined goals realises the user's preference more often than improvised follow-up.", "Strukturert oppfølging med brukerdefinerte mål oppfyller brukerens ønske oftere enn improvisert oppfølging."),
    because: t("The goal is the user's own first choice instead of the worker's unsharpened view.", "Målet er brukerens eget førstevalg i stedet for tjenesteyterens uskarpe bilde."),
    a: {preset: "housing-improvised"}, b: {preset: "housing-structured"}, measure: "preferenceRealised", direction: "greater"},
  {id: "followup-cognition", kind: "definitional", source: "004:L1426-1438",
    statement: t("For users below the cognition threshold, structured follow-up is the same as improvised follow-up.", "For brukere under kognisjonsterskelen er strukturert oppfølging det samme som improvisert."),
    because: t("By construction (followup.ts): below the threshold the worker sets the goal from a view that mapping does not sharpen.", "Slik mekanismen er bygd (followup.ts): under terskelen setter tjenesteyteren målet ut fra et bilde som kartleggingen ikke gjør skarpere.")},
  {id: "illness-spokesperson", kind: "definitional", source: "004:L1045-1070",
    statement: t("A decision made while the user is too ill to attend, with no proxy, is at most user perspective: the worker is the spokesperson.", "En beslutning tatt mens brukeren er for syk til å møte, uten stedfortreder, er høyst brukerperspektiv: tjenesteyteren er talsperson."),
    because: t("The user is not represented and no wish travels: the ladder's definition.", "Brukeren er ikke representert og intet ønske kommer frem: trappens definisjon.")},
  {id: "illness-without-user", kind: "input", source: "004:L1045-1070, L1773-1777",
    statement: t("With a volatile health process, the share of decisions made without the user rises.", "Med svingende helse øker andelen beslutninger tatt uten brukeren."),
    because: t("An input: lower attendance and longer spells of illness (users.healthPersistence); the trust loop adds to it.", "En inndata: lavere oppmøte og lengre sykdomsperioder (users.healthPersistence); tillitssløyfen forsterker det."),
    a: {preset: "housing-structured"}, b: {preset: "housing-volatile-health"}, measure: "decidedWithoutUser", direction: "greater"},
  {id: "coping-hours", kind: "emergent", source: "001:L982-1000",
    statement: t("Under load, coping policies (limited hours, a triage desk, lowered expectations) lower the staff's hours.", "Under belastning senker mestringsstrategier (begrenset åpningstid, mottak, senkede forventninger) personalets timer."),
    because: t("Fewer cases reach the arenas in a week, and those that do are more often decided without attention.", "Færre saker når arenaene i en uke, og de som gjør det avgjøres oftere uten oppmerksomhet."),
    a: {preset: "casework-coping", set: COPING_OFF}, b: {preset: "casework-coping"}, measure: "staffEnergy", direction: "less"},
  {id: "coping-gap", kind: "emergent", source: "001:L4172-4174",
    statement: t("Under load, coping policies raise the gap in influence between resource-strong and weak users.", "Under belastning øker mestringsstrategier gapet i innflytelse mellom ressurssterke og «svake» brukere."),
    because: t("Creaming lets the loud through the desk first; whether this shows in influence depends on what is left of it (a finding: sim/ODD.md).", "Fløteskumming slipper dem som roper høyest først gjennom mottaket; om det synes i innflytelsen, avhenger av hva som er igjen av den (et funn: sim/ODD.md)."),
    a: {preset: "casework-coping", set: COPING_OFF}, b: {preset: "casework-coping"}, measure: "influenceGap", direction: "greater"},
  {id: "coping-gap-load", kind: "emergent", source: "001:L4172-4174, L3561-3565",
    statement: t("With coping policies, the influence gap between resource-strong and weak users grows with load.", "Med mestringsstrategier vokser innflytelsesgapet mellom ressurssterke og «svake» brukere med belastningen."),
    because: t("More load means fewer alternatives per case, which the resource-strong make up for by raising their own (a finding: sim/ODD.md).", "Mer belastning gir færre alternativer per sak, noe de ressurssterke veier opp ved å legge frem egne (et funn: sim/ODD.md)."),
    a: {preset: "casework-coping"}, b: {preset: "casework-coping", set: {"load.timePressure": "x2"}}, measure: "influenceGap", direction: "greater"},
  {id: "coping-access-gap", kind: "emergent", source: "001:L4172-4174, L982-1000",
    statement: t("Under load, coping policies raise the gap in access: weak users lose a larger share of their cases than resource-strong ones.", "Under belastning øker mestringsstrategier gapet i tilgang: «svake» brukere mister en større andel av sakene sine enn ressurssterke."),
    because: t("The desk serves the loudest first (creaming); the others queue until they give up.", "Mottaket tar dem som roper høyest først (fløteskumming); de andre står i kø til de gir opp."),
    a: {preset: "casework-coping", set: COPING_OFF}, b: {preset: "casework-coping"}, measure: "lostGap", direction: "greater"},
  {id: "domain-cap", kind: "definitional", source: "002:L113-119; 001:L3953-3959",
    statement: t("A rule-bound domain caps the step at participation.", "Et regelstyrt område gir høyst medvirkning."),
    because: t("The rules decide (domains.ts): the user's preference cannot change the outcome, so the ladder's test of influence fails.", "Reglene avgjør (domains.ts): brukerens ønske kan ikke endre utfallet, så trappens test for innflytelse slår ikke til.")},
  {id: "scarce-fit", kind: "emergent", source: "002:L126-127; 001:L2848-2852",
    statement: t("Scarce housing lowers the fit of the cases decided with user influence: narrow influence.", "Knappe boliger senker samsvaret i sakene avgjort med brukerinnflytelse: snever innflytelse."),
    because: t("With the dwellings full, the user's influence is a choice among poor options (an emergency solution).", "Når boligene er fulle, er brukerens innflytelse et valg mellom dårlige alternativer (en nødløsning)."),
    a: {preset: "domains", set: {"solutions.dwelling.places": 12}}, b: {preset: "domains"}, measure: "upperFit", direction: "less"},
  {id: "divergence-on", kind: "emergent", source: "004:L555-561; 004:L1398-1404",
    statement: t("With the mastery and trust loops on, users' outcomes (their mean ladder step) spread apart over a year.", "Med mestrings- og tillitssløyfene på sprer brukernes utfall (gjennomsnittlig trinn) seg gjennom et år."),
    because: t("Getting one's way raises competence and trust, which raise the chance of getting one's way next time; and the reverse.", "Å få viljen sin øker kompetanse og tillit, som øker sjansen for å få viljen sin neste gang; og omvendt."),
    b: {preset: "housing-structured"}, measure: "divergence", direction: "greater"},
  {id: "divergence-off", kind: "emergent", source: "004:L555-561",
    statement: t("With the mastery and trust loops off, users' outcomes do not spread apart over the year (equivalent within ±0.05 steps).", "Med mestrings- og tillitssløyfene av sprer ikke brukernes utfall seg gjennom året (ekvivalent innenfor ±0,05 trinn)."),
    because: t("Without feedback, each user's chances stay as their type gives them.", "Uten tilbakekobling forblir hver brukers sjanser slik typen gir dem."),
    b: {preset: "housing-structured", set: {"feedback.mastery": false, "feedback.trust": false}}, measure: "divergence", direction: "equivalent", margin: 0.05}
];


export interface UserClaimDraw {
  draw: Record<string, number>;
  /** B - A paired (or B alone) with its 95% interval. */
  difference: Estimate;
  holds: boolean;
}

/** Evaluates an emergent claim in one draw over `reps` replications (seeds `${seed}/<r>`, paired across sides). */
export function evaluateUserClaim(claim: UserClaimDecl, draw: Record<string, number>, reps: number, seed: string): UserClaimDraw {
  if (claim.kind === "definitional" || !claim.b || !claim.measure) throw new Error(`claim ${claim.id} is not a comparison`);
  const f = USER_CLAIM_MEASURES[claim.measure];
  const sb = sideScenario(claim.b, draw), b = new ParticipationSimulator(sb);
  const sa = claim.a ? sideScenario(claim.a, draw) : null, a = sa ? new ParticipationSimulator(sa) : null;
  const xa = new Float64Array(reps), xb = new Float64Array(reps);
  for (let r = 0; r < reps; ++r) {
    xb[r] = f(b.run({seed: `${seed}/${r}`}), sb);
    if (a && sa) xa[r] = f(a.run({seed: `${seed}/${r}`}), sa);
  }
  // without side A, xa stays 0: the paired difference is B's own estimate
  return {draw, ...pairedClaim(xa, xb, claim.direction, claim.margin)};
}

/** Whether the tenants' cognition (housing-structured with the draw) reaches the follow-up threshold: where structure can work (followup.ts). */
function tenantsAble(draw: Record<string, number>): boolean {
  const s = applyDraw(preset("housing-structured"), draw);
  return s.userTypes.tenant.cognition >= s.followup.cognitionThreshold;
}

/**
 * The documented regions of the claims of users over time that fail over
 * part of the spread (sim/ODD.md, "Users over time"), declared once as in
 * claims.ts's CLAIM_REGIONS: read off the exploratory draws (seed
 * `users-lhs`) and checked on independent draws (seed `users-lhs-confirm`)
 * in test/sim/participation/claimsUsers.test.ts against a bar stated there
 * before they were evaluated. `confirmed` is the outcome on those draws.
 */
export const USER_CLAIM_REGIONS: readonly ClaimRegion[] = [
  {claim: "followup-mastery",
    statement: t("Holds where the tenants' cognition reaches the follow-up threshold (userTypes.tenant.cognition >= followup.cognitionThreshold); below it the difference is exactly 0 by construction.", "Holder der leietakernes kognisjon når oppfølgingsterskelen (userTypes.tenant.cognition >= followup.cognitionThreshold); under den er forskjellen nøyaktig 0 slik mekanismen er bygd."),
    holdsIn: tenantsAble,
    confirmed: true},
  {claim: "followup-realised",
    statement: t("Holds where the tenants' cognition reaches the follow-up threshold; below it the difference is exactly 0 by construction.", "Holder der leietakernes kognisjon når oppfølgingsterskelen; under den er forskjellen nøyaktig 0 slik mekanismen er bygd."),
    holdsIn: tenantsAble,
    confirmed: true},
  {claim: "coping-access-gap",
    statement: t("Holds where the triage desk is a bottleneck: more cases arrive a week than it lets through (users.count x users.casesPerYear / 52 > coping.triageCapacity).", "Holder der mottaket er en flaskehals: flere saker kommer per uke enn det slipper gjennom (users.count x users.casesPerYear / 52 > coping.triageCapacity)."),
    holdsIn: (draw) => {
      const s = applyDraw(preset("casework-coping"), draw);
      return (s.users.count * s.users.casesPerYear) / 52 > s.coping.triageCapacity;
    },
    confirmed: true}
];


/**
 * Runs a region reads its mechanism from, with seeds `users-region/<q>`:
 * separate from every claim's replication seeds, the same for every draw.
 */
export const REGION_RUNS = 20;

/**
 * Housing cases decided at influence or control per run (mean over
 * REGION_RUNS runs) on scarce-fit's side with twelve dwellings: how many
 * cases the claim's measure can compare in a draw (its power).
 */
export function upperHousingCases(draw: Record<string, number>): number {
  const s = sideScenario(USER_CLAIMS.find((c) => c.id === "scarce-fit")!.a!, draw), sim = new ParticipationSimulator(s);
  let n = 0;
  for (let q = 0; q < REGION_RUNS; ++q) {
    for (const c of sim.run({seed: `users-region/${q}`}).cases) {
      if ((c.step === "influence" || c.step === "control") && c.adopted !== null && s.solutions[c.adopted]?.domain === "housing") ++n;
    }
  }
  return n / REGION_RUNS;
}

/**
 * The third set of draws for the claims of users over time, fixed before it
 * was ever evaluated: the regions below were read off both earlier sets
 * (`users-lhs` and `users-lhs-confirm`, 60 draws) and are checked here with
 * the same replications per draw as on `users-lhs-confirm` (200 for
 * divergence-on, 60 for scarce-fit), seeds `${replicationSeed}/<draw>/<r>`.
 */
export const USERS_THIRD_SET = {seed: "users-lhs-third", draws: 40, repsDivergence: 200, repsScarce: 60, replicationSeed: "users-third"} as const;

/**
 * Regions of the two claims that fell short on both earlier sets, stated on
 * mechanism grounds after those 60 draws and checked on USERS_THIRD_SET
 * against claims.ts's REGION_ACCURACY_BAR; `confirmed` (undefined until
 * they had been evaluated there) is the outcome on those draws. The bar: accuracy at least
 * REGION_ACCURACY_BAR (0.75) and above the no-information rate, on the
 * third set's draws.
 */
export const USER_CLAIM_REGIONS_THIRD: readonly ThirdSetRegion[] = [
  {claim: "divergence-on",
    statement: t("Holds where trust starts at or above 0.75 (feedback.trustStart): in the first half nearly everyone turns up, so users start alike, and the trust loop has room to split those overridden from those who get their way.", "Holder der tilliten starter på minst 0,75 (feedback.trustStart): i første halvår møter nesten alle, så brukerne starter likt, og tillitssløyfen har rom til å skille dem som blir overkjørt fra dem som får viljen sin."),
    holdsIn: (draw) => applyDraw(preset("housing-structured"), draw).feedback.trustStart >= 0.75,
    // on the 60 draws it was read from: in 21 hold / 6 fail, outside 12 hold / 21 fail (accuracy 0.70, no-information 0.55): under the bar already there
    // not confirmed: on the third set in 12 hold / 6 fail, outside 10 hold / 12 fail (accuracy 0.60, no-information 0.55; sim/ODD.md)
    confirmed: false},
  {claim: "scarce-fit",
    statement: t("Holds where, with twelve dwellings, at least 0.4 housing cases a run are decided at influence or control (mean over 20 runs of separate seeds): enough cases for the measure to tell.", "Holder der minst 0,4 boligsaker per kjøring avgjøres med innflytelse eller kontroll når det er tolv boliger (gjennomsnitt over 20 kjøringer med egne frø): nok saker til at målet kan skille."),
    holdsIn: (draw) => upperHousingCases(draw) >= 0.4,
    // on the 60 draws it was read from: in 36 hold / 6 fail, outside 1 hold / 17 fail (accuracy 0.883, no-information 0.617)
    // confirmed: on the third set in 24 hold / 1 fail, outside 4 hold / 11 fail (accuracy 0.875, no-information 0.70; sim/ODD.md)
    confirmed: true}
];
