// The source texts the model cites, declared once: who wrote each, and a map
// from line ranges of its plain-text copy to the sections they fall in, so a
// citation key such as "002:L383-391" (file 002, lines 383-391) can be shown
// as `Hansen «Eksempel 1», 002:L383-391`. docs/sources.md gives the full
// references and the same maps for readers.

export interface SourceSection {
  /** First line of the section in the plain-text copy. */
  line: number;
  /** How a citation names it: a section number ("§4.4.1") or a short title. */
  cite: string;
  /** The heading as the text gives it. */
  heading: string;
}

export interface SourceText {
  id: "000" | "001" | "002" | "003" | "004";
  /** Short author form used in citations. */
  author: string;
  /** Lines in the plain-text copy. */
  lines: number;
  sections: readonly SourceSection[];
}

const s = (line: number, heading: string, cite = `«${heading}»`): SourceSection => ({line, cite, heading});
const n = (line: number, num: string, heading: string): SourceSection => ({line, cite: `§${num}`, heading: `${num} ${heading}`});

export const SOURCES: readonly SourceText[] = [
  {id: "000", author: "Slettebø et al. 2012", lines: 1776, sections: [
    s(1, "(no heading: the opening, on the HUSK trial)", "(opening)"),
    s(55, "Det mangetydige brukerbegrepet"),
    s(177, "Brukermedvirkning i sosial- og helsetjenester"),
    s(455, "Utvalg og metode"),
    s(598, "Forhold som fremmet brukermedvirkning"),
    s(696, "Personlig utvikling og skolering"),
    s(783, "Fagfolkenes relasjonelle kompetanse"),
    s(837, "Likeverd og gjensidige læringsprosesser"),
    s(933, "Tilrettelegging og anerkjenning"),
    s(993, "Organisasjonsmessig tilhørighet"),
    s(1037, "Forhold som hemmet brukermedvirkning"),
    s(1148, "Mangelfull prosjektplanlegging"),
    s(1227, "Fagfolks holdninger"),
    s(1313, "Kjennetegn ved brukerne selv"),
    s(1381, "Avsluttende drøfting")
  ]},
  {id: "001", author: "Strømme", lines: 4455, sections: [
    s(1, "(no heading: the abstract)", "(abstract)"),
    n(58, "1", "Innledning"), n(60, "1.1", "Bakgrunn for valg av tema og problemstilling"), n(121, "1.2", "Presentasjon av problemstillingen"), n(145, "1.3", "Metodisk tilnærming og teoretisk ramme"),
    n(163, "1.4", "Avgrensning av oppgaven"), n(188, "1.5", "Oppbygging av oppgaven"),
    n(232, "2", "Teori og tidligere forskning"), n(233, "2.1", "Bakgrunnen for brukermedvirkning"), n(324, "2.2", "Brukermedvirkningsbegrepet"),
    n(357, "2.3", "Ulike begrunnelser for brukermedvirkning"), n(361, "2.3.1", "De instrumentelle begrunnelsene"),
    n(450, "2.3.2", "De demokratiske begrunnelsene"), n(501, "2.4", "Brukermedvirkning - et spørsmål om makt"),
    n(675, "2.5", "Brukermedvirkning i sosialtjenesteloven"), n(724, "2.6", "Lipsky sin teori om bakkebyråkrati"),
    n(807, "2.6.1", "Utilstrekkelige ressurser"), n(856, "2.6.2", "Motstridende og tvetydige mål"),
    n(915, "2.6.3", "Relasjonen til brukerne"), n(947, "2.6.4", "Fremmedgjøring"),
    n(968, "2.7", "Bakkebyråkratenes mestringsstrategier"), n(1020, "2.8", "En kort oppsummering av de teoretiske rammene"),
    n(1102, "2.9", "Tidligere forskning på feltet"), n(1132, "2.9.1", "Brukers møte med sosialtjenesten"),
    n(1196, "2.9.2", "Hjelpen fra sosialtjenesten"), n(1232, "2.9.3", "Fra den andre siden - ansattes erfaringer"),
    n(1272, "2.9.4", "Hva viser de utvalgte undersøkelsene?"),
    n(1336, "3", "Metodisk tilnærming"), n(1338, "3.1", "Kvalitativ metode"), n(1418, "3.2", "Valg av metode og forberedelser"),
    n(1464, "3.3", "Utvalg og forberedelser i forkant"), n(1636, "3.4", "Gjennomføring av intervjuene"),
    n(1685, "3.5", "Transkripsjon av intervjuene"), n(1724, "3.6", "Analyse"),
    n(1802, "3.7", "Empirien sett i lys av reliabilitet og validitet"), n(2009, "3.8", "Forskningsetikk"),
    n(2069, "4", "Empiri og drøfting"), n(2097, "4.1", "Hva legger de ansatte i begrepet brukermedvirkning?"), n(2113, "4.1.1", "Hovedessensen i begrepet"),
    n(2256, "4.1.2", "Brukermedvirkning - en rettighet som igjen utløser plikter for bruker"),
    n(2329, "4.1.3", "Et ledd i å gjøre bruker selvhjulpen"), n(2397, "4.1.4", "En internalisert arbeidsmåte gjennom utdanning og praksis"),
    n(2471, "4.1.5", "Hva karakteriserer deres syn på brukermedvirkning?"),
    n(2509, "4.2", "Brukermedvirkning i forhold til ulike områder"), n(2525, "4.2.1", "Individuell plan"),
    n(2680, "4.2.2", "Økonomisk stønad"), n(2827, "4.2.3", "Boligbiten"),
    n(2898, "4.2.4", "Avsluttende refleksjoner over brukermedvirkning i forhold til ulike områder"),
    n(2936, "4.3", "Brukermedvirkning i forhold til ulike grupper"), n(2987, "4.3.1", "De med alvorlige psykiske lidelser"),
    n(3116, "4.3.2", "Rusmisbrukere"), n(3241, "4.3.3", "Ressurssterke brukere"),
    n(3383, "4.3.4", "De ”svake” brukerne som ikke kan fremme sine egne ønsker"),
    n(3491, "4.4", "Begrensninger for brukermedvirkning"), n(3519, "4.4.1", "Ressurser"),
    n(3641, "4.4.2", "Administrative krav og mellomposisjon"), n(3723, "4.4.3", "En dobbeltsidig rolle"),
    n(3833, "4.4.4", "Urealistiske ønsker"), n(3911, "4.5", "Veien fremover – med fokus på NAV"),
    s(4079, "Konklusjon"), s(4307, "Vedlegg 1 - Brev til informantene", "«Vedlegg 1»"), s(4354, "Vedlegg 2 - Intervjuguide", "«Vedlegg 2»")
  ]},
  {id: "002", author: "Hansen", lines: 656, sections: [
    s(1, "Title, author and Sammendrag", "«Sammendrag»"),
    s(20, "Innledning"),
    s(53, "Noen begrepsavklaringer"),
    s(64, "Brukerperspektiv på samordning"),
    s(82, "Ulike beskrivelser av brukermedvirkning"),
    s(247, "Datasamling og analyse"),
    s(299, "Eksempel 1 – Forløp ved overføring av bruker fra sykehus til kommunale tjenester", "«Eksempel 1»"),
    s(393, "Eksempel 2 – Samarbeidsteam uten brukerdeltakelse", "«Eksempel 2»"),
    s(495, "Eksempel 3 – Brukerdeltakelse i ansvarsgrupper og ved individuelle planer", "«Eksempel 3»"),
    s(633, "Oppsummering")
  ]},
  {id: "003", author: "HUSK Bjerke", lines: 2735, sections: [
    n(1, "1.1", "Innledning"), n(33, "1.2", "Rapportens struktur"), n(88, "1.3", "Datagrunnlag og problemstilling"),
    n(177, "2", "Kontekst"), n(189, "2.1", "Nasjonale trender og reformer"),
    n(217, "2.2", "HUSK: Nasjonal, regional og lokal forsøksvirksomhet"),
    n(256, "2.3", "Lokal kontekst: Utvikling av HUSK i Bjerke bydel"), n(408, "2.3.1", "Valg av fokusområder og mål"),
    n(473, "2.3.2", "Formalisering av samarbeidet"),
    n(537, "3", "Teoretisk forståelsesramme"), n(551, "3.1", "Makt og avmakt"),
    n(612, "3.3", "Ulike tilnærminger til empowerment"), n(757, "3.4", "Ulike tilnærminger til brukermedvirkning"),
    n(1002, "4", "Fra lyttepost til brukermøter"), n(1126, "4.1.1", "Studenter som ressurs i prosjektarbeid"),
    n(1159, "4.2", "Kartlegging av gjeldende praksis"), n(1173, "4.2.1", "Sosialarbeideres syn på brukermedvirkning varierer"),
    n(1269, "5.1", "Arbeidsutvalget for brukermøtene - organisering"), n(1302, "5.2", "Oversikt over gjennomførte arrangementer"),
    n(1449, "5.3.1", "Deltagelse og temaer"), n(1514, "5.3.2", "Tidspunkt"), n(1562, "5.3.3", "Nøytrale lokaler"),
    n(1589, "5.3.4", "Språk, oversettelse og bruk av tolk"), n(1679, "5.3.5", "Rekruttering og markedsføring"),
    n(1860, "5.3.6", "Innledere og organisering på brukermøtene"), n(1971, "5.3.7", "Tilbakemeldinger"),
    n(2006, "5.4", "Videreføring av brukermøter"),
    n(2055, "6.1", "Betydning for brukerne"), n(2191, "6.2", "Betydning for NAV Bjerke Sosialtjenesten"),
    n(2284, "6.3", "Betydning for Diakonhjemmet Høgskole"),
    n(2339, "7", "Forutsetninger for kollektiv brukermedvirkning med etniske minoriteter"),
    n(2432, "7.1", "Rom for at prosessen tar tid"), n(2550, "7.2", "Engasjerte brukere og sosialarbeidere"),
    n(2623, "7.3", "Kompetanse med tolking"), n(2660, "8", "Veier videre")
  ]},
  {id: "004", author: "Eriksen", lines: 1797, sections: [
    s(1, "(title, subtitle and abstract)", "(abstract)"),
    s(17, "(no heading: the opening)", "(opening)"),
    s(96, "Oppgaveorientert mestringstilnærming"),
    s(217, "Brukermedvirkning og bo-oppfølging"),
    s(575, "Metode"),
    s(756, "Funn"),
    s(796, "1. Forståelser av brukermedvirkning", "«Funn 1»"),
    s(881, "2. Brukernes ressurser", "«Funn 2»"),
    s(945, "3. Brukernes motivasjon", "«Funn 3»"),
    s(1076, "4. Brukernes målorientering", "«Funn 4»"),
    s(1194, "Diskusjon"),
    s(1219, "For mye eller for lite ressursorientering"),
    s(1311, "Omsorg og/eller medvirkning?"),
    s(1440, "Brukers eller boveileders begrunnelser?"),
    s(1544, "Nærhet eller distanse?"),
    s(1644, "Innflytelse fra OOMT"),
    s(1708, "Avslutning"),
    s(1733, "Summary"),
    s(1742, "Avslutning (continued after the English summary)", "«Avslutning»")
  ]}
];

