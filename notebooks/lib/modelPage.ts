/// <reference types="vite/client" />
// The model notebook: sim/ODD.md (the model description, ODD protocol)
// rendered as Markdown, and the parameter table from sim/participation/parameters.ts in the
// chosen language. The Markdown renderer is notebook-kit's `md` builtin,
// passed in by the notebook cell.

import {PARAMETERS, allowedText} from "../../sim/participation/parameters.ts";
import {CLAIMS} from "../../sim/participation/claims.ts";
import {figureBlock} from "./figure.ts";
import {t} from "./i18n.ts";
import {LANG_FIELD, mountPage} from "./page.ts";
import {h} from "./ui.ts";

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
    key: p.key, group: p.group, label: p.label[lang], unit: p.unit, type: p.type,
    allowed: allowedText(p), default: String(p.default), description: p.description[lang], source: p.source ?? "free"
  }));
}

/** The claims of the brief's §6, each labelled definitional, input or emergent (sim/participation/claims.ts). */
export function claimRows(lang: "en" | "nb") {
  return CLAIMS.map((c) => ({id: c.id, kind: t(`ui.model.kind.${c.kind}`, lang), statement: c.statement[lang], because: c.because[lang], source: c.source}));
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
      if (heads.length) toc.append(h("ol", {}, heads.map((x) => h("li", {}, h("a", {href: `#${x.id}`}, x.textContent ?? "")))));
      const claims = h("section", {id: "claims"},
        h("h2", {}, t("ui.model.claims", lang)),
        h("p", {}, t("ui.model.claims.intro", lang)),
        figureBlock({name: "claims", rows: claimRows(lang), lang, open: true,
          columns: ["id", "kind", "statement", "because", "source"].map((key) => ({key, label: t(`ui.model.col.${key}`, lang)}))}));
      body.append(
        h("h1", {}, t("ui.model.title", lang)),
        h("p", {}, t("ui.model.intro", lang)),
        toc,
        claims,
        doc,
        ...(doc.contains(table) ? [] : [h("section", {}, h("h2", {}, t("ui.model.parameters", lang)), table)])
      );
    }
  });
}
