// Domains of decision (Strømme §4.2.2, 001:L2714-2728; Strømme §4.2.3, 001:L2848-2852; Strømme §4.5, 001:L3953-3959, Hansen «Ulike beskrivelser av brukermedvirkning», 002:L113-127). Each case
// belongs to one domain (drawn by the domains' shares); it considers only
// the solutions of its domain and those of none ("any"). In a rule-bound
// domain (e.g. § 5-1 financial assistance: "either you are entitled or
// not") the rules decide: staff score alone, no wish weight, no voice, no
// veto or refusal, so the user's preference cannot change the outcome
// (counterfactual influence 0) and the ladder gives at most participation.
// Scarcity (few places in a domain's solutions) narrows the options: the user
// may have influence and still only a choice among poor options ("narrow
// influence", Hansen «Ulike beskrivelser av brukermedvirkning», 002:L126-127). Without domains nothing here runs.

import {RULE, type DecisionContext} from "./decide.ts";
import type {Random} from "../rng.ts";
import type {Scenario} from "./scenario.ts";

export interface Domains {
  readonly D: number;
  readonly ids: string[];
  readonly cumShare: Float64Array;
  readonly ruleBound: Uint8Array;
  /** Per solution: its domain (-1 any). */
  readonly solDomain: Int32Array;
  /** Per case: its domain (scratch of one run; -1 without domains). */
  readonly caseDomain: Int32Array;
}

/** The fields a run writes; the others come from the scenario and change with an edit (edits.ts). */
export const DOMAINS_SCRATCH = ["caseDomain"] as const satisfies readonly (keyof Domains)[];

export function compileDomains(s: Scenario, maxCases: number): Domains {
  const ids = Object.keys(s.domains);
  const shares = ids.map((id) => s.domains[id].share);
  const total = shares.reduce((a, b) => a + b, 0);
  const cumShare = new Float64Array(ids.length);
  let acc = 0;
  shares.forEach((x, i) => { acc += x / total; cumShare[i] = acc; });
  return {
    D: ids.length, ids, cumShare, ruleBound: Uint8Array.from(ids, (id) => (s.domains[id].ruleBound ? 1 : 0)),
    solDomain: Int32Array.from(Object.values(s.solutions), (x) => ids.indexOf(x.domain)),
    caseDomain: new Int32Array(ids.length ? maxCases : 0)
  };
}

/** One draw per case (only with domains): the case's domain by the shares. */
export function drawCaseDomains(d: Domains, random: Random, n: number): void {
  for (let c = 0; c < n; ++c) {
    const x = random();
    let k = 0;
    while (k < d.D - 1 && x >= d.cumShare[k]) ++k;
    d.caseDomain[c] = k;
  }
}

/** Whether solution j is open to case c. */
export function allows(d: Domains, c: number, j: number): boolean {
  return d.D === 0 || d.solDomain[j] < 0 || d.solDomain[j] === d.caseDomain[c];
}

/** Whether case c is in a rule-bound domain. */
export function ruleBound(d: Domains, c: number): boolean {
  return d.D > 0 && d.ruleBound[d.caseDomain[c]] === 1;
}

/** The rules decide: staff score alone (aggregate then ignores the stated preferences). */
export function applyRules(ctx: DecisionContext): void {
  ctx.rule = RULE.staff;
  ctx.wishWeight = 0;
  ctx.voice = 0;
  ctx.vetoOffered = false;
  ctx.refuses = false;
}

/**
 * The user's preference counts only over the solutions open to the case:
 * the others are set to the lowest open score, so they are never the first
 * choice and the negotiated rule's 0-1 rescaling keeps its range.
 */
export function confineStated(d: Domains, c: number, stated: Float64Array): void {
  let lo = Infinity;
  for (let j = 0; j < stated.length; ++j) if (allows(d, c, j) && stated[j] < lo) lo = stated[j];
  if (lo === Infinity) return;
  for (let j = 0; j < stated.length; ++j) if (!allows(d, c, j)) stated[j] = lo;
}
