// Collective participation in the notebooks: a panel on each of Compare
// (collective options on common random numbers: Arnstein's rungs, the
// funnel, turnout, minority turnout and literacy, service changes, the
// lenses, and for a council linked to case arenas the individual outcomes
// with and without it), Explore (one collective preset, its key parameters as
// inputs; users' literacy and avmakt over the run, per-arena records) and
// Classroom (a user meeting animated, meeting by meeting). Each panel is its
// own cell after the page's own, holds no model logic (sim/collective runs
// the model), follows the page's language and keeps its view in the link's
// fragment.

import {RUNGS, RUNG_LABELS} from "../../sim/collective/arnstein.ts";
import {CollectiveSimulator, type CollectiveRun} from "../../sim/collective/engine.ts";
import {CollectiveComparison} from "../../sim/collective/compare.ts";
import {COLLECTIVE_MEASURES, collectiveValue} from "../../sim/collective/measures.ts";
import {COLLECTIVE_PRESET_IDS, collectivePreset} from "../../sim/collective/presets.ts";
import {collectiveKeys, getCollectiveParameter, setCollectiveParameter, type CollectiveScenario} from "../../sim/collective/scenario.ts";
import type {ParamDecl} from "../../sim/participation/parameters.ts";
import {paramUnit, paramValue} from "../../sim/participation/paramVocabulary.ts";
import {describeParam} from "./paramHelp.ts";
import {collectiveParamByKey} from "../../sim/collective/parameters.ts";
import type {CollectiveSummary, MeetingFrame} from "../../sim/collective/records.ts";
import {RunningEstimate, type Estimate} from "../../sim/stats.ts";
import {DEFAULT_SEED, runSeed, SHARED_KEY} from "../../sim/seeds.ts";
import {meetingDots} from "../../viz/meetingDots.ts";
import {rungBars} from "../../viz/rungBars.ts";
import {trajectoryLines} from "../../viz/trajectoryLines.ts";
import {collectiveThresholdsText, collectiveVerdictParts} from "../../viz/collectiveVerdict.ts";
import {figureBlock} from "./figure.ts";
import {formatNumber} from "../../viz/format.ts";
import {hasKey, t, type Lang} from "./i18n.ts";
import {alertBox, button, checkbox, h, numberInput, pageWidth, rangeInput, replace, select, textInput} from "./ui.ts";
import {inputErrorDetail} from "./inputErrorText.ts";
import {MAX_SHOWN_ISSUES, cappedLines} from "./urlState.ts";
import {oneLine} from "../../sim/input.ts";

/** The page's language (the page sets <html lang> on every render). */
function pageLang(): Lang {
  return document.documentElement.lang === "nb" ? "nb" : "en";
}

/** Calls `render` now and whenever the page switches language; returns the panel. */
function followLang(panel: HTMLElement, render: (lang: Lang) => void): HTMLElement {
  let lang = pageLang();
  render(lang);
  new MutationObserver(() => {
    if (pageLang() !== lang) { lang = pageLang(); render(lang); }
  }).observe(document.documentElement, {attributes: true, attributeFilter: ["lang"]});
  return panel;
}

// ---- the panels' view in the URL's fragment (#c.opt=…&c.reps=…): the page's
// own state lives in the query, which it rewrites keeping the fragment, so the
// two never clash and a copied link reopens both.

const SEED_RE = /^[\w.-]{1,40}$/;

/** The fragment's parameters with this prefix ("c", "ce", "cc"). */
function fragment(prefix: string): [string, string][] {
  return [...new URLSearchParams(location.hash.slice(1))].filter(([k]) => k.startsWith(`${prefix}.`)).map(([k, v]) => [k.slice(prefix.length + 1), v]);
}

/** Replaces this prefix's parameters in the fragment (others kept). */
function writeFragment(prefix: string, entries: [string, string][]): void {
  const params = new URLSearchParams(location.hash.slice(1));
  for (const k of [...params.keys()]) if (k.startsWith(`${prefix}.`)) params.delete(k);
  for (const [k, v] of entries) params.append(`${prefix}.${k}`, v);
  const hash = params.toString();
  history.replaceState(history.state, "", location.pathname + location.search + (hash ? `#${hash}` : ""));
}

/** One line per bad fragment parameter: name, value, what is allowed. */
function issueLine(key: string, value: string, allowed: string): string {
  return `${oneLine(key, 40)} = ${JSON.stringify(value.slice(0, 40))} (allowed: ${allowed})`;
}

