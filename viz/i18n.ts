// The charts' catalogue of strings, English and Norwegian bokmål (the
// notebooks' own ui.* strings live in notebooks/lib/strings.ts).
//
// Keep STRINGS one flat object sorted by key (a test checks this), so that
// additions from several people merge cleanly. Keys are dotted by area:
// arena.*, axis.*, chart.<name>.{label,description}, column.*, energy.*,
// entity.*, frame.*, load.*, option.*, outcome.*, perceived.*, structure.*,
// summary.*, table.*, term.*, tip.*, verdict.*.
// Placeholders are written {name} and filled by t(key, lang, {name: value}).
// Measures, ladder steps, decision styles and conditions are not here: they
// are declared once in sim/ and labelled through vocabulary.ts.
//
// Terms follow the source texts (Hansen 002 and the Norwegian garbage-can
// literature):
// - Hansen's ladder: brukerperspektiv < brukerdeltakelse < brukerinnflytelse
//   < brukerstyring.
// - Organising: overføring, koordinator, samhandlingsgruppe (fast team),
//   ansvarsgruppe, individuell plan, talsperson, verge, erfaringskonsulent,
//   tildelingskontor.
// - Decision styles: resolution = "problemløsning", oversight =
//   "overseelse", flight = "flukt". "Løsning" alone is kept for the solution
//   stream (løsninger), so that "a choice made by resolution" and "a
//   solution" never share a word in the same chart.
// - Choice opportunity = "beslutningsanledning"; participant = "deltaker";
//   decision maker = "beslutningstaker"; case = "sak"; user = "bruker".

export type Lang = "en" | "nb";
export const LANGS: readonly Lang[] = ["en", "nb"];

export interface Entry {
  en: string;
  nb: string;
}

