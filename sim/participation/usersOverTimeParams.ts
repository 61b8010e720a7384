// The parameters of users over time (feedback loops on the user, follow-up
// arenas, street-level coping, domains of decision, desired level, hand-offs
// between services), declared like every other parameter (parameters.ts
// appends them to PARAMETERS). Each loop or policy has a switch or a neutral
// default that leaves a scenario without it running exactly as before:
// booleans off, rates that act only when their switch is on, and per-member
// fields whose default changes nothing (cognition 1, desired step 3 with no
// one declining, domain "any", follow-up "none").

/** A declaration as parameters.ts's `d` takes it (kept structural here so this module imports nothing). */
export interface RawDecl {
  key: string;
  group: string;
  type: "number" | "integer" | "boolean" | "enum";
  unit: string;
  min?: number;
  max?: number;
  step?: number;
  values?: readonly string[];
  ref?: "advocates" | "roles" | "domains";
  default: number | boolean | string;
  source?: string;
  label: [string, string];
  description: [string, string];
}

export const USERS_OVER_TIME_DECLS: readonly RawDecl[] = [
  // ---- feedback loops on the user (userState.ts)
  {key: "feedback.mastery", group: "user feedback", type: "boolean", unit: "", default: false, source: "004:L555-561",
    label: ["Mastery loop", "Mestringssløyfe"],
    description: ["A decision that follows the user's own preference (the user present) raises their competence toward a ceiling; an overridden one lowers it. Competence takes the place of system literacy (information, raising an own alternative).", "En beslutning som følger brukerens eget ønske (brukeren til stede) øker kompetansen mot et tak; en overstyrt beslutning senker den. Kompetansen trer i stedet for systemkunnskap (informasjon, å legge frem et eget alternativ)."]},
  {key: "feedback.masteryRate", group: "user feedback", type: "number", unit: "share per decision", min: 0, max: 1, step: 0.05, default: 0.2,
    label: ["Mastery rate", "Mestringsrate"],
    description: ["Share of the distance to the ceiling (or to 0 when overridden) that one decision moves competence.", "Andel av avstanden til taket (eller til 0 ved overstyring) som én beslutning flytter kompetansen."]},
  {key: "feedback.masteryCap", group: "user feedback", type: "number", unit: "0-1", min: 0, max: 1, step: 0.05, default: 0.9, source: "004:L973-977",
    label: ["Mastery ceiling", "Tak for mestring"],
    description: ["Saturation: competence does not rise above this (users who get over-excited, 'supergira').", "Metning: kompetansen stiger ikke over dette (brukere som blir «supergira»)."]},
  {key: "feedback.trust", group: "user feedback", type: "boolean", unit: "", default: false, source: "003:L1469-1471; 004:L530-534, L1398-1404",
    label: ["Trust loop", "Tillitssløyfe"],
    description: ["Trust scales the chance of turning up (attendance x trust). Each decision moves trust toward 1 when it realises the user's preference and toward 0 when it does not (overridden, or made without the user and missing what they wanted).", "Tillit skalerer sjansen for å møte (oppmøte x tillit). Hver beslutning flytter tilliten mot 1 når den oppfyller brukerens ønske og mot 0 når den ikke gjør det (overstyrt, eller tatt uten brukeren og bom på hva de ville)."]},
  {key: "feedback.trustRate", group: "user feedback", type: "number", unit: "share per decision", min: 0, max: 1, step: 0.05, default: 0.2,
    label: ["Trust rate", "Tillitsrate"],
    description: ["Share of the distance to 1 (or to 0) that one decision moves trust.", "Andel av avstanden til 1 (eller til 0) som én beslutning flytter tilliten."]},
  {key: "feedback.trustStart", group: "user feedback", type: "number", unit: "0-1", min: 0.05, max: 1, step: 0.05, default: 0.8, source: "004:L530-534",
    label: ["Trust at start", "Tillit ved start"],
    description: ["Each user's trust in the system at the start (mistrust built up before).", "Hver brukers tillit til systemet ved start (mistillit bygd opp tidligere)."]},
  {key: "feedback.motivation", group: "user feedback", type: "boolean", unit: "", default: false, source: "001:L3205-3211",
    label: ["Motivation decays while waiting", "Motivasjon som svinner mens man venter"],
    description: ["A user's motivation falls each week they have a case waiting; below the floor their waiting cases leave by flight. A decision restores it.", "Brukerens motivasjon faller hver uke de har en sak som venter; under gulvet forsvinner ventende saker (flukt). En beslutning gjenoppretter den."]},
  {key: "feedback.motivationDecay", group: "user feedback", type: "number", unit: "per week", min: 0, max: 1, step: 0.01, default: 0.05,
    label: ["Decay of motivation", "Motivasjonstap"],
    description: ["Motivation lost per week with a case waiting (motivation starts at 1).", "Motivasjon som tapes per uke med en sak som venter (motivasjonen starter på 1)."]},
  {key: "feedback.motivationFloor", group: "user feedback", type: "number", unit: "0-1", min: 0, max: 1, step: 0.05, default: 0.3,
    label: ["Motivation floor", "Gulv for motivasjon"],
    description: ["Below this motivation the user gives up their waiting cases (flight).", "Under denne motivasjonen gir brukeren opp sakene som venter (flukt)."]},
  {key: "feedback.cooptation", group: "user feedback", type: "boolean", unit: "", default: false, source: "001:L2303-2311",
    label: ["Co-optation", "Kooptering"],
    description: ["Each decision the user took part in lowers their later readiness to refuse (dissent).", "Hver beslutning brukeren deltok i senker senere vilje til å si nei (uenighet)."]},
  {key: "feedback.cooptationRate", group: "user feedback", type: "number", unit: "share per decision", min: 0, max: 1, step: 0.05, default: 0.2,
    label: ["Co-optation rate", "Kooptering per beslutning"],
    description: ["Share of the readiness to refuse lost per decision taken part in.", "Andel av viljen til å si nei som tapes per beslutning man deltok i."]},
  {key: "userTypes.*.cognition", group: "user types", type: "number", unit: "0-1", min: 0, max: 1, step: 0.05, default: 1, source: "004:L1426-1438",
    label: ["Cognition", "Kognisjon"],
    description: ["Capacity for structured, rational planning; below the follow-up threshold structured work does not sharpen the worker's view and the user cannot set the goal.", "Evne til strukturert, rasjonell planlegging; under terskelen for oppfølging gjør ikke strukturert arbeid tjenesteyterens bilde skarpere, og brukeren kan ikke sette målet."]},
  {key: "userTypes.*.desiredStep", group: "user types", type: "integer", unit: "ladder step", min: 1, max: 4, step: 1, default: 3, source: "004:L339-345, L949-951",
    label: ["Desired level", "Ønsket nivå"],
    description: ["The step of the ladder the user wants (1 perspective ... 4 control); 1 = declines to take part, a right: the user does not attend. Achieved minus desired is reported (desiredGap).", "Trinnet på trappen brukeren ønsker (1 perspektiv ... 4 styring); 1 = ønsker ikke å delta, en rettighet: brukeren møter ikke. Oppnådd minus ønsket rapporteres (desiredGap)."]},
  {key: "userTypes.*.resources", group: "user types", type: "enum", unit: "", values: ["unspecified", "strong", "weak"], default: "unspecified", source: "001:L3255-3260, L4172-4174",
    label: ["Resources", "Ressurser"],
    description: ["Whether users of this type count as resource-strong or weak in the influence gap (influenceGap: strong minus weak).", "Om brukere av denne typen regnes som ressurssterke eller «svake» i innflytelsesgapet (influenceGap: sterke minus svake)."]},
  // ---- follow-up as an arena (followup.ts)
  {key: "arenas.*.followup", group: "follow-up", type: "enum", unit: "", values: ["none", "structured", "improvised"], default: "none", source: "004:L891-911",
    label: ["Follow-up", "Oppfølging"],
    description: ["None; structured (mapping, collaboration agreement, tasks, evaluation: a goal is set and the worker's view of the user's wishes sharpens); improvised ('kaffeselskap': the worker acts on an unsharpened view).", "Ingen; strukturert (kartlegging, samarbeidsavtale, oppgaver, evaluering: et mål settes og tjenesteyterens bilde av brukerens ønsker blir skarpere); improvisert («kaffeselskap»: tjenesteyteren handler på et uskarpt bilde)."]},
  {key: "followup.goalBy", group: "follow-up", type: "enum", unit: "", values: ["user", "worker"], default: "worker", source: "004:L295-299, L1450-1466",
    label: ["Goal set by", "Målet settes av"],
    description: ["In structured follow-up, who defines the goal: the user (their stated first choice, when present and above the cognition threshold) or the worker (their view of what the user wants). Improvised follow-up and a user too ill to attend leave the goal to the worker.", "I strukturert oppfølging, hvem som definerer målet: brukeren (sitt uttrykte førstevalg, når brukeren er til stede og over kognisjonsterskelen) eller tjenesteyteren (sitt bilde av hva brukeren vil). Ved improvisert oppfølging og når brukeren er for syk, setter tjenesteyteren målet."]},
  {key: "followup.goalWeight", group: "follow-up", type: "number", unit: "fit units", min: 0, max: 5, step: 0.05, default: 0.5,
    label: ["Weight of the goal", "Vekt av målet"],
    description: ["Score the staff add to the solution that is the goal.", "Tillegg staben gir løsningen som er målet."]},
  {key: "followup.viewNoise", group: "follow-up", type: "number", unit: "fit units (sd)", min: 0, max: 2, step: 0.05, default: 0.5, source: "004:L983-985",
    label: ["Error of the worker's view", "Feil i tjenesteyterens bilde"],
    description: ["Sd of the worker's error in judging what the user wants, times (1 - accuracy).", "Standardavvik for tjenesteyterens feil i å bedømme hva brukeren vil, ganger (1 - treffsikkerhet)."]},
  {key: "followup.accuracyStart", group: "follow-up", type: "number", unit: "0-1", min: 0, max: 1, step: 0.05, default: 0.2,
    label: ["Accuracy at start", "Treffsikkerhet ved start"],
    description: ["Accuracy of the worker's view of each user's wishes at the start.", "Treffsikkerheten i tjenesteyterens bilde av hver brukers ønsker ved start."]},
  {key: "followup.accuracyGain", group: "follow-up", type: "number", unit: "share per meeting", min: 0, max: 1, step: 0.05, default: 0.3, source: "004:L1009-1021",
    label: ["Accuracy gained by mapping", "Treffsikkerhet fra kartlegging"],
    description: ["Share of the remaining distance to full accuracy gained at each structured follow-up decision with the user present (not below the cognition threshold).", "Andel av gjenstående avstand til full treffsikkerhet som vinnes ved hver strukturerte oppfølgingsbeslutning med brukeren til stede (ikke under kognisjonsterskelen)."]},
  {key: "followup.cognitionThreshold", group: "follow-up", type: "number", unit: "0-1", min: 0, max: 1, step: 0.05, default: 0.5, source: "004:L1426-1438",
    label: ["Cognition threshold", "Kognisjonsterskel"],
    description: ["Users whose cognition is below this do not benefit from structured follow-up (mapping and goal-setting need rational planning).", "Brukere med kognisjon under dette har ikke nytte av strukturert oppfølging (kartlegging og målsetting krever rasjonell planlegging)."]},
  // ---- street-level coping under load (coping.ts)
  {key: "coping.limitedHours", group: "coping", type: "boolean", unit: "", default: false, source: "001:L982-1000",
    label: ["Limited opening hours", "Begrenset åpningstid"],
    description: ["The office's case-triggered arenas take cases only in a share of the weeks (coping.openShare).", "Kontorets saksutløste arenaer tar imot saker bare i en andel av ukene (coping.openShare)."]},
  {key: "coping.openShare", group: "coping", type: "number", unit: "share of weeks", min: 0.1, max: 1, step: 0.05, default: 0.5,
    label: ["Opening hours", "Åpningstid"],
    description: ["With limited opening hours: share of weeks in which the office's case-triggered arenas take cases (spread evenly).", "Med begrenset åpningstid: andel uker der kontorets saksutløste arenaer tar imot saker (jevnt fordelt)."]},
  {key: "coping.triage", group: "coping", type: "boolean", unit: "", default: false, source: "001:L982-1000",
    label: ["Triage desk", "Skranke som sorterer"],
    description: ["A reception desk lets at most a fixed number of new cases a week through to the arenas; the rest queue (and may leave by flight).", "En skranke slipper høyst et fast antall nye saker i uken videre til arenaene; resten står i kø (og kan forsvinne)."]},
  {key: "coping.triageCapacity", group: "coping", type: "integer", unit: "cases/week", min: 1, max: 500, step: 1, default: 3,
    label: ["Cases through the desk per week", "Saker gjennom skranken per uke"],
    description: ["Cases the triage desk lets through each week.", "Saker skranken slipper gjennom hver uke."]},
  {key: "coping.creaming", group: "coping", type: "number", unit: "probability", min: 0, max: 1, step: 0.05, default: 0, source: "001:L4172-4174",
    label: ["Creaming", "Fløteskumming"],
    description: ["At the desk, the chance that each place goes to the loudest queued user (competence plus a network) rather than the longest-waiting ('survival of the fittest').", "Ved skranken, sjansen for at hver plass går til den som roper høyest i køen (kompetanse pluss nettverk) heller enn den som har ventet lengst («survival of the fittest»)."]},
  {key: "coping.lowerExpectations", group: "coping", type: "boolean", unit: "", default: false, source: "001:L982-1000",
    label: ["Lowering expectations", "Senke forventninger"],
    description: ["Users are told to expect less: their readiness to refuse a proposal is multiplied by 1 - coping.expectationCut.", "Brukerne får beskjed om å forvente mindre: viljen til å si nei ganges med 1 - coping.expectationCut."]},
  {key: "coping.expectationCut", group: "coping", type: "number", unit: "share", min: 0, max: 1, step: 0.05, default: 0.3,
    label: ["How much expectations are lowered", "Hvor mye forventningene senkes"],
    description: ["With lowered expectations: the share of the readiness to refuse that is taken away.", "Med senkede forventninger: andelen av viljen til å si nei som tas bort."]},
  // ---- domains of decision (domains.ts)
  {key: "domains.*.share", group: "domains", type: "number", unit: "share", min: 0, max: 1, step: 0.05, default: 1, source: "001:L3953-3959",
    label: ["Share of cases", "Andel saker"],
    description: ["Share of cases in this domain (shares are normalised); a case considers only the solutions of its domain and those of no domain.", "Andel saker i dette domenet (andelene normaliseres); en sak vurderer bare løsningene i sitt domene og dem uten domene."]},
  {key: "domains.*.ruleBound", group: "domains", type: "boolean", unit: "", default: false, source: "002:L113-119; 001:L3953-3959",
    label: ["Rule-bound", "Regelstyrt"],
    description: ["The outcome is given by rules (e.g. § 5-1 financial assistance: either you are entitled or not): the step is at most participation.", "Utfallet er gitt av regler (f.eks. økonomisk stønad etter § 5-1: enten har du rett eller ikke): trinnet er høyst medvirkning."]},
  {key: "solutions.*.domain", group: "domains", type: "enum", unit: "", values: ["any"], ref: "domains", default: "any", source: "002:L126-127",
    label: ["Domain", "Domene"],
    description: ["The domain this solution belongs to (any = open to cases of every domain). Few places in a domain narrow the options ('narrow influence').", "Domenet løsningen hører til (any = åpen for saker i alle domener). Få plasser i et domene gjør valgene smale («smal innflytelse»)."]},
  // ---- one door or three (handoffs.ts)
  {key: "handoffs.on", group: "hand-offs", type: "boolean", unit: "", default: false, source: "001:L2541-2555, L3915-3967",
    label: ["Hand-offs between services", "Kasteball mellom tjenester"],
    description: ["Without a coordinator, an arena where the service that provides the case's best-fitting solution is not present hands the case on instead of deciding it (up to the limit); the case goes back to the stream.", "Uten koordinator sender en arena der tjenesten som tilbyr den best egnede løsningen ikke er til stede saken videre i stedet for å avgjøre den (opp til grensen); saken går tilbake i strømmen."]},
  {key: "handoffs.max", group: "hand-offs", type: "integer", unit: "hand-offs/case", min: 0, max: 20, step: 1, default: 3,
    label: ["Most hand-offs", "Flest videresendinger"],
    description: ["After this many hand-offs an arena decides the case whoever is present.", "Etter så mange videresendinger avgjør en arena saken uansett hvem som er til stede."]},
  {key: "handoffs.userHours", group: "hand-offs", type: "number", unit: "hours/hand-off", min: 0, max: 40, step: 0.5, default: 2, source: "001:L3929-3933",
    label: ["User's hours per door", "Brukerens timer per dør"],
    description: ["Hours the user spends on each hand-off (going to the next office, telling the story again); added to the user's energy spent.", "Timer brukeren bruker på hver videresending (å gå til neste kontor, fortelle historien på nytt); legges til brukerens energi."]}
];
