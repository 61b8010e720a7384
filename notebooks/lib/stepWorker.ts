// The Web Worker that plays one participation run week by week off the
// page's thread (StepSession): the page asks for frames around the one it
// shows and sends the edits made while playing.
import {StepSession, type StepBatch, type StepJob} from "./stepSession.ts";
import type {ScenarioEdit} from "../../sim/participation/edits.ts";

export type StepRequest =
  | {type: "start"; job: StepJob}
  | {type: "want"; from: number; to: number}
  | {type: "edit"; week: number; key: string; value: string | number | boolean};

export type StepReply =
  | ({type: "batch"} & StepBatch)
  | {type: "edited"; week: number; edits: readonly ScenarioEdit[]}
  | {type: "error"; message: string};

const post = (reply: StepReply) => (self as unknown as {postMessage(m: StepReply): void}).postMessage(reply);

/** Answers the page's requests; the worker's one run lives in this closure. */
function serve(): void {
  let session: StepSession | null = null;
  self.addEventListener("message", (event: MessageEvent<StepRequest>) => {
    const m = event.data;
    try {
      if (m.type === "start") session = new StepSession(m.job);
      else if (!session) throw new Error("the run has not started");
      else if (m.type === "want") post({type: "batch", ...session.advance(m.from, m.to)});
      else post({type: "edited", week: m.week, edits: session.edit(m.week, m.key, m.value)});
    } catch (e) {
      post({type: "error", message: (e as Error).message});
    }
  });
}

serve();