export const STRINGS = {
  "arena.allocation": {en: "Allocation office", nb: "Tildelingskontor"},
  "arena.casework": {en: "Casework", nb: "Saksbehandling"},
  "arena.rg": {en: "Responsibility group", nb: "Ansvarsgruppe"},
  "arena.team": {en: "Fixed team", nb: "Samhandlingsgruppe"},
  "arena.visit": {en: "Coordinator visit", nb: "Koordinatorbesøk"},
  "axis.access": {en: "Access structure", nb: "Tilgangsstruktur"},
  "axis.coverage": {en: "Coverage: share of the cases of interest in the box", nb: "Dekning: andel av de interessante tilfellene i boksen"},
  "axis.decision": {en: "Decision structure", nb: "Beslutningsstruktur"},
  "axis.density": {en: "Density: share of the box that is of interest", nb: "Tetthet: andel av boksen som er interessant"},
  "axis.difference": {en: "Difference from {reference}: {measure}", nb: "Forskjell fra {reference}: {measure}"},
  "axis.energy": {en: "Energy distribution", nb: "Energifordeling"},
  "axis.energyBar": {en: "Energy: accumulated (filled) and required (outline)", nb: "Energi: samlet (fylt) og nødvendig (omriss)"},
  "axis.importance.choices": {en: "Choice importance (1 = most important)", nb: "Beslutningsanledningens viktighet (1 = viktigst)"},
  "axis.importance.problems": {en: "Problem importance (1 = most important)", nb: "Problemets viktighet (1 = viktigst)"},
  "axis.index": {en: "Index (bars: estimate; lines: bootstrap 95% interval)", nb: "Indeks (søyler: estimat; linjer: bootstrap 95 % intervall)"},
  "axis.load": {en: "Net energy load", nb: "Netto energibelastning"},
  "axis.option": {en: "Organisational option", nb: "Organiseringsform"},
  "axis.parameter": {en: "Parameter", nb: "Parameter"},
  "axis.samples": {en: "Base samples or trajectories used (log scale)", nb: "Grunnutvalg eller baner brukt (logaritmisk skala)"},
  "axis.series": {en: "Series", nb: "Serie"},
  "axis.share": {en: "Share (%)", nb: "Andel (%)"},
  "axis.shareOfCases": {en: "Share of cases (%)", nb: "Andel av sakene (%)"},
  "axis.shareOfChoices": {en: "Share of choices (%)", nb: "Andel av beslutningsanledningene (%)"},
  "axis.shareOfDecisions": {en: "Share of decisions (%)", nb: "Andel av beslutningene (%)"},
  "axis.shareOfMeetings": {en: "Share of meetings (%)", nb: "Andel av møtene (%)"},
  "axis.shareSolved": {en: "Problems solved (%)", nb: "Løste problemer (%)"},
  "axis.step": {en: "Step on Hansen's ladder", nb: "Trinn på Hansens trapp"},
  "axis.week": {en: "Week", nb: "Uke"},
  "chart.classicHeatmap.description": {
    en: "Heatmap of {measure}, mean over {runs} runs per cell, for each access structure (columns) and decision structure (rows), in panels by net energy load and energy distribution. Lowest {min}, highest {max}.",
    nb: "Varmekart over {measure}, gjennomsnitt av {runs} kjøringer per celle, for hver tilgangsstruktur (kolonner) og beslutningsstruktur (rader), i paneler etter netto energibelastning og energifordeling. Lavest {min}, høyest {max}."
  },
  "chart.classicHeatmap.label": {en: "The 81 variants of the 1972 model: {measure}", nb: "De 81 variantene av 1972-modellen: {measure}"},
  "chart.classicMeasures.description": {
    en: "{measure} by net energy load (x axis), one line per energy distribution, in panels by access structure (columns) and decision structure (rows). Each point is the mean over {runs} runs.",
    nb: "{measure} etter netto energibelastning (x-aksen), én linje per energifordeling, i paneler etter tilgangsstruktur (kolonner) og beslutningsstruktur (rader). Hvert punkt er gjennomsnittet av {runs} kjøringer."
  },
  "chart.classicMeasures.label": {en: "1972 measure by load and structure: {measure}", nb: "1972-mål etter belastning og struktur: {measure}"},
  "chart.conditionsBars.description": {
    en: "For each organisational option, the share of cases in which each of March and Olsen's four conditions held for the user: formulated the problem, knew the alternatives, knew the consequences, took part in the decision routine.",
    nb: "For hver organiseringsform, andelen saker der hver av March og Olsens fire betingelser var oppfylt for brukeren: formulerte problemet, kjente alternativene, kjente konsekvensene, deltok i beslutningsprosessen."
  },
  "chart.conditionsBars.label": {en: "March and Olsen's four conditions from the user's side", nb: "March og Olsens fire betingelser sett fra brukerens side"},
  "chart.costEffect.description": {en: "Each option as a point: {effect} (up is better for the user) against {cost} (left is less), with 95% confidence intervals as bars. Dominated options (another gives at least as much for no more of any cost): {dominated}.", nb: "Hvert alternativ som et punkt: {effect} (opp er bedre for brukeren) mot {cost} (til venstre er mindre), med 95 % konfidensintervall som streker. Dominerte alternativer (et annet gir minst like mye for ikke mer av noen kostnad): {dominated}."},
  "chart.costEffect.dominated": {en: "Dominated", nb: "Dominert"},
  "chart.costEffect.frontier": {en: "Not dominated", nb: "Ikke dominert"},
  "chart.costEffect.hours": {en: "Hours per case (one panel per cost)", nb: "Timer per sak (ett panel per kostnad)"},
  "chart.costEffect.label": {en: "{effect} against {cost}, per option", nb: "{effect} mot {cost}, per alternativ"},
  "chart.differenceDots.better": {en: "Better for the user", nb: "Bedre for brukeren"},
  "chart.differenceDots.clear": {en: "Interval excludes zero", nb: "Intervallet utelukker null"},
  "chart.differenceDots.description": {
    en: "Difference in {measure} between each option and {reference}, with 95% confidence intervals; the vertical line marks no difference. {summary}",
    nb: "Forskjell i {measure} mellom hver organiseringsform og {reference}, med 95 % konfidensintervall; den loddrette linjen markerer ingen forskjell. {summary}"
  },
  "chart.differenceDots.label": {en: "Difference from {reference}: {measure}", nb: "Forskjell fra {reference}: {measure}"},
  "chart.differenceDots.summary": {
    en: "Intervals that exclude zero: {clear}. Intervals that include zero: {unclear}.",
    nb: "Intervaller som utelukker null: {clear}. Intervaller som inkluderer null: {unclear}."
  },
  "chart.differenceDots.unclear": {en: "Interval includes zero", nb: "Intervallet omfatter null"},
  "chart.differenceDots.worse": {en: "Worse for the user", nb: "Verre for brukeren"},
  "chart.energyLine.description": {en: "Staff energy left each week, up to {time} (now {n} hours).", nb: "Personalenergi igjen hver uke, til og med {time} (nå {n} timer)."},
  "chart.energyLine.label": {en: "Staff energy left, over time", nb: "Personalenergi igjen, over tid"},
  "chart.energyLine.y": {en: "Staff energy left (hours)", nb: "Personalenergi igjen (timer)"},
  "chart.estimateDots.description": {
    en: "Mean {measure} per option with 95% confidence intervals (dot = mean, line = interval). {summary}",
    nb: "Gjennomsnittlig {measure} per organiseringsform med 95 % konfidensintervall (prikk = gjennomsnitt, linje = intervall). {summary}"
  },
  "chart.estimateDots.label": {en: "Estimates with 95% confidence intervals: {measure}", nb: "Estimater med 95 % konfidensintervall: {measure}"},
  "chart.importanceProfile.description.choices": {
    en: "Outcome of each choice opportunity by its importance (1 = most important), over {runs} runs: made by resolution, flight or oversight, or not made.",
    nb: "Utfallet for hver beslutningsanledning etter viktighet (1 = viktigst), over {runs} kjøringer: fattet ved problemløsning, flukt eller overseelse, eller ikke fattet."
  },
  "chart.importanceProfile.description.problems": {
    en: "Share of problems solved by problem importance (1 = most important), over {runs} runs.",
    nb: "Andel løste problemer etter problemets viktighet (1 = viktigst), over {runs} kjøringer."
  },
  "chart.importanceProfile.label.choices": {en: "Choice outcomes by importance", nb: "Utfall for beslutningsanledninger etter viktighet"},
  "chart.importanceProfile.label.problems": {en: "Problems solved by importance", nb: "Løste problemer etter viktighet"},
  "chart.ladderBars.description": {
    en: "For each organisational option, the share of cases at each step of Hansen's ladder: user perspective, user participation, user influence, user control, and undecided cases. {summary}",
    nb: "For hver organiseringsform, andelen saker på hvert trinn av Hansens trapp: brukerperspektiv, brukerdeltakelse, brukerinnflytelse, brukerstyring, og saker som ikke er avgjort. {summary}"
  },
  "chart.ladderBars.label": {en: "Hansen's ladder per organisational option", nb: "Hansens trapp per organiseringsform"},
  "chart.ladderBars.summary": {
    en: "Largest share with influence or control: {best} ({bestValue}); smallest: {worst} ({worstValue}).",
    nb: "Størst andel med brukerinnflytelse eller brukerstyring: {best} ({bestValue}); minst: {worst} ({worstValue})."
  },
  "chart.meetingDots.description": {en: "A meeting with {users#user|users} and {staff#staff member|staff}; rung: {rung}.", nb: "Et møte med {users#bruker|brukere} og {staff#ansatt|ansatte}; trinn: {rung}."},
  "chart.meetingDots.heard": {en: "Heard (need on the table)", nb: "Hørt (behov på bordet)"},
  "chart.meetingDots.label": {en: "Who was at the meeting and what happened to them", nb: "Hvem som var på møtet og hva som skjedde med dem"},
  "chart.meetingDots.lost": {en: "Did not understand", nb: "Forsto ikke"},
  "chart.meetingDots.noUsers": {en: "No users present", nb: "Ingen brukere til stede"},
  "chart.meetingDots.spoke": {en: "Spoke, not on the table", nb: "Tok ordet, ikke på bordet"},
  "chart.meetingDots.staff": {en: "Staff", nb: "Ansatt"},
  "chart.meetingDots.understood": {en: "Listened and understood", nb: "Lyttet og forsto"},
  "chart.meetingDots.user": {en: "User", nb: "Bruker"},
  "chart.perceivedGap.description": {
    en: "For each option: the share of cases staff perceive as user participation, against the share the user experienced as at least participation and as influence or control. {summary}",
    nb: "For hver organiseringsform: andelen saker de ansatte oppfatter som brukermedvirkning, mot andelen brukeren opplevde som minst brukerdeltakelse og som brukerinnflytelse eller brukerstyring. {summary}"
  },
  "chart.perceivedGap.label": {en: "Perceived and experienced participation", nb: "Opplevd og oppfattet medvirkning"},
  "chart.perceivedGap.summary": {
    en: "Widest gap: {option}, perceived {perceived}, influence or control {experienced}.",
    nb: "Størst avstand: {option}, oppfattet {perceived}, brukerinnflytelse eller brukerstyring {experienced}."
  },
  "chart.primTradeOff.chosen": {en: "Step {id} is chosen (ringed): coverage {coverage}, density {density}.", nb: "Steg {id} er valgt (ringet inn): dekning {coverage}, tetthet {density}."},
  "chart.primTradeOff.description": {en: "Each step of PRIM's peeling and pasting as coverage against density; peeling trades coverage for density. {summary}", nb: "Hvert steg i PRIMs skrelling og liming som dekning mot tetthet; skrellingen bytter dekning mot tetthet. {summary}"},
  "chart.primTradeOff.dominated": {en: "Dominated: another step is as good on both and better on one", nb: "Dominert: et annet steg er like godt på begge og bedre på ett"},
  "chart.primTradeOff.front": {en: "On the Pareto front", nb: "På Pareto-fronten"},
  "chart.primTradeOff.label": {en: "Coverage and density of a PRIM box, step by step", nb: "Dekning og tetthet for en PRIM-boks, steg for steg"},
  "chart.primTradeOff.restricted": {en: "Parameters restricted", nb: "Avgrensede parametere"},
  "chart.primTradeOff.step": {en: "Step {id}", nb: "Steg {id}"},
  "chart.primTradeOff.summary": {en: "{steps} steps, {front} of them on the Pareto front.", nb: "{steps} steg, {front} av dem på Pareto-fronten."},
  "chart.robustDraws.box": {en: "The dashed rectangle is the PRIM box on these two parameters (it may restrict others too).", nb: "Det stiplede rektangelet er PRIM-boksen på disse to parameterne (den kan også avgrense andre)."},
  "chart.robustDraws.description": {en: "Each draw of the uncertain parameters on {x} and {y}: whether the verdict on {measure} for {option} against {reference} held there ({holds} of {draws} draws).", nb: "Hver trekning av de usikre parameterne på {x} og {y}: om konklusjonen om {measure} for {option} mot {reference} holdt der ({holds} av {draws} trekninger)."},
  "chart.robustDraws.draw": {en: "Draw {n}", nb: "Trekning {n}"},
  "chart.robustDraws.fails": {en: "Verdict does not hold", nb: "Konklusjonen holder ikke"},
  "chart.robustDraws.holds": {en: "Verdict holds", nb: "Konklusjonen holder"},
  "chart.robustDraws.label": {en: "Where the verdict holds: {measure}, {option} against {reference}", nb: "Hvor konklusjonen holder: {measure}, {option} mot {reference}"},
  "chart.rungBars.description": {en: "Share of meetings with users at each of Arnstein's eight rungs. Largest share at real participation (partnership or above): {best} ({value}).", nb: "Andel møter med brukere på hvert av Arnsteins åtte trinn. Størst andel med reell medvirkning (partnerskap eller høyere): {best} ({value})."},
  "chart.rungBars.label": {en: "Arnstein's ladder per collective option", nb: "Arnsteins stige per kollektiv løsning"},
  "chart.runningShares.description": {en: "Running shares of the decisions so far, up to {time} ({n} decisions): by step on Hansen's ladder and by decision style.", nb: "Løpende andeler av beslutningene så langt, til og med {time} ({n} beslutninger): etter trinn på Hansens trapp og etter beslutningsmåte."},
  "chart.runningShares.label": {en: "Decisions so far, over time", nb: "Beslutninger så langt, over tid"},
  "chart.runningShares.ladder": {en: "Ladder", nb: "Trapp"},
  "chart.runningShares.period": {en: "Period", nb: "Periode"},
  "chart.runningShares.share": {en: "Share of decisions so far (%)", nb: "Andel av beslutningene så langt (%)"},
  "chart.runningShares.styles": {en: "Styles", nb: "Måter"},
  "chart.sampleBox.box": {en: "The dashed rectangle is the PRIM box on these two parameters (it may restrict others too).", nb: "Det stiplede rektangelet er PRIM-boksen på disse to parameterne (den kan også avgrense andre)."},
  "chart.sampleBox.description": {en: "Each design point on {x} and {y}, coloured by whether {measure} is of interest there ({k} of {n} points).", nb: "Hvert forsøkspunkt på {x} og {y}, farget etter om {measure} er interessant der ({k} av {n} punkter)."},
  "chart.sampleBox.label": {en: "Design points on {x} and {y}, with the PRIM box", nb: "Forsøkspunkter på {x} og {y}, med PRIM-boksen"},
  "chart.sampleScatter.description": {en: "Small multiples, one per varied parameter ({n}): each dot is one design point's mean of {measure} over its replications ({points} points), placed along the parameter's sampled range, whose ends are written under each panel.", nb: "Små multipler, én per variert parameter ({n}): hver prikk er ett forsøkspunkts gjennomsnitt av {measure} over replikasjonene ({points} punkter), plassert langs parameterens trukne område, med endene skrevet under hvert panel."},
  "chart.sampleScatter.interest": {en: "Of interest", nb: "Interessant"},
  "chart.sampleScatter.label": {en: "{measure} at each design point against each varied parameter", nb: "{measure} i hvert forsøkspunkt mot hver varierte parameter"},
  "chart.sampleScatter.other": {en: "Not of interest", nb: "Ikke interessant"},
  "chart.sampleScatter.position": {en: "Position in the parameter's sampled range", nb: "Plassering i parameterens trukne område"},
  "chart.searchFront.description": {en: "Each design the search ran, as a point: {gain} (up is better for the user) against {cost} (left is less); the {front} designs on the Pareto front joined by a line ({designs} designs in all). Your options as diamonds: {options}.", nb: "Hver utforming søket kjørte, som et punkt: {gain} (opp er bedre for brukeren) mot {cost} (til venstre er mindre); de {front} utformingene på Pareto-fronten forbundet med en linje ({designs} utforminger i alt). Dine alternativer som ruter: {options}."},
  "chart.searchFront.front": {en: "On the front", nb: "På fronten"},
  "chart.searchFront.label": {en: "The best designs for the money: user gain against cost", nb: "De beste utformingene for pengene: gevinst for brukeren mot kostnad"},
  "chart.searchFront.other": {en: "Dominated design", nb: "Dominert utforming"},
  "chart.searchFront.yours": {en: "Your options", nb: "Dine alternativer"},
  "chart.sensitivityBars.description": {
    en: "Sensitivity indices of {measure} ({indices}) for {n} parameters, with bootstrap 95% intervals, sorted by the first index. Largest: {top}.",
    nb: "Sensitivitetsindekser for {measure} ({indices}) for {n} parametere, med bootstrap 95 % intervaller, sortert etter den første indeksen. Størst: {top}."
  },
  "chart.sensitivityBars.label": {en: "Sensitivity of {measure}", nb: "Sensitivitet for {measure}"},
  "chart.sensitivityConvergence.description": {
    en: "Sensitivity indices of {measure} ({indices}) recomputed from the first {from} to all {to} base samples or trajectories, one line per parameter with its bootstrap 95% interval as a band. {unsettled}",
    nb: "Sensitivitetsindekser for {measure} ({indices}) beregnet på nytt fra de første {from} til alle {to} grunnutvalg eller baner, én linje per parameter med bootstrap 95 % intervall som bånd. {unsettled}"
  },
  "chart.sensitivityConvergence.label": {en: "Convergence of the sensitivity of {measure}", nb: "Konvergens for sensitiviteten til {measure}"},
  "chart.sensitivityConvergence.settled": {en: "At the full sample every neighbouring pair of parameters is told apart.", nb: "Med hele utvalget skilles alle nabopar av parametere fra hverandre."},
  "chart.sensitivityConvergence.unsettled": {
    en: "At the full sample, {n} neighbouring pairs still have intervals wider than the gap between them (their order is not settled): {pairs}.",
    nb: "Med hele utvalget har {n} nabopar fortsatt intervaller som er bredere enn avstanden mellom dem (rekkefølgen er ikke avklart): {pairs}."
  },
  "chart.streamsFrame.description": {
    en: "{time}: {cans} choice opportunities ({open} open, {made} made). Problems: {attached} attached, {waiting} waiting, {done} done. Participants: {busy} at a choice, {idle} idle.{solutions}",
    nb: "{time}: {cans} beslutningsanledninger ({open} åpne, {made} fattet). Problemer: {attached} knyttet til en anledning, {waiting} venter, {done} ferdige. Deltakere: {busy} ved en anledning, {idle} ledige.{solutions}"
  },
  "chart.streamsFrame.descriptionWeek": {
    en: "{time}: {cans} arenas, {meeting} meeting, {decidedAt} with a decision now. Cases: {attached} on an arena's agenda, {decided} decided now, {waiting} waiting, {done} decided earlier, {lost} lost. In meetings: {busy} professionals or advocates, {users} users or proxies.{solutions}",
    nb: "{time}: {cans} arenaer, {meeting} i møte, {decidedAt} med en avgjørelse nå. Saker: {attached} på en arenas dagsorden, {decided} avgjort nå, {waiting} venter, {done} avgjort tidligere, {lost} tapt. I møtene: {busy} fagfolk eller talspersoner, {users} brukere eller stedfortredere.{solutions}"
  },
  "chart.streamsFrame.label": {en: "The garbage can at {time}", nb: "Søppelkassen i {time}"},
  "chart.streamsFrame.solutions": {en: " Solutions: {n} in play.", nb: " Løsninger: {n} i spill."},
  "chart.stylesBars.description": {
    en: "For each option, the share of decisions made by resolution, flight and oversight.",
    nb: "For hver organiseringsform, andelen beslutninger fattet ved problemløsning, flukt og overseelse."
  },
  "chart.stylesBars.label": {en: "Decision styles per option", nb: "Beslutningsmåter per organiseringsform"},
  "chart.sweepHeatmap.description": {
    en: "Mean {measure} for each combination of {x} (columns) and {y} (rows). Lowest {min}, highest {max}. Hover a cell for its 95% confidence interval.",
    nb: "Gjennomsnittlig {measure} for hver kombinasjon av {x} (kolonner) og {y} (rader). Lavest {min}, høyest {max}. Hold pekeren over en celle for 95 % konfidensintervall."
  },
  "chart.sweepHeatmap.label": {en: "Two-parameter sweep: {measure}", nb: "Variasjon av to parametere: {measure}"},
  "chart.sweepLine.description": {
    en: "{measure} as {x} varies from {from} to {to}, one line per {series} with a shaded 95% confidence band.",
    nb: "{measure} når {x} varierer fra {from} til {to}, én linje per {series} med skyggelagt 95 % konfidensbånd."
  },
  "chart.sweepLine.label": {en: "Sweep of {x}: {measure}", nb: "Variasjon av {x}: {measure}"},
  "chart.trajectoryLines.avmakt": {en: "Avmakt (powerlessness)", nb: "Avmakt"},
  "chart.trajectoryLines.description": {en: "System literacy and avmakt of {n} users who came, from the start through each meeting week.", nb: "Systemkunnskap og avmakt hos {n} brukere som kom, fra start og gjennom hver møteuke."},
  "chart.trajectoryLines.label": {en: "Users' literacy and avmakt over the run", nb: "Brukernes systemkunnskap og avmakt gjennom kjøringen"},
  "chart.trajectoryLines.literacy": {en: "System literacy", nb: "Systemkunnskap"},
  "chart.trajectoryLines.minority": {en: "Needs an interpreter", nb: "Trenger tolk"},
  "chart.trajectoryLines.others": {en: "Follows Norwegian", nb: "Følger norsk"},
  "chart.userTrajectory.description": {en: "One user's competence, trust and motivation each week, up to {time}.", nb: "Én brukers kompetanse, tillit og motivasjon hver uke, til og med {time}."},
  "chart.userTrajectory.label": {en: "A user over the year", nb: "En bruker gjennom året"},
  "chart.userTrajectory.y": {en: "Level (0–1)", nb: "Nivå (0–1)"},
  "chart.userTypeDots.description": {
    en: "{measure} per option for each user type ({types}), mean with 95% confidence interval. Widest gap between user types: {option} ({gap}).",
    nb: "{measure} per organiseringsform for hver brukertype ({types}), gjennomsnitt med 95 % konfidensintervall. Størst forskjell mellom brukertypene: {option} ({gap})."
  },
  "chart.userTypeDots.label": {en: "Differences between user types: {measure}", nb: "Forskjeller mellom brukertyper: {measure}"},
  "column.access": {en: "Access structure", nb: "Tilgangsstruktur"},
  "column.choiceSeq": {en: "Choice entry sequence", nb: "Rekkefølge for beslutningsanledninger"},
  "column.condition": {en: "Condition", nb: "Betingelse"},
  "column.count": {en: "Count", nb: "Antall"},
  "column.decision": {en: "Decision structure", nb: "Beslutningsstruktur"},
  "column.energy": {en: "Energy distribution", nb: "Energifordeling"},
  "column.estimate.hi": {en: "95% CI upper", nb: "95 % KI øvre"},
  "column.estimate.lo": {en: "95% CI lower", nb: "95 % KI nedre"},
  "column.estimate.mean": {en: "Mean", nb: "Gjennomsnitt"},
  "column.estimate.missing": {en: "Missing (nothing decided)", nb: "Mangler (ingenting avgjort)"},
  "column.estimate.n": {en: "Runs", nb: "Kjøringer"},
  "column.estimate.sd": {en: "Standard deviation", nb: "Standardavvik"},
  "column.load": {en: "Net energy load", nb: "Netto energibelastning"},
  "column.measure": {en: "Measure", nb: "Mål"},
  "column.option": {en: "Organisational option", nb: "Organiseringsform"},
  "column.outcome": {en: "Outcome", nb: "Utfall"},
  "column.problemSeq": {en: "Problem entry sequence", nb: "Rekkefølge for problemer"},
  "column.rank": {en: "Importance rank", nb: "Viktighet (rang)"},
  "column.share": {en: "Share", nb: "Andel"},
  "column.step": {en: "Ladder step", nb: "Trinn"},
  "column.style": {en: "Decision style", nb: "Beslutningsmåte"},
  "column.x": {en: "Parameter x", nb: "Parameter x"},
  "column.y": {en: "Parameter y", nb: "Parameter y"},
  "energy.equal": {en: "Equal energy", nb: "Lik energi"},
  "energy.less": {en: "Important people, less energy", nb: "Viktige personer, mindre energi"},
  "energy.more": {en: "Important people, more energy", nb: "Viktige personer, mer energi"},
  "entity.advocate": {en: "Advocate", nb: "Talsperson"},
  "entity.arena": {en: "Arena", nb: "Arena"},
  "entity.case": {en: "Case", nb: "Sak"},
  "entity.choice": {en: "Choice opportunity", nb: "Beslutningsanledning"},
  "entity.decisionMaker": {en: "Decision maker", nb: "Beslutningstaker"},
  "entity.participant": {en: "Participant", nb: "Deltaker"},
  "entity.problem": {en: "Problem", nb: "Problem"},
  "entity.proxy": {en: "Proxy", nb: "Stedfortreder"},
  "entity.solution": {en: "Solution", nb: "Løsning"},
  "entity.user": {en: "User", nb: "Bruker"},
  "entity.userOrProxy": {en: "User or proxy", nb: "Bruker eller stedfortreder"},
  "frame.can": {en: "Can", nb: "Kasse"},
  "frame.done.period": {en: "solved earlier (no longer drawn)", nb: "løst tidligere (ikke tegnet lenger)"},
  "frame.done.week": {en: "decided earlier (no longer drawn)", nb: "avgjort tidligere (ikke tegnet lenger)"},
  "frame.energy": {en: "Energy", nb: "Energi"},
  "frame.energyLeft": {en: "Staff energy left: {n}", nb: "Personalenergi igjen: {n}"},
  "frame.for": {en: "came for", nb: "kom for"},
  "frame.free": {en: "free places", nb: "ledige plasser"},
  "frame.free.unlimited": {en: "no limit", nb: "ingen grense"},
  "frame.key.period": {en: "Black outline: a problem solved now.", nb: "Svart kant: et problem som løses nå."},
  "frame.key.week": {en: "Black outline: a case decided now; the word beside it is its step on Hansen's ladder: {steps}", nb: "Svart kant: en sak som avgjøres nå; ordet ved siden av er trinnet på Hansens trapp: {steps}"},
  "frame.key.weekDetail": {en: "In a case's row: the user or proxy (star) and advocate (triangle) who came for it, and hollow diamonds for the options the user was shown. Squares: the professionals present, one per role, named under the arena. Grey number by a solution: its free places (∞ no limit). Bar under an arena: its energy this week (filled) against what its cases need (outline).", nb: "I sakens rad: brukeren eller stedfortrederen (stjerne) og talspersonen (trekant) som kom for den, og hule ruter for alternativene brukeren ble vist. Firkanter: fagfolkene som er til stede, én per rolle, navngitt under arenaen. Grått tall ved en løsning: ledige plasser (∞ ingen grense). Stolpe under en arena: energien denne uken (fylt) mot det sakene krever (omriss)."},
  "frame.lost": {en: "lost", nb: "tapt"},
  "frame.meeting": {en: "meets now", nb: "møtes nå"},
  "frame.period": {en: "Period {n}", nb: "Periode {n}"},
  "frame.shown": {en: "options shown to the user", nb: "alternativer vist brukeren"},
  "frame.state.inactive": {en: "not yet open", nb: "ikke åpnet ennå"},
  "frame.state.made": {en: "made", nb: "fattet"},
  "frame.state.meeting": {en: "meeting", nb: "i møte"},
  "frame.state.open": {en: "open", nb: "åpen"},
  "frame.status.attached": {en: "attached", nb: "knyttet til"},
  "frame.status.decided": {en: "decided now", nb: "avgjort nå"},
  "frame.status.idle": {en: "idle", nb: "ledig"},
  "frame.status.solved": {en: "solved now", nb: "løst nå"},
  "frame.status.waiting": {en: "waiting", nb: "venter"},
  "frame.waiting": {en: "Waiting", nb: "Venter"},
  "frame.week": {en: "Week {n}", nb: "Uke {n}"},
  "load.heavy": {en: "Heavy", nb: "Tung"},
  "load.light": {en: "Light", nb: "Lett"},
  "load.moderate": {en: "Moderate", nb: "Moderat"},
  "organisation.advocate": {en: "Advocate for {users}: {label}, {kind}, hours per case: {hours} ({paid}).", nb: "Talsperson for {users}: {label}, {kind}, timer per sak: {hours} ({paid})."},
  "organisation.advocate.paid": {en: "paid hours, outside the staff", nb: "betalte timer, utenfor staben"},
  "organisation.advocate.staff": {en: "staff hours", nb: "stabens timer"},
  "organisation.arena": {en: "{label}: {when}; attended by {who}; {seat}; {channel}; {rule}.", nb: "{label}: {when}; til stede: {who}; {seat}; {channel}; {rule}."},
  "organisation.channel": {en: "channel: {channel}", nb: "kanal: {channel}"},
  "organisation.consultant": {en: "with an experience consultant", nb: "med en erfaringskonsulent"},
  "organisation.every": {en: "every {n} weeks", nb: "hver {n}. uke"},
  "organisation.everyWeek": {en: "every week", nb: "hver uke"},
  "organisation.formBy": {en: "form written by {role}", nb: "skjema fylt ut av {role}"},
  "organisation.noAdvocate": {en: "No advocate.", nb: "Ingen talsperson."},
  "organisation.noStaff": {en: "no professionals", nb: "ingen fagpersoner"},
  "organisation.rule": {en: "decision: {rule}", nb: "beslutning: {rule}"},
  "outcome.solved": {en: "Solved", nb: "Løst"},
  "outcome.unsolved": {en: "Unsolved", nb: "Uløst"},
  "perceived.atLeastParticipation": {en: "Experienced: at least participation", nb: "Opplevd: minst brukerdeltakelse"},
  "perceived.influenceOrControl": {en: "Experienced: influence or control", nb: "Opplevd: brukerinnflytelse eller brukerstyring"},
  "perceived.staff": {en: "Perceived by staff", nb: "Oppfattet av de ansatte"},
  "region.above": {en: "{label} is above {value}", nb: "{label} er over {value}"},
  "region.aboveAtMost": {en: "{label} is above {lo} and at most {hi}", nb: "{label} er over {lo} og høyst {hi}"},
  "region.and": {en: " and ", nb: " og "},
  "region.atLeast": {en: "{label} is at least {value}", nb: "{label} er minst {value}"},
  "region.atMost": {en: "{label} is at most {value}", nb: "{label} er høyst {value}"},
  "region.between": {en: "{label} is between {lo} and {hi}", nb: "{label} er mellom {lo} og {hi}"},
  "region.everywhere": {en: "anywhere in the range drawn", nb: "hvor som helst i området som ble trukket"},
  "robust.all": {en: "{measure}: {judgement} at the given values; the same in all {draws} draws.", nb: "{measure}: {judgement} ved de gitte verdiene; det samme i alle {draws} trekningene."},
  "robust.box.dropped": {en: "Restrictions dropped as not significant (quasi-p above {alpha}): {list}.", nb: "Avgrensninger tatt bort som ikke signifikante (kvasi-p over {alpha}): {list}."},
  "robust.box.fails": {en: "PRIM box {box}: it is not so that {claim} where {region} ({k} of the {n} draws in the box; {coverage} of the draws where the verdict does not hold).", nb: "PRIM-boks {box}: det stemmer ikke at {claim} der {region} ({k} av de {n} trekningene i boksen; {coverage} av trekningene der konklusjonen ikke holder)."},
  "robust.box.holds": {en: "PRIM box {box}: {claim} where {region} ({k} of the {n} draws in the box; {coverage} of the draws where the verdict holds).", nb: "PRIM-boks {box}: {claim} der {region} ({k} av de {n} trekningene i boksen; {coverage} av trekningene der konklusjonen holder)."},
  "robust.box.none": {en: "PRIM: no box whose restrictions are significant (quasi-p at most {alpha}) among the steps restricting at most {max} parameters.", nb: "PRIM: ingen boks med signifikante avgrensninger (kvasi-p høyst {alpha}) blant stegene som avgrenser høyst {max} parametere."},
  "robust.box.weak": {en: "A weak region: its density {density} is under the threshold {threshold}.", nb: "Et svakt område: tettheten {density} er under terskelen {threshold}."},
  "robust.claim.higher": {en: "{option} gives a clearly higher {measure} than {reference}", nb: "{option} gir klart høyere {measure} enn {reference}"},
  "robust.claim.lower": {en: "{option} gives a clearly lower {measure} than {reference}", nb: "{option} gir klart lavere {measure} enn {reference}"},
  "robust.claim.unclear": {en: "{option} and {reference} do not clearly differ in {measure}", nb: "{option} og {reference} skiller seg ikke klart i {measure}"},
  "robust.fixed": {en: "Fixed, not drawn: {list}.", nb: "Fastsatt, ikke trukket: {list}."},
  "robust.head": {en: "Robustness of the verdict: {draws} draws of {params} uncertain parameters over their plausible range (a Latin hypercube: half to double the given value, probabilities and shares ±0.3, parameters at 0 kept at 0, within the declared range), {reps} replications per option and draw on common random numbers, seed {seed}.", nb: "Hvor robust konklusjonen er: {draws} trekninger av {params} usikre parametere over det plausible området (latinsk hyperkube: halv til dobbel gitt verdi, sannsynligheter og andeler ±0,3, parametere på 0 holdes på 0, innenfor det deklarerte området), {reps} replikasjoner per alternativ og trekning med felles tilfeldige tall, frø {seed}."},
  "robust.judge.higher": {en: "clearly higher", nb: "klart høyere"},
  "robust.judge.lower": {en: "clearly lower", nb: "klart lavere"},
  "robust.judge.unclear": {en: "no clear difference", nb: "ingen klar forskjell"},
  "robust.none": {en: "Neither PRIM nor the tree finds a region in the parameters drawn.", nb: "Verken PRIM eller treet finner et område i parameterne som ble trukket."},
  "robust.share": {en: "{measure}: {judgement} at the given values; the same in {holds} of {draws} draws ({share}).", nb: "{measure}: {judgement} ved de gitte verdiene; det samme i {holds} av {draws} trekninger ({share})."},
  "robust.tradeOff": {en: "Trade-off of box {box} (coverage/density of the steps on its Pareto front): {steps}; step {step} (*) chosen: the highest coverage at density {threshold} or more among the steps restricting at most {max} parameters.", nb: "Avveiningen i boks {box} (dekning/tetthet for stegene på Pareto-fronten): {steps}; steg {step} (*) valgt: høyest dekning ved tetthet {threshold} eller mer blant stegene som avgrenser høyst {max} parametere."},
  "robust.tradeOff.none": {en: "Trade-off of box {box} (coverage/density of the steps on its Pareto front): {steps}; no step restricting at most {max} parameters reaches density {threshold}: the densest of them (*) is shown.", nb: "Avveiningen i boks {box} (dekning/tetthet for stegene på Pareto-fronten): {steps}; ingen steg som avgrenser høyst {max} parametere når tetthet {threshold}: det tetteste av dem (*) vises."},
  "robust.tree.fails": {en: "Classification tree: it is not so that {claim} where {region} ({k} of {n} draws).", nb: "Klassifikasjonstre: det stemmer ikke at {claim} der {region} ({k} av {n} trekninger)."},
  "robust.tree.holds": {en: "Classification tree: {claim} where {region} ({k} of {n} draws).", nb: "Klassifikasjonstre: {claim} der {region} ({k} av {n} trekninger)."},
  "structure.hierarchical": {en: "Hierarchical", nb: "Hierarkisk"},
  "structure.specialized": {en: "Specialised", nb: "Spesialisert"},
  "structure.unsegmented": {en: "Unsegmented", nb: "Usegmentert"},
  "summary.highest": {en: "Highest: {option} ({value}).", nb: "Høyest: {option} ({value})."},
  "summary.lowest": {en: "Lowest: {option} ({value}).", nb: "Lavest: {option} ({value})."},
  "table.caption": {en: "Data table", nb: "Datatabell"},
  "term.advocate": {en: "Advocate", nb: "Talsperson"},
  "term.allocationOffice": {en: "Allocation office", nb: "Tildelingskontor"},
  "term.coordinator": {en: "Coordinator", nb: "Koordinator"},
  "term.experienceConsultant": {en: "Experience consultant", nb: "Erfaringskonsulent"},
  "term.fixedTeam": {en: "Fixed team", nb: "Samhandlingsgruppe (fast team)"},
  "term.guardian": {en: "Guardian", nb: "Verge"},
  "term.individualPlan": {en: "Individual plan", nb: "Individuell plan"},
  "term.peerSupporter": {en: "Peer supporter", nb: "Likeperson"},
  "term.responsibilityGroup": {en: "Responsibility group", nb: "Ansvarsgruppe"},
  "term.transfer": {en: "Transfer", nb: "Overføring"},
  "tip.ci": {en: "95% CI", nb: "95 % KI"},
  "tip.floor": {en: "Noise floor (the dummy's upper bound)", nb: "Støygulv (dummyens øvre grense)"},
  "tip.mean": {en: "Mean", nb: "Gjennomsnitt"},
  "tip.n": {en: "Runs", nb: "Kjøringer"},
  "tip.notAboveFloor": {en: "not above the noise floor", nb: "ikke over støygulvet"},
  "tip.share": {en: "Share", nb: "Andel"},
  "tip.value": {en: "Value", nb: "Verdi"},
  "verdict.also": {en: "Also beyond their thresholds: {findings}.", nb: "Også over tersklene: {findings}."},
  "verdict.alsoHead": {en: "Also beyond their thresholds:", nb: "Også over tersklene:"},
  "verdict.and": {en: " and ", nb: " og "},
  "verdict.collective.cost.less": {en: "{cost} fewer staff hours per meeting", nb: "{cost} færre personaltimer per møte"},
  "verdict.collective.cost.more": {en: "{cost} more staff hours per meeting", nb: "{cost} flere personaltimer per møte"},
  "verdict.collective.cost.none": {en: "no practical change in staff hours per meeting", nb: "ingen praktisk endring i personaltimer per møte"},
  "verdict.collective.gain.fewer": {en: "{gain} fewer meetings in 100 at partnership or above", nb: "{gain} færre møter av 100 med partnerskap eller høyere"},
  "verdict.collective.gain.more": {en: "{gain} more meetings in 100 at partnership or above", nb: "{gain} flere møter av 100 med partnerskap eller høyere"},
  "verdict.collective.gain.none": {en: "no practical change in meetings at partnership or above", nb: "ingen praktisk endring i møter med partnerskap eller høyere"},
  "verdict.collective.trade": {en: "Trade-off: {option} gives {gain}, with {cost}.", nb: "Avveining: {option} gir {gain}, med {cost}."},
  "verdict.count": {en: "{option} {missing} of {of}", nb: "{option} {missing} av {of}"},
  "verdict.disagree": {en: "Why the two influence measures disagree: counterfactual influence is, over decided cases, how much the user's own wish moves the outcome (the share of the other solutions the user would have got by preferring them); user influence or control counts the cases that reached the top of the ladder (a two-way exchange, two real alternatives with their consequences, and a wish that changed the outcome). An option can bring more cases to the top of the ladder while each wish moves the outcome less, or the other way round.", nb: "Hvorfor de to målene på innflytelse er uenige: kontrafaktisk innflytelse er, over avgjorte saker, hvor mye brukerens eget ønske flytter utfallet (andelen av de andre løsningene brukeren ville fått ved å foretrekke dem); brukerinnflytelse eller brukerstyring teller sakene som nådde toppen av trappen (toveis samtale, to reelle alternativer med konsekvensene, og et ønske som endret utfallet). Et alternativ kan føre flere saker til toppen av trappen mens hvert ønske flytter utfallet mindre, eller omvendt."},
  "verdict.dominated": {en: "Dominated on influence and every cost (another option gives at least as many cases at user influence or control for no more staff time and no more paid advocate time): {options}.", nb: "Dominert på innflytelse og alle kostnader (et annet alternativ gir minst like mange saker med brukerinnflytelse eller brukerstyring for ikke mer personaltid og ikke mer betalt talspersontid): {options}."},
  "verdict.finding": {en: "{measure}: {mean} {unit} (95% CI {lo} to {hi}), {judgement}.", nb: "{measure}: {mean} {unit} (95 % KI {lo} til {hi}), {judgement}."},
  "verdict.findingNone": {en: "{measure}: no difference (the same in every replication).", nb: "{measure}: ingen forskjell (lik i hver replikasjon)."},
  "verdict.gap": {en: "{measure} ({counts})", nb: "{measure} ({counts})"},
  "verdict.head": {en: "{option} compared with {reference}:", nb: "{option} sammenlignet med {reference}:"},
  "verdict.judge.better": {en: "better for the user", nb: "bedre for brukeren"},
  "verdict.judge.costLess": {en: "less staff time", nb: "mindre personaltid"},
  "verdict.judge.costMore": {en: "more staff time", nb: "mer personaltid"},
  "verdict.judge.none": {en: "no difference (the same in every replication)", nb: "ingen forskjell (lik i hver replikasjon)"},
  "verdict.judge.paidLess": {en: "less paid advocate time", nb: "mindre betalt talspersontid"},
  "verdict.judge.paidMore": {en: "more paid advocate time", nb: "mer betalt talspersontid"},
  "verdict.judge.practical": {en: "a practical difference", nb: "en praktisk forskjell"},
  "verdict.judge.small": {en: "clear but below the practical threshold", nb: "klar, men under den praktiske terskelen"},
  "verdict.judge.unclear": {en: "not clear at this number of replications", nb: "ikke klar med dette antallet replikasjoner"},
  "verdict.judge.worse": {en: "worse for the user", nb: "verre for brukeren"},
  "verdict.line": {en: "{measure}: {ref} → {level}; difference {mean} {unit} (95% CI {lo} to {hi}), {judgement}.", nb: "{measure}: {ref} → {level}; forskjell {mean} {unit} (95 % KI {lo} til {hi}), {judgement}."},
  "verdict.lineConstant": {en: "{measure}: {ref} → {level}; difference {mean} {unit} in every replication, {judgement}.", nb: "{measure}: {ref} → {level}; forskjell {mean} {unit} i hver replikasjon, {judgement}."},
  "verdict.lineNone": {en: "{measure}: {ref} → {level} {unit}; no difference (the same in every replication).", nb: "{measure}: {ref} → {level} {unit}; ingen forskjell (lik i hver replikasjon)."},
  "verdict.missing": {en: "Missing (nothing decided, left out of the means): {gaps}.", nb: "Mangler (ingenting avgjort, holdt utenfor gjennomsnittene): {gaps}."},
  "verdict.noOther": {en: "No other key measure differs beyond its threshold.", nb: "Ingen andre hovedmål skiller seg ut over terskelen."},
  "verdict.run": {en: "Garbage-can lab {version}: {reps} replications per option, seed {seed}, common random numbers; differences are paired against the reference; intervals are 95% confidence intervals; levels read reference → option.", nb: "Garbage-can lab {version}: {reps} replikasjoner per alternativ, frø {seed}, felles slumptall; forskjellene er parvise mot referansen; intervallene er 95 % konfidensintervall; nivåene leses referanse → alternativ."},
  "verdict.thresholds": {en: "A difference counts when its 95% interval excludes zero and it is at least: {list}.", nb: "En forskjell teller når 95 %-intervallet ikke omfatter null og den er minst: {list}."},
  "verdict.trade": {en: "Trade-off: {option} gives {gain}, with {costs}.", nb: "Avveining: {option} gir {gain}, med {costs}."},
  "verdict.trade.gain.fewer": {en: "{gain} fewer cases in 100 at user influence or control", nb: "{gain} færre saker av 100 med brukerinnflytelse eller brukerstyring"},
  "verdict.trade.gain.more": {en: "{gain} more cases in 100 at user influence or control", nb: "{gain} flere saker av 100 med brukerinnflytelse eller brukerstyring"},
  "verdict.trade.gain.none": {en: "no practical change in cases at user influence or control", nb: "ingen praktisk endring i saker med brukerinnflytelse eller brukerstyring"},
  "verdict.trade.none": {en: "Trade-off: none; {option} makes no practical difference to cases at user influence or control, to staff time or to paid advocate time.", nb: "Avveining: ingen; {option} gjør ingen praktisk forskjell for saker med brukerinnflytelse eller brukerstyring, for personaltiden eller for betalt talspersontid."},
  "verdict.trade.paid.less": {en: "{cost} fewer paid advocate hours per case", nb: "{cost} færre betalte talspersontimer per sak"},
  "verdict.trade.paid.more": {en: "{cost} more paid advocate hours per case", nb: "{cost} flere betalte talspersontimer per sak"},
  "verdict.trade.paid.none": {en: "no practical change in paid advocate time", nb: "ingen praktisk endring i betalt talspersontid"},
  "verdict.trade.staff.less": {en: "{cost} fewer staff hours per case", nb: "{cost} færre personaltimer per sak"},
  "verdict.trade.staff.more": {en: "{cost} more staff hours per case", nb: "{cost} flere personaltimer per sak"},
  "verdict.trade.staff.none": {en: "no practical change in staff time", nb: "ingen praktisk endring i personaltid"},
  "verdict.unit.count": {en: "over the simulated period", nb: "over den simulerte perioden"},
  "verdict.unit.shareOfAttendances": {en: "attendances in 100", nb: "oppmøter av 100"},
  "verdict.unit.shareOfCases": {en: "cases in 100", nb: "saker av 100"},
  "verdict.unit.shareOfMeetings": {en: "meetings in 100", nb: "møter av 100"},
  "verdict.unit.zeroToOne": {en: "on the 0–1 scale", nb: "på skalaen 0–1"},
} satisfies Record<string, Entry>;

