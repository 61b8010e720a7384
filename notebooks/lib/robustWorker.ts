// The Web Worker that finds where a verdict holds (scenario discovery on a
// robustness run's draws, sim/experiment/robust.ts) off the page's thread:
// PRIM and the tree take a few hundred milliseconds on a hundred draws, and
// making the draws' scenarios (every parameter set and checked) as long.
import {analyseOption, planDraw, robustPlan, stepRegion, type RobustFinding, type RobustPlan, type RobustResult, type RobustSetup} from "../../sim/experiment/robust.ts";
import type {Scenario} from "../../sim/participation/scenario.ts";
import type {Region} from "../../sim/experiment/discovery/region.ts";

export type RobustJob =
  | {id: number; type: "plan"; setup: Omit<RobustSetup, "onProgress">}
  | {id: number; type: "analyse"; result: RobustResult; option: number}
  | {id: number; type: "step"; result: RobustResult; finding: RobustFinding; step: number};

export type RobustReply =
  | {id: number; type: "plan"; plan: RobustPlan; sets: Scenario[][]}
  | {id: number; type: "findings"; findings: RobustFinding[]}
  | {id: number; type: "region"; region: Region | null}
  | {id: number; type: "error"; message: string};

const post = (reply: RobustReply) => (self as unknown as {postMessage(m: RobustReply): void}).postMessage(reply);

self.addEventListener("message", (event: MessageEvent<RobustJob>) => {
  const job = event.data;
  try {
    if (job.type === "plan") {
      const plan = robustPlan(job.setup);
      post({id: job.id, type: "plan", plan, sets: [plan.scenarios, ...plan.fractions.map((_, k) => planDraw(plan, k))]});
    } else if (job.type === "analyse") post({id: job.id, type: "findings", findings: analyseOption(job.result, job.option)});
    else post({id: job.id, type: "region", region: stepRegion(job.result, job.finding, job.step)});
  } catch (e) {
    post({id: job.id, type: "error", message: (e as Error).message});
  }
});
