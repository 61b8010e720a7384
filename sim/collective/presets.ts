// The collective presets: plain data in data/collective/<id>.json, imported
// statically (Node, vitest and the browser alike), each parsed and validated
// like any user-made collective scenario. Presets are data, never code paths.

import {parseCollective, type CollectiveScenario} from "./scenario.ts";
import userMeetingNeutral from "../../data/collective/user-meeting-neutral.json";
import userMeetingOffice from "../../data/collective/user-meeting-office.json";
import userMeetingNoInterpreter from "../../data/collective/user-meeting-no-interpreter.json";
import workingCommittee from "../../data/collective/working-committee.json";
import userCouncil from "../../data/collective/user-council.json";
import userCouncilUnanchored from "../../data/collective/user-council-unanchored.json";
import lateEntryConsensus from "../../data/collective/late-entry-consensus.json";
import earlyEntryAffiliated from "../../data/collective/early-entry-affiliated.json";
import councilToCases from "../../data/collective/council-to-cases.json";
import smallProjects from "../../data/collective/small-projects.json";
import bjerkeUserMeetings from "../../data/collective/bjerke-user-meetings.json";
import listeningPost from "../../data/collective/listening-post.json";

const RAW: Record<string, unknown> = {
  "user-meeting-neutral": userMeetingNeutral,
  "user-meeting-office": userMeetingOffice,
  "user-meeting-no-interpreter": userMeetingNoInterpreter,
  "working-committee": workingCommittee,
  "user-council": userCouncil,
  "user-council-unanchored": userCouncilUnanchored,
  "late-entry-consensus": lateEntryConsensus,
  "early-entry-affiliated": earlyEntryAffiliated,
  "small-projects": smallProjects,
  "council-to-cases": councilToCases,
  "listening-post": listeningPost,
  "bjerke-user-meetings": bjerkeUserMeetings
};

/** Ids of the collective presets, in teaching order. */
export const COLLECTIVE_PRESET_IDS: readonly string[] = Object.keys(RAW);

const parsed = new Map<string, CollectiveScenario>();

/** A validated copy of a collective preset; throws an Error listing the allowed ids on an unknown id. */
export function collectivePreset(id: string): CollectiveScenario {
  if (!Object.hasOwn(RAW, id)) throw new Error(`unknown collective preset: ${id} (allowed: ${COLLECTIVE_PRESET_IDS.join(", ")})`);
  let s = parsed.get(id);
  if (!s) {
    s = parseCollective(RAW[id]);
    if (s.id !== id) throw new Error(`preset file ${id}.json has id ${s.id}`);
    parsed.set(id, s);
  }
  return structuredClone(s);
}
