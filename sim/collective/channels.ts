// Recruitment channels (HUSK Bjerke §5.3.5, 003:L1682-1686, L1725-1813), declared once:
// each channel's default conversion (sign-up of a user reached, coming after
// signing up) and its staff time per user reached, as a share of a personal
// invitation (the letter's handwritten envelope and phone call; one personal
// invitation costs staff.inviteHours). A campaign naming a channel takes these
// rates unless its file sets its own (parseCollective fills the ones left
// out). Each rate cites its source or is free.
//
// Word of mouth is not a campaign here: staff do not run it, attendees do
// (HUSK Bjerke §5.3.5, 003:L1803, "oppfordrer de fremmøtte til å ta med seg andre"); it is
// carried by behaviour.wordOfMouth and behaviour.toldAttend, at no staff time.

import type {Bilingual} from "../participation/parameters.ts";
import {cite} from "../sources.ts";

export const CHANNELS = ["letter", "enclosure", "poster", "caseworker"] as const;
export type Channel = (typeof CHANNELS)[number];

/** The campaign rates a channel supplies. */
export const CHANNEL_RATES = ["signUp", "show", "cost"] as const;
export type ChannelRate = (typeof CHANNEL_RATES)[number];

export interface ChannelDecl {
  label: Bilingual;
  signUp: number; show: number; cost: number;
  /** Source of each default (file:line), or "free". */
  source: Record<ChannelRate, string>;
}

export const CHANNEL_DEFAULTS: Readonly<Record<Channel, ChannelDecl>> = {
  letter: {
    label: {en: "Personal letter with phone follow-up", nb: "Personlig brev med oppringning"},
    // 21 of 313 signed up, 6 of the 21 came; the unit of cost (handwritten envelopes, phone calls)
    signUp: 0.067, show: 0.3, cost: 1,
    source: {signUp: "003:L1737-1741 (input: 21 of 313)", show: "003:L1741-1743", cost: "003:L1727-1731, L1755-1761"}
  },
  enclosure: {
    label: {en: "Enclosure with routine post", nb: "Vedlegg til vanlig post"},
    // the letter without the phone call and the stand: the 10 of 313 who signed up by the slip (a reading);
    // "uten at det krevde ytterligere ressurser": no staff time beyond the post already sent
    signUp: 0.032, show: 0.3, cost: 0,
    source: {signUp: "003:L1737-1741", show: "free", cost: "003:L1769-1775"}
  },
  poster: {
    label: {en: "Posters and flyers in the district", nb: "Plakater og flyers i bydelen"},
    // calibrated with the Bjerke turnout of 15-20 a meeting (sim/ODD.md, Calibration); the time
    // to put posters up at 13, then 7, places is reported but not counted
    signUp: 0.1, show: 0.5, cost: 0.05,
    source: {signUp: "003:L1479 (calibrated)", show: "003:L1479 (calibrated)", cost: "free"}
  },
  caseworker: {
    label: {en: "Caseworkers asking their users", nb: "Saksbehandlere som spør sine brukere"},
    // for the listening post each caseworker had to find at least two interested users (27 caseworkers:
    // at least 54 found) and 18 adults came (a reading: 18 of 54, an upper bound, since some came by
    // other routes); whom a caseworker asks who says yes is not reported (free); a word at an
    // appointment costs less than the letter's envelope and phone call (free). The later flyers
    // handed out by caseworkers left "ingen oversikt" (HUSK Bjerke §5.3.5, 003:L1805-1813).
    signUp: 0.5, show: 0.33, cost: 0.25,
    source: {signUp: "free", show: "003:L1332-1346, L1682-1686", cost: "free"}
  }
};

/** Whether a value names a channel. */
export function isChannel(v: unknown): v is Channel {
  return typeof v === "string" && (CHANNELS as readonly string[]).includes(v);
}

/** The channel table of sim/ODD.md (Markdown). */
export function channelTable(lang: "en" | "nb" = "en"): string {
  const head = lang === "nb" ? ["Kanal", "Navn", "Påmelding", "Kommer", "Kostnad", "Kilder"] : ["Channel", "Name", "Sign-up", "Comes", "Cost", "Sources"];
  const rows = CHANNELS.map((c) => {
    const d = CHANNEL_DEFAULTS[c];
    return ["`" + c + "`", d.label[lang], String(d.signUp), String(d.show), String(d.cost), CHANNEL_RATES.map((r) => `${r}: ${cite(d.source[r])}`).join("; ")];
  });
  return [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
}
