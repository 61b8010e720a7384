import {describe, expect, it} from "vitest";
import {runClassic} from "../../../sim/classic/engine.ts";
import {config1972, design1972} from "../../../sim/classic/design.ts";
import {ClassicOnCore, runClassicOnCore} from "../../../sim/participation/classicOnCore.ts";
import {CHOICE, CORE_COUNTER, GarbageCanCore, PROBLEM} from "../../../sim/participation/core.ts";
import {STYLE_CODE} from "../../../sim/streams.ts";
import {cli} from "../node/cliHarness.ts";

describe("reduction: the general core with its layers off is the 1972 model", () => {
  it("reproduces all 324 runs of the 1972 design on every field (summary, choices, problems)", () => {
    let compared = 0;
    for (const p of design1972()) {
      const config = config1972(p);
      expect(runClassicOnCore(config), JSON.stringify(p)).toEqual(runClassic(config));
      ++compared;
    }
    expect(compared).toBe(324);
  });

  it("also under the other index readings (strict comparison, highest-index ties, mirror orientation)", () => {
    for (const opts of [{comparison: "<" as const}, {tieBreak: "highest" as const}, {orientation: "mirror" as const}])
      for (const p of design1972()) expect(runClassicOnCore(config1972(p, opts))).toEqual(runClassic(config1972(p, opts)));
  });

  it("a simulator object gives the same result when run again (no state leaks between runs)", () => {
    const sim = new ClassicOnCore(config1972(design1972()[200]));
    sim.run();
    const first = sim.result();
    sim.run();
    expect(sim.result()).toEqual(first);
  });

  it("refuses the readings it does not implement, naming them", () => {
    expect(() => new ClassicOnCore({...config1972(design1972()[0]), tieBreak: "random"})).toThrow(/tieBreak "random"/);
    expect(() => new ClassicOnCore({...config1972(design1972()[0]), deficits: "live"})).toThrow(/deficits "live"/);
  });

  it("the CLI prints exactly the same 324 rows with --engine general", async () => {
    const a = await cli("classic", "--design", "1972", "--format", "jsonl");
    const b = await cli("classic", "--design", "1972", "--engine", "general", "--format", "jsonl");
    expect(b.code).toBe(0);
    expect(b.out.trim().split("\n").length).toBe(324);
    expect(b.out).toBe(a.out);
    const bad = await cli("classic", "--engine", "general", "--tie-break", "random");
    expect(bad.code).toBe(2);
    expect(bad.err.trim().split("\n").length).toBe(1);
  });
});

