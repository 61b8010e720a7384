// The Classroom's run: the run a state describes, as neutral frames for the
// view (classic or participation), with its notes and labels.

import {runClassic, type ClassicFrame} from "../../sim/classic/engine.ts";
import {config1972, randomEntry, variantConfig, variantKey, type ClassicDesignPoint} from "../../sim/classic/design.ts";
import {CHOICES, PROBLEMS} from "../../sim/classic/gcm1972.ts";
import {rng} from "../../sim/rng.ts";
import {runSeed} from "../../sim/seeds.ts";
import {frameData, type StreamsFrameData} from "../../viz/frameData.ts";
import {userTrajectoryRows, type UserFrameLike} from "../../viz/userTrajectory.ts";
import {stepLabel, styleLabel} from "../../viz/vocabulary.ts";
import {t, type Lang} from "./i18n.ts";
import type {Scenario} from "../../sim/participation/scenario.ts";
import {baseScenario} from "./compareData.ts";
import {participationTrace, scenarioNotes} from "./participationAdapter.ts";
import {parseEdits, type RunState} from "./classroomState.ts";
import {ArraySource, type FrameSource} from "./classroomSource.ts";
import type {StepJob} from "./stepSession.ts";
import type {ScenarioEdit} from "../../sim/participation/edits.ts";


export interface RunView {
  /** The run's frames: computed up front, or played in a worker. */
  source: FrameSource;
  unit: "period" | "week";
  notice: string[];
  tryThis: string[];
  title: string;
  description: string;
  /** Arena names in the chosen language (participation runs). */
  labels?: Record<string, string>;
  scenario?: Scenario;
  /** Participation runs with a feedback loop on (the first user's competence, trust and motivation are plotted). */
  loops?: boolean;
}

/** The run the state describes, as neutral frames (classic or participation; `live` plays a participation run in a worker). */
export function classroomRun(state: RunState, lang: Lang, live?: (job: StepJob) => FrameSource): RunView {
  if (state.model === "classic") {
    const point: ClassicDesignPoint = {load: state.load as ClassicDesignPoint["load"], access: state.access as ClassicDesignPoint["access"], decision: state.decision as ClassicDesignPoint["decision"], energy: state.energy as ClassicDesignPoint["energy"], choiceSeq: 1, problemSeq: 1};
    let config;
    if (state.entry === "random") {
      // replication 0 of the variant, as the CLI's `classic --reps 1 --seed S` with the same selection
      config = {...variantConfig(point), ...randomEntry(rng(runSeed(state.seed, variantKey(point), 0)), CHOICES, PROBLEMS)};
    } else {
      const seq = Number(state.entry) as 1 | 2;
      config = config1972({...point, choiceSeq: seq, problemSeq: seq});
    }
    const trace = runClassic(config, {trace: true}).trace as ClassicFrame[];
    return {
      source: new ArraySource(trace.map((f, i) => frameData(f, {history: trace.slice(0, i + 1)}))),
      unit: "period",
      notice: [t("ui.classroom.classic.notice", lang)],
      tryThis: [t("ui.classroom.classic.try", lang)],
      title: t("ui.classroom.classic.title", lang),
      description: t("ui.classroom.classic.description", lang)
    };
  }
  const scenario = baseScenario(state.model), edits = parseEdits(state.edits);
  // played week by week in a worker where there is one; else traced here
  const source = live ? live({scenario, seed: state.seed, edits}) : traceSource(scenario, state.seed, edits);
  return participationView(scenario, source, lang);
}

/** A run as a lesson's handout draws it (computed here, no worker): its frames and arena names. */
export function runFrames(state: RunState, lang: Lang): {frames: StreamsFrameData[]; labels?: Record<string, string>} {
  const run = classroomRun(state, lang);
  return {frames: Array.from({length: run.source.count}, (_, i) => run.source.frame(i)!), ...(run.labels ? {labels: run.labels} : {})};
}

/** A participation run traced up front (no worker: tests, or a browser without workers). */
export function traceSource(scenario: Scenario, seed: string, edits: readonly ScenarioEdit[] = []): ArraySource {
  const trace = participationTrace(scenario, seed, edits);
  return new ArraySource(trace.map((f) => frameData(f)), userTrajectoryRows(trace as unknown as UserFrameLike[], 0));
}

/** The view of a participation run. */
export function participationView(scenario: Scenario, source: FrameSource, lang: Lang): RunView {
  const notes = scenarioNotes(scenario, lang);
  // display names of arenas, and of the roles, advocates and solutions the picture names
  const labels = Object.fromEntries([scenario.roles, scenario.advocates, scenario.solutions, scenario.arenas]
    .flatMap((group) => Object.entries(group ?? {}).map(([id, x]) => [id, (x as {label: Record<Lang, string>}).label[lang]])));
  const loops = scenario.feedback.mastery || scenario.feedback.trust || scenario.feedback.motivation;
  return {source, unit: "week", notice: notes.notice, tryThis: notes.tryThis, title: notes.title, description: notes.description, labels, scenario, loops};
}

/** A one-line account of what was decided in a frame ("Choice 3 made by flight"). */
export function events(frame: StreamsFrameData, lang: Lang, labels?: Record<string, string>): string[] {
  const out: string[] = [];
  for (const can of frame.cans) {
    if (!can.madeNow || !can.style) continue;
    if (can.kind === "choice") out.push(t("ui.classroom.event.choice", lang, {id: can.id, style: styleLabel(can.style, lang).toLowerCase()}));
  }
  for (const item of frame.items) {
    if (item.kind === "problem" && item.status === "decided" && item.style)
      out.push(t("ui.classroom.event.case", lang, {id: item.id, at: (item.at && labels?.[item.at]) ?? item.at ?? "–", style: styleLabel(item.style, lang).toLowerCase()})
        + (item.step ? ` — ${stepLabel(item.step, lang).toLowerCase()}` : ""));
  }
  return out;
}
