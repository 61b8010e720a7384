import {csvParse} from "d3-dsv";
import {LADDER_COLOURS} from "../../../viz/palette.ts";
import {describe, expect, it} from "vitest";
import {dataTable} from "../../../viz/dataTable.ts";
import {svgString, toCSV} from "../../../viz/export.ts";
import {estimateDots} from "../../../viz/estimateDots.ts";
import {ladderBars} from "../../../viz/ladderBars.ts";
import {estimates, ladders} from "../fixtures.ts";

const ESTIMATES = estimates();
const LADDERS = ladders();
import {assertSnapshot, makeDocument} from "../snapshot.ts";
import {JSDOM} from "jsdom";
const DOMParser = new JSDOM("", {url: "http://localhost/"}).window.DOMParser;

describe("svgString", () => {
  const document = makeDocument();

  it("serialises a bare SVG with its namespace, titled by its aria-label", () => {
    const s = svgString(estimateDots(ESTIMATES, {document, measure: "influence"}));
    expect(s.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    expect(s).toMatch(/xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(s).toMatch(/aria-label="Estimates with 95% confidence intervals/);
    expect(s).toMatch(/<text[^>]*class="gc-title"[^>]*>Estimates with 95% confidence intervals/);
  });

  it("keeps a figure's title and its swatch legend, redrawn as SVG", () => {
    const figure = ladderBars(LADDERS, {document});
    expect(figure.tagName.toLowerCase()).toBe("figure");
    const s = svgString(figure, {title: "The ladder"});
    expect(s).toMatch(/^<\?xml[^>]*>\n<svg /);
    expect(s).toMatch(/aria-label="Hansen's ladder per organisational option"/);
    expect(s).toMatch(/class="gc-title"[^>]*>The ladder</);
    const legend = s.slice(s.indexOf('class="gc-legend"'));
    for (const step of ["User perspective", "User participation", "User influence", "User control", "Undecided"]) expect(legend).toContain(`>${step}</text>`);
    expect(legend).toContain(`fill="${LADDER_COLOURS.perspective}"`);
    const parsed = new DOMParser().parseFromString(s, "image/svg+xml");
    expect(parsed.querySelector("parsererror")?.textContent ?? null).toBeNull();
    expect(() => svgString(document.createElement("div"))).toThrow("no <svg>");
  });
});

describe("toCSV", () => {
  it("flattens nested estimates into dotted columns and round-trips", () => {
    const csv = toCSV(ESTIMATES.slice(0, 2));
    expect(csv.split("\n")[0]).toBe("measure,option,estimate.mean,estimate.sd,estimate.n,estimate.missing,estimate.lo,estimate.hi");
    const back = csvParse(csv);
    expect(back).toHaveLength(2);
    expect(+back[1]["estimate.mean"]).toBe(ESTIMATES[1].estimate.mean);
  });

  it("quotes commas and newlines, writes the union of columns", () => {
    const csv = toCSV([{a: "x,y", b: 1}, {a: "line\nbreak", c: [1, 2]}]);
    expect(csv).toBe('a,b,c\n"x,y",1,\n"line\nbreak",,"[1,2]"\n');
    expect(() => toCSV([1 as unknown as object])).toThrow("invalid row 0");
  });
});

describe("dataTable", () => {
  const document = makeDocument();

  it("builds an accessible table (snapshot)", () => {
    const table = dataTable(ESTIMATES.filter((e) => e.measure === "influence"), ["option", "estimate.mean", "estimate.lo", "estimate.hi", "estimate.n"], {document, caption: "Counterfactual influence"});
    assertSnapshot("dataTable", table);
    expect(table.querySelector("caption")?.textContent).toBe("Counterfactual influence");
    expect(table.querySelectorAll('thead th[scope="col"]')).toHaveLength(5);
    expect(table.querySelectorAll('tbody th[scope="row"]')).toHaveLength(4);
  });

  it("translates headers and numbers", () => {
    const influence = ESTIMATES.filter((e) => e.measure === "influence");
    const table = dataTable(influence.slice(0, 1), ["option", {key: "estimate.mean"}, {key: "estimate.n", label: "N", format: (v) => `#${v}`}], {document, lang: "nb"});
    expect(Array.from(table.querySelectorAll("thead th"), (th) => th.textContent)).toEqual(["Organiseringsform", "Gjennomsnitt", "N"]);
    expect(table.querySelector("caption")?.textContent).toBe("Datatabell");
    expect(table.querySelector("tbody td")?.textContent).toBe(influence[0].estimate.mean.toFixed(2).replace(".", ","));
    expect(table.querySelectorAll("tbody td")[1].textContent).toBe("#10");
  });

  it("reads dotted tidy keys and fails loudly", () => {
    const table = dataTable([{"ladder.influence": 0.5, option: "a"}], ["option", "ladder.influence"], {document});
    expect(table.querySelector("thead th:last-child")?.textContent).toBe("User influence (share of cases)");
    expect(table.querySelector("tbody td")?.textContent).toBe("0.5");
    expect(() => dataTable([], [], {document})).toThrow("invalid columns");
    expect(() => dataTable([], ["a"], {document, width: 3} as never)).toThrow("invalid option for dataTable");
  });
});