describe("participation layers of the core", () => {
  // One arena meeting every other period, one choice, one problem of load 3,
  // one participant of energy 1: energy builds up across the meetings only.
  function small(): GarbageCanCore {
    const core = new GarbageCanCore({choices: 2, participants: 1, problems: 2, arenas: 2, problemClasses: 1, participantClasses: 1, choiceClasses: 2});
    core.access.fill(1); core.decision.fill(1);
    core.choiceClass[1] = 1; core.choiceArena[1] = 1;
    core.problemLoad.fill(3); core.energy[0] = 1;
    core.reset();
    return core;
  }

  it("energy accumulates on a choice across the periods its arena meets, and only then", () => {
    const core = small();
    core.enterChoice(0, 1); core.enterProblem(0, 1);
    for (let t = 1; t <= 6; ++t) {
      core.arenaMeets[0] = t % 2 === 1 ? 1 : 0; core.arenaMeets[1] = 0;
      core.step(t);
    }
    // meetings at 1, 3, 5: 3 units of energy cover the load of 3 at period 5
    expect(core.cState[0]).toBe(CHOICE.made);
    expect(core.cMade[0]).toBe(5);
    expect(core.cStyle[0]).toBe(STYLE_CODE.resolution);
    expect(core.pState[0]).toBe(PROBLEM.solved);
    expect(core.pLatent[0]).toBe(2); // periods 2 and 4: no session
    expect(core.counters[CORE_COUNTER.energyIdle]).toBe(3); // periods 2, 4 (no session) and 6 (nothing live)
  });

  it("a deadline makes the choice without covering energy: its problems are overlooked", () => {
    const core = small();
    core.choiceDeadline[0] = 2;
    core.enterChoice(0, 1); core.enterProblem(0, 1);
    for (let t = 1; t <= 2; ++t) { core.arenaMeets[1] = 0; core.step(t); }
    expect(core.cMade[0]).toBe(2);
    expect(core.cStyle[0]).toBe(STYLE_CODE.oversight);
    expect(core.pState[0]).toBe(PROBLEM.overlooked);
    expect(core.counters[CORE_COUNTER.problemsOverlooked]).toBe(1);
    expect(core.counters[CORE_COUNTER.resolution]).toBe(0);
  });

  it("a problem leaves a stalled choice for a newer one (a shift), and the stalled one is made by flight", () => {
    const core = small();
    core.enterChoice(0, 1); core.enterProblem(0, 1);
    core.step(1); // energy 1 < 3 on choice 0
    core.enterChoice(1, 2); // deficit 0 pulls the problem; choice 0 (deficit 2) keeps its energy
    core.step(2);
    expect(core.pShifts[0]).toBe(1);
    expect(core.cState[0]).toBe(CHOICE.made);
    expect(core.cStyle[0]).toBe(STYLE_CODE.flight);
  });

  it("an owned choice takes only its owner's problems", () => {
    const core = small();
    core.choiceOwner[0] = 7; core.problemOwner[0] = 7; core.problemOwner[1] = 8;
    core.arenaMeets[1] = 0;
    core.enterChoice(0, 1); core.enterProblem(0, 1); core.enterProblem(1, 1);
    core.step(1);
    expect(core.pAt[0]).toBe(0);
    expect(core.pAt[1]).toBe(-1);
  });

  it("the declared alternative rule puts participants on the choice open longest instead of the one closest to completion", () => {
    for (const rule of ["closest", "oldest"] as const) {
      const core = small();
      core.participantRule = rule;
      core.arenaMeets[1] = 1;
      core.enterChoice(0, 1); core.enterProblem(0, 1);
      core.step(1); // choice 0: deficit 3 - 1 = 2
      core.enterChoice(1, 2); // deficit 0, entered later
      core.step(2);
      expect(core.dAt[0]).toBe(rule === "closest" ? 1 : 0);
    }
  });

  it("a deadline that falls between sessions is met at the next session", () => {
    const core = small();
    core.choiceDeadline[0] = 2;
    core.enterChoice(0, 1); core.enterProblem(0, 1);
    for (let t = 1; t <= 3; ++t) { core.arenaMeets[0] = t === 2 ? 0 : 1; core.arenaMeets[1] = 0; core.step(t); }
    expect(core.cMade[0]).toBe(3);
    expect(core.pState[0]).toBe(PROBLEM.overlooked);
  });

  it("solutions are a stream of their own: an active solution goes to the allowed in-session choice closest to completion, bringing no energy", () => {
    const core = new GarbageCanCore({choices: 2, participants: 1, problems: 1, arenas: 1, problemClasses: 1, participantClasses: 1, choiceClasses: 2, solutions: 2});
    core.access.fill(1); core.decision.fill(1); core.choiceClass[1] = 1; core.problemLoad.fill(3); core.energy[0] = 1;
    core.solutionRights.set([1, 1, 0, 1]); // solution 0 may go to both classes, solution 1 only to class 1
    core.reset();
    core.solutionActive.set([1, 1]);
    core.enterChoice(0, 1); core.enterProblem(0, 1);
    core.step(1); // choice 0 now has deficit 2
    core.enterChoice(1, 2);
    core.step(2);
    expect(Array.from(core.sAt)).toEqual([1, 1]);
    core.solutionActive.set([0, 1]);
    core.step(3);
    expect(core.sAt[0]).toBe(-1);
    expect(core.counters[CORE_COUNTER.energySpent]).toBe(3); // the participant's energy only
  });
  it("solutions pull problems: a waiting problem follows a solution looking for problems to a choice farther from completion, by the pull's number of problems' energy, and not without it", () => {
    // choice 0: deficit 2 after period 1; choice 1 (new, deficit 0 would win) gets a later problem's load first
    const run = (pull: number, rights: number[]) => {
      const core = new GarbageCanCore({choices: 2, participants: 1, problems: 2, arenas: 2, problemClasses: 1, participantClasses: 1, choiceClasses: 2, solutions: 1});
      core.access.fill(1); core.decision.fill(1); core.choiceClass[1] = 1; core.choiceArena[1] = 1;
      core.problemLoad.fill(3); core.energy[0] = 0.5;
      core.solutionRights.set(rights);
      core.solutionPull = pull;
      core.reset();
      core.solutionActive[0] = 1;
      core.enterChoice(0, 1); core.enterChoice(1, 1); core.enterProblem(0, 1);
      core.arenaMeets[1] = 0;
      core.step(1); // problem 0 on choice 0: deficit 3 - 0.5 = 2.5; choice 1 not in session, deficit 0
      core.arenaMeets[0] = 1; core.arenaMeets[1] = 1;
      core.enterProblem(1, 2);
      core.step(2);
      return core;
    };
    // without a pull both problems go to choice 1 (deficit 0 < 2.5)
    expect(run(0, [1, 0]).pAt[1]).toBe(1);
    // the solution may go only to choice class 0: with a pull of 1 problem (3 units), choice 0 is seen at 2.5 - 3 < 0
    const pulled = run(1, [1, 0]);
    expect(pulled.sAt[0]).toBe(0);
    expect(pulled.pAt[1]).toBe(0);
    expect(pulled.pAt[0]).toBe(0);
    // a pull too weak to close the gap (0.5 problem = 1.5 units, 2.5 - 1.5 > 0) leaves them where the 1972 rule puts them
    expect(run(0.5, [1, 0]).pAt[1]).toBe(1);
    // a solution with no rights pulls nothing
    expect(run(5, [0, 0]).pAt[1]).toBe(1);
  });
});

