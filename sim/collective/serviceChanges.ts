// Which case-arena parameter carries each kind of service change a collective
// arena can propose (issue: a new solution, a changed rule such as a neutral
// venue, an interpreter by default or a changed agenda mode, or more
// information to users). The case model (sim/participation) has no venue, no
// language and no time slot, so a change reaches it only through a declared
// parameter whose mechanism carries the change's effect; where none does, the
// carrier is empty and the change cannot reach the case arenas. These are
// design choices (the sources give no mapping), each with the source of the
// change's effect; a topic's `changes` in a collective scenario use these
// keys (with the linked preset's ids). Declared once; sim/ODD.md's table is
// generated from it.

import type {Bilingual} from "../participation/parameters.ts";
import {cite} from "../sources.ts";

export interface ServiceChangeKind {
  id: string;
  label: Bilingual;
  /** Participation parameter keys ("*" = an id of the linked preset) that carry the effect; empty: none does. */
  carriers: readonly string[];
  /** Why these carry it (or why nothing does), in the case model's terms. */
  mechanism: string;
  /** Source of the change's effect (file:line). */
  source: string;
}

export const SERVICE_CHANGE_KINDS: readonly ServiceChangeKind[] = [
  {id: "interpreter-by-default", label: {en: "Interpreter by default", nb: "Tolk som standard"},
    carriers: ["userTypes.*.literacy", "arenas.*.channel"],
    mechanism: "The case model has no language. An interpreter's effect is that the user understands what is said and can answer: in the case model, the user's own information about offers and the chance to put an alternative on the table (literacy of the user type that needs one), and an exchange in a meeting rather than a written form the user may not follow (channel two-way).",
    source: "003:L1087-1089, L1594-1608, L1996-2000"},
  {id: "more-information", label: {en: "More information to users", nb: "Mer informasjon til brukerne"},
    carriers: ["userTypes.*.literacy"],
    mechanism: "Information about rights raises system literacy, which in the case model is the user's own knowledge of offers (and, through it, the informed share of their voice, power.informedVoice).",
    source: "003:L2353-2355"},
  {id: "changed-agenda-mode", label: {en: "Changed agenda mode or decision rule", nb: "Endret dagsordenform eller beslutningsregel"},
    carriers: ["arenas.*.mode", "arenas.*.rule", "arenas.*.optionsShown", "arenas.*.seat"],
    mechanism: "The case arenas have these directly: whether a meeting decides or only reports, who decides, how many alternatives are worked through, and whether the user has a seat.",
    source: "000:L1198-1210"},
  {id: "users-set-agenda", label: {en: "Users set part of the agenda", nb: "Brukerne setter deler av dagsorden"},
    carriers: ["userTypes.*.initiative"],
    mechanism: "In a case arena the user sets the agenda by raising the case themself (initiative): their own formulation of the need is what is decided on.",
    source: "003:L1273-1279"},
  {id: "user-perspective-in-meetings", label: {en: "A user perspective in case meetings", nb: "Brukerperspektiv i saksmøtene"},
    carriers: ["arenas.*.consultant"],
    mechanism: "An experience consultant takes part in the case meetings (a general user perspective, no case-specific preference).",
    source: "002:L408-410"},
  {id: "new-solution", label: {en: "A new or larger service", nb: "En ny eller større tjeneste"},
    carriers: ["solutions.*.places", "solutions.*.specialised"],
    mechanism: "A structural problem answered by service design becomes an offer with more places, or one made known to all (not only to specialised staff).",
    source: "003:L2059-2075"},
  {id: "neutral-venue", label: {en: "Neutral venue", nb: "Nøytralt sted"},
    carriers: [],
    mechanism: "None: the case model has no venue. In the collective model an office venue keeps users with avmakt away and silent; attendance at a case meeting is the user's health (userTypes.*.attendance), and avmakt has no counterpart there, so mapping the venue onto attendance or dependence would be an effect set by an input, not a mechanism.",
    source: "003:L1576-1583"},
  {id: "evening-slot", label: {en: "Meetings after working hours", nb: "Møter etter arbeidstid"},
    carriers: [],
    mechanism: "None: the case model has no time slot and no working users; its meetings are held at the arenas' intervals.",
    source: "003:L1516-1536"}
];

/** The kinds a participation key carries ("arenas.rg.mode" is carried by changed-agenda-mode). */
export function kindsCarrying(key: string): ServiceChangeKind[] {
  const parts = key.split(".");
  const general = parts.length === 3 ? `${parts[0]}.*.${parts[2]}` : key;
  return SERVICE_CHANGE_KINDS.filter((k) => k.carriers.includes(general));
}

/** The table of sim/ODD.md (Markdown). */
export function serviceChangeTable(lang: "en" | "nb" = "en"): string {
  const head = lang === "nb" ? ["Endring", "Bæres av (saksmodellen)", "Mekanisme", "Kilde"] : ["Change", "Carried by (case model)", "Mechanism", "Source"];
  const rows = SERVICE_CHANGE_KINDS.map((k) => [`${k.label[lang]} (\`${k.id}\`)`, k.carriers.length ? k.carriers.map((c) => "`" + c + "`").join(", ") : "none", k.mechanism, cite(k.source)]);
  return [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`)].join("\n");
}
