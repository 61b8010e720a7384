import {stepWord} from "../../../viz/vocabulary.ts";
import {LADDER_COLOURS} from "../../../viz/palette.ts";
import {describe, expect, it} from "vitest";
import {frameData} from "../../../viz/frameData.ts";
import {streamsFrame} from "../../../viz/streamsFrame.ts";
import {HAND_FRAME, classicTrace, participationFrame} from "../fixtures.ts";
import {aria, assertSnapshot, makeDocument, texts} from "../snapshot.ts";

describe("streamsFrame", () => {
  const document = makeDocument();
  const trace = classicTrace().trace!;

  it("draws a classic frame (snapshot)", () => {
    const chart = streamsFrame(trace[5], {document, history: trace});
    assertSnapshot("streamsFrame-classic", chart);
  });

  it("draws a participation frame from a seeded run (snapshot)", () => {
    assertSnapshot("streamsFrame-participation", streamsFrame(participationFrame(), {document}));
  });

  it("draws a hand-built participation frame in Norwegian with classroom type (snapshot)", () => {
    const chart = streamsFrame(HAND_FRAME, {document, lang: "nb", fontSize: 20});
    assertSnapshot("streamsFrame-participation-nb", chart);
  });

  it("sets aria-label and aria-description, translated", () => {
    const en = aria(streamsFrame(trace[5], {document}));
    const nb = aria(streamsFrame(trace[5], {document, lang: "nb"}));
    expect(en.label).toBe("The garbage can at period 6");
    expect(en.description).toMatch(/^Period 6: 10 choice opportunities/);
    expect(nb.label).toBe("Søppelkassen i periode 6");
    expect(nb.description).toMatch(/beslutningsanledninger/);
    expect(texts(streamsFrame(trace[5], {document, lang: "nb"}))).toMatch(/Venter/);
    // the count of what is no longer drawn says what it is
    expect(texts(streamsFrame(trace[5], {document}))).toMatch(/solved earlier \(no longer drawn\): \d+/);
    expect(texts(streamsFrame(HAND_FRAME, {document, lang: "nb"}))).toMatch(/avgjort tidligere \(ikke tegnet lenger\): 1/);
  });

  it("accounts for every entered problem and every decision maker", () => {
    for (const frame of trace) {
      const data = frameData(frame);
      const entered = frame.problemAt.filter((x) => x !== -1).length;
      expect(data.items.filter((i) => i.kind === "problem").length + data.done).toBe(entered);
      expect(data.items.filter((i) => i.kind === "participant").length).toBe(frame.dmAt.length);
    }
  });

  it("keeps the style of cans made earlier when given the history", () => {
    const last = trace[trace.length - 1];
    const withHistory = frameData(last, {history: trace});
    const made = withHistory.cans.filter((c) => c.state === "made");
    expect(made.length).toBeGreaterThan(0);
    expect(made.every((c) => c.style !== null)).toBe(true);
  });

  it("maps a real participation frame: every case and meeting attendee accounted for", () => {
    const frame = participationFrame();
    const data = frameData(frame);
    const drawn = data.items.filter((i) => i.kind === "problem").length;
    expect(drawn + data.done + data.lost).toBe(frame.cases.length);
    expect(data.items.filter((i) => i.status === "decided").length).toBe(frame.decided.length);
    // professionals: one per role present at each meeting arena; users, proxies and advocates: one per decision they came for
    const meeting = frame.arenas.filter((a) => a.meeting);
    const users = data.items.filter((i) => i.kind === "user" || i.kind === "advocate");
    const pros = data.items.filter((i) => i.kind === "participant");
    expect(pros.length).toBe(meeting.reduce((n, a) => n + a.attendees.filter((x) => x !== "user" && x !== "proxy" && !frame.decided.some((d) => d.advocate === x)).length, 0));
    expect(users.length).toBe(frame.decided.reduce((n, d) => n + (d.by ? 1 : 0) + (d.advocate ? 1 : 0), 0));
    expect(users.filter((i) => i.kind === "user").every((i) => i.id === "user" || i.id === "proxy")).toBe(true);
    const {label, description} = aria(streamsFrame(frame, {document}));
    expect(label).toBe(`The garbage can at week ${frame.week + 1}`);
    expect(description).toMatch(new RegExp(`^Week ${frame.week + 1}: ${frame.arenas.length} arenas, \\d+ meeting, \\d+ with a decision now\\. Cases: \\d+ on an arena's agenda, ${frame.decided.length} decided now`));
  });

  it("maps a traced participation frame: the user beside their case, roles present, arena energy, options shown, free places", () => {
    const frame = participationFrame();
    const data = frameData(frame);
    // the trace carries the detail (engine.ts, trace path)
    expect(frame.decided.length).toBeGreaterThan(0);
    for (const d of frame.decided) {
      expect(Array.isArray(d.shown)).toBe(true);
      expect(d.by === null || d.by === "user" || d.by === "proxy").toBe(true);
      const item = data.items.find((i) => i.kind === "problem" && i.id === String(d.id))!;
      expect(item.shown).toEqual(d.shown);
      // whoever came for the case is drawn with it, at its arena
      for (const who of data.items.filter((i) => i.case === String(d.id))) expect(who.at).toBe(item.at);
      if (d.by) expect(data.items.some((i) => i.kind === "user" && i.id === d.by && i.case === String(d.id))).toBe(true);
    }
    for (const a of frame.arenas) {
      const can = data.cans.find((c) => c.id === a.id)!;
      if (!a.meeting) { expect(can.accumulated).toBeNull(); expect(can.roles).toBeUndefined(); continue; }
      expect(can.accumulated).toBe(a.energy ?? null);
      expect(can.required).toBe(a.required ?? null);
      for (const r of can.roles ?? []) expect(a.attendees).toContain(r);
    }
    expect(data.cans.some((c) => c.accumulated !== null && c.required !== null && c.required > 0)).toBe(true);
    const sols = data.items.filter((i) => i.kind === "solution");
    expect(sols.length).toBe(frame.solutions.length);
    for (const s of sols) expect(s.free === null || (Number.isInteger(s.free) && s.free! >= 0)).toBe(true);
    // every new mark is explained in the key line, in both languages
    // (the key line wraps into lines; compare without white space)
    const squeezed = (lang: "en" | "nb") => texts(streamsFrame(frame, {document, lang})).replace(/\s+/g, "");
    for (const phrase of ["user or proxy (star) and advocate (triangle)", "hollow diamonds for the options the user was shown", "professionals present, one per role", "its free places", "its energy this week (filled) against what its cases need"])
      expect(squeezed("en")).toContain(phrase.replace(/\s+/g, ""));
    for (const phrase of ["stedfortrederen (stjerne) og talspersonen (trekant)", "hule ruter for alternativene brukeren ble vist", "fagfolkene som er til stede", "ledige plasser", "energien denne uken (fylt)"])
      expect(squeezed("nb")).toContain(phrase.replace(/\s+/g, ""));
  });

  it("maps a participation frame: decided-now cases carry their style, earlier ones count as done", () => {
    const data = frameData(HAND_FRAME);
    expect(data.unit).toBe("week");
    expect(data.time).toBe(HAND_FRAME.week + 1); // counted from 1, as classic periods
    expect(data.done).toBe(1);
    expect(data.lost).toBe(1);
    expect(data.items.find((i) => i.id === "8")).toMatchObject({at: "responsibility", status: "decided", style: "resolution"});
    expect(data.cans.find((c) => c.id === "allocation")).toMatchObject({state: "meeting", style: "oversight", madeNow: true});
    expect(data.items.filter((i) => i.kind === "solution")).toHaveLength(3);
  });

  it("shows each decided case's ladder step as a coloured word, explained in the key line; cans made earlier are drawn solid, not faded", () => {
    const data = frameData(HAND_FRAME);
    const decided = data.items.filter((i) => i.status === "decided");
    expect(decided.map((i) => i.step)).toEqual(HAND_FRAME.decided.filter((d) => decided.some((i) => i.id === String(d.id))).map((d) => d.step));
    expect(data.items.filter((i) => i.status !== "decided").every((i) => i.step === null)).toBe(true);
    const chart = streamsFrame(HAND_FRAME, {document});
    const glyphs = [...chart.querySelectorAll(".gc-step text")].map((e) => e.firstChild?.textContent);
    // the step as its declared word, on a band of the step's colour
    expect(glyphs).toEqual(decided.map((i) => stepWord(i.step!, "en")));
    expect(glyphs.length).toBeGreaterThan(0);
    const bands = [...chart.querySelectorAll(".gc-step text")].map((e) => e.getAttribute("stroke"));
    expect(bands).toEqual(decided.map((i) => LADDER_COLOURS[i.step as keyof typeof LADDER_COLOURS]));
    const nbGlyphs = [...streamsFrame(HAND_FRAME, {document, lang: "nb"}).querySelectorAll(".gc-step text")].map((e) => e.firstChild?.textContent);
    expect(nbGlyphs).toEqual(decided.map((i) => stepWord(i.step!, "nb")));
    expect(nbGlyphs).not.toEqual(glyphs);
    // (the key wraps into lines: compare without the breaks)
    const key = [...chart.querySelectorAll(".gc-key text tspan")].map((e) => e.textContent).join(" ") || (chart.querySelector(".gc-key text")?.textContent ?? "");
    expect(key).toContain("perspective = User perspective");
    expect(key).toContain("control = User control");
    expect(texts(streamsFrame(HAND_FRAME, {document, lang: "nb"}))).toMatch(/Hansens trapp: perspektiv = Brukerperspektiv/);

    // classic: the outline is explained too; no step numbers
    const classic = streamsFrame(trace[5], {document, history: trace});
    expect(classic.querySelector(".gc-key text")?.textContent).toBe("Black outline: a problem solved now.");
    expect(classic.querySelectorAll(".gc-step text")).toHaveLength(0);
    // no mark in the frame is faded below full opacity except the can made now (60%)
    const later = streamsFrame(trace[trace.length - 1], {document, history: trace});
    expect(later.querySelectorAll(".gc-made-earlier rect").length).toBeGreaterThan(0);
    for (const el of later.querySelectorAll("[fill-opacity], [stroke-opacity]"))
      expect(Number(el.getAttribute("fill-opacity") ?? el.getAttribute("stroke-opacity"))).toBeGreaterThanOrEqual(0.6);
  });

  it("keeps can labels under the cans, wrapped to the column, inside the plot", () => {
    const frame = participationFrame();
    const long = {rg: "A very long arena name that needs several lines", coordinator: "Coordinator"};
    const chart = streamsFrame(frame, {document, width: 600, labels: long});
    const label = [...chart.querySelectorAll("text")].find((e) => e.textContent?.includes("A very long"));
    expect(label).toBeDefined();
    expect(label!.querySelectorAll("tspan").length).toBeGreaterThan(1);
    expect(() => frameData({...HAND_FRAME, decided: [{id: 8, style: "resolution", step: "heaven"}]})).toThrow("invalid frame: case 8 step is heaven");
  });

  it("names arenas from the catalogue or from the labels option", () => {
    const frame = participationFrame();
    expect(texts(streamsFrame(frame, {document, lang: "nb"}))).toMatch(/Ansvarsgruppe/);
    const named = streamsFrame(frame, {document, labels: {rg: "RG (IP)", coordinator: "IP coordinator"}});
    expect(texts(named)).toMatch(/RG \(IP\)/);
    expect(texts(named)).not.toMatch(/Responsibility group/);
  });

  it("fails loudly on bad options and frames", () => {
    expect(() => streamsFrame(trace[0], {document, lang: "de" as "en"})).toThrow("invalid lang: de");
    expect(() => streamsFrame(trace[0], {document, fontSize: -1})).toThrow("invalid fontSize");
    expect(() => streamsFrame(trace[0], {document, colour: "red"} as never)).toThrow("invalid option for streamsFrame: colour");
    expect(() => frameData({nonsense: true} as never)).toThrow("invalid frame");
    expect(() => frameData({...trace[0], problemAt: [99]})).toThrow("invalid frame");
    expect(() => frameData({...HAND_FRAME, decided: [{id: 3, style: "luck", step: "control"}]})).toThrow("invalid frame: case 3 style is luck");
  });
});
