// The Classroom's run: the run a state describes, as neutral frames for the
// view (classic or participation), with its notes and labels.

import {runClassic, type ClassicFrame} from "../../sim/classic/engine.ts";
import {config1972, randomEntry, variantConfig, variantKey, type ClassicDesignPoint} from "../../sim/classic/design.ts";
import {CHOICES, PROBLEMS} from "../../sim/classic/gcm1972.ts";
import {rng} from "../../sim/rng.ts";
import {runSeed} from "../../sim/seeds.ts";
import {frameData, type ParticipationFrameLike, type StreamsFrameData} from "../../viz/frameData.ts";
import {userTrajectoryRows, type UserFrameLike, type UserTrajectoryRow} from "../../viz/userTrajectory.ts";
import {stepLabel, styleLabel} from "../../viz/vocabulary.ts";
import {t, type Lang} from "./i18n.ts";
import type {Scenario} from "../../sim/participation/scenario.ts";
import {baseScenario} from "./compareData.ts";
import {participationTrace, scenarioNotes} from "./participationAdapter.ts";
import type {State} from "./classroomState.ts";

/** Participation runs estimated above this many case-weeks are traced in a worker (the presets stay below). */
export const WORKER_CASE_WEEKS = 5000;

export interface RunView {
  frames: StreamsFrameData[];
  unit: "period" | "week";
  notice: string[];
  tryThis: string[];
  title: string;
  description: string;
  /** Arena names in the chosen language (participation runs). */
  labels?: Record<string, string>;
  scenario?: Scenario;
  /** Participation runs with a feedback loop on: the first user's competence, trust and motivation per week. */
  trajectory?: UserTrajectoryRow[];
}

/** The trace of the run the state describes, as neutral frames (classic or participation). */
export function classroomRun(state: State, lang: Lang): RunView {
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
      frames: trace.map((f, i) => frameData(f, {history: trace.slice(0, i + 1)})),
      unit: "period",
      notice: [t("ui.classroom.classic.notice", lang)],
      tryThis: [t("ui.classroom.classic.try", lang)],
      title: t("ui.classroom.classic.title", lang),
      description: t("ui.classroom.classic.description", lang)
    };
  }
  const scenario = baseScenario(state.model);
  return participationView(scenario, participationTrace(scenario, state.seed), lang);
}

/** The view of a traced participation run (computed here or in a worker). */
export function participationView(scenario: Scenario, trace: ParticipationFrameLike[], lang: Lang): RunView {
  const notes = scenarioNotes(scenario, lang);
  // display names of arenas, and of the roles, advocates and solutions the picture names
  const labels = Object.fromEntries([scenario.roles, scenario.advocates, scenario.solutions, scenario.arenas]
    .flatMap((group) => Object.entries(group ?? {}).map(([id, x]) => [id, (x as {label: Record<Lang, string>}).label[lang]])));
  const loops = scenario.feedback.mastery || scenario.feedback.trust || scenario.feedback.motivation;
  const trajectory = loops ? userTrajectoryRows(trace as unknown as UserFrameLike[], 0) : undefined;
  return {frames: trace.map((f) => frameData(f)), unit: "week", notice: notes.notice, tryThis: notes.tryThis, title: notes.title, description: notes.description, labels, scenario, trajectory};
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
