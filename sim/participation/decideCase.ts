// The decision on one case taken up at a meeting: candidates, the staff's
// assessments, what the user is shown, voice, aggregation, then the
// counterfactual influence and the step on Hansen's ladder.

import {counterfactualInfluence} from "./counterfactual.ts";
import {aggregate, NONE, REFUSED, RULE} from "./decide.ts";
import {classify, LADDER_STEPS} from "./ladder.ts";
import {FACT, FACTS, MODE, STATE, STYLE, STYLE_NAMES} from "./model.ts";
import {advocateVoice, information, userVoice} from "./power.ts";
import {FOLLOWUP, GOAL} from "./followup.ts";
import {frameDecision, shownIds} from "./frames.ts";
import {fillNormal} from "./setup.ts";
import {postpone, reopen, type RunState} from "./runState.ts";
import {afterDecision, dissentOf, literacyOf} from "./userState.ts";
import {afterFollowup, setGoal} from "./followup.ts";
import {allows, applyRules, confineStated, ruleBound} from "./domains.ts";

// Local copies of the numeric codes: module-namespace access costs a getter
// call per use under development transforms (tsx, vitest).
const ST_DECIDED = STATE.decided, SY_RESOLUTION = STYLE.resolution, SY_OVERSIGHT = STYLE.oversight, M_REPORT = MODE.report, R_VETO = RULE.veto, R_USER = RULE.user, F_USER = FACT.userPresent, F_PROXY = FACT.proxy, F_TWOWAY = FACT.twoWay, F_PERCEIVED = FACT.perceived, F_FORMULATED = FACT.formulated, F_ALTERNATIVES = FACT.alternatives, F_CONSEQUENCES = FACT.consequences, F_ROUTINE = FACT.routine, F_DISAGREED = FACT.disagreed, N_FACTS = FACTS, FU_NONE = FOLLOWUP.none;
// Local copies of the users-over-time helpers, for the same reason (they run per decision).
const uoAfterDecision = afterDecision, uoDissentOf = dissentOf, uoLiteracyOf = literacyOf, uoAfterFollowup = afterFollowup, uoSetGoal = setGoal, uoAllows = allows, uoApplyRules = applyRules, uoConfineStated = confineStated, uoRuleBound = ruleBound;

/**
 * Decides a case taken up at a meeting (with attention, or by oversight):
 * draws everything random about the decision up front, prepares the decision
 * context (candidates, staff scores, what the user sees, information, voice),
 * aggregates, then computes counterfactual influence and the ladder step.
 */
