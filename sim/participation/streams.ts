// A participation run's random streams, one per source (common random
// numbers): the run's generator (seeded by the seed policy, or injected) only
// seeds them, so the cases that arrive on a seed do not depend on the
// organisation that meets them.

import {splitStreams, type Random} from "../rng.ts";

/**
 * The sources, in the order their seeds are drawn (never reorder: it changes
 * every run). arrivals: the weeks each user's cases arrive; cases: each case's
 * own attributes (initiative, domains); fits: each case's fit and preference
 * noise per solution; users: user types, proxies and what users know; access:
 * which arenas each user reaches and when, the first door; staff: what the
 * roles know; advocates: what advocates know; decisions: everything drawn when
 * a case is decided (assessments, voice, refusals, health, goals); weekly: the
 * weekly stream's own draws (the triage desk).
 */
export const STREAM_NAMES = ["arrivals", "cases", "fits", "users", "access", "staff", "advocates", "decisions", "weekly"] as const;

export type RunStreams = Record<(typeof STREAM_NAMES)[number], Random>;

export function runStreams(random: Random): RunStreams {
  return splitStreams(random, STREAM_NAMES);
}
