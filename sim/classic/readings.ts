// The readings of the 1972 model that the sources leave open (docs/classic-1972.md
// §1.13), as a small plain-data file a user can save and load: the classic
// notebook's "scenario". Validation names the field and the allowed values.

import {ARITHMETICS, DEFICIT_TIMINGS, DEFAULT_RULES, type ClassicRules} from "./engine.ts";
import {ORIENTATIONS, type Orientation} from "./gcm1972.ts";
import {InputError, isPlainObject, parseJsonText} from "../input.ts";
import {DEFAULT_SEED} from "../seeds.ts";
import {COMPARISONS, TIE_BREAKS} from "../streams.ts";

export interface ClassicReadings extends ClassicRules {
  kind: "classic-readings";
  orientation: Orientation;
  /** Base seed for random tie-breaking (run k of the design: sim/seeds.ts runSeed with its design key). */
  seed: string;
}

export const DEFAULT_READINGS: ClassicReadings = {kind: "classic-readings", ...DEFAULT_RULES, orientation: "index1", seed: DEFAULT_SEED};

const ALLOWED: Record<string, readonly string[]> = {
  tieBreak: TIE_BREAKS, comparison: COMPARISONS, deficits: DEFICIT_TIMINGS, arithmetic: ARITHMETICS, orientation: ORIENTATIONS
};
const FIELDS = ["kind", ...Object.keys(ALLOWED), "seed"];

/** Validates a readings file; missing fields take the pinned defaults. Own fields only; errors are InputErrors. */
export function parseReadings(input: unknown): ClassicReadings {
  if (!isPlainObject(input)) throw new InputError("readings file", input, "a JSON object");
  const out: ClassicReadings = {...DEFAULT_READINGS};
  for (const [key, value] of Object.entries(input)) {
    if (key === "kind") {
      if (value !== "classic-readings") throw new InputError("kind", value, '"classic-readings"');
    } else if (key === "seed") {
      if (typeof value !== "string" || !/^[\w.-]{1,40}$/.test(value)) throw new InputError("seed", value, '1-40 letters, digits, "_", "." or "-"');
      out.seed = value;
    } else if (Object.hasOwn(ALLOWED, key)) {
      if (typeof value !== "string" || !ALLOWED[key].includes(value)) throw new InputError(key, value, ALLOWED[key].join(", "));
      (out as unknown as Record<string, string>)[key] = value;
    } else {
      throw new InputError(key, value, `known fields: ${FIELDS.join(", ")}`, {kind: "knownFields", fields: FIELDS});
    }
  }
  return out;
}

/** Reads a readings file from its text (a leading byte-order mark is accepted). */
export function readReadingsFile(text: string): ClassicReadings {
  return parseReadings(parseJsonText(text, "readings file"));
}