export function decideCase(st: RunState, c: number, a: number, t: number, presence: number, oversight: boolean, alternatives: number, choice: number): void {
  const m = st.model;
  const s = m.scenario;
  const random = st.random;
  const S = m.S;
  const u = m.caseUser[c];
  const y = m.userType[u];
  const userPresent = presence === 1;
  const proxy = presence === 2;
  const represented = userPresent || proxy;
  const adv = represented ? m.typeAdvocate[y] : -1;
  const nProf = m.arenaProf[a];
  const report = m.arenaMode[a] === M_REPORT;
  // ---- draw everything random about this decision up front
  const noise = m.noise;
  // one assessment error per professional present and solution
  const nPersons = Math.round(nProf);
  fillNormal(random, noise, 0, nPersons * S);
  const explainDraw = random();
  const userRaiseDraw = random();
  const advRaiseDraw = random();
  const refuseDraw = random();
  // ---- the decision context
  const ctx = m.ctx;
  const fit = m.fit;
  for (let j = 0; j < S; ++j) fit[j] = m.caseFit[c * S + j];
  const literacy = uoLiteracyOf(m.userState, u, m.typeLiteracy[y]);
  const formBy = m.arenaFormBy[a];
  const written = m.arenaWritten[a] === 1 && formBy >= 0;
  const kForm = formBy >= 0 ? m.roleKnowledge[formBy] : 0;
  const kAdv = adv >= 0 ? m.advKnowledge[adv] : 0;
  let candidates = 0;
  const att = m.attendees[a];
  const cw = m.arenaConsultant[a] ? s.power.consultantWeight : 0;
  for (let j = 0; j < S; ++j) {
    const spec = m.solSpecialised[j] === 1;
    const places = m.solPlaces[j];
    const free = places === 0 || m.occupancy[j] < places;
    // Known to someone present (a professional attending, the form's writer, the user or proxy, the advocate): lasting knowledge.
    let staffKnow = !spec;
    for (let i = 0; i < att.length && !staffKnow; ++i) if (m.roleCount[att[i]] > 0 && m.roleKnows[att[i] * S + j]) staffKnow = true;
    ctx.userKnows[j] = m.userKnowsSol[u * S + j];
    ctx.advKnows[j] = adv >= 0 ? m.advKnowsSol[u * S + j] : 0;
    ctx.formKnows[j] = written && m.roleKnows[formBy * S + j] ? 1 : 0;
    // a solution looking for a problem that came to this choice is brought by its provider
    const brought = m.core.sAt[j] === choice;
    const known = staffKnow || brought || ctx.formKnows[j] === 1 || ctx.advKnows[j] === 1 || (represented && ctx.userKnows[j] === 1);
    ctx.candidate[j] = free && known && uoAllows(m.domains, c, j) ? 1 : 0;
    candidates += ctx.candidate[j];
    ctx.staff[j] = 0;
  }
  // Each professional present assesses every solution with their own error
  // and a bias toward their own service (stronger with vacant places); the
  // staff's view is their mean. They disagree when their favourites differ.
  let person = 0, firstTop = -1, disagreed = false;
  for (let i = 0; i < att.length; ++i) {
    const r = att[i];
    for (let q = 0; q < m.roleCount[r]; ++q, ++person) {
      let top = -1, topScore = -Infinity;
      for (let j = 0; j < S; ++j) {
        let v = fit[j] + s.staff.assessmentNoise * noise[person * S + j];
        if (m.solProvider[j] === r) {
          const places = m.solPlaces[j];
          const vacant = places > 0 ? Math.max(0, places - m.occupancy[j]) / places : 0;
          v += s.staff.ownServiceBias * (1 + s.staff.vacancyBias * vacant);
        }
        ctx.staff[j] += v;
        if (ctx.candidate[j] && v > topScore) { top = j; topScore = v; }
      }
      if (firstTop < 0) firstTop = top;
      else if (top !== firstTop) disagreed = true;
    }
  }
  for (let j = 0; j < S; ++j) ctx.staff[j] = (person > 0 ? ctx.staff[j] / person : 0) + cw * (m.solAppeal[j] - 0.5);
  if (candidates === 0) {
    postpone(st, c);
    return;
  }
  // a follow-up arena sets a goal first (followup.ts); the user judges fit with their own preference error
  const followKind = m.followup.arenaKind[a];
  if (m.followup.any) m.followup.caseGoal[c] = GOAL.none; // a goal set at an earlier, undecided attempt does not count
  if (followKind !== FU_NONE && !oversight) {
    const userFit = m.scratch, sd = s.users.preferenceNoise * (1 - literacy);
    for (let j = 0; j < S; ++j) userFit[j] = fit[j] + sd * m.caseNoise[c * S + j];
    uoSetGoal(m.followup, followKind, c, u, y, userPresent, fit, userFit, ctx.candidate, ctx.staff, random);
  }
  // Staff's narrowed proposal set: their top-k candidates.
  ctx.shownBase.fill(0);
  const k = oversight ? 1 : alternatives;
  for (let i = 0; i < k; ++i) {
    let best = -1;
    for (let j = 0; j < S; ++j) if (ctx.candidate[j] && !ctx.shownBase[j] && (best < 0 || ctx.staff[j] > ctx.staff[best])) best = j;
    if (best < 0) break;
    ctx.shownBase[best] = 1;
  }

  const twoWay = represented; // the user or proxy is in a two-way meeting
  // Staff explain consequences in a two-way meeting used for deciding; in a
  // reporting meeting only once someone puts an alternative on the table
  // (Hansen «Eksempel 3», 002:L537-545, L558-573).
  const userRaises = represented && userRaiseDraw < literacy;
  const advocateRaises = adv >= 0 && advRaiseDraw < kAdv;
  const explained = twoWay && (!report || userRaises || advocateRaises) && explainDraw < m.arenaKnow[a];
  const info = information(literacy, explained ? m.arenaKnow[a] : written ? kForm : 0, kAdv);
  const stated = m.stated;
  const sdPref = s.users.preferenceNoise * (1 - info);
  for (let j = 0; j < S; ++j) stated[j] = fit[j] + sdPref * m.caseNoise[c * S + j];
  if (m.domains.D > 0) uoConfineStated(m.domains, c, stated);
  const rule = m.arenaRule[a];
  ctx.rule = rule;
  ctx.oversight = oversight;
  ctx.represented = represented;
  ctx.written = written;
  ctx.vetoOffered = rule === R_VETO && !oversight;
  ctx.userRaises = userRaises;
  ctx.advocateRaises = advocateRaises;
  ctx.refuses = refuseDraw < s.power.refusal * (1 - m.typeDependence[y]) * uoDissentOf(m.userState, u) * m.coping.refusalFactor;
  ctx.wishWeight = s.power.wishWeight;
  const voicePresence = userPresent ? 1 : proxy ? s.power.proxyWeight : 0;
  const v = m.voice;
  v.userBase = s.power.userBase;
  v.dependenceEffect = s.power.dependence;
  v.dependence = m.typeDependence[y];
  v.crowding = s.power.crowding;
  v.professionals = nProf;
  v.informedVoice = s.power.informedVoice;
  v.information = info;
  v.presence = voicePresence;
  // An internal advocate's loyalty barrier grows with the colleagues present; an external one has none (Hansen «Eksempel 3», 002:L619-631).
  const barrier = adv >= 0 && m.advInternal[adv] ? 1 - Math.pow(1 - m.advLoyalty[adv], nProf) : 0;
  ctx.voice = userVoice(v) + (adv >= 0 ? advocateVoice(m.advWeight[adv], kAdv, barrier) : 0);
  if (uoRuleBound(m.domains, c)) uoApplyRules(ctx); // the rules decide (domains.ts)
  const adopted = aggregate(ctx, stated);
  if (adopted === REFUSED) {
    m.caseRefused[c]++;
    st.refusals++;
    reopen(st, c);
    return;
  }
  if (adopted === NONE) {
    postpone(st, c);
    return;
  }
  const shownCount = ctx.shownCount;
  // trace only: what the user was shown, read now (the counterfactuals below aggregate again)
  const shownNow = st.frame ? shownIds(m, ctx.shown) : null;
  const wish = ctx.wish;
  if (adv >= 0 && !oversight) {
    if (m.advInternal[adv]) { st.internalHours += m.advHours[adv]; st.internalTotal += m.advHours[adv]; }
    else st.externalHours += m.advHours[adv];
  }
  // ---- decided
  m.caseState[c] = ST_DECIDED;
  m.caseDecided[c] = t;
  m.caseAt[c] = a;
  m.caseAdopted[c] = adopted;
  m.caseStyle[c] = oversight ? SY_OVERSIGHT : SY_RESOLUTION;
  m.caseShown[c] = shownCount;
  m.caseAdvocate[c] = adv;
  let top = 0;
  for (let j = 1; j < S; ++j) if (stated[j] > stated[top]) top = j;
  m.casePreferred[c] = top;
  if (m.solPlaces[adopted] > 0) {
    m.occupancy[adopted]++;
    const end = t + m.solStay[adopted];
    if (end < m.T) m.release[adopted * (m.T + 1) + end]++;
  }
  let responsive: boolean;
  if (st.counterfactuals) {
    const inf = counterfactualInfluence(ctx, stated, adopted, m.scratch);
    m.caseInfluence[c] = inf;
    m.caseInfluenceFeasible[c] = counterfactualInfluence(ctx, stated, adopted, m.scratch, ctx.candidate);
    responsive = inf > 0;
  } else {
    m.caseInfluence[c] = NaN;
    m.caseInfluenceFeasible[c] = NaN;
    responsive = adopted === top && ctx.voice > 0 && !oversight;
  }
  const consequences = !oversight && (explained || ctx.advocateRaises);
  const vetoOffered = ctx.vetoOffered;
  const step = classify({
    oversight, represented, wish: wish >= 0, vetoOffered, twoWay, alternatives: shownCount, consequences, responsive,
    userDecided: rule === R_USER && represented
  });
  m.caseStep[c] = LADDER_STEPS.indexOf(step) + 1;
  const f = c * N_FACTS;
  m.caseFacts[f + F_USER] = userPresent ? 1 : 0;
  m.caseFacts[f + F_PROXY] = proxy ? 1 : 0;
  m.caseFacts[f + F_TWOWAY] = twoWay ? 1 : 0;
  m.caseFacts[f + F_PERCEIVED] = represented || wish >= 0 || vetoOffered || m.arenaConsultant[a] ? 1 : 0;
  m.caseFacts[f + F_FORMULATED] = m.caseInitiative[c] || (represented && !oversight) ? 1 : 0;
  m.caseFacts[f + F_ALTERNATIVES] = shownCount >= 2 ? 1 : 0;
  m.caseFacts[f + F_CONSEQUENCES] = consequences ? 1 : 0;
  m.caseFacts[f + F_ROUTINE] = represented && !oversight ? 1 : 0;
  m.caseFacts[f + F_DISAGREED] = disagreed ? 1 : 0;
  uoAfterDecision(m.userState, u, userPresent, adopted === top);
  if (followKind !== FU_NONE) uoAfterFollowup(m.followup, followKind, u, y, userPresent);
  if (st.frame) {
    st.frame.decided.push({id: c, style: STYLE_NAMES[m.caseStyle[c]]!, step});
    st.frame.solutions.push({id: m.solutionIds[m.caseAdopted[c]], at: m.arenaIds[a], case: c});
    frameDecision(st.frame, shownNow ?? [], userPresent ? "user" : proxy ? "proxy" : null, adv >= 0 ? m.advocateIds[adv] : null);
  }
}
