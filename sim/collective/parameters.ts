// Every parameter of the collective model (service-design arenas, outreach,
// users' literacy and avmakt, anchoring), declared once as typed metadata in
// the same shape as the participation model's (sim/participation/parameters.ts):
// validation, the JSON Schema, --set and the ODD table derive from this list.
// A "*" segment stands for any id of a keyed collection (arenas, outreach,
// languages, topics). A declaration without `source` is free.

import type {ParamDecl} from "../participation/parameters.ts";
import {allowedText} from "../participation/parameters.ts";
import {CHANNELS} from "./channels.ts";
import {cite} from "../sources.ts";

type Decl = Omit<ParamDecl, "label" | "description"> & {label: [string, string]; description: [string, string]};

function d(x: Decl): ParamDecl {
  return {...x, label: {en: x.label[0], nb: x.label[1]}, description: {en: x.description[0], nb: x.description[1]}};
}

export const ARENA_TYPES = ["meeting", "council", "committee", "conference", "listening"] as const;
export type ArenaType = (typeof ARENA_TYPES)[number];
export const VENUES = ["office", "neutral"] as const;
export const SLOTS = ["daytime", "evening"] as const;
export const INTERPRETERS = ["none", "core", "all"] as const;
export const AGENDAS = ["staff", "shared", "users"] as const;
export const RULES = ["staff", "consensus", "joint", "users"] as const;
export const ENTRIES = ["early", "late"] as const;
export {CHANNELS};
export const MEMBERS = ["open", "seats"] as const;

