import {describe, expect, it} from "vitest";
import {ParticipationSimulator} from "../../../sim/participation/engine.ts";
import {PRESET_IDS, preset} from "../../../sim/participation/presets.ts";
import {parseScenario, type Scenario} from "../../../sim/participation/scenario.ts";
import rgReportRaw from "../../../data/scenarios/rg-report.json";

// Common random numbers: the cases that arrive on a seed, and their own
// attributes, do not depend on the organisation that meets them.

interface Arrivals {
  user: number[];
  week: number[];
  userType: number[];
  initiative: number[];
  noise: number[];
  fit: number[];
  adopted: (string | null)[];
}

function arrivals(s: Scenario, seed: string): Arrivals {
  const sim = new ParticipationSimulator(s);
  const run = sim.run({seed, counterfactuals: false});
  const m = sim.model, n = run.cases.length;
  return {
    user: Array.from(m.caseUser.subarray(0, n)),
    week: Array.from(m.caseArrival.subarray(0, n)),
    userType: Array.from(m.userType),
    initiative: Array.from(m.caseInitiative.subarray(0, n)),
    noise: Array.from(m.caseNoise.subarray(0, n * m.S)),
    fit: Array.from(m.caseFit.subarray(0, n * m.S)),
    adopted: run.cases.map((c) => c.adopted)
  };
}

/** rg-report with one more role (attending the group) and one more arena (a team meeting), as plain scenario data. */
function variant(kind: "role" | "arena" | "advocate"): Scenario {
  const raw = structuredClone(rgReportRaw) as any;
  raw.id = `rg-report-${kind}`;
  if (kind === "role") {
    raw.roles.psychologist = {label: {en: "Psychologist", nb: "Psykolog"}, count: 1, knowledge: 0.7};
    raw.arenas.rg.attendees.push("psychologist");
  } else if (kind === "arena") {
    raw.arenas.team = {...structuredClone(raw.arenas.rg), label: {en: "Team", nb: "Team"}, perUser: false, interval: 2, seat: "absent"};
  } else {
    raw.advocates.extra = {...structuredClone(preset("rg-peer").advocates.peer)};
    for (const y of Object.keys(raw.userTypes)) raw.userTypes[y].advocate = "extra";
  }
  return parseScenario(raw);
}

const SEEDS = ["1", "2", "3"];

describe("common random numbers: one stream per source", () => {
  const advocatePresets = PRESET_IDS.filter((id) => id.startsWith("rg-") && Object.keys(preset(id).advocates).length > 0);
  const same = [...advocatePresets, "rg-decide", "rg-user-choice", "team", "team-consultant", "team-user-present", "team-and-rg"];

  it("rg-report and every advocate preset (and presets differing by a role or an arena) get the same cases on a seed", () => {
    expect(advocatePresets.length).toBeGreaterThanOrEqual(4);
    for (const seed of SEEDS) {
      const base = arrivals(preset("rg-report"), seed);
      expect(base.week.length).toBeGreaterThan(0);
      const scenarios: [string, Scenario][] = [...same.map((id): [string, Scenario] => [id, preset(id)]),
        ["role", variant("role")], ["arena", variant("arena")], ["advocate", variant("advocate")]];
      for (const [id, s] of scenarios) {
        const other = arrivals(s, seed);
        expect(other.user, `${id} ${seed}`).toEqual(base.user);
        expect(other.week, `${id} ${seed}`).toEqual(base.week);
        expect(other.userType, `${id} ${seed}`).toEqual(base.userType);
        expect(other.noise, `${id} ${seed}`).toEqual(base.noise);
        // fit and initiative depend only on the offers' appeal and the user types' initiative, shared by these presets
        expect(other.fit, `${id} ${seed}`).toEqual(base.fit);
        expect(other.initiative, `${id} ${seed}`).toEqual(base.initiative);
      }
    }
  });

  it("the comparison is not vacuous: the organisations decide differently, and another seed brings other cases", () => {
    let differ = 0;
    for (const id of same) if (JSON.stringify(arrivals(preset(id), "1").adopted) !== JSON.stringify(arrivals(preset("rg-report"), "1").adopted)) ++differ;
    expect(differ).toBeGreaterThan(0);
    const a = arrivals(preset("rg-report"), "1"), b = arrivals(preset("rg-report"), "2");
    expect(a.week.join() + a.user.join()).not.toEqual(b.week.join() + b.user.join());
  });
});
