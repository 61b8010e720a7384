// Arnstein's eight rungs (HUSK Bjerke §3.4, 003:L955-961; Hansen «Ulike beskrivelser av brukermedvirkning», 002:L84-86) as the collective lens,
// classified from what happened at one meeting, and the crosswalk to
// Hansen's four steps. The sources give no crosswalk: the one
// here is a design choice, stated as such in sim/ODD.md.

import type {Bilingual} from "../vocabulary.ts";

export const RUNGS = ["manipulation", "therapy", "information", "consultation", "placation", "partnership", "delegatedPower", "citizenControl"] as const;
export type Rung = (typeof RUNGS)[number];

export const RUNG_LABELS: Record<Rung, Bilingual> = {
  manipulation: {en: "Manipulation", nb: "Manipulasjon"},
  therapy: {en: "Therapy", nb: "Terapi"},
  information: {en: "Information", nb: "Informasjon"},
  consultation: {en: "Consultation", nb: "Konsultasjon"},
  placation: {en: "Placation", nb: "Beroligelse"},
  partnership: {en: "Partnership", nb: "Partnerskap"},
  delegatedPower: {en: "Delegated power", nb: "Delegert makt"},
  citizenControl: {en: "Citizen control", nb: "Borgerstyring"}
};

/** Arnstein's three groups (HUSK Bjerke §3.4, 003:L957-961): non-participation, tokenism (skinninnflytelse), real participation. */
export const RUNG_GROUP: Record<Rung, "nonParticipation" | "tokenism" | "real"> = {
  manipulation: "nonParticipation", therapy: "nonParticipation",
  information: "tokenism", consultation: "tokenism", placation: "tokenism",
  partnership: "real", delegatedPower: "real", citizenControl: "real"
};

/**
 * Crosswalk to Hansen's four steps (Hansen «Ulike beskrivelser av brukermedvirkning», 002:L93-96), a design choice:
 * manipulation and therapy at most user perspective; information,
 * consultation and placation user participation; partnership user influence;
 * delegated power and citizen control user control.
 */
export const HANSEN_STEP: Record<Rung, "perspective" | "participation" | "influence" | "control"> = {
  manipulation: "perspective", therapy: "perspective",
  information: "participation", consultation: "participation", placation: "participation",
  partnership: "influence", delegatedPower: "control", citizenControl: "control"
};

/** What happened at one meeting with users present. */
export interface MeetingFacts {
  /** Share of the users present who understood (followed Norwegian or had their language interpreted). */
  understood: number;
  /** A user's need was on the meeting's table (a problem of general interest or a structural one attached to its choice). */
  premise: boolean;
  /** Users set part of the agenda: the agenda is shared or theirs and a user-held problem was on the table. */
  userAgenda: boolean;
  rule: "staff" | "consensus" | "joint" | "users";
  agenda: "staff" | "shared" | "users";
  /** Users went along with a consensus that left their need out. */
  pressed: boolean;
  /** Users were brought in after the premises were set. */
  late: boolean;
}

/**
 * The rung of one meeting, from the top of the ladder down:
 * - most users present did not understand: therapy (present, not taking part);
 * - pressed to consensus after late entry: manipulation (brukeralibi, Slettebø et al. 2012 «Mangelfull prosjektplanlegging», 000:L1198-1210);
 * - users set part of the agenda and decide: delegated power, or citizen control when the agenda is theirs alone;
 * - users set part of the agenda under a joint or consensus rule, not pressed: partnership;
 * - users set part of the agenda but staff decide (or users were pressed): placation;
 * - a user's need was on the table: consultation; else information.
 */
export function classifyMeeting(f: MeetingFacts): Rung {
  if (f.understood < 0.5) return "therapy";
  if (f.pressed && f.late) return "manipulation";
  if (f.userAgenda && f.rule === "users") return f.agenda === "users" ? "citizenControl" : "delegatedPower";
  if (f.userAgenda && (f.rule === "joint" || f.rule === "consensus") && !f.pressed) return "partnership";
  if (f.userAgenda) return "placation";
  return f.premise ? "consultation" : "information";
}
