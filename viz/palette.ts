// Colour-blind-safe colours, set explicitly (Okabe & Ito 2008; viridis for
// ordered steps). Plot's default categorical schemes are not all safe, so
// charts never rely on them.

export const OKABE_ITO = {
  orange: "#E69F00",
  skyBlue: "#56B4E9",
  bluishGreen: "#009E73",
  yellow: "#F0E442",
  blue: "#0072B2",
  vermillion: "#D55E00",
  reddishPurple: "#CC79A7",
  black: "#000000"
} as const;

/** Okabe–Ito in the order used for series (options, measures): black and yellow last. */
export const CATEGORICAL: readonly string[] = [
  OKABE_ITO.blue, OKABE_ITO.orange, OKABE_ITO.bluishGreen, OKABE_ITO.vermillion,
  OKABE_ITO.skyBlue, OKABE_ITO.reddishPurple, OKABE_ITO.black, OKABE_ITO.yellow
];

export const GREY = "#BBBBBB";
export const DARK_GREY = "#666666";

/**
 * Hansen's ladder, ordered perspective -> control: lightness rises step by
 * step (purples, then yellow) and no step is green or orange, so no step
 * shares a colour with a decision style; undecided a light grey.
 */
export const LADDER_COLOURS = {
  perspective: "#3F007D",
  participation: "#6A51A3",
  influence: "#9E9AC8",
  control: "#FDEA45",
  undecided: "#E0E0E0"
} as const;

/** Decision styles (and unmade choices). */
export const STYLE_COLOURS = {
  resolution: OKABE_ITO.bluishGreen,
  flight: OKABE_ITO.orange,
  oversight: OKABE_ITO.skyBlue,
  unmade: GREY
} as const;

/** Stream entities in the classroom frame. */
export const ENTITY_COLOURS = {
  problem: OKABE_ITO.vermillion,
  participant: OKABE_ITO.blue,
  user: OKABE_ITO.black,
  advocate: DARK_GREY,
  solution: OKABE_ITO.reddishPurple
} as const;

/** Sequential scheme for heatmaps (perceptually uniform, colour-blind safe). */
export const SEQUENTIAL_SCHEME = "viridis";

/** The series colour for index i (cycles through Okabe–Ito). */
export function seriesColour(i: number): string {
  return CATEGORICAL[i % CATEGORICAL.length];
}
