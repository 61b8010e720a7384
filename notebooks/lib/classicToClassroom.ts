// On the classic page: pick one of the 81 variants (and an entry order) and
// open it animated in the Classroom, through the URL parameters the Classroom
// already reads (model=classic, load, access, decision, energy, entry).

import {ENERGIES, LOADS, STRUCTURES} from "../../sim/classic/gcm1972.ts";
import {t, type Lang} from "./i18n.ts";
import {h, select} from "./ui.ts";

export interface Variant {
  load: string;
  access: string;
  decision: string;
  energy: string;
  entry: string;
}

/** The Classroom link for a variant, in the page's language. */
export function classroomHref(v: Variant, lang: Lang): string {
  return `./classroom.html?${new URLSearchParams({model: "classic", ...v, ...(lang === "nb" ? {lang} : {})})}`;
}

export function classroomLink(lang: Lang): HTMLElement {
  const v: Variant = {load: "moderate", access: "unsegmented", decision: "unsegmented", energy: "equal", entry: "1"};
  const link = h("a", {href: classroomHref(v, lang), "data-classroom-link": ""}, t("ui.classic.animate.link", lang));
  const pick = (k: keyof Variant) => (value: string) => { v[k] = value; link.setAttribute("href", classroomHref(v, lang)); };
  return h("section", {class: "gc-controls", "aria-label": t("ui.classic.animate", lang)},
    h("h2", {}, t("ui.classic.animate", lang)),
    select(t("axis.load", lang), LOADS.map((x) => ({value: x, label: t(`load.${x}`, lang)})), v.load, pick("load"), "animate-load"),
    select(t("axis.access", lang), STRUCTURES.map((x) => ({value: x, label: t(`structure.${x}`, lang)})), v.access, pick("access"), "animate-access"),
    select(t("axis.decision", lang), STRUCTURES.map((x) => ({value: x, label: t(`structure.${x}`, lang)})), v.decision, pick("decision"), "animate-decision"),
    select(t("axis.energy", lang), ENERGIES.map((x) => ({value: x, label: t(`energy.${x}`, lang)})), v.energy, pick("energy"), "animate-energy"),
    select(t("ui.classroom.entry", lang), [
      {value: "1", label: t("ui.classroom.entry.seq", lang, {n: 1})},
      {value: "2", label: t("ui.classroom.entry.seq", lang, {n: 2})}
    ], v.entry, pick("entry"), "animate-entry"),
    h("p", {}, link, " ", h("span", {class: "gc-small"}, t("ui.classic.animate.note", lang))));
}
