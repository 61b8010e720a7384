// The contract every chart keeps: a Plot figure with a translated aria-label
// and aria-description, Okabe–Ito / viridis colours only, unknown options and
// languages rejected loudly.

import {describe, expect, it} from "vitest";
import * as viz from "../../../viz/index.ts";
import {
  HAND_FRAME, advocateEstimates, classicResults, classicRows, classicTrace, conditionsRows, differences, estimates, ladders, participationFrame, participationRunning,
  perceivedRows, stylesRows, sweepHeatmapRows, sweepLineRows, userTypeRows
} from "../fixtures.ts";
import {aria, chartSvg, makeDocument} from "../snapshot.ts";
import {robustFixture} from "../discoveryFixtures.ts";

type Render = (options: Record<string, unknown>) => Element;

const CHARTS: Record<string, Render> = {
  "streamsFrame (classic)": (o) => viz.streamsFrame(classicTrace().trace![3], o),
  "streamsFrame (participation)": (o) => viz.streamsFrame(participationFrame(), o),
  "streamsFrame (hand-built)": (o) => viz.streamsFrame(HAND_FRAME, o),
  runningShares: (o) => viz.runningShares(participationRunning(), o),
  energyLine: (o) => viz.energyLine(participationRunning(), o),
  classicMeasures: (o) => viz.classicMeasures(classicRows(), o),
  classicHeatmap: (o) => viz.classicHeatmap(classicRows(), o),
  importanceProfile: (o) => viz.importanceProfile(classicResults(), o),
  ladderBars: (o) => viz.ladderBars(ladders(), o),
  estimateDots: (o) => viz.estimateDots(estimates(), {measure: "timeToDecision", ...o}),
  differenceDots: (o) => viz.differenceDots(differences(), {measure: "timeToDecision", ...o}),
  costEffect: (o) => viz.costEffect(estimates(), {cost: "staffEnergy", ...o}),
  "costEffect (every cost)": (o) => viz.costEffect(advocateEstimates(), o),
  sweepLine: (o) => viz.sweepLine(sweepLineRows(), o),
  sweepHeatmap: (o) => viz.sweepHeatmap(sweepHeatmapRows(), o),
  perceivedGap: (o) => viz.perceivedGap(perceivedRows(), o),
  conditionsBars: (o) => viz.conditionsBars(conditionsRows(), o),
  stylesBars: (o) => viz.stylesBars(stylesRows(), o),
  userTypeDots: (o) => viz.userTypeDots(userTypeRows(), {measure: "influence", ...o}),
  primTradeOff: (o) => viz.primTradeOff(robustFixture().findings[0].discovery!.boxes[0].tradeOff, o),
  robustDraws: (o) => { const {result, findings} = robustFixture(); return viz.robustDraws(result, findings[0], o); }
};

const SAFE = new Set([
  ...Object.values(viz.OKABE_ITO), ...Object.values(viz.LADDER_COLOURS), ...Object.values(viz.STYLE_COLOURS),
  ...Object.values(viz.ENTITY_COLOURS), viz.GREY, viz.DARK_GREY
].map((c) => c.toLowerCase()));

describe.each(Object.entries(CHARTS))("%s", (_name, render) => {
  const document = makeDocument();

  it("has a translated aria-label and aria-description", () => {
    const en = aria(render({document}));
    const nb = aria(render({document, lang: "nb"}));
    for (const x of [en.label, en.description, nb.label, nb.description]) expect(x && x.length).toBeGreaterThan(5);
    expect(nb.label).not.toBe(en.label);
    expect(nb.description).not.toBe(en.description);
    expect(en.description).not.toMatch(/\{\w+\}/);
  });

  it("honours width and height", () => {
    const svg = chartSvg(render({document, width: 777, height: 555}));
    expect(svg.getAttribute("width")).toBe("777");
    expect(svg.getAttribute("height")).toBe("555");
  });

  it("uses only the safe palettes for categorical fills", () => {
    const el = render({document});
    // ordinal colours (legend swatches and categorical marks); quantized heatmaps use viridis
    const colours = Array.from(el.querySelectorAll(".plot-d6a7b5-swatch svg, [aria-label=\"bar\"] rect, [aria-label=\"dot\"] circle"), (e) => e.getAttribute("fill"))
      .filter((c): c is string => !!c && c.startsWith("#"));
    for (const c of colours) expect(SAFE.has(c.toLowerCase()), c).toBe(true);
  });

  it("rejects unknown options, languages and sizes", () => {
    expect(() => render({document, colour: "red"})).toThrow(/invalid option for \w+: colour/);
    expect(() => render({document, lang: "fr"})).toThrow("invalid lang: fr");
    expect(() => render({document, width: -3})).toThrow("invalid width: -3");
  });
});
