// The one catalogue of UI strings, English and Norwegian bokmål.
//
// Keep STRINGS one flat object sorted by key (a test checks this), so that
// additions from several people merge cleanly. Keys are dotted by area:
// axis.*, chart.<name>.{label,description}, condition.*, energy.*, entity.*,
// frame.*, ladder.*, load.*, measure.*, option.*, outcome.*, structure.*,
// style.*, table.*, term.*, tip.*. Placeholders are written {name} and filled
// by t(key, lang, {name: value}).
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
  "axis.decision": {en: "Decision structure", nb: "Beslutningsstruktur"},
  "axis.difference": {en: "Difference from {reference}: {measure}", nb: "Forskjell fra {reference}: {measure}"},
  "axis.energy": {en: "Energy distribution", nb: "Energifordeling"},
  "axis.energyBar": {en: "Energy: accumulated (filled) and required (outline)", nb: "Energi: samlet (fylt) og nødvendig (omriss)"},
  "axis.importance.choices": {en: "Choice importance (1 = most important)", nb: "Beslutningsanledningens viktighet (1 = viktigst)"},
  "axis.importance.problems": {en: "Problem importance (1 = most important)", nb: "Problemets viktighet (1 = viktigst)"},
  "axis.load": {en: "Net energy load", nb: "Netto energibelastning"},
  "axis.option": {en: "Organisational option", nb: "Organiseringsform"},
  "axis.parameter": {en: "Parameter", nb: "Parameter"},
  "axis.series": {en: "Series", nb: "Serie"},
  "axis.share": {en: "Share (%)", nb: "Andel (%)"},
  "axis.shareOfCases": {en: "Share of cases (%)", nb: "Andel av sakene (%)"},
  "axis.shareOfChoices": {en: "Share of choices (%)", nb: "Andel av beslutningsanledningene (%)"},
  "axis.shareOfDecisions": {en: "Share of decisions (%)", nb: "Andel av beslutningene (%)"},
  "axis.shareSolved": {en: "Problems solved (%)", nb: "Løste problemer (%)"},
  "axis.step": {en: "Step on Hansen's ladder", nb: "Trinn på Hansens trapp"},
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
  "chart.differenceDots.description": {
    en: "Difference in {measure} between each option and {reference}, with 95% confidence intervals; the vertical line marks no difference. {summary}",
    nb: "Forskjell i {measure} mellom hver organiseringsform og {reference}, med 95 % konfidensintervall; den loddrette linjen markerer ingen forskjell. {summary}"
  },
  "chart.differenceDots.label": {en: "Difference from {reference}: {measure}", nb: "Forskjell fra {reference}: {measure}"},
  "chart.differenceDots.summary": {
    en: "Intervals that exclude zero: {clear}. Intervals that include zero: {unclear}.",
    nb: "Intervaller som utelukker null: {clear}. Intervaller som inkluderer null: {unclear}."
  },
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
  "chart.perceivedGap.description": {
    en: "For each option: the share of cases staff perceive as user participation, against the share the user experienced as at least participation and as influence or control. {summary}",
    nb: "For hver organiseringsform: andelen saker de ansatte oppfatter som brukermedvirkning, mot andelen brukeren opplevde som minst brukerdeltakelse og som brukerinnflytelse eller brukerstyring. {summary}"
  },
  "chart.perceivedGap.label": {en: "Perceived and experienced participation", nb: "Opplevd og oppfattet medvirkning"},
  "chart.perceivedGap.summary": {
    en: "Widest gap: {option}, perceived {perceived}, influence or control {experienced}.",
    nb: "Størst avstand: {option}, oppfattet {perceived}, brukerinnflytelse eller brukerstyring {experienced}."
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
  "condition.alternatives": {en: "Knew the alternatives", nb: "Kjente alternativene"},
  "condition.consequences": {en: "Knew the consequences", nb: "Kjente konsekvensene"},
  "condition.formulated": {en: "Formulated the problem", nb: "Formulerte problemet"},
  "condition.routine": {en: "Took part in the decision routine", nb: "Deltok i beslutningsprosessen"},
  "energy.equal": {en: "Equal energy", nb: "Lik energi"},
  "energy.less": {en: "Important people, less energy", nb: "Viktige personer, mindre energi"},
  "energy.more": {en: "Important people, more energy", nb: "Viktige personer, mer energi"},
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
  "frame.done": {en: "done", nb: "ferdige"},
  "frame.energy": {en: "Energy", nb: "Energi"},
  "frame.energyLeft": {en: "Staff energy left: {n}", nb: "Personalenergi igjen: {n}"},
  "frame.lost": {en: "lost", nb: "tapt"},
  "frame.meeting": {en: "meets now", nb: "møtes nå"},
  "frame.period": {en: "Period {n}", nb: "Periode {n}"},
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
  "ladder.control": {en: "User control", nb: "Brukerstyring"},
  "ladder.influence": {en: "User influence", nb: "Brukerinnflytelse"},
  "ladder.participation": {en: "User participation", nb: "Brukerdeltakelse"},
  "ladder.perspective": {en: "User perspective", nb: "Brukerperspektiv"},
  "ladder.undecided": {en: "Undecided", nb: "Ikke avgjort"},
  "load.heavy": {en: "Heavy", nb: "Tung"},
  "load.light": {en: "Light", nb: "Lett"},
  "load.moderate": {en: "Moderate", nb: "Moderat"},
  "measure.advocateHours.external": {en: "Paid advocate hours (hours)", nb: "Betalte timer for talsperson (timer)"},
  "measure.cases": {en: "Cases (count)", nb: "Saker (antall)"},
  "measure.choiceActivePeriods": {en: "Decision time (choice-periods open)", nb: "Beslutningstid (anledningsperioder åpen)"},
  "measure.choicesUnmade": {en: "Choices not made (count)", nb: "Beslutninger ikke fattet (antall)"},
  "measure.conditions.alternatives": {en: "User knew the alternatives (share of cases)", nb: "Brukeren kjente alternativene (andel saker)"},
  "measure.conditions.consequences": {en: "User knew the consequences (share of cases)", nb: "Brukeren kjente konsekvensene (andel saker)"},
  "measure.conditions.formulated": {en: "User formulated the problem (share of cases)", nb: "Brukeren formulerte problemet (andel saker)"},
  "measure.conditions.routine": {en: "User took part in the decision routine (share of cases)", nb: "Brukeren deltok i beslutningsprosessen (andel saker)"},
  "measure.decided": {en: "Cases decided (count)", nb: "Saker avgjort (antall)"},
  "measure.decidedWithin12": {en: "Decided within 12 weeks (share, Kaplan–Meier)", nb: "Avgjort innen 12 uker (andel, Kaplan–Meier)"},
  "measure.decidedWithin4": {en: "Decided within 4 weeks (share, Kaplan–Meier)", nb: "Avgjort innen 4 uker (andel, Kaplan–Meier)"},
  "measure.disagreement": {en: "Staff disagreed on the best offer (share of cases)", nb: "Personalet uenige om beste tilbud (andel saker)"},
  "measure.dmActivity": {en: "Decision-maker activity (DM-periods at a choice)", nb: "Beslutningstakeraktivitet (perioder ved en anledning)"},
  "measure.dmShifts": {en: "Decision-maker shifts (count)", nb: "Beslutningstakerbytter (antall)"},
  "measure.energyExcess": {en: "Energy in excess of need (energy units)", nb: "Energi ut over behovet (energienheter)"},
  "measure.energyIdle": {en: "Idle energy (energy units)", nb: "Ubrukt energi (energienheter)"},
  "measure.energySpent": {en: "Energy spent (energy units)", nb: "Brukt energi (energienheter)"},
  "measure.fit": {en: "Fit of solution to need (0–1)", nb: "Samsvar mellom tiltak og behov (0–1)"},
  "measure.flight": {en: "Choices made by flight (count)", nb: "Beslutninger ved flukt (antall)"},
  "measure.garbageCan.dmShifts": {en: "Staff shifts between choices (count)", nb: "Ansatte som flyttet mellom valg (antall)"},
  "measure.garbageCan.energyExcess": {en: "Staff hours beyond what decisions needed (hours)", nb: "Personaltimer utover det beslutningene trengte (timer)"},
  "measure.garbageCan.problemShifts": {en: "Case shifts between choices (count)", nb: "Saker som flyttet mellom valg (antall)"},
  "measure.influence": {en: "Counterfactual influence (0–1)", nb: "Kontrafaktisk innflytelse (0–1)"},
  "measure.influenceFeasible": {en: "Counterfactual influence over feasible offers (0–1)", nb: "Kontrafaktisk innflytelse over mulige tilbud (0–1)"},
  "measure.ladder.control": {en: "User control (share of cases)", nb: "Brukerstyring (andel saker)"},
  "measure.ladder.influence": {en: "User influence (share of cases)", nb: "Brukerinnflytelse (andel saker)"},
  "measure.ladder.participation": {en: "User participation (share of cases)", nb: "Brukerdeltakelse (andel saker)"},
  "measure.ladder.perspective": {en: "User perspective (share of cases)", nb: "Brukerperspektiv (andel saker)"},
  "measure.ladder.undecided": {en: "Undecided (share of cases)", nb: "Ikke avgjort (andel saker)"},
  "measure.meanStep": {en: "Mean ladder step (1 = perspective, 4 = control)", nb: "Gjennomsnittlig trinn (1 = perspektiv, 4 = styring)"},
  "measure.meetings": {en: "Meetings held (count)", nb: "Møter holdt (antall)"},
  "measure.oversight": {en: "Choices made by oversight (count)", nb: "Beslutninger ved overseelse (antall)"},
  "measure.perceived": {en: "Staff-perceived participation (share of cases)", nb: "Medvirkning slik de ansatte oppfatter den (andel saker)"},
  "measure.preferenceRealised": {en: "Preference realised (share of cases)", nb: "Brukerens ønske oppfylt (andel saker)"},
  "measure.problemActivity": {en: "Problem activity (problem-periods attached)", nb: "Problemaktivitet (problemperioder knyttet til en anledning)"},
  "measure.problemLatency": {en: "Problem latency (problem-periods waiting)", nb: "Problemlatens (problemperioder som venter)"},
  "measure.problemShifts": {en: "Problem shifts (count)", nb: "Problembytter (antall)"},
  "measure.problemsUnsolved": {en: "Problems unsolved (count)", nb: "Uløste problemer (antall)"},
  "measure.resolution": {en: "Choices made by resolution (count)", nb: "Beslutninger ved problemløsning (antall)"},
  "measure.staffEnergy": {en: "Staff energy spent (hours)", nb: "Brukt personalenergi (timer)"},
  "measure.styles.flight": {en: "Cases decided by flight (count)", nb: "Saker avgjort ved flukt (antall)"},
  "measure.styles.oversight": {en: "Cases decided by oversight (count)", nb: "Saker avgjort ved overseelse (antall)"},
  "measure.styles.resolution": {en: "Cases decided by resolution (count)", nb: "Saker avgjort ved problemløsning (antall)"},
  "measure.timeToDecision": {en: "Time to decision (weeks)", nb: "Tid til vedtak (uker)"},
  "measure.timeToDecisionMedian": {en: "Median time to decision (weeks, Kaplan–Meier)", nb: "Median tid til vedtak (uker, Kaplan–Meier)"},
  "outcome.solved": {en: "Solved", nb: "Løst"},
  "outcome.unsolved": {en: "Unsolved", nb: "Uløst"},
  "perceived.atLeastParticipation": {en: "Experienced: at least participation", nb: "Opplevd: minst brukerdeltakelse"},
  "perceived.influenceOrControl": {en: "Experienced: influence or control", nb: "Opplevd: brukerinnflytelse eller brukerstyring"},
  "perceived.staff": {en: "Perceived by staff", nb: "Oppfattet av de ansatte"},
  "structure.hierarchical": {en: "Hierarchical", nb: "Hierarkisk"},
  "structure.specialized": {en: "Specialised", nb: "Spesialisert"},
  "structure.unsegmented": {en: "Unsegmented", nb: "Usegmentert"},
  "style.flight": {en: "Flight", nb: "Flukt"},
  "style.oversight": {en: "Oversight", nb: "Overseelse"},
  "style.resolution": {en: "Resolution", nb: "Problemløsning"},
  "style.unmade": {en: "Not made", nb: "Ikke fattet"},
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
  "tip.mean": {en: "Mean", nb: "Gjennomsnitt"},
  "tip.n": {en: "Runs", nb: "Kjøringer"},
  "tip.share": {en: "Share", nb: "Andel"},
  "tip.value": {en: "Value", nb: "Verdi"},
  "ui.classic.charts": {en: "The measures by load and structure", nb: "Målene etter belastning og struktur"},
  "ui.classic.fails": {en: "does not hold", nb: "holder ikke"},
  "ui.classic.holds": {en: "holds", nb: "holder"},
  "ui.classic.intro": {en: "The 1972 experiment: 3 loads × 3 access structures × 3 decision structures × 3 energy distributions = 81 variants, each run with the two fixed entry sequences for choices and for problems (324 runs of 20 periods). Where the paper and its Fortran listing leave room, the project pins one reading; each is a switch below, so you can see which results depend on it.", nb: "1972-eksperimentet: 3 belastninger × 3 tilgangsstrukturer × 3 beslutningsstrukturer × 3 energifordelinger = 81 varianter, hver kjørt med de to faste inngangsrekkefølgene for anledninger og for problemer (324 kjøringer à 20 perioder). Der artikkelen og Fortran-koden gir rom for tolkning, har prosjektet låst én tolkning; hver av dem er en bryter nedenfor, slik at du kan se hvilke resultater som avhenger av den."},
  "ui.classic.load": {en: "Load a readings file", nb: "Last inn en fil med tolkninger"},
  "ui.classic.pinned": {en: "pinned", nb: "låst"},
  "ui.classic.properties": {en: "The paper's properties, checked on these runs", nb: "Artikkelens egenskaper, kontrollert på disse kjøringene"},
  "ui.classic.reading.arithmetic": {en: "Arithmetic", nb: "Aritmetikk"},
  "ui.classic.reading.arithmetic.float": {en: "floating point", nb: "flyttall"},
  "ui.classic.reading.arithmetic.integer": {en: "exact hundredths", nb: "eksakte hundredeler"},
  "ui.classic.reading.comparison": {en: "A choice is made when required", nb: "En beslutning fattes når behovet"},
  "ui.classic.reading.comparison.le": {en: "≤ energy (equal is enough)", nb: "≤ energi (likt er nok)"},
  "ui.classic.reading.comparison.lt": {en: "< energy (strictly less)", nb: "< energi (strengt mindre)"},
  "ui.classic.reading.deficits": {en: "Deficits seen", nb: "Underskudd som ses"},
  "ui.classic.reading.deficits.live": {en: "live, within the period", nb: "løpende, innen perioden"},
  "ui.classic.reading.deficits.previous": {en: "from the previous period", nb: "fra forrige periode"},
  "ui.classic.reading.orientation": {en: "Most important entity", nb: "Viktigste enhet"},
  "ui.classic.reading.orientation.index1": {en: "index 1", nb: "indeks 1"},
  "ui.classic.reading.orientation.mirror": {en: "last index (mirrored)", nb: "siste indeks (speilvendt)"},
  "ui.classic.reading.tieBreak": {en: "Ties go to", nb: "Uavgjort går til"},
  "ui.classic.reading.tieBreak.highest": {en: "the highest index", nb: "høyeste indeks"},
  "ui.classic.reading.tieBreak.lowest": {en: "the lowest index", nb: "laveste indeks"},
  "ui.classic.reading.tieBreak.random": {en: "a random one (seeded)", nb: "en tilfeldig (med frø)"},
  "ui.classic.readings": {en: "Readings of the 1972 model", nb: "Tolkninger av 1972-modellen"},
  "ui.classic.save": {en: "Save the readings as a file", nb: "Lagre tolkningene som fil"},
  "ui.classic.table": {en: "The 81 variants", nb: "De 81 variantene"},
  "ui.classic.table.caption": {en: "Each row: one structural variant, the mean over its four entry-sequence runs.", nb: "Hver rad: én strukturvariant, gjennomsnittet av de fire kjøringene med ulike inngangsrekkefølger."},
  "ui.classic.title": {en: "The 1972 garbage-can model", nb: "Søppelkassemodellen fra 1972"},
  "ui.classroom.classic.description": {en: "Ten choice opportunities enter one per period, twenty problems two per period, and ten decision makers spend their energy on the open choice closest to completion (20 periods).", nb: "Ti beslutningsanledninger kommer inn én per periode, tjue problemer to per periode, og ti beslutningstakere bruker energien sin på den åpne anledningen som er nærmest å bli avgjort (20 perioder)."},
  "ui.classroom.classic.notice": {en: "Watch the problems (circles) and decision makers (squares) move together from can to can: both go to the open choice closest to being made. A new can pulls everything to it, and the can left behind is then often made by flight, solving nothing. Cans no problem ever reached are made by oversight. Resolution, where a choice actually solves the problems attached to it, is the rarer style.", nb: "Se hvordan problemene (sirkler) og beslutningstakerne (firkanter) flytter sammen fra kasse til kasse: begge går til den åpne anledningen som er nærmest å bli avgjort. En ny kasse trekker alt til seg, og kassen som blir forlatt, avgjøres da ofte ved flukt uten å løse noe. Kasser som aldri fikk et problem, avgjøres ved overseelse. Problemløsning, der en beslutning faktisk løser problemene knyttet til den, er den sjeldnere måten."},
  "ui.classroom.classic.title": {en: "The 1972 garbage can (Cohen, March and Olsen)", nb: "Søppelkassen fra 1972 (Cohen, March og Olsen)"},
  "ui.classroom.classic.try": {en: "Switch the load from light to heavy and count the styles again. Then make access specialised, so that each problem may only go to one can: flight becomes impossible. Try the second entry sequence, or a random one with different seeds: the same structure can tell quite different stories.", nb: "Bytt belastningen fra lett til tung og tell beslutningsmåtene på nytt. Gjør så tilgangen spesialisert, slik at hvert problem bare kan gå til én kasse: da blir flukt umulig. Prøv den andre inngangsrekkefølgen, eller en tilfeldig med ulike frø: samme struktur kan fortelle ganske forskjellige historier."},
  "ui.classroom.entry": {en: "Entry order", nb: "Inngangsrekkefølge"},
  "ui.classroom.entry.random": {en: "Random (seeded)", nb: "Tilfeldig (med frø)"},
  "ui.classroom.entry.seq": {en: "1972 sequence {n}", nb: "1972-rekkefølge {n}"},
  "ui.classroom.event.case": {en: "case {id} decided in {at} by {style}", nb: "sak {id} avgjort i {at} ved {style}"},
  "ui.classroom.event.choice": {en: "choice {id} made by {style}", nb: "anledning {id} avgjort ved {style}"},
  "ui.classroom.events": {en: "Decisions so far, newest first", nb: "Beslutninger så langt, nyeste først"},
  "ui.classroom.intro": {en: "One run of the model, period by period. Choice opportunities are drawn as cans; problems, participants and solutions attach to them and leave again. A can that is made is coloured by how it was made.", nb: "Én kjøring av modellen, periode for periode. Beslutningsanledninger er tegnet som kasser; problemer, deltakere og løsninger knytter seg til dem og forlater dem igjen. En kasse som er avgjort, fargelegges etter hvordan den ble avgjort."},
  "ui.classroom.keys": {en: "Keyboard: space plays or pauses, the right arrow steps one period, R resets.", nb: "Tastatur: mellomrom spiller av eller stopper, høyre pil går ett steg frem, R starter på nytt."},
  "ui.classroom.ladderTally": {en: "On Hansen's ladder: perspective {perspective} · participation {participation} · influence {influence} · control {control}", nb: "På Hansens trapp: brukerperspektiv {perspective} · brukerdeltakelse {participation} · brukerinnflytelse {influence} · brukerstyring {control}"},
  "ui.classroom.model": {en: "Model", nb: "Modell"},
  "ui.classroom.notice": {en: "Things to notice", nb: "Legg merke til"},
  "ui.classroom.of": {en: "of {n}", nb: "av {n}"},
  "ui.classroom.styles": {en: "Decision styles so far", nb: "Beslutningsmåter så langt"},
  "ui.classroom.tally": {en: "Resolution {resolution} · flight {flight} · oversight {oversight}", nb: "Problemløsning {resolution} · flukt {flight} · overseelse {oversight}"},
  "ui.classroom.time.period": {en: "Period", nb: "Periode"},
  "ui.classroom.time.week": {en: "Week", nb: "Uke"},
  "ui.classroom.title": {en: "Classroom: the garbage can in motion", nb: "Klasserom: søppelkassen i bevegelse"},
  "ui.classroom.transport": {en: "Playback", nb: "Avspilling"},
  "ui.classroom.try": {en: "Things to try", nb: "Prøv dette"},
  "ui.classroom.what": {en: "What to run", nb: "Hva som kjøres"},
  "ui.compare.add": {en: "Add an option", nb: "Legg til et alternativ"},
  "ui.compare.allRows": {en: "Download every replication (CSV)", nb: "Last ned alle replikasjoner (CSV)"},
  "ui.compare.cli": {en: "The same numbers from the command line:", nb: "De samme tallene fra kommandolinjen:"},
  "ui.compare.edit": {en: "Edit parameters ({n} changed)", nb: "Endre parametere ({n} endret)"},
  "ui.compare.edited": {en: "edited", nb: "endret"},
  "ui.compare.extraMeasure": {en: "Also show", nb: "Vis også"},
  "ui.compare.fromFile": {en: "From file", nb: "Fra fil"},
  "ui.compare.intro": {en: "Choose two to four ways of organising the decisions, or edit a copy of one. Each option is run many times on common random numbers: replication r uses the same random draws in every option, so the differences reflect the organisation, not luck. The first option is the reference the others are compared with.", nb: "Velg to til fire måter å organisere beslutningene på, eller endre en kopi av én. Hvert alternativ kjøres mange ganger med felles slumptall: replikasjon r bruker de samme tilfeldige trekningene i alle alternativene, så forskjellene skyldes organiseringen, ikke flaks. Det første alternativet er referansen de andre sammenlignes med."},
  "ui.compare.load": {en: "Load a scenario file", nb: "Last inn en scenariofil"},
  "ui.compare.method": {en: "{reps} replications per option, seed {seed}, common random numbers; differences are paired, against {reference}; intervals are 95% confidence intervals.", nb: "{reps} replikasjoner per alternativ, frø {seed}, felles slumptall; forskjellene er parvise, mot {reference}; intervallene er 95 % konfidensintervall."},
  "ui.compare.more": {en: "Perceived participation, March and Olsen's conditions, decision styles", nb: "Oppfattet medvirkning, March og Olsens betingelser, beslutningsmåter"},
  "ui.compare.option": {en: "Option {n}", nb: "Alternativ {n}"},
  "ui.compare.options": {en: "Options", nb: "Alternativer"},
  "ui.compare.organisation": {en: "Organisation", nb: "Organisering"},
  "ui.compare.reference": {en: "Option {n} (reference)", nb: "Alternativ {n} (referanse)"},
  "ui.compare.remove": {en: "Remove", nb: "Fjern"},
  "ui.compare.resetEdits": {en: "Undo edits", nb: "Angre endringer"},
  "ui.compare.results": {en: "Results", nb: "Resultater"},
  "ui.compare.save": {en: "Save as scenario file", nb: "Lagre som scenariofil"},
  "ui.compare.settings": {en: "Run settings", nb: "Kjøreinnstillinger"},
  "ui.compare.title": {en: "Compare ways of organising", nb: "Sammenlign organiseringsformer"},
  "ui.compare.verdict": {en: "Verdict", nb: "Konklusjon"},
  "ui.compare.watch": {en: "Watch one run in the classroom", nb: "Se én kjøring i klasserommet"},
  "ui.error.file": {en: "The file {file} could not be used", nb: "Filen {file} kunne ikke brukes"},
  "ui.error.render": {en: "This view could not be drawn", nb: "Denne visningen kunne ikke tegnes"},
  "ui.error.run": {en: "The simulation failed", nb: "Simuleringen feilet"},
  "ui.error.url": {en: "Some settings in the address could not be read; defaults are used instead", nb: "Noen innstillinger i adressen kunne ikke leses; standardverdier brukes i stedet"},
  "ui.every": {en: "Draw every N periods", nb: "Tegn hver N-te periode"},
  "ui.explore.allValues": {en: "Every value: {values}", nb: "Alle verdier: {values}"},
  "ui.explore.axis.x": {en: "Parameter on the x axis", nb: "Parameter på x-aksen"},
  "ui.explore.axis.y": {en: "Second parameter", nb: "Andre parameter"},
  "ui.explore.base": {en: "Scenario", nb: "Scenario"},
  "ui.explore.csv": {en: "Download every replication (CSV)", nb: "Last ned alle replikasjoner (CSV)"},
  "ui.explore.design": {en: "Sweep design", nb: "Forsøksplan"},
  "ui.explore.from": {en: "From", nb: "Fra"},
  "ui.explore.intro": {en: "Start from a scenario, change any parameter, and sweep one or two parameters over a range. Every point is replicated on common random numbers (replication r uses the same random draws at every point); the bands and tooltips show 95% confidence intervals. The runs happen in the background, so the page stays responsive.", nb: "Start fra et scenario, endre hvilken som helst parameter, og varier én eller to parametere over et område. Hvert punkt replikeres med felles slumptall (replikasjon r bruker de samme tilfeldige trekningene i hvert punkt); båndene og verktøytipsene viser 95 % konfidensintervall. Kjøringene går i bakgrunnen, så siden svarer hele tiden."},
  "ui.explore.method": {en: "{points} points × {reps} replications, seed {seed}; bands are 95% confidence intervals of the mean.", nb: "{points} punkter × {reps} replikasjoner, frø {seed}; båndene er 95 % konfidensintervall for gjennomsnittet."},
  "ui.explore.mode": {en: "Sweep", nb: "Variasjon"},
  "ui.explore.mode.one": {en: "one parameter", nb: "én parameter"},
  "ui.explore.mode.two": {en: "two parameters", nb: "to parametere"},
  "ui.explore.parameter": {en: "Parameter", nb: "Parameter"},
  "ui.explore.params": {en: "All {n} parameters of this scenario ({edited} changed)", nb: "Alle {n} parametere i dette scenarioet ({edited} endret)"},
  "ui.explore.parquet": {en: "Download every replication (Parquet)", nb: "Last ned alle replikasjoner (Parquet)"},
  "ui.explore.points": {en: "Points", nb: "Punkter"},
  "ui.explore.scenario": {en: "Scenario", nb: "Scenario"},
  "ui.explore.sweep": {en: "Sweep", nb: "Variasjon"},
  "ui.explore.title": {en: "Explore the parameters", nb: "Utforsk parameterne"},
  "ui.explore.to": {en: "To", nb: "Til"},
  "ui.explore.tooMany": {en: "This sweep needs {n} runs; the limit in the browser is {max}. Use fewer points or replications, or the command line.", nb: "Denne variasjonen krever {n} kjøringer; grensen i nettleseren er {max}. Bruk færre punkter eller replikasjoner, eller kommandolinjen."},
  "ui.figure.csv": {en: "Download data (CSV)", nb: "Last ned data (CSV)"},
  "ui.figure.svg": {en: "Download chart (SVG)", nb: "Last ned diagram (SVG)"},
  "ui.figure.table": {en: "Show the data as a table", nb: "Vis dataene som tabell"},
  "ui.group.advocates": {en: "Advocates", nb: "Talspersoner"},
  "ui.group.arenas": {en: "Arenas (choice opportunities)", nb: "Arenaer (beslutningsanledninger)"},
  "ui.group.load": {en: "Load and time pressure", nb: "Belastning og tidspress"},
  "ui.group.power": {en: "Power and voice", nb: "Makt og stemme"},
  "ui.group.solutions": {en: "Solutions (service offers)", nb: "Løsninger (tjenestetilbud)"},
  "ui.group.staff": {en: "Staff", nb: "Ansatte"},
  "ui.group.time": {en: "Time", nb: "Tid"},
  "ui.group.users": {en: "Users", nb: "Brukere"},
  "ui.group.usertypes": {en: "User types", nb: "Brukertyper"},
  "ui.index.classic.audience": {en: "For researchers and students of the original model", nb: "For forskere og studenter som vil se den opprinnelige modellen"},
  "ui.index.classic.text": {en: "The 81 structural variants of Cohen, March and Olsen (1972) as a table and charts, the paper's properties checked live, and the readings the project pins down as switches.", nb: "De 81 strukturvariantene fra Cohen, March og Olsen (1972) som tabell og diagrammer, artikkelens egenskaper kontrollert fortløpende, og tolkningene prosjektet har låst, som brytere."},
  "ui.index.classroom.audience": {en: "For lecturers and students", nb: "For forelesere og studenter"},
  "ui.index.classroom.text": {en: "One run, animated: choice opportunities as cans, with problems, participants and solutions coming and going. Play, pause and step through it, and read the notes on what to notice and what to try.", nb: "Én kjøring, animert: beslutningsanledninger som kasser, der problemer, deltakere og løsninger kommer og går. Spill av, stopp og gå trinnvis, og les notatene om hva du kan legge merke til og prøve."},
  "ui.index.compare.audience": {en: "For planners in municipalities and services", nb: "For planleggere i kommuner og tjenester"},
  "ui.index.compare.text": {en: "Put two to four ways of organising side by side: the ladder of participation, the user's influence, time to decision and staff energy, with 95% confidence intervals and a short written verdict.", nb: "Sett to til fire organiseringsformer side om side: medvirkningstrappen, brukerens innflytelse, tid til vedtak og personalenergi, med 95 % konfidensintervall og en kort skriftlig konklusjon."},
  "ui.index.explore.audience": {en: "For researchers", nb: "For forskere"},
  "ui.index.explore.text": {en: "Every parameter as an input; sweeps of one or two parameters with confidence bands, run in the background, exported as CSV or Parquet.", nb: "Alle parametere som inndata; variasjon av én eller to parametere med konfidensbånd, kjørt i bakgrunnen, eksportert som CSV eller Parquet."},
  "ui.index.intro": {en: "Simulations of the garbage-can model of organisational choice, and of how the organisation of welfare decisions shapes service users' influence (Hansen's ladder: user perspective, participation, influence, control). Everything runs in this browser; nothing is sent anywhere.", nb: "Simuleringer av søppelkassemodellen for organisatoriske valg, og av hvordan organiseringen av velferdsbeslutninger former brukerens innflytelse (Hansens trapp: brukerperspektiv, brukerdeltakelse, brukerinnflytelse, brukerstyring). Alt kjører i denne nettleseren; ingenting sendes noe sted."},
  "ui.index.model.audience": {en: "For anyone who wants the details", nb: "For alle som vil ha detaljene"},
  "ui.index.model.text": {en: "The model description (ODD protocol) and the table of all parameters.", nb: "Modellbeskrivelsen (ODD-protokollen) og tabellen over alle parametere."},
  "ui.index.title": {en: "garbage-can lab", nb: "garbage-can lab"},
  "ui.language": {en: "Language", nb: "Språk"},
  "ui.measure": {en: "Measure", nb: "Mål"},
  "ui.model.claims": {en: "Claims: definitions and findings", nb: "Påstander: definisjoner og funn"},
  "ui.model.claims.intro": {en: "Each claim of the design brief, labelled: definitional (follows from how the ladder is defined, not a finding), input (follows from an input value) or emergent (follows from the dynamics; the model description below gives the share of a wide parameter spread in which it holds, and where it fails).", nb: "Hver påstand i designnotatet, merket: definisjon (følger av hvordan stigen er definert, ikke et funn), inndata (følger av en inndataverdi) eller fremvoksende (følger av dynamikken; modellbeskrivelsen under gir andelen av en bred parameterspredning der den holder, og hvor den svikter)."},
  "ui.model.col.allowed": {en: "Allowed", nb: "Tillatt"},
  "ui.model.col.because": {en: "Why", nb: "Hvorfor"},
  "ui.model.col.default": {en: "Default", nb: "Standard"},
  "ui.model.col.description": {en: "Description", nb: "Beskrivelse"},
  "ui.model.col.group": {en: "Group", nb: "Gruppe"},
  "ui.model.col.id": {en: "Claim", nb: "Påstand"},
  "ui.model.col.key": {en: "Key", nb: "Nøkkel"},
  "ui.model.col.kind": {en: "Kind", nb: "Art"},
  "ui.model.col.label": {en: "Name", nb: "Navn"},
  "ui.model.col.source": {en: "Source", nb: "Kilde"},
  "ui.model.col.statement": {en: "Statement", nb: "Innhold"},
  "ui.model.col.type": {en: "Type", nb: "Type"},
  "ui.model.col.unit": {en: "Unit", nb: "Enhet"},
  "ui.model.intro": {en: "The model described with the ODD protocol (overview, design concepts, details; Grimm et al. 2020), kept in step with the code in sim/. The parameter table at the end is generated from the parameter declarations, so it always matches what the notebooks and the command line accept.", nb: "Modellen beskrevet etter ODD-protokollen (oversikt, designbegreper, detaljer; Grimm mfl. 2020), holdt i takt med koden i sim/. Parametertabellen til slutt lages fra parameterdeklarasjonene, så den stemmer alltid med det notatbøkene og kommandolinjen godtar."},
  "ui.model.kind.definitional": {en: "definitional", nb: "definisjon"},
  "ui.model.kind.emergent": {en: "emergent", nb: "fremvoksende"},
  "ui.model.kind.input": {en: "input", nb: "inndata"},
  "ui.model.missing": {en: "The model description (sim/ODD.md) has not been written yet.", nb: "Modellbeskrivelsen (sim/ODD.md) er ikke skrevet ennå."},
  "ui.model.parameters": {en: "Parameters", nb: "Parametere"},
  "ui.model.parameters.intro": {en: "All {n} parameters of the participation model, as declared in sim/participation/parameters.ts. Keys with * stand for every member of a collection (e.g. every arena).", nb: "Alle {n} parametere i medvirkningsmodellen, slik de er deklarert i sim/participation/parameters.ts. Nøkler med * gjelder hvert medlem av en samling (for eksempel hver arena)."},
  "ui.model.title": {en: "Model description", nb: "Modellbeskrivelse"},
  "ui.model.toc": {en: "Contents", nb: "Innhold"},
  "ui.nav.classic": {en: "The 1972 model", nb: "1972-modellen"},
  "ui.nav.classroom": {en: "Classroom", nb: "Klasserom"},
  "ui.nav.compare": {en: "Compare options", nb: "Sammenlign"},
  "ui.nav.explore": {en: "Explore parameters", nb: "Utforsk parametere"},
  "ui.nav.index": {en: "Start", nb: "Start"},
  "ui.nav.label": {en: "Notebooks", nb: "Notatbøker"},
  "ui.nav.model": {en: "Model description", nb: "Modellbeskrivelse"},
  "ui.pause": {en: "Pause", nb: "Pause"},
  "ui.play": {en: "Play", nb: "Spill av"},
  "ui.print": {en: "Print", nb: "Skriv ut"},
  "ui.progress": {en: "Progress", nb: "Fremdrift"},
  "ui.progress.done": {en: "{n} runs done.", nb: "{n} kjøringer ferdige."},
  "ui.progress.runs": {en: "{done} of {total} runs", nb: "{done} av {total} kjøringer"},
  "ui.reps": {en: "Replications", nb: "Replikasjoner"},
  "ui.reset": {en: "Reset", nb: "Start på nytt"},
  "ui.seed": {en: "Seed", nb: "Frø"},
  "ui.speed": {en: "Speed", nb: "Fart"},
  "ui.speed.value": {en: "{n} per second", nb: "{n} per sekund"},
  "ui.step": {en: "Step", nb: "Ett steg"},
  "ui.stop": {en: "Stop", nb: "Stopp"},
  "ui.stopped": {en: "Stopped.", nb: "Stoppet."}
} satisfies Record<string, Entry>;

