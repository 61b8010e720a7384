// Figures of a collective run a report can be checked against, beyond the
// declared measures (measures.ts): the recruitment funnel per campaign, an
// arena's turnout and staff, the attendance list and the would-be organisers
// (HUSK Bjerke §5.3.1 and §5.3.5). Calibration targets name these keys.

import {COLLECTIVE_MEASURE_KEYS, collectiveValue} from "./measures.ts";
import {openTurnout, type CollectiveSummary} from "./records.ts";
import type {CollectiveScenario} from "./scenario.ts";

/** Top-level figures besides the measures: list, organisers, and mean users per open user meeting (the report's turnout). */
export const COLLECTIVE_FIGURES = ["listed", "organisers", "organisersCame", "meetingTurnout"] as const;
/** Per campaign: "campaigns.<id>.<field>". */
export const CAMPAIGN_FIGURES = ["invited", "signedUp", "came", "hours"] as const;
/** Per arena: "arenas.<id>.<field>". */
export const ARENA_FIGURES = ["meetings", "turnout", "staffPerMeeting"] as const;

/** What a figure key may be, for error messages. */
export const FIGURE_KEYS_TEXT = `a collective measure (${COLLECTIVE_MEASURE_KEYS.join(", ")}), ${COLLECTIVE_FIGURES.join(", ")}, campaigns.<id>.(${CAMPAIGN_FIGURES.join("|")}) or arenas.<id>.(${ARENA_FIGURES.join("|")})`;

/** Whether a figure key names something this scenario's runs report. */
export function isCollectiveFigure(s: CollectiveScenario, key: string): boolean {
  if (COLLECTIVE_MEASURE_KEYS.includes(key) || (COLLECTIVE_FIGURES as readonly string[]).includes(key)) return true;
  const [head, id, field, ...rest] = key.split(".");
  if (rest.length || id === undefined || field === undefined) return false;
  if (head === "campaigns") return Object.hasOwn(s.outreach, id) && (CAMPAIGN_FIGURES as readonly string[]).includes(field);
  if (head === "arenas") return Object.hasOwn(s.arenas, id) && (ARENA_FIGURES as readonly string[]).includes(field);
  return false;
}

/** A figure's value in a run's summary (NaN when missing, e.g. no meeting held). */
export function collectiveFigure(summary: CollectiveSummary, key: string): number {
  if (key === "meetingTurnout") return openTurnout(summary, "meeting");
  if (key === "listed" || key === "organisers" || key === "organisersCame") return summary[key];
  if (COLLECTIVE_MEASURE_KEYS.includes(key)) return collectiveValue(summary, key);
  const [head, id, field] = key.split(".");
  const table: Record<string, object> = head === "campaigns" ? summary.campaigns : head === "arenas" ? summary.arenas : {};
  const entry = Object.hasOwn(table, id) ? (table[id] as Record<string, unknown>) : undefined;
  const v = entry && Object.hasOwn(entry, field) ? entry[field] : undefined;
  return typeof v === "number" ? v : NaN;
}
