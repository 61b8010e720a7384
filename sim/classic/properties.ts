// The 1972 paper's qualitative properties (docs/classic-1972.md §3.2: P1, P2, P6, P7,
// P8) as checkable inequalities over a set of runs: the fixed 324-run design
// or replications with random entry orders. Runs are tallied straight from
// a simulator's arrays, so thousands of replications stay cheap.

import {COUNTER, classicSimulator, type ClassicModel, type ClassicRules} from "./engine.ts";
import {config1972, design1972, designKey, randomEntry, variantConfig, variants} from "./design.ts";
import {LOADS, type Load, type Orientation} from "./gcm1972.ts";
import {rng} from "../rng.ts";
import {DEFAULT_SEED, runSeed} from "../seeds.ts";
import {CLASSIC_MEASURE_DECLS, FLIGHT_OR_OVERSIGHT} from "./measures.ts";

export interface LoadTally {
  runs: number;
  problemActivity: number;
  problemsUnsolved: number;
  choicesUnmade: number;
  choiceActivePeriods: number;
  dmShifts: number;
  resolution: number;
  flightOrOversight: number;
}

export interface Tally {
  runs: number;
  /** Totals per style over runs not under specialized access and not light load. */
  general: {resolution: number; flight: number; oversight: number};
  byLoad: Record<Load, LoadTally>;
  /** Indexed by importance rank - 1 (0 = most important). */
  problemEntered: number[];
  problemSolved: number[];
  choiceEntered: number[];
  choiceMade: number[];
  choiceResolution: number[];
  choiceUnmade: number[];
}

export function emptyTally(choices = 10, problems = 20): Tally {
  const zero = (): LoadTally => ({runs: 0, problemActivity: 0, problemsUnsolved: 0, choicesUnmade: 0, choiceActivePeriods: 0, dmShifts: 0, resolution: 0, flightOrOversight: 0});
  return {
    runs: 0, general: {resolution: 0, flight: 0, oversight: 0},
    byLoad: {light: zero(), moderate: zero(), heavy: zero()},
    problemEntered: new Array(problems).fill(0), problemSolved: new Array(problems).fill(0),
    choiceEntered: new Array(choices).fill(0), choiceMade: new Array(choices).fill(0),
    choiceResolution: new Array(choices).fill(0), choiceUnmade: new Array(choices).fill(0)
  };
}

/** Adds one simulated run (a simulator's model after a run) to the tally. */
export function tallyRun(tally: Tally, model: ClassicModel, point: {load: Load; access: string}, orientation: Orientation = "index1"): void {
  const c = model.counters;
  const res = c[COUNTER.resolution], fli = c[COUNTER.flight], ove = c[COUNTER.oversight];
  ++tally.runs;
  const L = tally.byLoad[point.load];
  ++L.runs;
  L.problemActivity += c[COUNTER.problemActivity]; L.dmShifts += c[COUNTER.dmShifts]; L.choiceActivePeriods += c[COUNTER.choiceActivePeriods];
  L.problemsUnsolved += c[COUNTER.problemsUnsolved]; L.choicesUnmade += c[COUNTER.choicesUnmade];
  L.resolution += res; L.flightOrOversight += fli + ove;
  if (point.access !== "specialized" && point.load !== "light") {
    tally.general.resolution += res; tally.general.flight += fli; tally.general.oversight += ove;
  }
  const {m, w} = model;
  for (let i = 0; i < w; ++i) {
    if (model.problemEntry[i] === 0) continue;
    const rank = orientation === "mirror" ? w - 1 - i : i;
    ++tally.problemEntered[rank];
    if (model.pSolved[i] > 0) ++tally.problemSolved[rank];
  }
  for (let j = 0; j < m; ++j) {
    if (model.choiceEntry[j] === 0) continue;
    const rank = orientation === "mirror" ? m - 1 - j : j;
    ++tally.choiceEntered[rank];
    if (model.cState[j] === 2) {
      ++tally.choiceMade[rank];
      if (model.cStyle[j] === 1) ++tally.choiceResolution[rank];
    } else ++tally.choiceUnmade[rank];
  }
}

export interface TallyOptions extends Partial<ClassicRules> {
  orientation?: Orientation;
  /** Base seed of random tie-breaking in the design (default DEFAULT_SEED). */
  seed?: string;
}

/** Tally of the 324-run 1972 design. */
export function designTally(options: TallyOptions = {}): Tally {
  const tally = emptyTally();
  for (const p of design1972()) {
    const sim = classicSimulator(config1972(p, options));
    if (options.tieBreak === "random") sim.source(rng(runSeed(options.seed ?? DEFAULT_SEED, designKey(p), 0)));
    tallyRun(tally, sim.simulate().model, p, options.orientation);
  }
  return tally;
}

/**
 * Tally of `reps` replications per load with seeded random entry orders; in
 * replication r all 27 variants of a load share one entry order.
 */
export function randomTally(reps: number, seed: string | number, options: TallyOptions & {loads?: readonly Load[]} = {}): Tally {
  const tally = emptyTally();
  for (const load of options.loads ?? LOADS) {
    const sims = variants().filter((v) => v.load === load).map((v) => ({v, sim: classicSimulator({...variantConfig(v, options), ...randomEntry(rng(0), 10, 20)})}));
    for (let r = 0; r < reps; ++r) {
      const random = rng(runSeed(seed, `random-entry-${load}`, r));
      const {choiceEntry, problemEntry} = randomEntry(random, 10, 20);
      for (const {v, sim} of sims) tallyRun(tally, sim.entry(choiceEntry, problemEntry).source(random).simulate().model, v, options.orientation);
    }
  }
  return tally;
}

