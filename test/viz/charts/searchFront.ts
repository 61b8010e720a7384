import {describe, expect, it} from "vitest";
import {searchFront, type FrontPoint} from "../../../viz/searchFront.ts";
import {aria, chartSvg, makeDocument, texts} from "../snapshot.ts";

// designs of a small search: three on the front, two dominated, one without a value
export const FRONT_DESIGNS: FrontPoint[] = [
  {label: "a", gain: 0.1, cost: 2, front: true},
  {label: "b", gain: 0.4, cost: 3, front: true},
  {label: "c", gain: 0.5, cost: 6, front: true},
  {label: "d", gain: 0.2, cost: 5, front: false},
  {label: "e", gain: 0.3, cost: 7, front: false},
  {label: "f", gain: NaN, cost: 4, front: false}
];

describe("searchFront", () => {
  const document = makeDocument();
  const placed = [{label: "Visit", gain: 0.35, cost: 4.5}, {label: "Written", gain: 0.15, cost: 3}];

  it("draws every design with a value, the front as one line in order of cost, and the options as labelled diamonds, in both languages", () => {
    const en = searchFront(FRONT_DESIGNS, {document, gain: "influence", cost: "staffHoursPerCase", placed});
    const svg = chartSvg(en);
    const valued = FRONT_DESIGNS.filter((d) => Number.isFinite(d.gain)).length;
    expect(svg.querySelectorAll("[aria-label=\"dot\"] circle").length).toBe(valued);
    expect(svg.querySelectorAll("[aria-label=\"dot\"] path").length).toBe(placed.length);
    expect(svg.querySelectorAll("[aria-label=\"line\"] path").length).toBe(1);
    const d = aria(en).description!;
    expect(d).toContain(`the ${FRONT_DESIGNS.filter((x) => x.front).length} designs on the Pareto front`);
    expect(d).toContain(`(${valued} designs in all)`);
    expect(d).toContain("Visit; Written");
    expect(texts(en)).toContain("Visit");
    const nb = searchFront(FRONT_DESIGNS, {document, lang: "nb", gain: "influence", cost: "staffHoursPerCase"});
    expect(aria(nb).description).toContain("Pareto-fronten");
    expect(chartSvg(nb).querySelectorAll("[aria-label=\"dot\"] path").length).toBe(0);
  });

  it("refuses an empty search", () => {
    expect(() => searchFront([], {document, gain: "influence", cost: "staffHoursPerCase"})).toThrow("invalid data for searchFront");
  });
});
