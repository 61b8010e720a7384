import {describe, expect, it} from "vitest";
import {DEFAULT_RULES, classicSimulator, runClassic, type ClassicConfig} from "../../../sim/classic/engine.ts";
import {config1972, design1972} from "../../../sim/classic/design.ts";
import {rng} from "../../../sim/rng.ts";
import {CHOICE_SEQUENCES, PROBLEM_SEQUENCES, accessMatrix, decisionMatrix, entryPeriodsFromSequence, mirrorMatrix, rawEnergies} from "../../../sim/classic/gcm1972.ts";

const golden = (load: "light" | "heavy") => config1972({load, access: "unsegmented", decision: "unsegmented", energy: "equal", choiceSeq: 1, problemSeq: 1});

// A tiny hand-checkable config: all ones, given sizes.
function tiny(over: Partial<ClassicConfig> & {choices: number; problems: number; dms: number}): ClassicConfig {
  const {choices, problems, dms, ...rest} = over;
  return {
    ...DEFAULT_RULES, periods: 5, load: 1, solutionCoefficient: 1,
    energies: new Array(dms).fill(0.5),
    access: Array.from({length: problems}, () => new Array(choices).fill(1)),
    decision: Array.from({length: dms}, () => new Array(choices).fill(1)),
    choiceEntry: new Array(choices).fill(1), problemEntry: new Array(problems).fill(1),
    ...rest
  };
}

describe("1972 golden cases (derived by hand, docs/classic-1972.md §1.9)", () => {
  // Light load, unsegmented, equal energy: in each period t <= 10 the new
  // choice has deficit 0, so both new problems (2 x 1.1 = 2.2) and all ten
  // decision makers (10 x 0.33 = 3.3) go to it; 2.2 <= 3.3, so it is made by
  // resolution at once and its two problems are solved.
  it("light load: 10 resolutions, each in its entry period", () => {
    const r = runClassic(golden("light"));
    expect([r.resolution, r.flight, r.oversight, r.choicesUnmade, r.problemsUnsolved]).toEqual([10, 0, 0, 0, 0]);
    for (const c of r.choices) {
      expect(c.made).toBe(c.entry);
      expect(c.style).toBe("resolution");
      expect(c.problemsSolved).toBe(2);
    }
    // Each problem is attached exactly one period; decision makers work 10 periods of 3.3.
    expect(r.problemActivity).toBe(20);
    expect(r.problemLatency).toBe(0);
    expect(r.dmActivity).toBe(100);
    expect(r.energySpent).toBe(33);
    expect(r.energyExcess).toBe(11); // 10 x (3.3 - 2.2)
    expect(r.choiceActivePeriods).toBe(10);
  });

  // Heavy load: in period 1 choice 10 needs 2 x 3.3 = 6.6 > 3.3. From period
  // 2 on, each new choice (deficit 0) pulls every problem and every decision
  // maker; the abandoned choice, requirement now 0 and energy 3.3, is made by
  // flight. After period 10 the last choice (8) holds all 20 problems
  // (66 required) and gains 3.3 a period: 11 x 3.3 = 36.3 < 66 by period 20.
  it("heavy load: 9 flights, 1 choice unmade, 20 problems unsolved", () => {
    const r = runClassic(golden("heavy"));
    expect([r.resolution, r.flight, r.oversight, r.choicesUnmade, r.problemsUnsolved]).toEqual([0, 9, 0, 1, 20]);
    const unmade = r.choices.filter((c) => c.made === null).map((c) => c.id);
    expect(unmade).toEqual([CHOICE_SEQUENCES[0][9]]);
    for (const c of r.choices.filter((c) => c.made !== null)) expect(c.made).toBe(c.entry + 1);
    expect(r.energySpent).toBe(66);
    expect(r.choices.find((c) => c.id === 8)!.accumulated).toBeCloseTo(36.3, 10);
  });
});

describe("1972 structures", () => {
  it("hierarchical access: problem i reaches choices ceil(i/2)..10", () => {
    const a = accessMatrix("hierarchical");
    expect(a[0].join("")).toBe("1111111111");
    expect(a[2].join("")).toBe("0111111111");
    expect(a[19].join("")).toBe("0000000001");
    expect(accessMatrix("specialized")[5].join("")).toBe("0010000000");
  });
  it("decision structures: hierarchical upper triangle, specialized identity", () => {
    const d = decisionMatrix("hierarchical");
    expect(d[3].join("")).toBe("0001111111");
    expect(decisionMatrix("specialized").every((row, k) => row.every((x, j) => x === +(j === k)))).toBe(true);
  });
  it("energy distributions sum to 5.5 raw", () => {
    for (const e of ["less", "equal", "more"] as const) expect(rawEnergies(e).reduce((a, b) => a + b, 0)).toBeCloseTo(5.5, 12);
    expect(rawEnergies("less")[0]).toBeCloseTo(0.1, 12);
    expect(rawEnergies("more")[0]).toBeCloseTo(1, 12);
  });
  it("entry sequences are read as the id of the k-th entrant", () => {
    const c = entryPeriodsFromSequence(CHOICE_SEQUENCES[0], 1);
    expect(c[9]).toBe(1); // choice 10 enters first
    expect(c[6]).toBe(2);
    const p = entryPeriodsFromSequence(PROBLEM_SEQUENCES[0], 2);
    expect([p[7], p[19], p[13], p[15]]).toEqual([1, 1, 2, 2]);
  });
  it("mirror orientation reverses rows and columns", () => {
    const a = mirrorMatrix(accessMatrix("hierarchical"));
    expect(a[19].join("")).toBe("1111111111");
    expect(a[0].join("")).toBe("1000000000");
  });
  it("the design has 324 points in the order load > access > decision > energy > sequences", () => {
    const d = design1972();
    expect(d.length).toBe(324);
    expect(d[0]).toEqual({load: "light", access: "unsegmented", decision: "unsegmented", energy: "less", choiceSeq: 1, problemSeq: 1});
    expect(d[1].problemSeq).toBe(2);
    expect(d[2].choiceSeq).toBe(2);
    expect(d[4].energy).toBe("equal");
    expect(d[12].decision).toBe("hierarchical");
    expect(d[36].access).toBe("hierarchical");
    expect(d[108].load).toBe("moderate");
    expect(new Set(d.map((p) => JSON.stringify(p))).size).toBe(324);
  });
});