export interface PropertyCheck {
  id: "P1" | "P2" | "P6" | "P7" | "P8";
  statement: {en: string; nb: string};
  holds: boolean;
  /**
   * The numbers the verdict rests on: a sentence per language with {0}, {1},
   * ... standing for `values`, which the interface formats (sim/ formats no
   * numbers for display).
   */
  evidence: {text: {en: string; nb: string}; values: number[]};
}

const ratio = (a: number[], b: number[], ranks: number[]) => ranks.reduce((s, r) => s + a[r], 0) / Math.max(1, ranks.reduce((s, r) => s + b[r], 0));
const range = (a: number, b: number) => Array.from({length: b - a}, (_, k) => a + k);

/** Evaluates the five properties on a tally. */
export function evaluateProperties(t: Tally): PropertyCheck[] {
  const out: PropertyCheck[] = [];
  const g = t.general;
  out.push({
    id: "P1",
    statement: {
      en: "Resolution is not the most common decision style, except under specialized access or light load",
      nb: "Løsning er ikke den vanligste beslutningsmåten, unntatt ved spesialisert tilgang eller lett belastning"
    },
    holds: g.resolution < g.flight + g.oversight,
    evidence: {
      text: {
        en: "outside specialized access and light load: resolution {0}, flight {1}, oversight {2}",
        nb: "utenom spesialisert tilgang og lett belastning: problemløsning {0}, flukt {1}, overseelse {2}"
      },
      values: [g.resolution, g.flight, g.oversight]
    }
  });
  const per = (load: Load, key: keyof LoadTally) => t.byLoad[load][key] / Math.max(1, t.byLoad[load].runs);
  const rising = (key: keyof LoadTally) => {
    const [a, b, c] = LOADS.map((l) => per(l, key));
    return {ok: a <= b && b <= c && a < c, key, values: [a, b, c]};
  };
  const p2 = (["problemActivity", "problemsUnsolved", "choicesUnmade", "choiceActivePeriods", "flightOrOversight"] as const).map(rising);
  // Named by the measures' declared labels (measures.ts), never by code names.
  const name = (key: (typeof p2)[number]["key"], lang: "en" | "nb") => (key === "flightOrOversight" ? FLIGHT_OR_OVERSIGHT[lang] : CLASSIC_MEASURE_DECLS.find((d) => d.key === key)!.label[lang]).toLowerCase();
  const p2Text = (fails: string, lang: "en" | "nb") => p2.map((x, k) => `${name(x.key, lang)} {${3 * k}} ≤ {${3 * k + 1}} ≤ {${3 * k + 2}}${x.ok ? "" : fails}`).join("; ");
  out.push({
    id: "P2",
    statement: {
      en: "Heavier load raises problem activity, unsolved problems, decision difficulty and the use of flight and oversight",
      nb: "Tyngre belastning gir mer problemaktivitet, flere uløste problemer, vanskeligere beslutninger og mer flukt og overseelse"
    },
    holds: p2.every((x) => x.ok),
    evidence: {text: {en: p2Text(" (fails)", "en"), nb: p2Text(" (holder ikke)", "nb")}, values: p2.flatMap((x) => x.values)}
  });
  const w = t.problemEntered.length, m = t.choiceEntered.length;
  const importantP = range(0, Math.floor(w / 2)), unimportantP = range(Math.floor(w / 2), w);
  const pi = ratio(t.problemSolved, t.problemEntered, importantP), pu = ratio(t.problemSolved, t.problemEntered, unimportantP);
  out.push({
    id: "P6",
    statement: {en: "Important problems are more likely to be solved than unimportant ones", nb: "Viktige problemer blir oftere løst enn uviktige"},
    holds: pi > pu,
    evidence: {
      text: {en: "share solved: more important half {0}, less important half {1}", nb: "andel løst: viktigste halvdel {0}, minst viktige halvdel {1}"},
      values: [pi, pu]
    }
  });
  const importantC = range(0, Math.floor(m / 2)), unimportantC = range(Math.floor(m / 2), m);
  const ci = ratio(t.choiceResolution, t.choiceMade, importantC), cu = ratio(t.choiceResolution, t.choiceMade, unimportantC);
  out.push({
    id: "P7",
    statement: {en: "Important choices are less likely to resolve problems than unimportant ones", nb: "Viktige valg løser sjeldnere problemer enn uviktige"},
    holds: ci < cu,
    evidence: {
      text: {
        en: "share of made choices made by resolution: more important half {0}, less important half {1}",
        nb: "andel av fattede beslutninger tatt ved problemløsning: viktigste halvdel {0}, minst viktige halvdel {1}"
      },
      values: [ci, cu]
    }
  });
  // Ends = the most and the least important third; middle = the rest.
  const third = Math.max(1, Math.floor(m / 3));
  const top = range(0, third), bottom = range(m - third, m), middle = range(third, m - third);
  const ft = ratio(t.choiceUnmade, t.choiceEntered, top), fb = ratio(t.choiceUnmade, t.choiceEntered, bottom), fm = ratio(t.choiceUnmade, t.choiceEntered, middle);
  out.push({
    id: "P8",
    statement: {
      en: "Choice failures concentrate among the most and the least important choices",
      nb: "Valg som ikke blir tatt, samler seg blant de viktigste og de minst viktige valgene"
    },
    holds: fm < ft && fm < fb,
    evidence: {
      text: {
        en: "share unmade: most important third {0}, middle {1}, least important third {2}",
        nb: "andel ikke fattet: viktigste tredjedel {0}, midten {1}, minst viktige tredjedel {2}"
      },
      values: [ft, fm, fb]
    }
  });
  return out;
}
