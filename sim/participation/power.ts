// Power weights and information (sim/ODD.md §7 "Deciding a case").
// The user's voice shrinks with dependence and with the number of
// professionals present, needs information to be used (one cannot negotiate
// over alternatives one does not know), and grows with an advocate; an
// advocate's weight is their argument weight times their system knowledge,
// held back by any loyalty barrier (Hansen «Eksempel 3», 002:L619-631).

export interface VoiceInput {
  userBase: number;
  /** power.dependence: how strongly dependence lowers voice. */
  dependenceEffect: number;
  dependence: number;
  crowding: number;
  professionals: number;
  informedVoice: number;
  information: number;
  /** 1 when the user attends, power.proxyWeight when a proxy speaks for them. */
  presence: number;
}

/** The user's own (or proxy's) voice in a negotiated decision. */
export function userVoice(v: VoiceInput): number {
  const crowd = 1 + v.crowding * Math.max(0, v.professionals - 1);
  return v.userBase * (1 - v.dependenceEffect * v.dependence) / crowd * (1 - v.informedVoice * (1 - v.information)) * v.presence;
}

/** Weight an advocate adds to the user's side. */
export function advocateVoice(weight: number, knowledge: number, loyalty: number): number {
  return weight * knowledge * (1 - loyalty);
}

/**
 * The user's information about the alternatives and their consequences, in
 * [0, 1]: independent sources (own system literacy, staff who explained, an
 * advocate) combine as 1 - prod(1 - source).
 */
export function information(literacy: number, explained: number, advocate: number): number {
  return 1 - (1 - literacy) * (1 - explained) * (1 - advocate);
}
