// Bokmål summaries of the model document's sections (sim/ODD.md is written
// in English): one short paragraph per top-level section, matched by the
// start of its heading. The model page shows them under each heading when
// the page speaks bokmål. Keep them in step with the ODD's sections (a test
// checks that every section has one).

export const ODD_SUMMARIES_NB: readonly {heading: string; text: string}[] = [
  {heading: "1. Purpose", text: "Modellen er laget for undervisning og utforsking: hvordan organiseringen av beslutninger om den enkelte brukeren av helse- og velferdstjenester (hvem som møtes hvor og hvor ofte, hvem som får delta, hva brukeren får se, hvem som bestemmer, hvor mye tid de ansatte har) avgjør hvor stor innflytelse brukeren får over sin egen sak. Beslutningene leses gjennom Marchs søppelbøttemodell slik Hansen gjør det, og plasseres på medvirkningstrappen."},
  {heading: "2. Entities", text: "Én periode er én uke. Enhetene er brukere av ulike brukertyper (avhengighet, evne til å møte, systemkunnskap, initiativ, stedfortreder), saker, fagpersoner i roller med timer per uke, arenaer (møter med intervall, dagsorden, kanal, brukerens plass og beslutningsregel), løsninger (tjenestetilbud med plasser) og eventuelle talspersoner."},
  {heading: "3. Process", text: "Hver uke frigjøres plasser og nye saker kommer; rollene får sine timer etter tidspress og administrasjon; ventende saker knyttes til en arena de har tilgang til; møter holdes når de står for tur; i hvert møte avgjøres saker ved problemløsning, overseelse eller flukt etter hvor mye tid som finnes, og brukerens trinn på trappen, innflytelse og tid til vedtak registreres."},
  {heading: "4. Design concepts", text: "Grunnprinsippene er søppelbøttemodellen, Hansens medvirkningstrapp, March og Olsens fire betingelser, Dahls maktbegrep og Lipskys bakkebyråkrati. Andeler på trappen, innflytelse, tid til vedtak og beslutningsmåter oppstår av arenastruktur, energi, oppmøte og tidsforløp; ingenting er satt til å gi et bestemt resultat."},
  {heading: "5. Initialization", text: "Brukertyper fordeles etter største rest og stokkes; hver bruker trekker stedfortreder, tilgang til arenaer og forskyvning for egne møter. Alle saker trekkes ved start, og plasser med kapasitet starter delvis opptatt. Standardverdiene kommer fra kildetekstene der de finnes, ellers er de merket som frie."},
  {heading: "6. Input data", text: "Modellen bruker ingen eksterne tidsserier. Scenarioer er JSON-filer som valideres mot deklarasjonene; forhåndsinnstillingene har notater for forelesere og kilder."},
  {heading: "7. Submodels", text: "Delmodellene beskriver energi og beslutningsmåter (hvor mange timer en sak krever og når den avgjøres ved overseelse eller flukt), hvordan løsninger vurderes og velges under hver beslutningsregel, kontrafaktisk innflytelse, klassifiseringen på medvirkningstrappen og målene per sak og per kjøring."},
  {heading: "Users over time", text: "Valgfrie tillegg som alle er slått av som standard: brukeren endrer seg gjennom året (mestring, tillit, motivasjon som svinner mens man venter, kooptering), oppfølging som egen arena (strukturert eller improvisert, hvem som setter målet, treffsikkerheten i tjenesteyterens bilde), bakkebyråkratens mestringsstrategier under belastning (åpningstid, mottak, fløteskumming, senkede forventninger), beslutningsområder (regelstyrt § 5-1, skjønn § 5-2, individuell plan, knappe boliger), ønsket nivå og retten til ikke å delta, og kasteball mellom tre etater mot én dør (utforskende). Påstandene testes over samme spredning av parametere; der de ikke holder, er det beskrevet som funn."},
  {heading: "Classic mode (", text: "Den klassiske motoren gjengir modellen fra 1972 slik den er låst i designnotatet: anledninger, problemer og beslutningstakere med energi i hundredeler, faste inngangsrekkefølger og de 81 strukturvariantene, med tilfeldige rekkefølger som et valg."},
  {heading: "Classic mode findings", text: "Kontrollen av den klassiske modellen: håndregnede gulltilfeller, invarianter som egenskapstester og artikkelens egenskaper sjekket på de 324 kjøringene, med hvilke resultater som avhenger av de låste tolkningene."}
];

/** The bokmål summary for a section heading, or null. */
export function oddSummary(heading: string): string | null {
  return ODD_SUMMARIES_NB.find((s) => heading.trim().startsWith(s.heading))?.text ?? null;
}
