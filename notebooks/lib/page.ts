// The frame every notebook shares: the view state read from the URL (bad
// parameters reported in a visible alert, never a blank page), a language
// switch, navigation between notebooks, and re-rendering when the state
// changes. A notebook supplies its schema and a `render` that builds its body.

import "./notebooks.css";
import {t, type Lang} from "./i18n.ts";
import {readerPlace, restorePlace} from "./readerPlace.ts";
import {alertBox, h, replace, select} from "./ui.ts";
import {decode, describeIssues, encode, type Schema, type StateOf, type StateIssue} from "./urlState.ts";
import {linkNeedsPreparing, prepareLink} from "./linkCodec.ts";

export const LANG_FIELD = {type: "enum", values: ["en", "nb"], default: "en"} as const;

export const NOTEBOOKS = ["index", "classroom", "compare", "explore", "classic", "model"] as const;

export interface PageContext<S extends Schema> {
  state: StateOf<S>;
  extra: [string, string][];
  lang: Lang;
  /** Changes the state and writes the URL; renders the body again unless `render` is false. */
  set(patch: Partial<StateOf<S>>, options?: {extra?: [string, string][]; render?: boolean}): void;
  /** Shows an error above the body (role="alert"); returns its box, so that the page can take it down when the cause is gone. */
  error(title: string, detail?: string): HTMLElement;
  /** Clears errors shown by `error`. */
  clearErrors(): void;
}

export interface PageOptions<S extends Schema & {lang: typeof LANG_FIELD}> {
  name: (typeof NOTEBOOKS)[number];
  schema: S;
  /** Prefixes of free-form parameters (e.g. "p" for `p.key=value`). */
  prefixes?: readonly string[];
  /** Builds the body; may return a cleanup function run before the next render. */
  render(ctx: PageContext<S>, body: HTMLElement): void | (() => void);
  /** Further checks of the decoded state (e.g. scenario edits); return issues to report. */
  validate?(state: StateOf<S>, extra: [string, string][]): StateIssue[];
  search?: string;
}

export function nav(current: string, lang: Lang): HTMLElement {
  return h("nav", {class: "gc-nav", "aria-label": t("ui.nav.label", lang)},
    NOTEBOOKS.map((n) => n === current
      ? h("span", {"aria-current": "page"}, t(`ui.nav.${n}`, lang))
      : h("a", {href: `./${n}.html${location.search && /[?&]lang=nb/.test(location.search) ? "?lang=nb" : ""}`}, t(`ui.nav.${n}`, lang))));
}

/** Mounts a notebook page into `root` and returns it. */
export function mountPage<S extends Schema & {lang: typeof LANG_FIELD}>(options: PageOptions<S>): HTMLElement {
  const root = h("div", {class: "gc-page", "data-notebook": options.name});
  const alerts = h("div", {class: "gc-alerts"});
  const head = h("div", {class: "gc-head"});
  const body = h("div", {class: "gc-body"});
  root.append(head, alerts, body);
  // A link with compressed scenarios is inflated (asynchronously) before the page reads and draws it.
  const search = options.search ?? location.search;
  if (linkNeedsPreparing(search, options.schema)) {
    body.append(h("p", {class: "gc-status", role: "status"}, "…"));
    prepareLink(search, options.schema).then(() => start(root, alerts, head, body, options, search), (e) => { body.textContent = String((e as Error).message); });
    return root;
  }
  start(root, alerts, head, body, options, search);
  return root;
}

function start<S extends Schema & {lang: typeof LANG_FIELD}>(root: HTMLElement, alerts: HTMLElement, head: HTMLElement, body: HTMLElement, options: PageOptions<S>, search: string): void {
  body.replaceChildren();
  const decoded = decode(options.schema, search, options.prefixes ?? []);
  let state = decoded.state;
  let extra = decoded.extra;
  const urlIssues = [...decoded.issues, ...(options.validate?.(state, extra) ?? [])];
  let cleanup: void | (() => void);

  // The URL's problems stay on view, in the page's current language, until dismissed.
  let urlDismissed = false;
  const showUrlIssues = (lang: Lang) => {
    alerts.querySelectorAll("[data-url-issues]").forEach((n) => n.remove());
    if (!urlIssues.length || urlDismissed) return;
    const box = alertBox(t("ui.error.url", lang), describeIssues(urlIssues, lang), {label: t("ui.dismiss", lang), onDismiss: () => { urlDismissed = true; }});
    box.setAttribute("data-url-issues", "");
    alerts.prepend(box);
  };

  const render = () => {
    // keep keyboard focus on the same control across the re-render (controls keep their name)
    const active = document.activeElement as HTMLElement | null;
    const focusName = active && root.contains(active) ? active.getAttribute("name") : null;
    const lang = state.lang as Lang;
    document.documentElement.lang = lang === "nb" ? "nb" : "en";
    showUrlIssues(lang);
    replace(head,
      nav(options.name, lang),
      select(t("ui.language", lang), [{value: "en", label: "English"}, {value: "nb", label: "Norsk bokmål"}], lang, (v) => ctx.set({lang: v} as Partial<StateOf<S>>), "lang"));
    const place = readerPlace(root);
    if (typeof cleanup === "function") cleanup();
    body.replaceChildren();
    try {
      cleanup = options.render(ctx, body);
    } catch (e) {
      ctx.error(t("ui.error.render", lang), (e as Error).message);
    }
    if (root.isConnected) restorePlace(root, place);
    if (focusName) (root.querySelector(`[name="${CSS.escape(focusName)}"]`) as HTMLElement | null)?.focus({preventScroll: true});
  };

  const ctx: PageContext<S> = {
    get state() { return state; },
    get extra() { return extra; },
    get lang() { return state.lang as Lang; },
    set(patch, opts = {}) {
      state = {...state, ...patch};
      if (opts.extra) extra = opts.extra;
      const query = encode(options.schema, state, extra);
      history.replaceState(history.state, "", location.pathname + query + location.hash);
      if (opts.render === false) return;
      alerts.querySelectorAll("[data-dynamic]").forEach((n) => n.remove());
      render();
    },
    error(title, detail) {
      const box = alertBox(title, detail, {label: t("ui.dismiss", state.lang as Lang)});
      box.setAttribute("data-dynamic", "");
      alerts.append(box);
      return box;
    },
    clearErrors() {
      alerts.querySelectorAll("[data-dynamic]").forEach((n) => n.remove());
    }
  };
  render();
}