// an issue from a validation error is said in the language of each redraw
type Issue = string | ((lang: Lang) => string);

function issuesBox(issues: Issue[], lang: Lang): HTMLElement | null {
  return issues.length ? alertBox(t("ui.collective.badLink", lang), cappedLines(issues.slice(0, MAX_SHOWN_ISSUES).map((i) => typeof i === "string" ? i : i(lang)), issues.length, lang), {label: t("ui.dismiss", lang), onDismiss: () => { issues.length = 0; }}) : null;
}

const presetChoices = (lang: Lang) => COLLECTIVE_PRESET_IDS.map((id) => ({value: id, label: collectivePreset(id).meta.title[lang]}));

function fmt(x: number, lang: Lang): string {
  if (!Number.isFinite(x)) return "–";
  const digits = Math.abs(x) >= 100 ? 0 : Math.abs(x) >= 10 ? 1 : 3;
  return x.toLocaleString(lang === "nb" ? "nb-NO" : "en-GB", {maximumFractionDigits: digits, minimumFractionDigits: digits});
}

function interval(e: Estimate, lang: Lang): string {
  return Number.isFinite(e.mean) ? `${fmt(e.mean, lang)} [${fmt(e.lo, lang)}, ${fmt(e.hi, lang)}]${e.missing ? ` (${e.missing} ${t("ui.collective.missing", lang)})` : ""}` : "–";
}

/** Runs in slices of about 40 ms so the page stays responsive; `stop` cancels. */
function inSlices(total: number, step: (i: number) => void, done: () => void): {stop(): void} {
  let i = 0, stopped = false, timer = 0;
  const slice = () => {
    if (stopped) return;
    const until = performance.now() + 40;
    while (i < total && performance.now() < until) step(i++);
    if (i < total) timer = window.setTimeout(slice, 0);
    else done();
  };
  timer = window.setTimeout(slice, 0);
  return {stop() { stopped = true; clearTimeout(timer); }};
}

const KEY_MEASURES = ["invited", "signedUp", "turnout", "minorityTurnout", "staffPerMeeting", "attended", "premiseProviders", "userAgendaShare", "minorityLiteracyGain", "avmaktChange",
  "serviceChanges.proposed", "serviceChanges.adopted", "lens.efficiency", "lens.rights", "cases.upperSteps", "cases.upperStepsWithout"];

// ---- Compare

export const DEFAULT_COLLECTIVE_OPTIONS = ["user-meeting-neutral", "user-meeting-office", "user-meeting-no-interpreter"];