export type Key = keyof typeof STRINGS;

export function checkLang(lang: unknown): Lang {
  if (lang !== "en" && lang !== "nb") throw new Error(`invalid lang: ${String(lang)}`);
  return lang;
}

export interface Translator {
  /** Whether the catalogue has a key (own keys only). */
  has(key: string): boolean;
  /**
   * The string for a key in a language, with {name} placeholders filled from
   * params. Throws on an unknown key, an unknown language or a missing param.
   */
  t(key: string, lang?: Lang, params?: Record<string, string | number>): string;
}

/** Lookup over a catalogue; the notebooks make one over theirs and this one. */
export function translator(catalogue: Record<string, Entry>): Translator {
  const has = (key: string) => Object.prototype.hasOwnProperty.call(catalogue, key);
  const t = (key: string, lang: Lang = "en", params?: Record<string, string | number>) => {
    checkLang(lang);
    if (!has(key)) throw new Error(`unknown string key: ${key}`);
    // {n} is the value; {n#one|other} is the value and the word that agrees with it ("1 user", "2 users"):
    // both languages use the singular for exactly one
    return catalogue[key][lang].replace(/\{(\w+)(?:#([^|{}]*)\|([^{}]*))?\}/g, (_, name: string, one?: string, other?: string) => {
      if (!params || !Object.prototype.hasOwnProperty.call(params, name)) throw new Error(`missing parameter {${name}} for string key ${key}`);
      const value = String(params[name]);
      return one === undefined ? value : `${value} ${value === "1" ? one : other}`;
    });
  };
  return {has, t};
}

const charts = translator(STRINGS);
export const has: (key: string) => boolean = charts.has;
export const t: (key: Key | string, lang?: Lang, params?: Record<string, string | number>) => string = charts.t;

/** A label for a key under a prefix, or the raw value when the catalogue has none (e.g. option ids). */
export function labelOr(prefix: string, value: string, lang: Lang = "en"): string {
  const key = `${prefix}.${value}`;
  return has(key) ? t(key, lang) : (checkLang(lang), value);
}
