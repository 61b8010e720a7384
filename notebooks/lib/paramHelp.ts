// What a parameter input says besides its label: the unit and choice values
// in the page's language (sim/participation/paramVocabulary.ts), the help
// text behind a button that keyboard and touch reach (not only a hover
// title), and a visible message when a typed value is not allowed.

import type {ParamDecl} from "../../sim/participation/parameters.ts";
import {paramUnit, paramValue} from "../../sim/participation/paramVocabulary.ts";
import {cite} from "../../sim/sources.ts";
import {formatNumber} from "../../viz/format.ts";
import {t, type Lang} from "./i18n.ts";
import {h, uid} from "./ui.ts";

/**
 * The facts behind a parameter, one line each: what is allowed (range or
 * choices), its default, its unit, and the source passage that gives the
 * default as a readable citation (or that it is free, set by judgement).
 */
export function paramFacts(decl: ParamDecl, lang: Lang): string[] {
  const num = (x: number) => formatNumber(x, lang, 4);
  const value = (v: ParamDecl["default"]) => (typeof v === "number" ? num(v) : v === "" ? "–" : paramValue(String(v), lang));
  const allowed = decl.type === "number" || decl.type === "integer"
    ? t("ui.param.allowedRange", lang, {min: num(decl.min ?? -Infinity), max: num(decl.max ?? Infinity)})
    : t("ui.param.allowedValues", lang, {values: (decl.type === "boolean" ? ["false", "true"] : [...(decl.values ?? [])]).map((v) => paramValue(v, lang)).join(", ") + (decl.ref ? ` …` : "")});
  return [
    allowed,
    t("ui.param.default", lang, {value: value(decl.default)}),
    ...(decl.unit ? [t("ui.param.unit", lang, {unit: paramUnit(decl.unit, lang)})] : []),
    decl.source ? t("ui.param.source", lang, {source: cite(decl.source)}) : t("ui.param.free", lang)
  ];
}

/** Completes a parameter's input element (from scenarioEdit.paramInput) in place. */
export function describeParam(el: HTMLElement, decl: ParamDecl, lang: Lang): void {
  const unit = decl.unit ? paramUnit(decl.unit, lang) : "";
  el.title = decl.description[lang] + (unit ? ` (${unit})` : "");
  const unitSpan = el.querySelector(".gc-unit");
  if (unitSpan) unitSpan.textContent = unit;
  for (const option of Array.from(el.querySelectorAll("option"))) option.textContent = paramValue(option.value, lang);
  const control = el.querySelector("input, select");
  const helpId = uid("help");
  const help = h("div", {id: helpId, class: "gc-help-text", hidden: true}, h("p", {}, decl.description[lang]), h("ul", {class: "gc-help-facts"}, paramFacts(decl, lang).map((f) => h("li", {}, f))));
  const toggle = h("button", {type: "button", class: "gc-help", "aria-expanded": "false", "aria-controls": helpId, "aria-label": t("ui.param.help", lang)}, "?");
  toggle.addEventListener("click", () => {
    const open = help.hidden;
    help.hidden = !open;
    toggle.setAttribute("aria-expanded", String(open));
  });
  el.append(toggle, help);
  if (control instanceof HTMLInputElement && control.type === "number") {
    const msgId = uid("invalid");
    const msg = h("span", {id: msgId, class: "gc-invalid-text", "aria-live": "polite"});
    control.setAttribute("aria-describedby", `${helpId} ${msgId}`);
    el.append(msg);
    // numberInput marks aria-invalid on change first; this listener runs after it
    control.addEventListener("change", () => {
      msg.textContent = control.getAttribute("aria-invalid") === "true"
        ? t("ui.param.invalid", lang, {min: formatNumber(decl.min ?? -Infinity, lang, 4), max: formatNumber(decl.max ?? Infinity, lang, 4)})
        : "";
    });
  } else if (control) control.setAttribute("aria-describedby", helpId);
}
