// Scenario discovery in words, in both languages.
import {describe, expect, it} from "vitest";
import {columnLabel, regionText, robustText} from "../../viz/discovery.ts";
import {analyseRobust} from "../../sim/experiment/robust.ts";
import {rng} from "../../sim/rng.ts";
import {DISCOVERY_COLUMNS, robustFixture} from "./discoveryFixtures.ts";

const columns = DISCOVERY_COLUMNS;

describe("regionText", () => {
  it("names each bound with the declared label and unit, numbers in the language's convention", () => {
    const region = {bounds: [
      {column: 0, lower: 3, lowerInclusive: true, upper: null, upperInclusive: true},
      {column: 1, lower: null, lowerInclusive: true, upper: 0.34871, upperInclusive: true},
      {column: 2, lower: 4, lowerInclusive: true, upper: 20, upperInclusive: true}
    ]};
    expect(regionText(region, columns, "en")).toBe("Coordinator visit: Hours per case is at least 3 and Weight of a written wish is at most 0.349 and Patience (weeks) is between 4 and 20");
    expect(regionText(region, columns, "nb")).toBe("Koordinatorbesøk: Timer per sak er minst 3 og Vekt av et skriftlig ønske er høyst 0,349 og Tålmodighet (uker) er mellom 4 og 20");
  });

  it("tells a tree's exclusive lower bound apart, and a region without bounds", () => {
    const tree = {bounds: [{column: 0, lower: 2.25, lowerInclusive: false, upper: 4.5, upperInclusive: true}, {column: 1, lower: 0.3, lowerInclusive: false, upper: null, upperInclusive: true}]};
    expect(regionText(tree, columns, "en")).toBe("Coordinator visit: Hours per case is above 2.25 and at most 4.5 and Weight of a written wish is above 0.3");
    expect(regionText({bounds: []}, columns, "nb")).toBe("hvor som helst i området som ble trukket");
  });

  it("does not repeat a unit the label names", () => {
    expect(columnLabel(columns[0], "en")).toBe("Coordinator visit: Hours per case");
    expect(columnLabel(columns[1], "nb")).toBe("Vekt av et skriftlig ønske");
    expect(columnLabel(columns[2], "en")).toBe("Patience (weeks)");
  });
});

describe("robustText", () => {
  const {result: r, findings} = robustFixture();
  const draws = r.draws;

  it("gives the share, the PRIM box and the tree's rule in words, and the trade-off it was chosen on", () => {
    const holds = draws.filter((d) => d.judgement[0][0] === 1).length;
    const en = robustText(r, findings, "en");
    expect(en).toContain(`Counterfactual influence: clearly higher at the given values; the same in ${holds} of 200 draws`);
    expect(en).toMatch(/PRIM box 1: transfer-visit gives a clearly higher counterfactual influence than transfer-written where Coordinator visit: Hours per case is at least (2\.9\d*|3(\.\d+)?) and Weight of a written wish is at most 0\.3\d+ \(/);
    expect(en).toMatch(/Trade-off of box 1 \(coverage\/density of the steps on its Pareto front\): .*\*/);
    expect(en).toContain("Classification tree: transfer-visit gives a clearly higher counterfactual influence than transfer-written where");
    expect(en).toContain("User influence or control: clearly higher at the given values; the same in all 200 draws.");
    expect(en).toContain("seed 7");
    expect(en).toContain("Fixed, not drawn: Weight of a stated wish (power.wishWeight) = 0.3.");
    const nb = robustText(r, findings, "nb");
    expect(nb).toMatch(/PRIM-boks 1: transfer-visit gir klart høyere kontrafaktisk innflytelse enn transfer-written der Koordinatorbesøk: Timer per sak er minst (2,9\d*|3(,\d+)?) og Vekt av et skriftlig ønske er høyst 0,3\d+ \(/);
    expect(nb).toContain("= 0,3.");
  });

  it("says so when PRIM finds no significant box", () => {
    const random = rng("robust-text-none");
    const noise = {...r, draws: r.draws.map((d) => ({...d, judgement: [[random() < 0.3 ? 1 : 0, 1]] as (-1 | 0 | 1)[][]}))};
    const f = analyseRobust(noise);
    expect(f[0].discovery!.boxes).toEqual([]);
    expect(robustText(noise, f, "en")).toContain("PRIM: no box whose restrictions are significant (quasi-p at most 0.05) among the steps restricting at most 4 parameters.");
    expect(robustText(noise, f, "nb")).toContain("PRIM: ingen boks med signifikante avgrensninger (kvasi-p høyst 0,05)");
  });
});
