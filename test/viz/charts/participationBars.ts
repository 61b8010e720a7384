import {describe, expect, it} from "vitest";
import {conditionsBars} from "../../../viz/conditionsBars.ts";
import {formatPercent} from "../../../viz/format.ts";
import {perceivedGap} from "../../../viz/perceivedGap.ts";
import {stylesBars} from "../../../viz/stylesBars.ts";
import {classicRows, conditionsRows, perceivedRows, stylesRows} from "../fixtures.ts";

const CONDITIONS = conditionsRows();
const PERCEIVED = perceivedRows();
const STYLES = stylesRows();
import {aria, assertSnapshot, makeDocument, texts} from "../snapshot.ts";

describe("perceivedGap", () => {
  const document = makeDocument();

  it("draws perceived against experienced participation (snapshot)", () => {
    assertSnapshot("perceivedGap", perceivedGap(PERCEIVED, {document}));
  });

  it("sets aria attributes and translates", () => {
    const en = perceivedGap(PERCEIVED, {document});
    expect(aria(en).label).toBe("Perceived and experienced participation");
    const gaps = PERCEIVED.map((d) => ({option: d.option, from: d.perceived, to: d.ladder.influence + d.ladder.control}));
    const w = gaps.reduce((a, b) => (b.from - b.to > a.from - a.to ? b : a));
    expect(aria(en).description).toContain(`Widest gap: ${w.option}, perceived ${formatPercent(w.from, "en")}, influence or control ${formatPercent(w.to, "en")}.`);
    const nb = perceivedGap(PERCEIVED, {document, lang: "nb"});
    expect(texts(nb)).toMatch(/Oppfattet av de ansatte/);
  });

  it("fails loudly", () => {
    expect(() => perceivedGap([{...PERCEIVED[0], perceived: 2}], {document})).toThrow("invalid perceived");
  });
});

describe("conditionsBars", () => {
  const document = makeDocument();

  it("draws the four conditions per option (snapshot)", () => {
    assertSnapshot("conditionsBars", conditionsBars(CONDITIONS, {document}));
  });

  it("sets aria attributes and translates", () => {
    const en = conditionsBars(CONDITIONS, {document});
    expect(aria(en).label).toBe("March and Olsen's four conditions from the user's side");
    const nb = conditionsBars(CONDITIONS, {document, lang: "nb"});
    expect(aria(nb).label).toBe("March og Olsens fire betingelser sett fra brukerens side");
    expect(texts(nb)).toMatch(/Brukeren kjente konsekvensene/);
  });

  it("fails loudly", () => {
    expect(() => conditionsBars([{option: "x", conditions: {...CONDITIONS[0].conditions, routine: -1}}], {document})).toThrow("invalid conditions");
  });
});

describe("stylesBars", () => {
  const document = makeDocument();

  it("draws decision styles per option (snapshot)", () => {
    assertSnapshot("stylesBars", stylesBars(STYLES, {document}));
  });

  it("reads classic summaries, with choices not made", () => {
    const rows = classicRows().filter((r) => r.access === "unsegmented" && r.decision === "unsegmented" && r.energy === "equal" && r.choiceSeq === 1 && r.problemSeq === 1)
      .map((r) => ({...r, option: r.load}));
    const chart = stylesBars(rows, {document});
    assertSnapshot("stylesBars-classic", chart);
    expect(texts(chart)).toMatch(/Not made/);
  });

  it("sets aria attributes and translates", () => {
    expect(aria(stylesBars(STYLES, {document})).label).toBe("Decision styles per option");
    const nb = stylesBars(STYLES, {document, lang: "nb"});
    expect(aria(nb).label).toBe("Beslutningsmåter per organiseringsform");
    expect(texts(nb)).toMatch(/Problemløsning/);
  });

  it("fails loudly", () => {
    expect(() => stylesBars([{option: "x", styles: {resolution: 1, flight: "a" as unknown as number, oversight: 0}}], {document})).toThrow("invalid styles");
  });
});
