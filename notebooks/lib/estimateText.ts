// The work estimate (sim/experiment/workEstimate.ts) in words, in the page's language.
import type {WorkEstimate} from "../../sim/experiment/workEstimate.ts";
import {t, type Lang} from "./i18n.ts";

/** A duration, rounded up: seconds under 90 s, minutes under 90 min, else hours. */
export function durationText(seconds: number, lang: Lang): string {
  if (seconds < 90) return t("ui.estimate.seconds", lang, {n: Math.max(1, Math.ceil(seconds))});
  if (seconds < 90 * 60) return t("ui.estimate.minutes", lang, {n: Math.ceil(seconds / 60)});
  return t("ui.estimate.hours", lang, {n: Math.ceil(seconds / 360) / 10});
}

/** "This starts 800 runs, about 10 min on 2 workers (the largest scenario: 500 users over 520 weeks)." */
export function estimateText(e: WorkEstimate, lang: Lang): string {
  return t("ui.estimate.work", lang, {runs: e.runs, time: durationText(e.seconds, lang), workers: e.workers, users: e.users, weeks: e.weeks});
}