/** Collective options on common random numbers (replication r of every option uses seed "S/r"). */
export function collectiveComparePanel(): HTMLElement {
  const panel = h("section", {class: "gc-card gc-collective", "data-panel": "collective-compare"});
  let options = [...DEFAULT_COLLECTIVE_OPTIONS];
  let reps = 100, seed = DEFAULT_SEED;
  const issues: string[] = [];
  for (const [k, v] of fragment("c")) {
    if (k === "opt") {
      const ids = v.split(",");
      if (ids.length >= 2 && ids.length <= 4 && ids.every((x) => COLLECTIVE_PRESET_IDS.includes(x))) options = ids;
      else issues.push(issueLine("c.opt", v, `2 to 4 comma-separated collective preset ids: ${COLLECTIVE_PRESET_IDS.join(", ")}`));
    } else if (k === "reps") {
      const n = Number(v);
      if (/^\d+$/.test(v) && n >= 2 && n <= 2000) reps = n; else issues.push(issueLine("c.reps", v, "an integer in [2, 2000]"));
    } else if (k === "seed") {
      if (SEED_RE.test(v)) seed = v; else issues.push(issueLine("c.seed", v, "1 to 40 letters, digits, '.', '_' or '-'"));
    } else issues.push(issueLine(`c.${k}`, v, "c.opt, c.reps, c.seed"));
  }
  const save = () => writeFragment("c", [["opt", options.join(",")], ["reps", String(reps)], ["seed", seed]]);
  let job: {stop(): void} | null = null;
  const results = h("div", {class: "gc-collective-results", "data-state": "idle"});
  const run = (lang: Lang) => {
    job?.stop();
    results.setAttribute("data-state", "running");
    replace(results, h("p", {class: "gc-small"}, t("ui.collective.running", lang)));
    const sims = options.map((id) => new CollectiveSimulator(collectivePreset(id)));
    const comparison = new CollectiveComparison(sims.length);
    job = inSlices(reps, (r) => {
      comparison.add(sims.map((s) => s.run({seed: runSeed(seed, SHARED_KEY, r)}).summary));
    }, () => {
      const est = (k: number, key: string) => comparison.estimate(k, key);
      // plain names in every text and table, never preset ids
      const names = options.map((o) => collectivePreset(o).meta.title[lang]);
      const rungRows = options.map((o, k) => ({option: names[k], arnstein: Object.fromEntries(RUNGS.map((r) => [r, est(k, `arnstein.${r}`).mean])) as Record<(typeof RUNGS)[number], number>}))
        .filter((r) => RUNGS.every((x) => Number.isFinite(r.arnstein[x])));
      const measureRows = KEY_MEASURES.flatMap((key) => {
        const m = COLLECTIVE_MEASURES.find((x) => x.key === key)!;
        return options.map((o, k) => ({measure: m.label[lang], option: names[k], estimate: interval(est(k, key), lang),
          difference: k === 0 ? "" : interval(comparison.difference(k, key), lang)}));
      });
      const width = Math.min(pageWidth(), 900);
      // the verdict: each option against the first, on the paired differences
      const verdict = h("section", {class: "gc-verdict-block", "data-collective-verdict": ""},
        h("h3", {}, t("ui.compare.verdict", lang)),
        options.slice(1).map((o, k) => {
          const byKey = (f: (key: string) => Estimate) => Object.fromEntries(comparison.keys.map((key) => [key, f(key)]));
          const p = collectiveVerdictParts(names[k + 1], names[0], byKey((key) => comparison.difference(k + 1, key)), lang,
            {reference: byKey((key) => est(0, key)), option: byKey((key) => est(k + 1, key))});
          return h("div", {class: "gc-verdict", "data-option": o},
            h("p", {class: "gc-verdict-head"}, h("strong", {}, p.head)),
            h("ul", {class: "gc-verdict-lines"}, p.lines.map((l) => h("li", {}, l))),
            h("p", {"data-trade": ""}, p.trade),
            p.also.length ? [h("p", {}, t("verdict.alsoHead", lang)), h("ul", {class: "gc-verdict-lines"}, p.also.map((l) => h("li", {}, l)))] : h("p", {}, t("verdict.noOther", lang)));
        }),
        h("p", {class: "gc-small", "data-thresholds": ""}, collectiveThresholdsText(lang)));
      replace(results,
        verdict,
        rungRows.length ? figureBlock({round: true, name: "collective-rungs", lang, heading: t("chart.rungBars.label", lang), figure: rungBars(rungRows, {lang, width}),
          rows: rungRows.map((r) => ({option: r.option, ...r.arnstein}))}) : null,
        figureBlock({name: "collective-measures", lang, heading: t("ui.collective.measures", lang), rows: measureRows, open: true,
          columns: [{key: "measure", label: t("ui.collective.measure", lang)}, {key: "option", label: t("ui.collective.option", lang)},
            {key: "estimate", label: t("ui.collective.estimate", lang)}, {key: "difference", label: t("ui.collective.difference", lang, {reference: names[0]})}]}),
        h("p", {class: "gc-small"}, t("ui.collective.compareNote", lang, {reps: String(reps), seed})));
      results.setAttribute("data-state", "ready");
    });
  };
  return followLang(panel, function render(lang: Lang) {
    const again = () => { save(); render(lang); };
    replace(panel,
      issuesBox(issues, lang),
      h("h2", {}, t("ui.collective.compareTitle", lang)),
      h("p", {}, t("ui.collective.compareIntro", lang)),
      h("div", {class: "gc-controls"},
        options.map((o, i) => select(t("ui.collective.optionN", lang, {n: String(i + 1)}), presetChoices(lang), o, (v) => { options[i] = v; again(); }, `c-opt${i + 1}`)),
        numberInput(t("ui.reps", lang), reps, {min: 2, max: 2000, step: 1, name: "c-reps"}, (v) => { reps = Math.max(2, Math.min(2000, Math.round(v))); again(); }),
        textInput(t("ui.collective.seed", lang), seed, {name: "c-seed", pattern: "[\\w.\\-]{1,40}", size: 8}, (v) => { if (SEED_RE.test(v)) { seed = v; again(); } }),
        options.length < 4 ? button(t("ui.collective.add", lang), () => { options.push(COLLECTIVE_PRESET_IDS.find((x) => !options.includes(x)) ?? options[0]); again(); }, {name: "c-add"}) : null,
        options.length > 2 ? button(t("ui.collective.remove", lang), () => { options.pop(); again(); }, {name: "c-remove"}) : null),
      results);
    run(lang);
  });
}

