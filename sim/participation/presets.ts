// The preset scenarios: plain data in data/scenarios/<id>.json, imported
// statically so this works in Node (tsx), vitest and the browser (Vite) with
// no file-system access. Presets are data, never code paths: each is parsed
// and validated like any user-made scenario.

import {parseScenario, type Scenario} from "./scenario.ts";
import transferWritten from "../../data/scenarios/transfer-written.json";
import transferVisit from "../../data/scenarios/transfer-visit.json";
import transferVisitUninformed from "../../data/scenarios/transfer-visit-uninformed.json";
import team from "../../data/scenarios/team.json";
import teamConsultant from "../../data/scenarios/team-consultant.json";
import teamUserPresent from "../../data/scenarios/team-user-present.json";
import rgReport from "../../data/scenarios/rg-report.json";
import rgDecide from "../../data/scenarios/rg-decide.json";
import rgCoordinatorAdvocate from "../../data/scenarios/rg-coordinator-advocate.json";
import rgGuardian from "../../data/scenarios/rg-guardian.json";
import rgPeer from "../../data/scenarios/rg-peer.json";
import rgRelative from "../../data/scenarios/rg-relative.json";
import rgUserChoice from "../../data/scenarios/rg-user-choice.json";
import teamAndRg from "../../data/scenarios/team-and-rg.json";
import casework from "../../data/scenarios/casework.json";
import timePressure from "../../data/scenarios/time-pressure.json";
import housingStructured from "../../data/scenarios/housing-structured.json";
import housingImprovised from "../../data/scenarios/housing-improvised.json";
import housingVolatileHealth from "../../data/scenarios/housing-volatile-health.json";
import caseworkCoping from "../../data/scenarios/casework-coping.json";
import domains from "../../data/scenarios/domains.json";
import threeDoors from "../../data/scenarios/three-doors.json";
import oneDoor from "../../data/scenarios/one-door.json";

const RAW: Record<string, unknown> = {
  "transfer-written": transferWritten,
  "transfer-visit": transferVisit,
  "transfer-visit-uninformed": transferVisitUninformed,
  "team": team,
  "team-consultant": teamConsultant,
  "team-user-present": teamUserPresent,
  "rg-report": rgReport,
  "rg-decide": rgDecide,
  "rg-coordinator-advocate": rgCoordinatorAdvocate,
  "rg-guardian": rgGuardian,
  "rg-peer": rgPeer,
  "rg-relative": rgRelative,
  "rg-user-choice": rgUserChoice,
  "team-and-rg": teamAndRg,
  "casework": casework,
  "time-pressure": timePressure,
  // users over time
  "casework-coping": caseworkCoping,
  "domains": domains,
  "housing-structured": housingStructured,
  "housing-improvised": housingImprovised,
  "housing-volatile-health": housingVolatileHealth,
  "three-doors": threeDoors,
  "one-door": oneDoor
};

/** Ids of the preset scenarios, in teaching order. */
export const PRESET_IDS: readonly string[] = Object.keys(RAW);

const parsed = new Map<string, Scenario>();

/** A validated copy of a preset; throws an Error listing the allowed ids on an unknown id. */
export function preset(id: string): Scenario {
  if (!Object.prototype.hasOwnProperty.call(RAW, id)) throw new Error(`unknown preset: ${id} (allowed: ${PRESET_IDS.join(", ")})`);
  let s = parsed.get(id);
  if (!s) {
    s = parseScenario(RAW[id]);
    if (s.id !== id) throw new Error(`preset file ${id}.json has id ${s.id}`);
    parsed.set(id, s);
  }
  return s;
}
