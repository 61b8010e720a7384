// Every parameter of the participation model, declared once as typed
// metadata. Validation (scenario.ts), the JSON Schema, CLI flags, sliders and
// the ODD parameter table all derive from this list.
//
// Keys are dotted paths into a scenario. A "*" segment stands for any id of a
// keyed collection: "arenas.*.interval" declares the interval of every arena,
// and paramByKey("arenas.team.interval") finds that declaration.

import type {AllowedKind} from "../input.ts";
import {USERS_OVER_TIME_DECLS} from "./usersOverTimeParams.ts";
import {cite} from "../sources.ts";

export type ParamType = "number" | "integer" | "boolean" | "enum";

export interface Bilingual {
  en: string;
  nb: string;
}

export interface ParamDecl {
  key: string;
  label: Bilingual;
  unit: string;
  type: ParamType;
  min?: number;
  max?: number;
  step?: number;
  values?: readonly string[];
  /** For enums whose allowed values also include the ids of a scenario collection (e.g. "advocates"). */
  ref?: "advocates" | "roles" | "domains";
  default: number | boolean | string;
  description: Bilingual;
  group: string;
  /** Source passage behind the default, a key such as "002:L383-391" (docs/sources.md), when the texts give one; without it the parameter is free (reported as "free"). */
  source?: string;
  /**
   * "input": the default is plugged in from a figure of its source (e.g. 21 of 313 letters:
   * sign-up 0.067), so that figure cannot also check the model (sim/ODD.md, Calibration).
   */
  basis?: "input";
}

type Decl = Omit<ParamDecl, "label" | "description"> & {label: [string, string]; description: [string, string]};

function d(x: Decl): ParamDecl {
  return {...x, label: {en: x.label[0], nb: x.label[1]}, description: {en: x.description[0], nb: x.description[1]}};
}

const USERS_OVER_TIME: ParamDecl[] = USERS_OVER_TIME_DECLS.map(d);