export const COLLECTIVE_PARAMETERS: readonly ParamDecl[] = [
  d({key: "horizon", group: "time", type: "integer", unit: "weeks", min: 1, max: 520, step: 1, default: 52, source: "003:L1314-1448",
    label: ["Horizon", "Tidshorisont"],
    description: ["Weeks simulated (the Bjerke user meetings ran a year, May 2008 to May 2009).", "Uker som simuleres (brukermøtene på Bjerke gikk over et år, mai 2008 til mai 2009)."]}),
  // ---- the users on the office's list
  d({key: "population.count", group: "users", type: "integer", unit: "users", min: 1, max: 5000, step: 1, default: 500, source: "003:L1761-1763",
    label: ["Users on the list", "Brukere på listen"],
    description: ["Users of the office who could be invited (over 500 envelopes would have been needed to invite all).", "Brukere av kontoret som kan inviteres (over 500 konvolutter skulle til for å invitere alle)."]}),
  d({key: "population.working", group: "users", type: "number", unit: "share", min: 0, max: 1, step: 0.05, default: 0.2, source: "003:L1526-1536",
    label: ["Share working by day", "Andel i arbeid på dagtid"],
    description: ["Users in work or activity in the daytime: they cannot come to a daytime meeting.", "Brukere i arbeid eller aktivitet på dagtid: de kan ikke komme på et møte på dagtid."]}),
  d({key: "population.literacy", group: "users", type: "number", unit: "0-1", min: 0, max: 1, step: 0.05, default: 0.25, source: "003:L2071-2075",
    label: ["System literacy at start", "Systemkunnskap ved start"],
    description: ["Mean knowledge of one's rights and of how the office works at the start (each user drawn around it).", "Gjennomsnittlig kunnskap om egne rettigheter og om hvordan kontoret virker ved start (trekkes rundt dette for hver bruker)."]}),
  d({key: "population.avmakt", group: "users", type: "number", unit: "0-1", min: 0, max: 1, step: 0.05, default: 0.6, source: "003:L2353-2355",
    label: ["Powerlessness (avmakt) at start", "Avmakt ved start"],
    description: ["Mean sense of powerlessness at the start: it keeps users from coming to an office venue and from speaking.", "Gjennomsnittlig avmakt ved start: den holder brukere borte fra møter på kontoret og fra å ta ordet."]}),
  d({key: "population.organisation", group: "users", type: "number", unit: "share", min: 0, max: 1, step: 0.01, default: 0.02, source: "003:L481-485",
    label: ["Share in a user organisation", "Andel i en brukerorganisasjon"],
    description: ["Users who belong to a user organisation (in Bjerke almost none: users took part as individuals).", "Brukere som tilhører en brukerorganisasjon (på Bjerke nesten ingen: brukerne deltok som enkeltpersoner)."]}),
  d({key: "population.employed", group: "users", type: "number", unit: "share", min: 0, max: 1, step: 0.01, default: 0, source: "000:L473-475",
    label: ["Share employed in the project", "Andel ansatt i prosjektet"],
    description: ["Users employed part-time in the project (4 of 11 informants in HUSK).", "Brukere ansatt i deltid i prosjektet (4 av 11 informanter i HUSK)."]}),
  d({key: "population.general", group: "users", type: "number", unit: "share", min: 0, max: 1, step: 0.05, default: 0.6, source: "003:L2059-2065",
    label: ["Needs of general interest", "Behov av allmenn interesse"],
    description: ["Share of users whose need is an individual problem of general interest (one answer serves many); the others are private (they go to case arenas).", "Andel brukere med et individuelt problem av allmenn interesse (ett svar tjener mange); de andre er private (de hører hjemme på saksarenaer)."]}),
  // ---- how users behave and learn
  d({key: "behaviour.speak", group: "behaviour", type: "number", unit: "probability", min: 0, max: 1, step: 0.05, default: 0.5,
    label: ["Readiness to speak", "Vilje til å ta ordet"],
    description: ["Chance that an attendee who understands raises their need, scaled down by avmakt (and at an office venue by the venue's deterrence).", "Sjansen for at en deltaker som forstår tar opp sitt behov, redusert av avmakt (og på kontoret av avskrekkingen der)."]}),
  d({key: "behaviour.officeDeterrence", group: "behaviour", type: "number", unit: "0-1", min: 0, max: 1, step: 0.05, default: 0.6, source: "003:L1576-1583",
    label: ["Office deterrence", "Avskrekking på kontoret"],
    description: ["How much an office venue (reception, locked doors, a place tied to applications and refusals) deters a user, in proportion to their avmakt, from coming and from speaking.", "Hvor mye et møte på kontoret (resepsjon, låste dører, et sted knyttet til søknader og avslag) avskrekker en bruker, i forhold til avmakten, fra å komme og ta ordet."]}),
  d({key: "behaviour.listSign", group: "behaviour", type: "number", unit: "probability", min: 0, max: 1, step: 0.05, default: 0.5, source: "003:L1455-1458",
    label: ["Signs the list", "Skriver seg på listen"],
    description: ["Chance that an attendee signs the list for direct information about later meetings.", "Sjansen for at en deltaker skriver seg på listen for direkte informasjon om senere møter."]}),
  d({key: "behaviour.listReturn", group: "behaviour", type: "number", unit: "probability", min: 0, max: 1, step: 0.05, default: 0.5,
    label: ["Comes again from the list", "Kommer igjen fra listen"],
    description: ["Chance that a user on the list comes to a later meeting, times what they expect to get out of it.", "Sjansen for at en bruker på listen kommer på et senere møte, ganget med hva de venter å få ut av det."]}),
  d({key: "behaviour.wordOfMouth", group: "behaviour", type: "number", unit: "users told", min: 0, max: 10, step: 0.1, default: 1.5,
    label: ["Word of mouth", "Jungeltelegrafen"],
    description: ["Users of the same language an attendee who got something out of a meeting tells about the next one.", "Brukere med samme språk som en deltaker som fikk noe ut av møtet forteller om det neste."]}),
  d({key: "behaviour.toldAttend", group: "behaviour", type: "number", unit: "probability", min: 0, max: 1, step: 0.05, default: 0.35,
    label: ["Comes when told", "Kommer etter å ha hørt om det"],
    description: ["Chance that a user told by word of mouth or by a poster comes.", "Sjansen for at en bruker som har hørt om møtet gjennom andre eller en plakat kommer."]}),
  d({key: "behaviour.memory", group: "behaviour", type: "number", unit: "0-1", min: 0, max: 1, step: 0.05, default: 0.6,
    label: ["Weight of the last meeting", "Vekt på siste møte"],
    description: ["How much what a user got out of the last meeting (understood or not) sets what they expect of the next.", "Hvor mye det en bruker fikk ut av forrige møte (forsto eller ikke) avgjør hva de venter av det neste."]}),
  d({key: "behaviour.organise", group: "behaviour", type: "number", unit: "probability", min: 0, max: 1, step: 0.05, default: 0.55, source: "003:L1458-1460",
    label: ["Wants to organise", "Vil være med å arrangere"],
    description: ["Chance that an attendee on the list who understood ticks that they want to help organise, times (1 - avmakt).", "Sjansen for at en deltaker på listen som forsto krysser av for å være med å arrangere, ganget med (1 - avmakt)."]}),
  d({key: "behaviour.organiserAttend", group: "behaviour", type: "number", unit: "probability", min: 0, max: 1, step: 0.01, default: 0.05, source: "003:L1460-1462",
    label: ["Organiser comes to the committee", "Arrangør møter i arbeidsutvalget"],
    description: ["Chance that a user who wanted to organise comes to a given meeting of a committee that recruits organisers.", "Sjansen for at en som ville være med å arrangere møter på et gitt møte i et arbeidsutvalg som rekrutterer arrangører."]}),
  d({key: "behaviour.block", group: "behaviour", type: "number", unit: "probability", min: 0, max: 1, step: 0.05, default: 0.5, source: "000:L1597-1601",
    label: ["Holds out against consensus", "Står imot konsensus"],
    description: ["Chance that a user whose need was left out of a consensus conclusion holds out, times literacy x (1 - avmakt); otherwise they go along.", "Sjansen for at en bruker hvis behov ble utelatt av en konsensuskonklusjon står imot, ganget med systemkunnskap x (1 - avmakt); ellers går de med på den."]}),
  d({key: "behaviour.userEnergy", group: "behaviour", type: "number", unit: "hours/hour of meeting", min: 0, max: 4, step: 0.05, default: 0.25,
    label: ["User energy", "Brukerenergi"],
    description: ["Energy an attendee who understands brings per hour of meeting (staff bring one).", "Energi en deltaker som forstår bringer per møtetime (ansatte bringer én)."]}),
  d({key: "behaviour.paidEnergy", group: "behaviour", type: "number", unit: "factor", min: 1, max: 10, step: 0.5, default: 3, source: "003:L514-520",
    label: ["Energy of a paid member", "Energi hos et betalt medlem"],
    description: ["Factor on the energy of a paid user member (they also prepare and follow up).", "Faktor på energien til et betalt brukermedlem (de forbereder og følger også opp)."]}),
  d({key: "behaviour.represents", group: "behaviour", type: "integer", unit: "users", min: 1, max: 100, step: 1, default: 3, source: "000:L284-286",
    label: ["Users an affiliated member speaks for", "Brukere et tilknyttet medlem taler for"],
    description: ["A user who belongs to a user organisation or is employed in the project speaks for this many users with the same need when heard (strong organisations carry many voices); 1 = only for themself.", "En bruker som tilhører en brukerorganisasjon eller er ansatt i prosjektet taler for så mange brukere med samme behov når de blir hørt (sterke organisasjoner bærer mange stemmer); 1 = bare for seg selv."]}),
  d({key: "behaviour.aggregation", group: "behaviour", type: "integer", unit: "users heard", min: 1, max: 100, step: 1, default: 4, source: "003:L2071-2075",
    label: ["Users that make a problem structural", "Brukere som gjør et problem strukturelt"],
    description: ["When this many users have been heard with the same individual problem, it becomes a structural problem for a service-design arena.", "Når så mange brukere er hørt med samme individuelle problem, blir det et strukturelt problem for en tjenesteutviklingsarena."]}),
  d({key: "learning.information", group: "learning", type: "number", unit: "0-1", min: 0, max: 1, step: 0.01, default: 0.15, source: "003:L2353-2355",
    label: ["Literacy from information", "Kunnskap fra informasjon"],
    description: ["Share of the gap to full literacy closed by a meeting whose talk the user understood.", "Andel av gapet til full systemkunnskap som lukkes av et møte brukeren forsto."]}),
  d({key: "learning.heard", group: "learning", type: "number", unit: "0-1", min: 0, max: 1, step: 0.01, default: 0.15, source: "003:L2566-2570",
    label: ["Avmakt relief from being heard", "Mindre avmakt av å bli hørt"],
    description: ["Share of avmakt taken away when a user's need is put on a meeting's table.", "Andel av avmakten som tas bort når brukerens behov kommer på bordet i et møte."]}),
  d({key: "learning.late", group: "learning", type: "number", unit: "0-1", min: 0, max: 1, step: 0.01, default: 0.1, source: "000:L1160-1170, L1296-1300",
    label: ["Avmakt from late entry", "Avmakt av sen inntreden"],
    description: ["Share of the gap to full avmakt added at each meeting a user attends where they were brought in after the premises were set (skinndemokrati).", "Andel av gapet til full avmakt som legges til for hvert møte der brukeren kom inn etter at premissene var lagt (skinndemokrati)."]}),
  d({key: "learning.consensus", group: "learning", type: "number", unit: "0-1", min: 0, max: 1, step: 0.01, default: 0.15, source: "000:L1198-1210",
    label: ["Avmakt from consensus pressure", "Avmakt av konsensuspress"],
    description: ["Share of the gap to full avmakt added when a user goes along with a consensus that left their need out (brukeralibi).", "Andel av gapet til full avmakt som legges til når en bruker går med på en konsensus som utelot deres behov (brukeralibi)."]}),
  d({key: "learning.affiliation", group: "learning", type: "number", unit: "0-1", min: 0, max: 1, step: 0.05, default: 0.3, source: "000:L1005-1036",
    label: ["Strength of belonging", "Styrken i tilhørighet"],
    description: ["Literacy added and avmakt taken away at the start for a member of a user organisation (twice for one employed in the project).", "Systemkunnskap lagt til og avmakt tatt bort ved start for et medlem av en brukerorganisasjon (dobbelt for en ansatt i prosjektet)."]}),
  // ---- staff
  d({key: "staff.count", group: "staff", type: "integer", unit: "persons", min: 0, max: 500, step: 1, default: 27, source: "003:L1178-1180",
    label: ["Staff of the office", "Ansatte ved kontoret"],
    description: ["Caseworkers who may come to an open meeting (nine interviews were about a third of the staff).", "Saksbehandlere som kan komme på et åpent møte (ni intervjuer var om lag en tredjedel av de ansatte)."]}),
  d({key: "staff.daytime", group: "staff", type: "number", unit: "probability", min: 0, max: 1, step: 0.005, default: 0.075, source: "003:L1528-1532",
    label: ["Staff come by day", "Ansatte kommer på dagtid"],
    description: ["Chance that a caseworker comes to an open daytime meeting (on average two came).", "Sjansen for at en saksbehandler kommer på et åpent møte på dagtid (i snitt kom to)."]}),
  d({key: "staff.evening", group: "staff", type: "number", unit: "probability", min: 0, max: 1, step: 0.005, default: 0.15, source: "003:L1528-1536",
    label: ["Staff come in the evening (overtime paid)", "Ansatte kommer på kveldstid (overtid betalt)"],
    description: ["Chance that a caseworker comes to an evening meeting with overtime paid (three and five came).", "Sjansen for at en saksbehandler kommer på et kveldsmøte med overtidsbetaling (tre og fem kom)."]}),
  d({key: "staff.overtime", group: "staff", type: "boolean", unit: "", default: true, source: "003:L1532-1534",
    label: ["Overtime paid", "Overtid betales"],
    description: ["Evening meetings are paid as overtime; without it the evening chance is halved (free factor).", "Kveldsmøter betales som overtid; uten halveres sjansen på kveldstid (fri faktor)."]}),
  d({key: "staff.inviteHours", group: "staff", type: "number", unit: "hours/invitation", min: 0, max: 5, step: 0.05, default: 0.25, source: "003:L1725-1747",
    label: ["Staff hours per personal invitation", "Timer per personlig invitasjon"],
    description: ["Staff hours one personal invitation takes (ticking users, letters, the phone call two weeks after); other channels take a share of it.", "Timer én personlig invitasjon tar (krysse av brukere, brev, telefonen to uker etter); andre kanaler tar en andel av dette."]}),
  d({key: "staff.interpreterHours", group: "staff", type: "number", unit: "hours/language/meeting", min: 0, max: 20, step: 0.25, default: 0.25, source: "003:L1612-1614, L1954",
    label: ["Interpreting per language", "Tolking per språk"],
    description: ["Hours booked per interpreted language beyond the meeting itself (interpreters come a quarter of an hour early to be briefed); with the meeting's hours, the cost of interpreting in hours, a large expense in Bjerke.", "Timer bestilt per tolket språk utover selve møtet (tolkene kommer et kvarter før for å bli orientert); sammen med møtetimene er dette kostnaden ved tolking i timer, en stor utgiftspost på Bjerke."]}),
  // ---- problems and management
  d({key: "problems.generalLoad", group: "problems", type: "number", unit: "hours", min: 0, max: 100, step: 0.5, default: 2,
    label: ["Energy to answer a general problem", "Energi for å svare på et allment problem"],
    description: ["Energy a meeting needs to answer one problem of general interest (one answer serves all who hold it).", "Energien et møte trenger for å svare på ett problem av allmenn interesse (ett svar tjener alle som har det)."]}),
  d({key: "problems.structuralLoad", group: "problems", type: "number", unit: "hours", min: 0, max: 200, step: 0.5, default: 8,
    label: ["Energy to work out a service change", "Energi for å utarbeide en tjenesteendring"],
    description: ["Energy a service-design arena needs to conclude on one structural problem with a proposed service change.", "Energien en tjenesteutviklingsarena trenger for å konkludere på ett strukturelt problem med en foreslått tjenesteendring."]}),
  d({key: "problems.agendaLoad", group: "problems", type: "number", unit: "hours", min: 0, max: 100, step: 0.5, default: 4,
    label: ["Energy of the staff's own agenda", "Energi til stabens egen dagsorden"],
    description: ["Energy the staff's own agenda for an occasion takes (talks, the project's plan), unless users set the agenda alone.", "Energien stabens egen dagsorden for en anledning tar (innledninger, prosjektets plan), med mindre brukerne setter dagsordenen alene."]}),
  d({key: "management.anchoring", group: "management", type: "number", unit: "probability", min: 0, max: 1, step: 0.05, default: 0.5, source: "000:L1291-1295",
    label: ["Anchoring in management", "Forankring i ledelsen"],
    description: ["Chance that management adopts a collective arena's proposed service change.", "Sjansen for at ledelsen vedtar en tjenesteendring en kollektiv arena har foreslått."]}),
  d({key: "management.closure", group: "management", type: "number", unit: "probability", min: 0, max: 1, step: 0.05, default: 0.2, source: "000:L1170-1184",
    label: ["Closure after a rejected proposal", "Nedleggelse etter avvist forslag"],
    description: ["Chance that an arena is shut down when management does not adopt its proposal.", "Sjansen for at en arena legges ned når ledelsen ikke vedtar forslaget."]}),
  d({key: "management.lag", group: "management", type: "integer", unit: "weeks", min: 0, max: 104, step: 1, default: 4,
    label: ["Weeks from adoption to effect", "Uker fra vedtak til virkning"],
    description: ["Weeks from adoption until an adopted change acts on the case arenas.", "Uker fra vedtak til en vedtatt endring virker på saksarenaene."]}),
  // ---- languages
  d({key: "languages.*.share", group: "languages", type: "number", unit: "share", min: 0, max: 1, step: 0.05, default: 1, source: "003:L338-340",
    label: ["Share of users", "Andel brukere"],
    description: ["Share of users with this first language (shares are normalised).", "Andel brukere med dette førstespråket (andelene normaliseres)."]}),
  d({key: "languages.*.norwegian", group: "languages", type: "number", unit: "share", min: 0, max: 1, step: 0.05, default: 1, source: "003:L1089-1090",
    label: ["Follows Norwegian", "Følger norsk"],
    description: ["Share of its speakers who follow a meeting in Norwegian without an interpreter.", "Andel av dem som snakker språket som følger et møte på norsk uten tolk."]}),
  d({key: "languages.*.core", group: "languages", type: "boolean", unit: "", default: false, source: "003:L1594-1604",
    label: ["Always interpreted", "Alltid tolket"],
    description: ["Interpreted whenever interpreters are booked (Somali and Arabic always; others on request).", "Tolkes når tolker bestilles (somali og arabisk alltid; andre ved behov)."]}),
  // ---- topics
  d({key: "topics.*.share", group: "topics", type: "number", unit: "share", min: 0, max: 1, step: 0.05, default: 1, source: "003:L1314-1448",
    label: ["Share of users with this need", "Andel brukere med dette behovet"],
    description: ["Share of users whose main need is on this topic (shares are normalised).", "Andel brukere med hovedbehovet på dette temaet (andelene normaliseres)."]}),
  // ---- outreach channels
  d({key: "outreach.*.channel", group: "outreach", type: "enum", unit: "", values: CHANNELS, default: "letter", source: "003:L1725-1799",
    label: ["Channel", "Kanal"],
    description: ["Personal letter with phone follow-up, enclosure with routine post, posters, or caseworkers asking their users; the channel gives the sign-up, show and cost rates the campaign does not set (sim/collective/channels.ts).", "Personlig brev med oppringning, vedlegg til vanlig post, plakater, eller saksbehandlere som spør sine brukere; kanalen gir påmelding, oppmøte og kostnad når kampanjen ikke setter dem selv (sim/collective/channels.ts)."]}),
  d({key: "outreach.*.meeting", group: "outreach", type: "integer", unit: "meeting", min: 0, max: 200, step: 1, default: 0,
    label: ["For meeting", "For møte"],
    description: ["Which meeting of its arena the campaign recruits for (0 = the first); the campaign runs before every meeting from it when repeat is on.", "Hvilket møte i arenaen kampanjen rekrutterer til (0 = det første); kampanjen går før hvert møte fra og med dette når gjenta er på."]}),
  d({key: "outreach.*.repeat", group: "outreach", type: "boolean", unit: "", default: false,
    label: ["Before every meeting", "Før hvert møte"],
    description: ["The campaign is repeated before every later meeting.", "Kampanjen gjentas før hvert senere møte."]}),
  d({key: "outreach.*.invites", group: "outreach", type: "integer", unit: "users", min: 0, max: 5000, step: 1, default: 0, source: "003:L1725-1747", basis: "input",
    label: ["Users reached", "Brukere nådd"],
    description: ["Users the campaign reaches, drawn at random from the list (313 personal letters in Bjerke).", "Brukere kampanjen når, trukket tilfeldig fra listen (313 personlige brev på Bjerke)."]}),
  d({key: "outreach.*.signUp", group: "outreach", type: "number", unit: "probability", min: 0, max: 1, step: 0.005, default: 0.067, source: "003:L1740-1744", basis: "input",
    label: ["Sign-up", "Påmelding"],
    description: ["Chance that a reached user signs up; left out, the channel's (a personal letter: 21 of 313; the default shown is the letter's).", "Sjansen for at en nådd bruker melder seg på; utelatt gjelder kanalens (personlig brev: 21 av 313; standardverdien er brevets)."]}),
  d({key: "outreach.*.show", group: "outreach", type: "number", unit: "probability", min: 0, max: 1, step: 0.01, default: 0.3, source: "003:L1744-1745",
    label: ["Comes after signing up", "Kommer etter påmelding"],
    description: ["Chance that a signed-up user comes, before the slot and venue act; left out, the channel's (a personal letter: 6 of 21).", "Sjansen for at en påmeldt bruker kommer, før tidspunkt og sted virker; utelatt gjelder kanalens (personlig brev: 6 av 21)."]}),
  d({key: "outreach.*.cost", group: "outreach", type: "number", unit: "share of a personal invitation", min: 0, max: 1, step: 0.05, default: 1, source: "003:L1787-1789",
    label: ["Cost per user reached", "Kostnad per bruker nådd"],
    description: ["Staff time per user reached, as a share of a personal invitation's (staff.inviteHours); left out, the channel's (an enclosure with routine post costs nothing extra).", "Tid per bruker nådd, som andel av en personlig invitasjons (staff.inviteHours); utelatt gjelder kanalens (vedlegg til vanlig post koster ingenting ekstra)."]}),
  // ---- arenas
  d({key: "arenas.*.type", group: "arenas", type: "enum", unit: "", values: ARENA_TYPES, default: "meeting", source: "003:L1269-1301",
    label: ["Arena type", "Arenatype"],
    description: ["Open user meeting, user council, working committee, dialogue conference or listening post.", "Åpent brukermøte, brukerråd, arbeidsutvalg, dialogkonferanse eller lyttepost."]}),
  d({key: "arenas.*.first", group: "arenas", type: "integer", unit: "week", min: 0, max: 519, step: 1, default: 0,
    label: ["First meeting", "Første møte"],
    description: ["Week of the first meeting.", "Uke for første møte."]}),
  d({key: "arenas.*.interval", group: "arenas", type: "integer", unit: "weeks", min: 1, max: 520, step: 1, default: 8, source: "003:L1314-1448",
    label: ["Weeks between meetings", "Uker mellom møter"],
    description: ["Weeks from one meeting to the next (the Bjerke meetings came about every two months).", "Uker fra ett møte til det neste (møtene på Bjerke kom om lag annenhver måned)."]}),
  d({key: "arenas.*.count", group: "arenas", type: "integer", unit: "meetings", min: 0, max: 520, step: 1, default: 6, source: "003:L1314-1448",
    label: ["Meetings planned", "Planlagte møter"],
    description: ["Meetings planned (fewer are held if the arena is shut down).", "Planlagte møter (færre holdes hvis arenaen legges ned)."]}),
  d({key: "arenas.*.venue", group: "arenas", type: "enum", unit: "", values: VENUES, default: "neutral", source: "003:L1576-1583",
    label: ["Venue", "Sted"],
    description: ["The office (reception, locked doors) or a neutral place.", "Kontoret (resepsjon, låste dører) eller et nøytralt sted."]}),
  d({key: "arenas.*.slot", group: "arenas", type: "enum", unit: "", values: SLOTS, default: "daytime", source: "003:L1516-1536",
    label: ["Time slot", "Tidspunkt"],
    description: ["Daytime (working users cannot come) or evening (staff come when paid overtime).", "Dagtid (brukere i arbeid kan ikke komme) eller kveld (ansatte kommer når de får overtid)."]}),
  d({key: "arenas.*.interpreters", group: "arenas", type: "enum", unit: "", values: INTERPRETERS, default: "core", source: "003:L1604-1608",
    label: ["Interpreters", "Tolker"],
    description: ["None; the always-interpreted languages; or every language present.", "Ingen; språkene som alltid tolkes; eller alle språk som er til stede."]}),
  d({key: "arenas.*.agenda", group: "arenas", type: "enum", unit: "", values: AGENDAS, default: "staff", source: "003:L1273-1279",
    label: ["Who sets the agenda", "Hvem setter dagsorden"],
    description: ["Staff (users' structural problems do not get on the table; questions do), shared, or users alone (no staff agenda).", "Staben (brukernes strukturelle problemer kommer ikke på bordet; spørsmål gjør), delt, eller brukerne alene (ingen stabsdagsorden)."]}),
  d({key: "arenas.*.rule", group: "arenas", type: "enum", unit: "", values: RULES, default: "staff", source: "000:L1198-1210",
    label: ["Decision rule", "Beslutningsregel"],
    description: ["Staff decide (users advise); consensus of all present; joint (users' problems carried without a veto); users decide.", "Staben avgjør (brukerne gir råd); konsensus blant alle til stede; felles (brukernes problemer tas med uten veto); brukerne avgjør."]}),
  d({key: "arenas.*.entry", group: "arenas", type: "enum", unit: "", values: ENTRIES, default: "early", source: "000:L1160-1170, L1630-1632",
    label: ["User entry", "Brukernes inntreden"],
    description: ["Early: users' needs can get on the table; late: users come after the premises were set, so their needs do not get on the table (they listen, and under consensus must endorse).", "Tidlig: brukernes behov kan komme på bordet; sent: brukerne kommer etter at premissene er lagt, så behovene deres kommer ikke på bordet (de lytter, og ved konsensus må de slutte seg til)."]}),
  d({key: "arenas.*.sessions", group: "arenas", type: "integer", unit: "meetings", min: 1, max: 52, step: 1, default: 1,
    label: ["Meetings to a conclusion", "Møter til en konklusjon"],
    description: ["Meetings an occasion (a round of work) may take before it concludes whatever its energy.", "Møter en anledning (en arbeidsrunde) kan ta før den konkluderer uansett energi."]}),
  d({key: "arenas.*.hours", group: "arenas", type: "number", unit: "hours", min: 0, max: 24, step: 0.5, default: 2, source: "003:L1867-1889",
    label: ["Meeting length", "Møtelengde"],
    description: ["Hours a meeting lasts (user meetings about two hours).", "Timer et møte varer (brukermøter om lag to timer)."]}),
  d({key: "arenas.*.members", group: "arenas", type: "enum", unit: "", values: MEMBERS, default: "open", source: "003:L1273-1279",
    label: ["Who comes", "Hvem kommer"],
    description: ["Open to anyone who knows of it, or fixed user seats (council, committee).", "Åpent for alle som vet om det, eller faste brukerplasser (råd, utvalg)."]}),
  d({key: "arenas.*.seats", group: "arenas", type: "integer", unit: "users", min: 0, max: 100, step: 1, default: 0, source: "003:L2167-2173",
    label: ["User seats", "Brukerplasser"],
    description: ["Fixed user members, filled at the start (affiliated users first when affiliatedFirst is on).", "Faste brukermedlemmer, fylt ved start (tilknyttede brukere først når affiliatedFirst er på)."]}),
  d({key: "arenas.*.affiliatedFirst", group: "arenas", type: "boolean", unit: "", default: false, source: "000:L1031-1035",
    label: ["Seats to affiliated users first", "Plasser til tilknyttede først"],
    description: ["Seats go first to users employed in the project, then to members of a user organisation.", "Plasser går først til brukere ansatt i prosjektet, så til medlemmer av en brukerorganisasjon."]}),
  d({key: "arenas.*.attend", group: "arenas", type: "number", unit: "probability", min: 0, max: 1, step: 0.05, default: 0.8,
    label: ["Members come", "Medlemmer møter"],
    description: ["Chance that a member comes to a meeting (before the slot acts).", "Sjansen for at et medlem møter (før tidspunktet virker)."]}),
  d({key: "arenas.*.paid", group: "arenas", type: "boolean", unit: "", default: false, source: "003:L514-517",
    label: ["Paid user members", "Betalte brukermedlemmer"],
    description: ["User members are paid: their energy is multiplied by behaviour.paidEnergy.", "Brukermedlemmer får godtgjørelse: energien ganges med behaviour.paidEnergy."]}),
  d({key: "arenas.*.recruits", group: "arenas", type: "boolean", unit: "", default: false, source: "003:L1458-1462",
    label: ["Invites would-be organisers", "Inviterer arrangører"],
    description: ["Users who ticked that they want to organise are invited to this arena's meetings.", "Brukere som krysset av for å arrangere inviteres til møtene i denne arenaen."]}),
  d({key: "arenas.*.staffSeats", group: "arenas", type: "integer", unit: "persons", min: 0, max: 50, step: 1, default: 0, source: "003:L1283-1285",
    label: ["Staff members", "Ansatte medlemmer"],
    description: ["Staff who sit in the arena (0 = caseworkers come from the office by the slot's chance).", "Ansatte som sitter i arenaen (0 = saksbehandlere kommer fra kontoret etter tidspunktets sjanse)."]}),
  d({key: "arenas.*.general", group: "arenas", type: "boolean", unit: "", default: true, source: "003:L2059-2075",
    label: ["Answers general problems", "Svarer på allmenne problemer"],
    description: ["Problems of general interest can be answered here (one answer serves many).", "Problemer av allmenn interesse kan besvares her (ett svar tjener mange)."]}),
  d({key: "arenas.*.structural", group: "arenas", type: "boolean", unit: "", default: false, source: "003:L2059-2075",
    label: ["Works on structural problems", "Arbeider med strukturelle problemer"],
    description: ["Structural problems can be taken up and concluded here as proposed service changes.", "Strukturelle problemer kan tas opp og konkluderes her som foreslåtte tjenesteendringer."]})
];

const byKey = new Map(COLLECTIVE_PARAMETERS.map((p) => [p.key, p]));

/** The declaration for a dotted key; "arenas.au.venue" finds "arenas.*.venue". */
export function collectiveParamByKey(key: string): ParamDecl | undefined {
  const exact = byKey.get(key);
  if (exact) return exact;
  const parts = key.split(".");
  if (parts.length === 3) return byKey.get(`${parts[0]}.*.${parts[2]}`);
  return undefined;
}

function cell(s: string): string {
  return s.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

/** The collective parameter table of sim/ODD.md (Markdown). */
export function collectiveParameterTable(lang: "en" | "nb" = "en"): string {
  const head = lang === "nb" ? ["Nøkkel", "Navn", "Enhet", "Tillatt", "Standard", "Kilde"] : ["Key", "Name", "Unit", "Allowed", "Default", "Source"];
  const rows = COLLECTIVE_PARAMETERS.map((p) => ["`" + p.key + "`", p.label[lang], p.unit, allowedText(p), String(p.default), cite(p.source ?? "free") + (p.basis ? ` (${p.basis})` : "")].map(cell));
  return [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
}