describe("pinned readings as options", () => {
  // One choice, one problem of load 1, two decision makers of 0.5: EE = 1 = ER.
  it("'<=' makes a choice at an exact tie, '<' waits a period", () => {
    const base = tiny({choices: 1, problems: 1, dms: 2});
    expect(runClassic(base).choices[0].made).toBe(1);
    expect(runClassic({...base, comparison: "<"}).choices[0].made).toBe(2);
  });
  // Ten decision makers of 0.1 with coefficient 1 against load 1.0: exact
  // hundredths give 100 <= 100; float64 sums ten 0.1s to 0.9999999999999999.
  it("integer hundredths keep the tie that float64 loses", () => {
    const base = tiny({choices: 1, problems: 1, dms: 10, energies: new Array(10).fill(0.1)});
    expect(runClassic(base).choices[0].made).toBe(1);
    expect(runClassic({...base, arithmetic: "float"}).choices[0].made).toBe(2);
  });
  // Two choices enter together (both deficit 0): ties go to the lowest index
  // by default, to the highest with "highest".
  it("tie-break lowest vs highest", () => {
    const base = tiny({choices: 2, problems: 1, dms: 1, energies: [5]});
    expect(runClassic(base).problems[0].solvedBy).toBe(1);
    expect(runClassic({...base, tieBreak: "highest"}).problems[0].solvedBy).toBe(2);
  });
  // Previous-period deficits: both problems see two zero-deficit choices and
  // pick choice 1. Live deficits: the second problem sees choice 1's new
  // requirement and goes to choice 2.
  it("previous vs live deficits", () => {
    const base = tiny({choices: 2, problems: 2, dms: 1, energies: [0.1], periods: 1});
    const prev = runClassic({...base, problemEntry: [1, 1]}, {trace: true});
    expect(prev.trace![0].problemAt).toEqual([1, 1]);
    const live = runClassic({...base, deficits: "live"}, {trace: true});
    expect(live.trace![0].problemAt).toEqual([1, 2]);
  });
  it("random tie-break needs a random source", () => {
    expect(() => runClassic({...tiny({choices: 2, problems: 1, dms: 1}), tieBreak: "random"})).toThrow(/random source/);
  });
});

describe("config validation", () => {
  it("names the field and the allowed values", () => {
    const ok = tiny({choices: 2, problems: 1, dms: 1});
    expect(() => classicSimulator({...ok, access: [[1, 2]]})).toThrow("invalid access: entry [1][2] is 2, allowed 0 or 1");
    expect(() => classicSimulator({...ok, periods: 0})).toThrow("invalid periods: 0 (allowed: an integer >= 1)");
    expect(() => classicSimulator({...ok, tieBreak: "first" as never})).toThrow('invalid tieBreak: "first" (allowed: lowest, highest, random)');
    expect(() => classicSimulator({...ok, decision: [[1]]})).toThrow(/row 1 has 1 columns, expected 2/);
    expect(() => classicSimulator({...ok, energies: [-1]})).toThrow(/invalid energies\[1\]/);
  });
});

describe("simulator objects own their state", () => {
  const configs = design1972().filter((_, k) => k % 37 === 0).map((p) => config1972(p, {tieBreak: "random"}));
  const alone = (config: ClassicConfig, seed: string) => classicSimulator(config).source(rng(seed)).run({trace: true});

  it("two simulators interleaved (one run inside the other's onFrame) give the results of separate runs", () => {
    for (let k = 0; k + 1 < configs.length; ++k) {
      const outer = classicSimulator(configs[k]).source(rng(`o${k}`));
      const inner = classicSimulator(configs[k + 1]).source(rng(`i${k}`));
      const nested: ReturnType<typeof inner.run>[] = [];
      const outerResult = outer.run({trace: true});
      // run the outer again with the inner starting (and finishing) in each of its frames
      outer.source(rng(`o${k}`)).simulate(() => { nested.push(inner.source(rng(`i${k}`)).run({trace: true})); });
      const separate = alone(configs[k], `o${k}`);
      expect(outerResult).toEqual(separate);
      const {trace: _, ...plain} = separate;
      expect({...outer.summary(), ...outer.details()}).toEqual(plain);
      expect(nested.length).toBe(configs[k].periods);
      for (const r of nested) expect(r).toEqual(alone(configs[k + 1], `i${k}`));
    }
  });

  it("a simulator cannot run inside its own onFrame", () => {
    const sim = classicSimulator(configs[0]).source(rng("s"));
    expect(() => sim.simulate(() => { sim.simulate(); })).toThrow(/inside its own onFrame/);
    // and it runs normally afterwards
    expect(sim.source(rng("s")).run()).toEqual(runClassic(configs[0], {random: rng("s")}));
  });

  it("the random source is injected: same source, same run; source() returns it", () => {
    const sim = classicSimulator(configs[1]);
    const random = rng("z");
    expect(sim.source(random).source()).toBe(random);
    const a = sim.source(rng("z")).run(), b = classicSimulator(configs[1]).source(rng("z")).run();
    expect(a).toEqual(b);
  });
});