export const PARAMETERS: readonly ParamDecl[] = [
  // ---- time and users
  d({key: "horizon", group: "time", type: "integer", unit: "weeks", min: 1, max: 520, step: 1, default: 52,
    label: ["Horizon", "Tidshorisont"],
    description: ["Weeks simulated; one period is one week.", "Antall uker som simuleres; én periode er én uke."]}),
  d({key: "users.count", group: "users", type: "integer", unit: "users", min: 1, max: 500, step: 1, default: 10, source: "002:L404-405",
    label: ["Users", "Brukere"],
    description: ["Users served by the organisation (a team reviewed about 10 users per municipality).", "Brukere som organisasjonen betjener (et team gikk gjennom om lag ti brukere per kommune)."]}),
  d({key: "users.casesPerYear", group: "users", type: "number", unit: "cases/user/year", min: 0, max: 52, step: 0.1, default: 2,
    label: ["Cases per user per year", "Saker per bruker per år"],
    description: ["Mean rate at which each user's cases (needs to be decided) arrive; arrivals are Bernoulli per week.", "Gjennomsnittlig rate for nye saker (behov som skal avgjøres) per bruker; ankomster trekkes per uke."]}),
  d({key: "users.patience", group: "users", type: "integer", unit: "weeks", min: 1, max: 520, step: 1, default: 26, source: "001:L3205-3211",
    label: ["Patience", "Tålmodighet"],
    description: ["Weeks a case can wait undecided before the user gives up and it is lost (flight).", "Uker en sak kan vente uavgjort før brukeren gir opp og saken faller bort (flukt)."]}),
  d({key: "users.healthPersistence", group: "users", type: "number", unit: "weekly autocorrelation", min: 0, max: 0.99, step: 0.01, default: 0.7, source: "004:L1773-1777",
    label: ["Persistence of health", "Varighet av helsetilstand"],
    description: ["Week-to-week autocorrelation of a user's (latent, Gaussian) health: a user too ill for one meeting is likely too ill the next week too (periods of illness); 0 = independent at every meeting.", "Uke-til-uke-autokorrelasjon i brukerens (latente, normalfordelte) helse: en bruker som er for syk til ett møte er trolig for syk uken etter også (perioder med sykdom); 0 = uavhengig ved hvert møte."]}),
  d({key: "users.preferenceNoise", group: "users", type: "number", unit: "fit units (sd)", min: 0, max: 2, step: 0.05, default: 0.35, source: "002:L349-355",
    label: ["Preference noise", "Støy i preferanse"],
    description: ["Sd of an uninformed user's error in judging each solution's fit; shrinks with the information the user has.", "Standardavvik for en uinformert brukers feil i vurderingen av hver løsning; krymper med informasjonen brukeren har."]}),
  // ---- user types
  d({key: "userTypes.*.share", group: "user types", type: "number", unit: "share", min: 0, max: 1, step: 0.05, default: 1,
    label: ["Share", "Andel"],
    description: ["Share of users of this type (shares are normalised).", "Andel brukere av denne typen (andelene normaliseres)."]}),
  d({key: "userTypes.*.dependence", group: "user types", type: "number", unit: "0-1", min: 0, max: 1, step: 0.05, default: 0.5, source: "002:L229-241",
    label: ["Dependence", "Avhengighet"],
    description: ["How much the user depends on the services; lowers voice and the readiness to refuse a proposal.", "Hvor avhengig brukeren er av tjenestene; svekker stemmen og viljen til å si nei til et forslag."]}),
  d({key: "userTypes.*.attendance", group: "user types", type: "number", unit: "probability", min: 0, max: 1, step: 0.05, default: 0.85, source: "004:L1773-1777",
    label: ["Capacity to attend", "Kapasitet til å møte"],
    description: ["Probability that the user is well enough to attend a meeting (health above the threshold; see users.healthPersistence).", "Sannsynlighet for at brukeren er frisk nok til å møte (helse over terskelen; se users.healthPersistence)."]}),
  d({key: "userTypes.*.literacy", group: "user types", type: "number", unit: "0-1", min: 0, max: 1, step: 0.05, default: 0.3, source: "000:L1569-1583",
    label: ["System literacy", "Systemkunnskap"],
    description: ["Knowing the rules of the game: own information about offers, and the chance to put one's own alternative on the table.", "Å kjenne spillereglene: egen informasjon om tilbud, og sjansen for å legge frem et eget alternativ."]}),
  d({key: "userTypes.*.initiative", group: "user types", type: "number", unit: "probability", min: 0, max: 1, step: 0.05, default: 0.4, source: "002:L440-442",
    label: ["Initiative", "Initiativ"],
    description: ["Probability that the user raised (formulated) the case themself.", "Sannsynlighet for at brukeren selv tok opp (formulerte) saken."]}),
  d({key: "userTypes.*.proxy", group: "user types", type: "number", unit: "share", min: 0, max: 1, step: 0.05, default: 0.3, source: "001:L3416-3418",
    label: ["Has a proxy", "Har stedfortreder"],
    description: ["Share of users with a relative or guardian who attends in their place when they cannot.", "Andel brukere med pårørende eller verge som møter når de selv ikke kan."]}),
  d({key: "userTypes.*.advocate", group: "user types", type: "enum", unit: "", values: ["none"], ref: "advocates", default: "none", source: "002:L587-631",
    label: ["Advocate", "Talsperson"],
    description: ["Advocate who accompanies users of this type: none, or the id of one of the scenario's advocates.", "Talsperson som følger brukere av denne typen: ingen, eller id-en til en av scenarioets talspersoner."]}),
  // ---- staff
  d({key: "staff.hoursPerWeek", group: "staff", type: "number", unit: "hours/week", min: 0, max: 40, step: 0.5, default: 6,
    label: ["Hours per professional", "Timer per tjenesteyter"],
    description: ["Weekly hours each professional has for the modelled users' cases (before admin and time pressure).", "Ukentlige timer hver tjenesteyter har til de modellerte brukernes saker (før administrasjon og tidspress)."]}),
  d({key: "staff.allocation", group: "staff", type: "enum", unit: "", values: ["closest", "oldest"], default: "closest",
    label: ["Where staff put their hours", "Hvor personalet legger timene"],
    description: ["Closest: each professional puts the week's free hours into the open choice closest to completion (the 1972 rule, docs/classic-1972.md §1.9); oldest: into the choice open longest (first come, first served), a declared alternative.", "Nærmest: hver tjenesteyter legger ukens ledige timer i det åpne valget nærmest avgjørelse (1972-regelen, docs/classic-1972.md §1.9); eldst: i valget som har stått åpent lengst (først til mølla), et deklarert alternativ."]}),
  d({key: "staff.assessmentNoise", group: "staff", type: "number", unit: "fit units (sd)", min: 0, max: 2, step: 0.05, default: 0.25,
    label: ["Assessment noise", "Støy i faglig vurdering"],
    description: ["Sd of one professional's error in assessing a solution's fit; a meeting pools its professionals (sd / sqrt(n)).", "Standardavvik for én tjenesteyters feil i vurderingen av en løsning; et møte samler tjenesteyterne (sd / kvrot(n))."]}),
  d({key: "staff.ownServiceBias", group: "staff", type: "number", unit: "fit units", min: 0, max: 2, step: 0.05, default: 0.15, source: "002:L195-201",
    label: ["Own-service bias", "Skjevhet mot egen tjeneste"],
    description: ["Score a professional adds to solutions provided by their own service.", "Tillegg en tjenesteyter gir løsninger som egen tjeneste tilbyr."]}),
  d({key: "staff.vacancyBias", group: "staff", type: "number", unit: "multiplier", min: 0, max: 5, step: 0.1, default: 1, source: "002:L198-201",
    label: ["Vacancy pressure", "Press fra ledige plasser"],
    description: ["The own-service bias is multiplied by 1 + this x the service's share of vacant places (a solution looking for a problem).", "Skjevheten ganges med 1 + dette x tjenestens andel ledige plasser (en løsning som leter etter et problem)."]}),
  d({key: "roles.*.count", group: "staff", type: "integer", unit: "persons", min: 0, max: 20, step: 1, default: 1, source: "002:L619-621",
    label: ["Persons", "Personer"],
    description: ["Professionals of this role who attend the arenas listing it (adds voices and hours).", "Tjenesteytere i denne rollen som møter på arenaene der rollen er med (gir flere stemmer og timer)."]}),
  d({key: "roles.*.knowledge", group: "staff", type: "number", unit: "probability", min: 0, max: 1, step: 0.05, default: 0.8, source: "002:L349-351, L375-381",
    label: ["Knowledge of offers", "Kunnskap om tilbud"],
    description: ["Probability that this role knows each specialised offer (drawn once per run: a lasting trait) and can explain alternatives and consequences.", "Sannsynlighet for at rollen kjenner hvert spesialiserte tilbud (trukket én gang per kjøring: en varig egenskap) og kan forklare alternativer og konsekvenser."]}),
  // ---- load
  d({key: "load.timePressure", group: "load", type: "number", unit: "multiplier", min: 0.25, max: 10, step: 0.05, default: 1, source: "001:L3561-3565",
    label: ["Time pressure", "Tidspress"],
    description: ["Net energy load (as in 1972): other work competing for the same hours; each professional's free hours per week are divided by this. Nothing else changes with it.", "Netto energibelastning (som i 1972): annet arbeid som konkurrerer om de samme timene; hver tjenesteyters ledige timer per uke deles på dette. Ingenting annet endres."]}),
  d({key: "load.adminShare", group: "load", type: "number", unit: "share", min: 0, max: 0.95, step: 0.05, default: 0.2, source: "001:L3661-3665",
    label: ["Admin share", "Andel administrasjon"],
    description: ["Share of the professionals' hours taken by administration and paperwork.", "Andel av tjenesteyternes timer som går til administrasjon og papirarbeid."]}),
  d({key: "load.occupancy", group: "load", type: "number", unit: "share", min: 0, max: 1, step: 0.05, default: 0.7,
    label: ["Initial occupancy", "Belegg ved start"],
    description: ["Share of each capacity-limited solution's places taken at the start.", "Andel av plassene i hver kapasitetsbegrensede løsning som er opptatt ved start."]}),
  // ---- power
  d({key: "power.userBase", group: "power", type: "number", unit: "weight", min: 0, max: 5, step: 0.05, default: 1,
    label: ["User voice", "Brukerens stemme"],
    description: ["Weight of a present, independent, informed user facing one professional (the professionals' pooled view weighs 1).", "Vekten til en tilstedeværende, uavhengig og informert bruker overfor én tjenesteyter (tjenesteyternes samlede syn veier 1)."]}),
  d({key: "power.dependence", group: "power", type: "number", unit: "0-1", min: 0, max: 1, step: 0.05, default: 0.6, source: "002:L229-241",
    label: ["Effect of dependence", "Virkning av avhengighet"],
    description: ["Voice is multiplied by 1 - this x the user's dependence.", "Stemmen ganges med 1 - dette x brukerens avhengighet."]}),
  d({key: "power.crowding", group: "power", type: "number", unit: "per professional", min: 0, max: 2, step: 0.05, default: 0.25, source: "002:L619-621",
    label: ["Crowding", "Overtall"],
    description: ["Voice is divided by 1 + this x (professionals present - 1): a user alone against many professionals.", "Stemmen deles på 1 + dette x (tjenesteytere til stede - 1): en bruker alene mot mange."]}),
  d({key: "power.informedVoice", group: "power", type: "number", unit: "share", min: 0, max: 1, step: 0.05, default: 0.7, source: "002:L383-391",
    label: ["Information needed to negotiate", "Informasjon som trengs for å forhandle"],
    description: ["Share of the voice that depends on being informed: voice x (1 - this x (1 - information)).", "Andel av stemmen som avhenger av informasjon: stemme x (1 - dette x (1 - informasjon))."]}),
  d({key: "power.wishWeight", group: "power", type: "number", unit: "weight", min: 0, max: 5, step: 0.05, default: 0.2, source: "002:L352-355",
    label: ["Weight of a stated wish", "Vekt av et uttrykt ønske"],
    description: ["Score staff add to the solution the user wished for when staff decide (a wish on a form or voiced in a meeting).", "Tillegg staben gir løsningen brukeren ønsket når staben avgjør (ønske på skjema eller i møtet)."]}),
  d({key: "power.consultantWeight", group: "power", type: "number", unit: "weight", min: 0, max: 5, step: 0.05, default: 0.5, source: "002:L408-410",
    label: ["Experience consultant weight", "Vekt for erfaringskonsulent"],
    description: ["Weight of the experience consultant's general user perspective (solution appeal), which carries no case-specific preference.", "Vekt for erfaringskonsulentens generelle brukerperspektiv (løsningenes appell), uten kunnskap om den enkeltes ønske."]}),
  d({key: "power.proxyWeight", group: "power", type: "number", unit: "share", min: 0, max: 1, step: 0.05, default: 0.7, source: "001:L3294-3298",
    label: ["Proxy weight", "Vekt for stedfortreder"],
    description: ["A proxy's voice as a share of the user's own.", "Stedfortrederens stemme som andel av brukerens egen."]}),
  d({key: "power.refusal", group: "power", type: "number", unit: "probability", min: 0, max: 1, step: 0.05, default: 0.5, source: "001:L2722-2726",
    label: ["Readiness to refuse", "Vilje til å si nei"],
    description: ["Probability that a user whose first preference is not offered refuses, times (1 - dependence).", "Sannsynlighet for at en bruker som ikke får tilbud om førstevalget sier nei, ganger (1 - avhengighet)."]}),
  // ---- advocates
  d({key: "advocates.*.kind", group: "advocates", type: "enum", unit: "", values: ["internal", "external"], default: "external", source: "002:L626-631",
    label: ["Kind", "Type"],
    description: ["Internal (a professional of the service: the hours come out of the staff's free hours the next week, and colleagues present raise a loyalty barrier) or external (guardian, peer supporter: no staff hours, no loyalty barrier, own system knowledge; the hours are reported as paid advocate hours; can stand in for a user too ill to attend).", "Intern (en tjenesteyter: timene tas fra stabens ledige timer uken etter, og kolleger til stede gir en lojalitetsbarriere) eller ekstern (verge, støttespiller: ingen timer fra staben, ingen lojalitetsbarriere, egen systemkunnskap; timene rapporteres som betalte timer; kan møte for en bruker som er for syk)."]}),
  d({key: "advocates.*.knowledge", group: "advocates", type: "number", unit: "probability", min: 0, max: 1, step: 0.05, default: 0.8, source: "002:L612-615",
    label: ["System knowledge", "Systemkunnskap"],
    description: ["Probability that the advocate knows each specialised offer (drawn once per run per user), explains consequences and puts the user's alternative on the table.", "Sannsynlighet for at talspersonen kjenner hvert spesialiserte tilbud (trukket én gang per kjøring per bruker), forklarer konsekvenser og legger frem brukerens alternativ."]}),
  d({key: "advocates.*.weight", group: "advocates", type: "number", unit: "weight", min: 0, max: 5, step: 0.05, default: 1,
    label: ["Argument weight", "Tyngde"],
    description: ["Weight the advocate adds to the user's side, times knowledge and (1 - loyalty).", "Vekt talspersonen legger på brukerens side, ganger kunnskap og (1 - lojalitet)."]}),
  d({key: "advocates.*.loyalty", group: "advocates", type: "number", unit: "0-1", min: 0, max: 1, step: 0.05, default: 0, source: "002:L626-631",
    label: ["Loyalty barrier", "Lojalitetsbarriere"],
    description: ["For an internal advocate: the loyalty barrier each colleague present adds (barrier = 1 - (1 - this)^colleagues present), holding back the advocate's weight. An external advocate has no loyalty to the service: this is ignored.", "For en intern talsperson: lojalitetsbarrieren hver kollega til stede gir (barriere = 1 - (1 - dette)^kolleger til stede), som holder talspersonens tyngde tilbake. En ekstern talsperson har ingen lojalitet til tjenesten: ignoreres."]}),
  d({key: "advocates.*.hours", group: "advocates", type: "number", unit: "hours/case", min: 0, max: 20, step: 0.5, default: 1,
    label: ["Hours per case", "Timer per sak"],
    description: ["Hours the advocate puts into each case decided with them present (internal: staff hours; external: paid hours).", "Timer talspersonen legger i hver sak som avgjøres med dem til stede (intern: stabens timer; ekstern: betalte timer)."]}),
  // ---- solutions
  d({key: "solutions.*.provider", group: "solutions", type: "enum", unit: "", values: ["none"], ref: "roles", default: "none",
    label: ["Provider", "Tilbyder"],
    description: ["Role whose service provides this solution (its professionals favour it).", "Rollen som tilbyr løsningen (dens tjenesteytere foretrekker den)."]}),
  d({key: "solutions.*.specialised", group: "solutions", type: "boolean", unit: "", default: false, source: "002:L375-381",
    label: ["Specialised", "Spesialisert"],
    description: ["Known only to those with knowledge of specialised offers.", "Kjent bare for dem som kjenner spesialiserte tilbud."]}),
  d({key: "solutions.*.places", group: "solutions", type: "integer", unit: "places", min: 0, max: 10000, step: 1, default: 0, source: "001:L2848-2852",
    label: ["Places", "Plasser"],
    description: ["Capacity; 0 = unlimited.", "Kapasitet; 0 = ubegrenset."]}),
  d({key: "solutions.*.stay", group: "solutions", type: "integer", unit: "weeks", min: 1, max: 520, step: 1, default: 8,
    label: ["Length of stay", "Varighet"],
    description: ["Weeks a place stays taken once granted.", "Uker en plass er opptatt når den er tildelt."]}),
  d({key: "solutions.*.appeal", group: "solutions", type: "number", unit: "0-1", min: 0, max: 1, step: 0.05, default: 0.5,
    label: ["General appeal", "Generell appell"],
    description: ["How users in general value this solution; half of each case's need fit, and the experience consultant's view.", "Hvor godt brukere generelt liker løsningen; halve behovstilpasningen i hver sak, og erfaringskonsulentens syn."]}),
  // ---- arenas
  d({key: "arenas.*.trigger", group: "arenas", type: "enum", unit: "", values: ["schedule", "case"], default: "schedule", source: "002:L312-316",
    label: ["Trigger", "Utløser"],
    description: ["Meets on a schedule (every interval weeks) or whenever a case is waiting for it (e.g. a discharge).", "Møtes etter plan (hver intervall-uke) eller når en sak venter (f.eks. utskrivning)."]}),
  d({key: "arenas.*.interval", group: "arenas", type: "integer", unit: "weeks", min: 1, max: 104, step: 1, default: 2, source: "002:L401-402, L425-427",
    label: ["Interval", "Intervall"],
    description: ["Weeks between scheduled meetings (team: weekly, later every 2-3 weeks; responsibility group: 2-4 times a year).", "Uker mellom planlagte møter (team: ukentlig, senere hver 2.-3. uke; ansvarsgruppe: 2-4 ganger i året)."]}),
  d({key: "arenas.*.offset", group: "arenas", type: "integer", unit: "weeks", min: 0, max: 103, step: 1, default: 0,
    label: ["Offset", "Forskyvning"],
    description: ["Week of the first meeting (for per-user arenas, each user's offset is drawn at random instead).", "Uke for første møte (for arenaer per bruker trekkes hver brukers forskyvning i stedet)."]}),
  d({key: "arenas.*.perUser", group: "arenas", type: "boolean", unit: "", default: false, source: "002:L495-545",
    label: ["One per user", "Én per bruker"],
    description: ["Each user has their own meeting of this arena (a responsibility group around one user).", "Hver bruker har sitt eget møte av denne arenaen (en ansvarsgruppe rundt én bruker)."]}),
  d({key: "arenas.*.access", group: "arenas", type: "number", unit: "share", min: 0, max: 1, step: 0.05, default: 1, source: "002:L427-428",
    label: ["Access", "Tilgang"],
    description: ["Share of users whose cases may come to this arena (not everyone had a responsibility group).", "Andel brukere hvis saker kan komme til arenaen (ikke alle hadde en ansvarsgruppe)."]}),
  d({key: "arenas.*.agenda", group: "arenas", type: "integer", unit: "cases/meeting", min: 1, max: 500, step: 1, default: 10, source: "002:L404-405",
    label: ["Agenda capacity", "Saker per møte"],
    description: ["Cases a meeting can take up.", "Saker et møte kan ta opp."]}),
  d({key: "arenas.*.mode", group: "arenas", type: "enum", unit: "", values: ["decide", "report"], default: "decide", source: "002:L537-545",
    label: ["Mode", "Modus"],
    description: ["Decide: staff put forward alternatives; report: time goes to reports and staff put forward only their own proposal.", "Beslutte: staben legger frem alternativer; rapportere: tiden går til rapporter og staben legger bare frem sitt eget forslag."]}),
  d({key: "arenas.*.channel", group: "arenas", type: "enum", unit: "", values: ["two-way", "written"], default: "two-way", source: "002:L357-364",
    label: ["Channel", "Kanal"],
    description: ["Two-way exchange in a meeting, or a one-way written form.", "Gjensidig samtale i et møte, eller et enveis skriftlig skjema."]}),
  d({key: "arenas.*.seat", group: "arenas", type: "enum", unit: "", values: ["present", "proxy", "absent"], default: "present", source: "002:L406-409; 004:L1773-1777",
    label: ["User's seat", "Brukerens plass"],
    description: ["Present: the user is invited (attends when well enough, else a proxy or external advocate stands in); proxy: only a proxy (relative, guardian, external advocate) may sit for the user; absent: the user is excluded.", "Til stede: brukeren er invitert (møter når formen tillater, ellers møter stedfortreder eller ekstern talsperson); stedfortreder: bare en stedfortreder (pårørende, verge, ekstern talsperson) kan møte for brukeren; fraværende: brukeren er utelukket."]}),
  d({key: "arenas.*.optionsShown", group: "arenas", type: "integer", unit: "options", min: 0, max: 50, step: 1, default: 0, source: "002:L446-453",
    label: ["Most options worked through", "Flest alternativer som gjennomgås"],
    description: ["Ceiling on the alternatives a meeting works through per case (0 = no ceiling). How many it actually works through emerges from the energy the meeting has per case and from what those present know.", "Øvre grense for alternativer et møte går gjennom per sak (0 = ingen grense). Hvor mange det faktisk blir, følger av energien møtet har per sak og av hva de som er til stede vet."]}),
  d({key: "arenas.*.rule", group: "arenas", type: "enum", unit: "", values: ["staff", "veto", "negotiate", "user"], default: "negotiate", source: "002:L418-420",
    label: ["Decision rule", "Beslutningsregel"],
    description: ["Staff decide (a wish counts a little); staff propose and the user may say yes/no; negotiated with power weights; the user decides.", "Staben avgjør (et ønske teller litt); staben foreslår og brukeren kan si ja/nei; forhandlet med maktvekter; brukeren avgjør."]}),
  d({key: "arenas.*.consultant", group: "arenas", type: "boolean", unit: "", default: false, source: "002:L408-410",
    label: ["Experience consultant", "Erfaringskonsulent"],
    description: ["An experience consultant takes part (general user perspective, no case-specific preference).", "En erfaringskonsulent deltar (generelt brukerperspektiv, ingen kunnskap om den enkeltes ønske)."]}),
  d({key: "arenas.*.formBy", group: "arenas", type: "enum", unit: "", values: ["none"], ref: "roles", default: "none", source: "002:L314-320, L349-355",
    label: ["Form written by", "Skjema fylles ut av"],
    description: ["On a written channel, the role that writes the form; the user's wish is filtered by what that role knows.", "Ved skriftlig kanal: rollen som fyller ut skjemaet; brukerens ønske filtreres av hva rollen vet."]}),
  d({key: "arenas.*.hoursPerCase", group: "arenas", type: "number", unit: "hours/alternative/professional", min: 0, max: 40, step: 0.25, default: 1, source: "002:L330-333",
    label: ["Hours per alternative", "Timer per alternativ"],
    description: ["Energy (hours of each professional present) to work one alternative of one case through: a case attached to the arena's choice requires this (the 1972 load); each further alternative costs the same again out of the energy the meeting has (a hospital visit costs more than a form).", "Energi (timer per tjenesteyter til stede) for å gå gjennom ett alternativ i én sak: en sak knyttet til arenaens valg krever dette (belastningen i 1972-modellen); hvert alternativ til koster det samme igjen av energien møtet har (et sykehusbesøk koster mer enn et skjema)."]}),
  d({key: "arenas.*.meetingHours", group: "arenas", type: "number", unit: "hours/meeting/professional", min: 0, max: 40, step: 0.25, default: 0.5,
    label: ["Meeting overhead", "Møtetid"],
    description: ["Energy a choice of this arena requires of its own (hours per professional present), whatever cases are attached.", "Energi et valg på denne arenaen krever i seg selv (timer per tjenesteyter til stede), uansett hvilke saker som er knyttet til det."]}),
  d({key: "arenas.*.reportHours", group: "arenas", type: "number", unit: "hours/case/professional", min: 0, max: 40, step: 0.25, default: 0.5, source: "002:L537-545",
    label: ["Reporting time", "Rapporteringstid"],
    description: ["In report mode, hours of each professional present that go to reporting on each case before any alternative is worked through (added to the case's requirement and taken from the energy for alternatives).", "I rapporteringsmodus: timer per tjenesteyter til stede som går til å rapportere om hver sak før noe alternativ gjennomgås (legges til sakens krav og tas fra energien til alternativer)."]}),
  d({key: "arenas.*.deadline", group: "arenas", type: "integer", unit: "weeks", min: 0, max: 104, step: 1, default: 0, source: "002:L312-316",
    label: ["Deadline", "Frist"],
    description: ["Weeks from a choice opening to the date it must be made whatever its energy (a discharge date, an allocation round that closes); cases still uncovered then are decided without attention (oversight). 0 = no deadline.", "Uker fra et valg åpner til det må tas uansett energi (en utskrivningsdato, en tildelingsrunde som lukkes); saker som ikke er dekket da avgjøres uten oppmerksomhet (overseelse). 0 = ingen frist."]}),
  // declared after the parameters above (and before the users-over-time block) so that their Latin-hypercube draws stay as they were
  d({key: "staff.vacancyPull", group: "staff", type: "number", unit: "cases", min: 0, max: 10, step: 0.25, default: 1,
    label: ["Pull of vacant places", "Trekk fra ledige plasser"],
    description: ["An offer with vacant places looks for cases at the open choice closest to completion among its provider's arenas (Hansen «Ulike beskrivelser av brukermedvirkning», 002:L198-201); a waiting case sees that choice as this many cases' hours closer to completion per offer there, so cases are drawn to where vacancies look for them. 0 = offers do not pull cases.", "Et tilbud med ledige plasser leter etter saker ved det åpne valget nærmest avgjørelse blant arenaene tilbyderen møter på (Hansen «Ulike beskrivelser av brukermedvirkning», 002:L198-201); en ventende sak ser det valget som så mange saksbehandlinger nærmere avgjørelse per tilbud der, så sakene trekkes dit ledige plasser leter. 0 = tilbudene trekker ikke saker."]}),
  // ---- users over time (issue: mastery, trust, follow-up, coping, domains, hand-offs).
  // Every block below is off by default: a scenario without it runs exactly as before.
  ...USERS_OVER_TIME
];