/** A citation key: "002:L383-391", "002:L349-351, L375-381" or "003:L1725". */
export const CITATION_KEY = /\b(00[0-4]):L(\d+)(?:-(\d+))?((?:,\s*L\d+(?:-\d+)?)*)/g;

/** The section a line of a source falls in, or undefined outside the copy. */
export function sectionAt(id: string, line: number): SourceSection | undefined {
  const src = SOURCES.find((x) => x.id === id);
  if (!src || line < 1 || line > src.lines) return undefined;
  let found = src.sections[0];
  for (const sec of src.sections) if (sec.line <= line) found = sec;
  return found;
}

/** The sections a list of line ranges touches, in order, each once. */
function sectionsOf(id: string, ranges: [number, number][]): SourceSection[] {
  const src = SOURCES.find((x) => x.id === id)!;
  const out: SourceSection[] = [];
  for (const [a, b] of ranges) {
    for (const sec of src.sections) {
      const i = src.sections.indexOf(sec);
      const end = i + 1 < src.sections.length ? src.sections[i + 1].line - 1 : src.lines;
      if (sec.line <= b && end >= a && !out.includes(sec)) out.push(sec);
    }
  }
  return out;
}

/** What a citation puts before `key` ("002:L383-391" gives "Hansen «Eksempel 1», "). */
export function citationPrefix(key: string): string {
  const m = new RegExp(CITATION_KEY.source).exec(key);
  if (!m) return "";
  const [, id, from, to, more] = m;
  const ranges: [number, number][] = [[Number(from), Number(to ?? from)]];
  for (const r of more.matchAll(/L(\d+)(?:-(\d+))?/g)) ranges.push([Number(r[1]), Number(r[2] ?? r[1])]);
  const src = SOURCES.find((x) => x.id === id)!;
  const secs = sectionsOf(id, ranges);
  return secs.length ? `${src.author} ${secs.map((x) => x.cite).join(", ")}, ` : `${src.author}, `;
}

/**
 * A key as a reader can follow it: `Hansen «Eksempel 1», 002:L383-391`, or
 * with several sections `Strømme §4.4, §4.4.1, 001:L3491-3565`. Text that
 * is not a key (e.g. "free") is returned unchanged; keys inside longer text
 * are each expanded, except those already drawn this way (so it can be
 * applied twice).
 */
export function cite(text: string): string {
  return text.replace(CITATION_KEY, (key: string, ...rest: unknown[]) => {
    const at = rest[rest.length - 2] as number;
    const prefix = citationPrefix(key);
    return text.slice(Math.max(0, at - prefix.length), at) === prefix ? key : prefix + key;
  });
}