// ---- Explore

/** The parameters Explore offers as inputs for a collective preset: globals and those of its first arena. */
function exploreKeys(s: CollectiveScenario): string[] {
  const first = Object.keys(s.arenas)[0];
  return ["management.anchoring", "behaviour.speak", "behaviour.officeDeterrence", "behaviour.wordOfMouth", "learning.information", "learning.heard",
    `arenas.${first}.venue`, `arenas.${first}.slot`, `arenas.${first}.interpreters`, `arenas.${first}.agenda`, `arenas.${first}.rule`, `arenas.${first}.entry`];
}

/** A choice value in the page's language: the panel's own label, else the parameters' vocabulary, else the id. */
function valueLabel(x: string, lang: Lang): string {
  return hasKey(`ui.collective.value.${x}`) ? t(`ui.collective.value.${x}`, lang) : paramValue(x, lang);
}

/** An input for any declared collective parameter, from its declaration (range, step, choices), with its help text and unit. */
function paramControl(key: string, decl: ParamDecl, value: unknown, lang: Lang, name: string, on: (x: string | number) => void): HTMLElement {
  const label = decl.label[lang];
  const el = decl.type === "boolean" ? checkbox(label, value === true, (c) => on(String(c)), name)
    : decl.type === "enum" ? select(label, decl.values!.map((x) => ({value: x, label: valueLabel(x, lang)})), String(value), on, name)
    : numberInput(label, value as number, {min: decl.min, max: decl.max, step: decl.step ?? "any", name, unit: decl.unit ? paramUnit(decl.unit, lang) : undefined}, on);
  describeParam(el, decl, lang);
  // describeParam names choices from the case model's vocabulary; keep the panel's own names
  for (const option of Array.from(el.querySelectorAll("option"))) option.textContent = valueLabel(option.value, lang);
  el.setAttribute("data-key", key);
  return el;
}

