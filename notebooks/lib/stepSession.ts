// A participation run played week by week, as the Classroom's worker plays it
// (stepWorker.ts): the engine's stepper, the week's frame in the shape the
// animation draws, and the small per-week rows of the time plots (running
// tallies, the first user's state). Frames are handed out, not kept, so a
// run of any size plays in flat memory; a frame already handed out is got
// again by running the seeded run again up to it (the same numbers).

import {ParticipationSimulator, type ParticipationStepper} from "../../sim/participation/engine.ts";
import {checkEdits, type ScenarioEdit} from "../../sim/participation/edits.ts";
import {setParameter, type Scenario} from "../../sim/participation/scenario.ts";
import {frameData, type ParticipationFrameLike, type StreamsFrameData} from "../../viz/frameData.ts";
import {RunningTally, type RunningRow} from "../../viz/runningData.ts";
import {userTrajectoryRows, type UserFrameLike, type UserTrajectoryRow} from "../../viz/userTrajectory.ts";

export interface StepJob {
  scenario: Scenario;
  seed: string;
  /** Edits made while playing (and carried in the link), each from its week on. */
  edits: ScenarioEdit[];
}

/** The rows of one week: the decisions so far, staff energy left, the first user's state (loops on). */
export interface WeekRow {
  index: number;
  running: RunningRow;
  user: UserTrajectoryRow | null;
}

export interface StepBatch {
  /** A row for every week stepped, in order. */
  rows: WeekRow[];
  /** The frames of the weeks asked for. */
  frames: {index: number; frame: StreamsFrameData}[];
}

export class StepSession {
  private sim: ParticipationSimulator;
  private readonly job: StepJob;
  private stepper: ParticipationStepper;
  private tally: RunningTally;
  /** Weeks in the run (frames 0 .. horizon - 1). */
  readonly horizon: number;

  constructor(job: StepJob) {
    this.job = {...job, edits: [...job.edits]};
    this.sim = new ParticipationSimulator(job.scenario);
    this.horizon = job.scenario.horizon;
    this.stepper = this.sim.start({seed: job.seed, edits: this.job.edits, frames: true});
    this.tally = new RunningTally();
  }

  /** The next week the run will step. */
  get week(): number {
    return this.stepper.week;
  }

  get edits(): readonly ScenarioEdit[] {
    return this.job.edits;
  }

  /**
   * Steps up to frame `to` (clamped to the run) and hands back the rows of
   * every week stepped and the frames from `from` on. A `from` already
   * passed runs the seeded run again from its start.
   */
  advance(from: number, to: number): StepBatch {
    const last = Math.min(to, this.horizon - 1);
    if (this.stepper.week > from) this.restart();
    const rows: WeekRow[] = [], frames: StepBatch["frames"] = [];
    while (this.stepper.week <= last) {
      const index = this.stepper.week;
      const raw = this.stepper.step() as unknown as ParticipationFrameLike;
      rows.push({index, running: this.tally.addWeek(raw.week, raw.decided, raw.staffEnergyLeft), user: userTrajectoryRows([raw as unknown as UserFrameLike], 0)[0] ?? null});
      // only the frames asked for are converted for drawing
      if (index >= from) frames.push({index, frame: frameData(raw)});
    }
    return {rows, frames};
  }

  /**
   * A parameter changed from week `week` on (one-line errors as for scenario
   * edits): the run is run again with the edit, so the weeks before are as
   * they were. Returns the edits now in force.
   */
  edit(week: number, key: string, value: string | number | boolean): readonly ScenarioEdit[] {
    const edits = [...this.job.edits, {week, key, value}];
    // checked first (the key may change during a run, the value is allowed), so a refused edit leaves the session as it was
    checkEdits(this.job.scenario, edits);
    setParameter(this.job.scenario, key, value);
    this.job.edits = edits;
    this.restart();
    return this.job.edits;
  }

  private restart(): void {
    // a stepper left part way keeps its edits in the model: a fresh simulator starts from the scenario's own parameters
    this.sim = new ParticipationSimulator(this.job.scenario);
    this.stepper = this.sim.start({seed: this.job.seed, edits: this.job.edits, frames: true});
    this.tally = new RunningTally();
  }
}
