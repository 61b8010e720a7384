// The Web Worker that runs replications off the page's thread, so the page
// never freezes. One job = replications first .. first + reps - 1 of one
// scenario (seeds from sim/experiment/run.ts, so results equal the CLI's).
import {runReplications, type MeasureRow} from "../../sim/experiment/run.ts";
import type {Scenario} from "../../sim/participation/scenario.ts";

export interface Job {
  id: number;
  scenario: Scenario;
  seed: string;
  first: number;
  reps: number;
}

export type Reply =
  | {type: "progress"; id: number; done: number}
  | {type: "rows"; id: number; rows: MeasureRow[]}
  | {type: "error"; id: number; message: string};

const post = (reply: Reply) => (self as unknown as {postMessage(m: Reply): void}).postMessage(reply);

self.addEventListener("message", (event: MessageEvent<Job>) => {
  const {id, scenario, seed, first, reps} = event.data;
  try {
    let last = 0;
    const rows = runReplications(scenario, {reps, seed, first, onProgress: (done) => {
      if (done - last >= 5 || done === reps) { post({type: "progress", id, done: done - last}); last = done; }
    }});
    post({type: "rows", id, rows});
  } catch (e) {
    post({type: "error", id, message: (e as Error).message});
  }
});
