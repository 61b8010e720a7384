// Where the chart fixtures live and how they are written and read: JSON, one
// top-level element per line (readable diffs), with NaN and the infinities
// kept (JSON itself would turn them into null).

export const FIXTURES = new URL("./fixtures/", import.meta.url);
export const SEED = "viz";
export const OPTIONS = ["transfer-written", "transfer-visit", "team", "rg-decide"];
export const POINT = {load: "moderate", access: "unsegmented", decision: "hierarchical", energy: "equal", choiceSeq: 1, problemSeq: 1} as const;

/** Per classic run: entry period per choice and problem, style code per choice (0 = not made), solved period per problem (null = not). */
export interface ClassicDetails {
  choiceEntry: number[];
  choiceStyle: number[];
  problemEntry: number[];
  problemSolved: (number | null)[];
}

const NON_FINITE = new Set(["NaN", "Infinity", "-Infinity"]);
const replacer = (_key: string, v: unknown) => (typeof v === "number" && !Number.isFinite(v) ? String(v) : v);
export const reviver = (_key: string, v: unknown) => (typeof v === "string" && NON_FINITE.has(v) ? Number(v) : v);

export function fixtureJson(value: unknown): string {
  if (!Array.isArray(value)) return JSON.stringify(value, replacer, 1) + "\n";
  return "[\n" + value.map((x) => JSON.stringify(x, replacer)).join(",\n") + "\n]\n";
}