export function collectiveExplorePanel(): HTMLElement {
  const panel = h("section", {class: "gc-card gc-collective", "data-panel": "collective-explore"});
  let id = "bjerke-user-meetings", seed = DEFAULT_SEED;
  let edits: Record<string, string | number> = {};
  // the full list stays open across redraws once the reader opens it
  let allOpen = false;
  const issues: Issue[] = [];
  const given = fragment("ce");
  for (const [k, v] of given) {
    if (k === "preset") { if (COLLECTIVE_PRESET_IDS.includes(v)) id = v; else issues.push(issueLine("ce.preset", v, COLLECTIVE_PRESET_IDS.join(", "))); }
    else if (k === "seed") { if (SEED_RE.test(v)) seed = v; else issues.push(issueLine("ce.seed", v, "1 to 40 letters, digits, '.', '_' or '-'")); }
  }
  for (const [k, v] of given) {
    if (k === "preset" || k === "seed") continue;
    // an edit: validated like --set (one line naming the key, the value and what is allowed)
    try { setCollectiveParameter(collectivePreset(id), k, v); edits[k] = v; } catch (e) { issues.push((lang) => `ce.${inputErrorDetail(e, lang)}`); }
  }
  const save = () => writeFragment("ce", [["preset", id], ["seed", seed], ...Object.entries(edits).map(([k, v]) => [k, String(v)] as [string, string])]);
  const results = h("div", {class: "gc-collective-results", "data-state": "idle"});
  return followLang(panel, function render(lang: Lang) {
    save();
    const base = collectivePreset(id);
    let s = base;
    for (const [k, v] of Object.entries(edits)) s = setCollectiveParameter(s, k, v);
    const inputs = exploreKeys(base).map((key) => {
      const v = getCollectiveParameter(s, key);
      const label = collectiveParamByKey(key)?.label[lang] ?? key;
      const on = (x: string | number) => { edits = {...edits, [key]: x}; render(lang); };
      if (typeof v === "number") return rangeInput(label, v, {min: 0, max: key.endsWith("wordOfMouth") ? 5 : 1, step: 0.05, name: `c-${key}`}, on);
      // the choices as sim/collective/parameters.ts declares them, named as paramControl names them
      return select(label, collectiveParamByKey(key)!.values!.map((x) => ({value: x, label: valueLabel(x, lang)})), String(v), on, `c-${key}`);
    });
    // help text on the key inputs, from the declarations
    inputs.forEach((el, i) => { const decl = collectiveParamByKey(exploreKeys(base)[i]); if (decl) { describeParam(el, decl, lang); for (const o of Array.from(el.querySelectorAll("option"))) o.textContent = valueLabel(o.value, lang); } });
    const allDetails = h("details", {class: "gc-collective-params", "data-all-params": "", open: allOpen});
    allDetails.addEventListener("toggle", () => { allOpen = allDetails.open; });
    // every other declared parameter of this scenario, each validated like --set (a refused value is named in one line)
    const keyInputs = new Set(exploreKeys(base));
    const all = collectiveKeys(s).filter(({key}) => !keyInputs.has(key)).map(({key, decl}) => paramControl(key, decl, getCollectiveParameter(s, key), lang, `ca-${key}`, (x) => {
      try { setCollectiveParameter(s, key, x); edits = {...edits, [key]: x}; } catch (e) { issues.push((lang) => `ce.${inputErrorDetail(e, lang)}`); }
      render(lang);
    }));
    allDetails.append(h("summary", {}, t("ui.collective.allParams", lang, {n: String(all.length)})), h("div", {class: "gc-controls"}, all));
    replace(panel,
      issuesBox(issues, lang),
      h("h2", {}, t("ui.collective.exploreTitle", lang)),
      h("p", {}, t("ui.collective.exploreIntro", lang)),
      h("div", {class: "gc-controls"},
        select(t("ui.collective.preset", lang), presetChoices(lang), id, (v) => { id = v; edits = {}; render(lang); }, "c-preset"),
        textInput(t("ui.collective.seed", lang), seed, {name: "c-explore-seed", pattern: "[\\w.\\-]{1,40}", size: 8}, (v) => { if (SEED_RE.test(v)) { seed = v; render(lang); } }),
        Object.keys(edits).length ? button(t("ui.collective.reset", lang), () => { edits = {}; render(lang); }, {name: "c-reset"}) : null),
      h("details", {class: "gc-collective-params", open: true}, h("summary", {}, t("ui.collective.params", lang)), h("div", {class: "gc-controls"}, inputs)),
      allDetails,
      results);
    const sim = new CollectiveSimulator(s);
    const one: CollectiveRun = sim.run({seed: runSeed(seed, SHARED_KEY, 0), users: true});
    const reps = 100;
    const est = COLLECTIVE_MEASURES.map(() => new RunningEstimate());
    for (let r = 0; r < reps; ++r) {
      const summary = sim.run({seed: runSeed(seed, SHARED_KEY, r)}).summary;
      COLLECTIVE_MEASURES.forEach((m, i) => est[i].add(collectiveValue(summary, m.key)));
    }
    const width = Math.min(pageWidth(), 900);
    const arenaRows = Object.entries(one.summary.arenas).map(([arena, a]) => ({arena, type: a.type, meetings: a.meetings, turnout: a.turnout, staffPerMeeting: a.staffPerMeeting,
      interpretedShare: a.interpretedShare, premiseProviders: a.premiseProviders, proposed: a.proposed, adopted: a.adopted, survived: a.survived,
      rung: RUNGS.reduce((best, r) => ((a.arnstein[r] || 0) > (a.arnstein[best] || 0) ? r : best), RUNGS[2])}));
    replace(results,
      one.users && one.users.length ? figureBlock({name: "collective-trajectories", lang, heading: t("chart.trajectoryLines.label", lang), figure: trajectoryLines(one.users, {lang, width}),
        rows: one.users.flatMap((u) => u.weeks.map((w, i) => ({user: u.id, minority: u.minority, week: w, literacy: u.literacy[i], avmakt: u.avmakt[i]})))}) : h("p", {}, t("ui.collective.nobody", lang)),
      figureBlock({name: "collective-arenas", lang, heading: t("ui.collective.arenas", lang), rows: arenaRows.map((r) => ({...r, rung: RUNG_LABELS[r.rung][lang]})), open: true}),
      figureBlock({name: "collective-explore-measures", lang, heading: t("ui.collective.measuresOver", lang, {reps: String(reps)}), open: true,
        rows: COLLECTIVE_MEASURES.map((m, i) => ({measure: m.label[lang], estimate: interval(est[i].estimate, lang)}))}));
    results.setAttribute("data-state", "ready");
  });
}

// ---- Classroom

