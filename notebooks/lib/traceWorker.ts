// The Web Worker that traces one participation run off the page's thread, so
// the Classroom keeps answering while a large run is computed. The trace is
// the same as on the page (same scenario and seed: same frames).
import type {Scenario} from "../../sim/participation/scenario.ts";
import type {ParticipationFrameLike} from "../../viz/frameData.ts";
import {participationTrace} from "./participationAdapter.ts";

export interface TraceJob {
  scenario: Scenario;
  seed: string;
}

export type TraceReply = {type: "frames"; frames: ParticipationFrameLike[]} | {type: "error"; message: string};

const post = (reply: TraceReply) => (self as unknown as {postMessage(m: TraceReply): void}).postMessage(reply);

self.addEventListener("message", (event: MessageEvent<TraceJob>) => {
  try {
    post({type: "frames", frames: participationTrace(event.data.scenario, event.data.seed)});
  } catch (e) {
    post({type: "error", message: (e as Error).message});
  }
});
