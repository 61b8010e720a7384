// A robustness result with known judgements (no simulation): the verdict on
// the first headline measure holds where the coordinator's hours per case are
// at least 3 and a written wish weighs under 0.35; the second holds in every draw.
import {analyseRobust, type RobustFinding, type RobustResult} from "../../sim/experiment/robust.ts";
import {HEADLINE_MEASURES} from "../../sim/experiment/verdict.ts";
import {rng} from "../../sim/rng.ts";

export const DISCOVERY_COLUMNS = [
  {label: {en: "Coordinator visit: Hours per case", nb: "Koordinatorbesøk: Timer per sak"}, unit: "hours/case", integer: false},
  {label: {en: "Weight of a written wish", nb: "Vekt av et skriftlig ønske"}, unit: "weight", integer: false},
  {label: {en: "Patience", nb: "Tålmodighet"}, unit: "weeks", integer: true}
];

export function robustFixture(): {result: RobustResult; findings: RobustFinding[]} {
  const random = rng("robust-text");
  const draws = Array.from({length: 200}, () => {
    const values = [1 + 4 * random(), random(), 10 + Math.floor(30 * random())];
    return {values, mean: [[0, 0]], judgement: [[values[0] >= 3 && values[1] < 0.35 ? 1 : 0, 1]] as (-1 | 0 | 1)[][]};
  });
  const ranges: [number, number][] = [[1, 5], [0, 1], [10, 40]];
  const result: RobustResult = {
    options: ["transfer-written", "transfer-visit"], measures: HEADLINE_MEASURES,
    columns: DISCOVERY_COLUMNS.map((c, j) => ({...c, param: `p${j}`, key: `p${j}`, option: 0, range: ranges[j]})),
    drawn: ["p0", "p1", "p2"], fixes: [["power.wishWeight", "0.3"]], reps: 20, seed: "7",
    base: {options: [], estimates: [], differences: []}, baseJudgement: [[1, 1]], draws
  };
  return {result, findings: analyseRobust(result)};
}