export function collectiveClassroom(): HTMLElement {
  const panel = h("section", {class: "gc-card gc-collective", "data-panel": "collective-classroom"});
  let id = "bjerke-user-meetings", seed = DEFAULT_SEED, at = 0, timer = 0, wanted = 0;
  const issues: string[] = [];
  for (const [k, v] of fragment("cc")) {
    if (k === "preset") { if (COLLECTIVE_PRESET_IDS.includes(v)) id = v; else issues.push(issueLine("cc.preset", v, COLLECTIVE_PRESET_IDS.join(", "))); }
    else if (k === "seed") { if (SEED_RE.test(v)) seed = v; else issues.push(issueLine("cc.seed", v, "1 to 40 letters, digits, '.', '_' or '-'")); }
    else if (k === "meeting") { if (/^\d{1,4}$/.test(v) && Number(v) >= 1) wanted = Number(v) - 1; else issues.push(issueLine("cc.meeting", v, "an integer >= 1")); }
    else issues.push(issueLine(`cc.${k}`, v, "cc.preset, cc.seed, cc.meeting"));
  }
  let frames: MeetingFrame[] = [];
  let summary: CollectiveSummary | null = null;
  const stage = h("div", {class: "gc-collective-stage"});
  const stop = () => { if (timer) { clearInterval(timer); timer = 0; } };
  const load = () => {
    const res = new CollectiveSimulator(collectivePreset(id)).run({seed: runSeed(seed, SHARED_KEY, 0), trace: true, cases: false});
    frames = res.trace ?? [];
    summary = res.summary;
    at = 0;
  };
  load();
  at = Math.min(wanted, Math.max(0, frames.length - 1));
  return followLang(panel, function render(lang: Lang) {
    const show = () => {
      writeFragment("cc", [["preset", id], ["seed", seed], ["meeting", String(at + 1)]]);
      const f = frames[at];
      if (!f) { replace(stage, h("p", {}, t("ui.collective.noMeetings", lang))); return; }
      const title = t("ui.collective.frame", lang, {n: String(at + 1), total: String(frames.length), week: String(f.week), arena: collectivePreset(id).arenas[f.arena].label[lang]});
      let proposed = 0, adopted = 0;
      for (let i = 0; i <= at; ++i) { proposed += frames[i].proposals; adopted += frames[i].adopted; }
      replace(stage,
        figureBlock({name: "collective-meeting", lang, heading: title, figure: meetingDots(f, {lang, width: Math.min(pageWidth(), 760)}),
          rows: f.users.map((u) => ({...u, week: f.week, arena: f.arena}))}),
        h("p", {"data-frame": at}, t("ui.collective.frameNote", lang, {
          users: String(f.users.length), staff: String(f.staff), rung: f.rung ? RUNG_LABELS[f.rung][lang] : "–",
          proposed: String(proposed), adopted: String(adopted)
        }) + (f.closed ? ` ${t("ui.collective.closed", lang)}` : "")));
    };
    const go = (n: number) => { at = Math.max(0, Math.min(frames.length - 1, n)); show(); };
    replace(panel,
      issuesBox(issues, lang),
      h("h2", {}, t("ui.collective.classroomTitle", lang)),
      h("p", {}, t("ui.collective.classroomIntro", lang)),
      h("div", {class: "gc-controls"},
        select(t("ui.collective.preset", lang), presetChoices(lang), id, (v) => { stop(); id = v; load(); render(lang); }, "c-class-preset"),
        textInput(t("ui.collective.seed", lang), seed, {name: "c-class-seed", pattern: "[\\w.\\-]{1,40}", size: 8}, (v) => { if (SEED_RE.test(v)) { stop(); seed = v; load(); render(lang); } }),
        button(t("ui.stepBack", lang), () => { stop(); go(at - 1); }, {name: "c-back"}),
        button(t("ui.play", lang), () => { stop(); timer = window.setInterval(() => { if (at >= frames.length - 1) stop(); else go(at + 1); }, 900); }, {name: "c-play"}),
        button(t("ui.pause", lang), stop, {name: "c-pause"}),
        button(t("ui.collective.step", lang), () => { stop(); go(at + 1); }, {name: "c-step"})),
      stage,
      summary ? h("p", {class: "gc-small"}, t("ui.collective.runNote", lang, {
        invited: String(summary.invited), signedUp: String(summary.signedUp), attended: String(summary.attended),
        turnout: formatNumber(summary.turnout, lang, 1), adopted: String(summary.serviceChanges.adopted)
      })) : null);
    show();
  });
}
