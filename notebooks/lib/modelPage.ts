/// <reference types="vite/client" />
// The model notebook: sim/ODD.md (the model description, ODD protocol)
// rendered as Markdown, and the parameter table from sim/participation/parameters.ts in the
// chosen language. The Markdown renderer is notebook-kit's `md` builtin,
// passed in by the notebook cell.

import {PARAMETERS, allowedText} from "../../sim/participation/parameters.ts";
import {CLAIMS, REGION_CHECKS, checkRates, checkedRegion} from "../../sim/participation/claims.ts";
import {paramUnit} from "../../sim/participation/paramVocabulary.ts";
import {oddSummary} from "./oddSummaries.ts";
import {figureBlock} from "./figure.ts";
import {t} from "./i18n.ts";
import {LANG_FIELD, mountPage} from "./page.ts";
import {h} from "./ui.ts";
import {cite} from "../../sim/sources.ts";

export type Markdown = (strings: readonly string[], ...values: unknown[]) => Node;

// A glob, so that the page still builds (and says so) while ODD.md is missing.
const ODD = import.meta.glob("../../sim/ODD.md", {query: "?raw", import: "default", eager: true}) as Record<string, string>;

export function oddText(): string | null {
  return Object.values(ODD)[0] ?? null;
}

/** The ODD text split around its generated parameter table (markers params:start/end), or whole. */
export function splitAtTable(text: string): string[] {
  const safe = text;
  const m = /<!-- params:start -->[\s\S]*?<!-- params:end -->/.exec(safe);
  return m ? [safe.slice(0, m.index) + "\n\n", "\n\n" + safe.slice(m.index + m[0].length)] : [safe];
}

export function parameterRows(lang: "en" | "nb") {
  return PARAMETERS.map((p) => ({
    key: p.key, group: p.group, label: p.label[lang], unit: p.unit ? paramUnit(p.unit, lang) : "", type: p.type,
    allowed: allowedText(p), default: String(p.default), description: p.description[lang], source: cite(p.source ?? "free")
  }));
}

/** The claims of the brief's §6, each labelled definitional, input or emergent (sim/participation/claims.ts). */
export function claimRows(lang: "en" | "nb") {
  return CLAIMS.map((c) => ({id: c.id, kind: t(`ui.model.kind.${c.kind}`, lang), statement: c.statement[lang], because: c.because[lang], source: cite(c.source)}));
}

/**
 * The declared regions where emergent claims fail, each with how it fared on
 * the draws it was checked on (REGION_CHECKS, computed and checked by the
 * claims test: nothing is run here).
 */
export function regionRows(lang: "en" | "nb") {
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return REGION_CHECKS.map((c) => {
    const {accuracy, noInformation} = checkRates(c);
    return {
      id: c.claim, region: checkedRegion(c).statement[lang], readFrom: c.readFrom.join(", "), checkedOn: `${c.checkedOn} (${c.draws})`,
      held: `${c.holds}/${c.draws}`,
      inRegion: t("ui.model.regions.holdFail", lang, {hold: c.inHolds, fail: c.inFails}),
      outside: t("ui.model.regions.holdFail", lang, {hold: c.outHolds, fail: c.outFails}),
      accuracy: round(accuracy), noInformation: round(noInformation),
      confirmed: t(c.confirmed ? "ui.model.regions.confirmed" : "ui.model.regions.notConfirmed", lang)
    };
  });
}

export function modelPage(md: Markdown, search?: string): HTMLElement {
  return mountPage({
    name: "model",
    schema: {lang: LANG_FIELD},
    search,
    render(ctx, body) {
      const lang = ctx.lang;
      const text = oddText();
      const toc = h("nav", {class: "gc-toc", "aria-label": t("ui.model.toc", lang)});
      const doc = h("article", {class: "gc-odd"});
      const rows = parameterRows(lang);
      const table = h("div", {id: "parameter-table"},
        h("p", {}, t("ui.model.parameters.intro", lang, {n: rows.length})),
        figureBlock({name: "parameters", rows, lang, open: true,
          columns: ["key", "group", "label", "unit", "type", "allowed", "default", "description", "source"].map((key) => ({key, label: t(`ui.model.col.${key}`, lang)}))}));
      // The ODD's own parameter table (between the params markers) is replaced by the live one, in the chosen language.
      const parts = text === null ? null : splitAtTable(text);
      if (parts === null) doc.append(h("p", {role: "status"}, t("ui.model.missing", lang)));
      else doc.append(parts.length === 2 ? md([parts[0], parts[1]], table) : md([parts[0]]));
      // markdown puts the placeholder in a paragraph; lift the table out of it
      const p = table.parentElement;
      if (p?.tagName === "P" && p.childNodes.length === 1) p.replaceWith(table);
      const heads = Array.from(doc.querySelectorAll("h2[id]"));
      // Under bokmål, each section opens with its bokmål summary (the document itself is English).
      if (lang === "nb") for (const x of heads) {
        const summary = oddSummary(x.textContent ?? "");
        if (summary) x.after(h("p", {class: "gc-nb-summary", lang: "nb", "data-summary": x.id}, h("strong", {}, t("ui.model.summary", lang)), " ", summary));
      }
      if (heads.length) toc.append(h("ol", {}, heads.map((x) => h("li", {}, h("a", {href: `#${x.id}`}, x.textContent ?? "")))));
      const claims = h("section", {id: "claims"},
        h("h2", {}, t("ui.model.claims", lang)),
        h("p", {}, t("ui.model.claims.intro", lang)),
        figureBlock({name: "claims", rows: claimRows(lang), lang, open: true,
          columns: ["id", "kind", "statement", "because", "source"].map((key) => ({key, label: t(`ui.model.col.${key}`, lang)}))}),
        h("h3", {}, t("ui.model.regions", lang)),
        h("p", {}, t("ui.model.regions.intro", lang)),
        figureBlock({name: "claim-regions", rows: regionRows(lang), lang, open: true,
          columns: ["id", "region", "readFrom", "checkedOn", "held", "inRegion", "outside", "accuracy", "noInformation", "confirmed"].map((key) => ({key, label: t(`ui.model.col.${key}`, lang)}))}));
      body.append(
        h("h1", {}, t("ui.model.title", lang)),
        h("p", {}, t("ui.model.intro", lang)),
        ...(lang === "nb" ? [h("p", {class: "gc-small"}, t("ui.model.englishNote", lang))] : []),
        toc,
        claims,
        doc,
        ...(doc.contains(table) ? [] : [h("section", {}, h("h2", {}, t("ui.model.parameters", lang)), table)])
      );
    }
  });
}