const byKey = new Map(PARAMETERS.map((p) => [p.key, p]));

/** The declaration for a dotted key; "arenas.team.interval" finds "arenas.*.interval". */
export function paramByKey(key: string): ParamDecl | undefined {
  const exact = byKey.get(key);
  if (exact) return exact;
  const parts = key.split(".");
  if (parts.length === 3) return byKey.get(`${parts[0]}.*.${parts[2]}`);
  return undefined;
}

/** Allowed values of a declaration as text (for error messages and tables). */
export function allowedText(p: ParamDecl, refIds: readonly string[] = []): string {
  switch (p.type) {
    case "boolean":
      return "true or false";
    case "enum": {
      const values = [...(p.values ?? []), ...refIds];
      const list = values.length ? values.join(", ") : "";
      return p.ref ? (list ? `${list}, or an id of ${p.ref}` : `an id of ${p.ref}`) : list;
    }
    case "integer":
      return `an integer in [${p.min}, ${p.max}]`;
    default:
      return `a number in [${p.min}, ${p.max}]`;
  }
}

/** What allowedText says, in machine-readable form (for an interface in another language). */
export function allowedKindOf(p: ParamDecl, refIds: readonly string[] = []): AllowedKind {
  switch (p.type) {
    case "boolean": return {kind: "boolean"};
    case "enum": return {kind: "values", values: [...(p.values ?? []), ...refIds], ...(p.ref ? {ref: p.ref} : {})};
    case "integer": return {kind: "integer", min: p.min!, max: p.max!};
    default: return {kind: "number", min: p.min!, max: p.max!};
  }
}

function cell(s: string): string {
  return s.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

/** The parameter table of sim/ODD.md (Markdown), generated from PARAMETERS. */
export function parameterTable(lang: "en" | "nb" = "en"): string {
  const head = lang === "nb"
    ? ["Nøkkel", "Navn", "Enhet", "Tillatt", "Standard", "Beskrivelse", "Kilde"]
    : ["Key", "Name", "Unit", "Allowed", "Default", "Description", "Source"];
  const rows = PARAMETERS.map((p) => [
    "`" + p.key + "`",
    p.label[lang],
    p.unit,
    allowedText(p),
    p.default === "" ? "-" : String(p.default),
    p.description[lang],
    cite(p.source ?? "free")
  ].map(cell));
  return [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
}