export type Key = keyof typeof STRINGS;
const catalogue: Record<string, Entry> = STRINGS;

export function checkLang(lang: unknown): Lang {
  if (lang !== "en" && lang !== "nb") throw new Error(`invalid lang: ${String(lang)}`);
  return lang;
}

/** Whether the catalogue has a key. */
export function has(key: string): boolean {
  return Object.prototype.hasOwnProperty.call(catalogue, key);
}

/**
 * The string for a key in a language, with {name} placeholders filled from
 * params. Throws on an unknown key, an unknown language or a missing param.
 */
export function t(key: Key | string, lang: Lang = "en", params?: Record<string, string | number>): string {
  checkLang(lang);
  if (!has(key)) throw new Error(`unknown string key: ${key}`);
  const text = catalogue[key][lang];
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!params || !(name in params)) throw new Error(`missing parameter {${name}} for string key ${key}`);
    return String(params[name]);
  });
}

/** The label of a measure (with its unit), or the measure's own name when the catalogue has none. */
export function measureLabel(measure: string, lang: Lang = "en"): string {
  const key = `measure.${measure}`;
  return has(key) ? t(key, lang) : (checkLang(lang), measure);
}

/** A label for a key under a prefix, or the raw value when the catalogue has none (e.g. option ids). */
export function labelOr(prefix: string, value: string, lang: Lang = "en"): string {
  const key = `${prefix}.${value}`;
  return has(key) ? t(key, lang) : (checkLang(lang), value);
}
